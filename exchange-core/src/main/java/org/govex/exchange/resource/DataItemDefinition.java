package org.govex.exchange.resource;

/**
 * A data item (信息项) a resource declares: its name (the field of a record), the data element it
 * follows, a value type, an optional maximum length, whether it is required, whether it is
 * sensitive (masked unless a grant says otherwise) and whether this resource is the
 * authoritative source for it (一数一源).
 */
public record DataItemDefinition(
        String name,
        String element,
        String type,
        Integer maxLength,
        boolean required,
        boolean sensitive,
        boolean authoritative) {
}
