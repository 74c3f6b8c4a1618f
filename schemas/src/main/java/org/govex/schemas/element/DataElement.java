package org.govex.schemas.element;

import org.govex.schemas.record.FieldKind;
import org.govex.schemas.record.RecordType;

/**
 * A data element (数据元, ISO/IEC 11179 style): one field of a base record with its names,
 * definition, data type, format/length, value domain (a code list id or null) and the standard
 * it comes from. Its IRI is {@code https://govex.org/id/element/<id>}; ids are
 * {@code <record type>.<field>}, e.g. {@code person.idNumber}.
 */
public record DataElement(String id, String nameZh, String nameEn, String definition, FieldKind datatype,
                          String format, Integer maxLength, String valueDomain, String standard,
                          RecordType recordType, String field, boolean required) {

    public static final String IRI_BASE = "https://govex.org/id/element/";

    public String iri() {
        return IRI_BASE + id;
    }
}
