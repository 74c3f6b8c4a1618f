package org.govex.schemas.record;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.govex.schemas.code.CodeList;
import org.govex.schemas.constraint.CitizenIdNumber;
import org.govex.schemas.constraint.Code;
import org.govex.schemas.constraint.DivisionCode;
import org.govex.schemas.constraint.RecordConsistency;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import static org.govex.schemas.record.FieldKind.DATE;
import static org.govex.schemas.record.FieldKind.DATE_TIME;
import static org.govex.schemas.record.FieldKind.STRING;

/** A person of the population base database (人口基础信息), keyed by the citizen ID number. */
@RecordConsistency
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"idNumber", "name", "sex", "birthDate", "ethnicity", "nationality", "domicileDivision",
        "domicileAddress", "maritalStatus", "deathDate", "updatedAt"})
@JacksonXmlRootElement(namespace = RecordType.NS_PERSON, localName = "person")
public record Person(
        @JacksonXmlProperty(namespace = RecordType.NS_PERSON) @NotNull @CitizenIdNumber String idNumber,
        @JacksonXmlProperty(namespace = RecordType.NS_PERSON) @NotBlank @Size(max = 50) String name,
        @JacksonXmlProperty(namespace = RecordType.NS_PERSON) @NotNull @Code(CodeList.SEX) String sex,
        @JacksonXmlProperty(namespace = RecordType.NS_PERSON) @NotNull @PastOrPresent LocalDate birthDate,
        @JacksonXmlProperty(namespace = RecordType.NS_PERSON) @Code(CodeList.ETHNICITY) String ethnicity,
        @JacksonXmlProperty(namespace = RecordType.NS_PERSON) @Code(CodeList.COUNTRY) String nationality,
        @JacksonXmlProperty(namespace = RecordType.NS_PERSON) @NotNull @DivisionCode String domicileDivision,
        @JacksonXmlProperty(namespace = RecordType.NS_PERSON) @Size(max = 200) String domicileAddress,
        @JacksonXmlProperty(namespace = RecordType.NS_PERSON) @Code(CodeList.MARITAL_STATUS) String maritalStatus,
        @JacksonXmlProperty(namespace = RecordType.NS_PERSON) @PastOrPresent LocalDate deathDate,
        @JacksonXmlProperty(namespace = RecordType.NS_PERSON) @NotNull OffsetDateTime updatedAt) implements BaseRecord {

    public static final RecordShape<Person> SHAPE = RecordShape.<Person>of(Person.class, a -> new Person(
                    (String) a[0], (String) a[1], (String) a[2], (LocalDate) a[3], (String) a[4], (String) a[5],
                    (String) a[6], (String) a[7], (String) a[8], (LocalDate) a[9], (OffsetDateTime) a[10]))
            .required("idNumber", STRING, Person::idNumber)
            .required("name", STRING, Person::name)
            .required("sex", STRING, Person::sex)
            .required("birthDate", DATE, Person::birthDate)
            .optional("ethnicity", STRING, Person::ethnicity)
            .optional("nationality", STRING, Person::nationality)
            .required("domicileDivision", STRING, Person::domicileDivision)
            .optional("domicileAddress", STRING, Person::domicileAddress)
            .optional("maritalStatus", STRING, Person::maritalStatus)
            .optional("deathDate", DATE, Person::deathDate)
            .required("updatedAt", DATE_TIME, Person::updatedAt)
            .build();

    @Override
    @JsonIgnore
    public RecordType type() {
        return RecordType.PERSON;
    }

    @Override
    @JsonIgnore
    public String key() {
        return idNumber;
    }
}
