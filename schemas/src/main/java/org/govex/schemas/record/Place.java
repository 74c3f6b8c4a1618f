package org.govex.schemas.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.govex.schemas.code.CodeList;
import org.govex.schemas.constraint.Code;
import org.govex.schemas.constraint.DivisionCode;
import org.govex.schemas.constraint.FiniteDecimal;
import org.govex.schemas.constraint.GeometryLiteral;
import org.govex.schemas.constraint.RecordConsistency;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.govex.schemas.record.FieldKind.DATE;
import static org.govex.schemas.record.FieldKind.DATE_TIME;
import static org.govex.schemas.record.FieldKind.DECIMAL;
import static org.govex.schemas.record.FieldKind.STRING;

/**
 * A geospatial feature (空间地理要素): parcel, building, road, ... with a WKT or GeoJSON geometry
 * in CGCS2000 (EPSG:4490) or WGS 84, keyed by its feature id. {@code area} is in square metres.
 */
@RecordConsistency
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"featureId", "featureType", "name", "divisionCode", "geometry", "area", "landUseCode",
        "parcelCode", "validFrom", "validTo", "updatedAt"})
@JacksonXmlRootElement(namespace = RecordType.NS_PLACE, localName = "place")
public record Place(
        @JacksonXmlProperty(namespace = RecordType.NS_PLACE) @NotBlank @Size(max = 64) @Pattern(regexp = ID_PATTERN) String featureId,
        @JacksonXmlProperty(namespace = RecordType.NS_PLACE) @NotNull @Code(CodeList.FEATURE_TYPE) String featureType,
        @JacksonXmlProperty(namespace = RecordType.NS_PLACE) @Size(max = 200) String name,
        @JacksonXmlProperty(namespace = RecordType.NS_PLACE) @NotNull @DivisionCode String divisionCode,
        @JacksonXmlProperty(namespace = RecordType.NS_PLACE) @NotNull @GeometryLiteral String geometry,
        @JacksonXmlProperty(namespace = RecordType.NS_PLACE) @PositiveOrZero @FiniteDecimal BigDecimal area,
        @JacksonXmlProperty(namespace = RecordType.NS_PLACE) @Code(CodeList.LAND_USE) String landUseCode,
        @JacksonXmlProperty(namespace = RecordType.NS_PLACE) @Pattern(regexp = PARCEL_CODE_PATTERN) String parcelCode,
        @JacksonXmlProperty(namespace = RecordType.NS_PLACE) LocalDate validFrom,
        @JacksonXmlProperty(namespace = RecordType.NS_PLACE) LocalDate validTo,
        @JacksonXmlProperty(namespace = RecordType.NS_PLACE) @NotNull OffsetDateTime updatedAt) implements BaseRecord {

    /** Feature ids are safe in IRIs and file names. */
    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    /** 不动产单元号: 6-digit division, 6-digit cadastral zone, 2-char parcel feature, 5-digit parcel, 1-char fixture type, 8-digit unit. */
    public static final String PARCEL_CODE_PATTERN = "[0-9]{12}[GJZ][A-Z][0-9]{5}[FLQW][0-9]{8}";

    public static final RecordShape<Place> SHAPE = RecordShape.<Place>of(Place.class, a -> new Place(
                    (String) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4], (BigDecimal) a[5],
                    (String) a[6], (String) a[7], (LocalDate) a[8], (LocalDate) a[9], (OffsetDateTime) a[10]))
            .required("featureId", STRING, Place::featureId)
            .required("featureType", STRING, Place::featureType)
            .optional("name", STRING, Place::name)
            .required("divisionCode", STRING, Place::divisionCode)
            .required("geometry", STRING, Place::geometry)
            .optional("area", DECIMAL, Place::area)
            .optional("landUseCode", STRING, Place::landUseCode)
            .optional("parcelCode", STRING, Place::parcelCode)
            .optional("validFrom", DATE, Place::validFrom)
            .optional("validTo", DATE, Place::validTo)
            .required("updatedAt", DATE_TIME, Place::updatedAt)
            .build();

    @Override
    @JsonIgnore
    public RecordType type() {
        return RecordType.PLACE;
    }

    @Override
    @JsonIgnore
    public String key() {
        return featureId;
    }
}
