package org.govex.schemas.record;

import java.util.function.Function;

/**
 * One field of a record type: name (the canonical data element), kind, whether it is required,
 * its position in the canonical constructor and an accessor (no reflection).
 */
public record FieldSpec<T>(String name, int index, FieldKind kind, boolean required, Function<T, Object> accessor) {

    public Object get(T record) {
        return accessor.apply(record);
    }
}
