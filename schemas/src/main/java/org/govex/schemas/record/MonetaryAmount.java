package org.govex.schemas.record;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.govex.schemas.code.CodeList;
import org.govex.schemas.constraint.Code;
import org.govex.schemas.constraint.FiniteDecimal;

import java.math.BigDecimal;

/** An amount of money in an ISO 4217 currency, e.g. a registered capital of 5,000,000 CNY. */
@JsonPropertyOrder({"amount", "currency"})
public record MonetaryAmount(
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @NotNull @PositiveOrZero @FiniteDecimal BigDecimal amount,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @NotNull @Code(CodeList.CURRENCY) String currency) {
}
