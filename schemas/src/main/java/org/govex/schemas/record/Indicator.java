package org.govex.schemas.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.govex.schemas.code.CodeList;
import org.govex.schemas.constraint.Code;
import org.govex.schemas.constraint.DivisionCode;
import org.govex.schemas.constraint.FiniteDecimal;
import org.govex.schemas.constraint.Period;
import org.govex.schemas.constraint.RecordConsistency;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import static org.govex.schemas.record.FieldKind.DATE_TIME;
import static org.govex.schemas.record.FieldKind.DECIMAL;
import static org.govex.schemas.record.FieldKind.STRING;

/**
 * One observation of a macro-economic indicator (宏观经济指标) for a division and period,
 * keyed by indicatorCode/divisionCode/period.
 */
@RecordConsistency
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"indicatorCode", "indicatorName", "divisionCode", "period", "frequency", "value", "unit",
        "status", "source", "updatedAt"})
@JacksonXmlRootElement(namespace = RecordType.NS_INDICATOR, localName = "indicator")
public record Indicator(
        @JacksonXmlProperty(namespace = RecordType.NS_INDICATOR) @NotBlank @Size(max = 40) @Pattern(regexp = CODE_PATTERN) String indicatorCode,
        @JacksonXmlProperty(namespace = RecordType.NS_INDICATOR) @Size(max = 200) String indicatorName,
        @JacksonXmlProperty(namespace = RecordType.NS_INDICATOR) @NotNull @DivisionCode String divisionCode,
        @JacksonXmlProperty(namespace = RecordType.NS_INDICATOR) @NotNull @Period String period,
        @JacksonXmlProperty(namespace = RecordType.NS_INDICATOR) @NotNull @Code(CodeList.FREQUENCY) String frequency,
        @JacksonXmlProperty(namespace = RecordType.NS_INDICATOR) @NotNull @FiniteDecimal BigDecimal value,
        @JacksonXmlProperty(namespace = RecordType.NS_INDICATOR) @NotBlank @Size(max = 50) String unit,
        @JacksonXmlProperty(namespace = RecordType.NS_INDICATOR) @Code(CodeList.OBSERVATION_STATUS) String status,
        @JacksonXmlProperty(namespace = RecordType.NS_INDICATOR) @Size(max = 200) String source,
        @JacksonXmlProperty(namespace = RecordType.NS_INDICATOR) @NotNull OffsetDateTime updatedAt) implements BaseRecord {

    /** Indicator codes are safe in IRIs. */
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";

    public static final RecordShape<Indicator> SHAPE = RecordShape.<Indicator>of(Indicator.class, a -> new Indicator(
                    (String) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4], (BigDecimal) a[5],
                    (String) a[6], (String) a[7], (String) a[8], (OffsetDateTime) a[9]))
            .required("indicatorCode", STRING, Indicator::indicatorCode)
            .optional("indicatorName", STRING, Indicator::indicatorName)
            .required("divisionCode", STRING, Indicator::divisionCode)
            .required("period", STRING, Indicator::period)
            .required("frequency", STRING, Indicator::frequency)
            .required("value", DECIMAL, Indicator::value)
            .required("unit", STRING, Indicator::unit)
            .optional("status", STRING, Indicator::status)
            .optional("source", STRING, Indicator::source)
            .required("updatedAt", DATE_TIME, Indicator::updatedAt)
            .build();

    @Override
    @JsonIgnore
    public RecordType type() {
        return RecordType.INDICATOR;
    }

    @Override
    @JsonIgnore
    public String key() {
        return indicatorCode + "/" + divisionCode + "/" + period;
    }
}
