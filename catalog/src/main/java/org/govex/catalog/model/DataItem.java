package org.govex.catalog.model;

/**
 * 信息项: one field of an information resource. {@code elementId} names the data element it
 * conforms to (IRI {@code https://govex.org/id/element/<elementId>}); {@code authoritative} says
 * this resource is the authoritative source (一数一源) of that element.
 *
 * @param name      the field name in records (e.g. {@code idNumber})
 * @param nameZh    信息项名称 (e.g. 公民身份号码)
 * @param elementId the data element, or null when the item has no standard element
 * @param type      data type: string, code, date, datetime, integer, decimal, boolean, geometry
 * @param length    maximum length, or null
 */
public record DataItem(String name, String nameZh, String elementId, String type, Integer length,
                       boolean required, Sensitivity sensitivity, boolean authoritative) {

    public DataItem {
        if (sensitivity == null) {
            sensitivity = Sensitivity.INTERNAL;
        }
    }

    public static DataItem of(String name, String nameZh, String elementId, String type, Integer length, boolean required) {
        return new DataItem(name, nameZh, elementId, type, length, required, Sensitivity.INTERNAL, false);
    }

    public DataItem withSensitivity(Sensitivity s) {
        return new DataItem(name, nameZh, elementId, type, length, required, s, authoritative);
    }

    public DataItem asAuthoritative(boolean a) {
        return new DataItem(name, nameZh, elementId, type, length, required, sensitivity, a);
    }
}
