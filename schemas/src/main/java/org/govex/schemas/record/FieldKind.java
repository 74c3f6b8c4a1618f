package org.govex.schemas.record;

/** The value kinds base-record fields use; codecs and the field-map binder convert by kind. */
public enum FieldKind {
    /** text, {@code xsd:string} */
    STRING("xsd:string"),
    /** {@code yyyy-MM-dd}, {@code xsd:date} */
    DATE("xsd:date"),
    /** ISO 8601 with offset, {@code xsd:dateTime} */
    DATE_TIME("xsd:dateTime"),
    /** finite decimal number, {@code xsd:decimal} */
    DECIMAL("xsd:decimal"),
    /** amount + ISO 4217 currency */
    MONEY("govex:MonetaryAmount");

    private final String datatype;

    FieldKind(String datatype) {
        this.datatype = datatype;
    }

    public String datatype() {
        return datatype;
    }
}
