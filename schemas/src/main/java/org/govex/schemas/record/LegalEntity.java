package org.govex.schemas.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.govex.schemas.code.CodeList;
import org.govex.schemas.constraint.Code;
import org.govex.schemas.constraint.CreditCode;
import org.govex.schemas.constraint.DivisionCode;
import org.govex.schemas.constraint.RecordConsistency;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.govex.schemas.record.FieldKind.DATE;
import static org.govex.schemas.record.FieldKind.DATE_TIME;
import static org.govex.schemas.record.FieldKind.MONEY;
import static org.govex.schemas.record.FieldKind.STRING;

/** A legal entity of the legal-entity base database (法人单位基础信息), keyed by the credit code. */
@RecordConsistency
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"uscc", "name", "entityType", "legalRepresentative", "divisionCode", "registeredAddress",
        "establishedDate", "registeredCapital", "businessScope", "status", "registrationAuthority", "updatedAt"})
@JacksonXmlRootElement(namespace = RecordType.NS_LEGAL_ENTITY, localName = "legalEntity")
public record LegalEntity(
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @NotNull @CreditCode String uscc,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @NotBlank @Size(max = 200) String name,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @NotNull @Code(CodeList.ENTITY_TYPE) String entityType,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @Size(max = 50) String legalRepresentative,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @NotNull @DivisionCode String divisionCode,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @Size(max = 200) String registeredAddress,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @PastOrPresent LocalDate establishedDate,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @Valid MonetaryAmount registeredCapital,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @Size(max = 2000) String businessScope,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @NotNull @Code(CodeList.REGISTRATION_STATUS) String status,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @Size(max = 100) String registrationAuthority,
        @JacksonXmlProperty(namespace = RecordType.NS_LEGAL_ENTITY) @NotNull OffsetDateTime updatedAt) implements BaseRecord {

    public static final RecordShape<LegalEntity> SHAPE = RecordShape.<LegalEntity>of(LegalEntity.class, a -> new LegalEntity(
                    (String) a[0], (String) a[1], (String) a[2], (String) a[3], (String) a[4], (String) a[5],
                    (LocalDate) a[6], (MonetaryAmount) a[7], (String) a[8], (String) a[9], (String) a[10],
                    (OffsetDateTime) a[11]))
            .required("uscc", STRING, LegalEntity::uscc)
            .required("name", STRING, LegalEntity::name)
            .required("entityType", STRING, LegalEntity::entityType)
            .optional("legalRepresentative", STRING, LegalEntity::legalRepresentative)
            .required("divisionCode", STRING, LegalEntity::divisionCode)
            .optional("registeredAddress", STRING, LegalEntity::registeredAddress)
            .optional("establishedDate", DATE, LegalEntity::establishedDate)
            .optional("registeredCapital", MONEY, LegalEntity::registeredCapital)
            .optional("businessScope", STRING, LegalEntity::businessScope)
            .required("status", STRING, LegalEntity::status)
            .optional("registrationAuthority", STRING, LegalEntity::registrationAuthority)
            .required("updatedAt", DATE_TIME, LegalEntity::updatedAt)
            .build();

    @Override
    @JsonIgnore
    public RecordType type() {
        return RecordType.LEGAL_ENTITY;
    }

    @Override
    @JsonIgnore
    public String key() {
        return uscc;
    }
}
