package org.govex.schemas.record;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The field table of a record type: what codecs and the field-map binder iterate over instead
 * of reflecting on the record class. Built once per type.
 */
public final class RecordShape<T extends BaseRecord> {

    private final Class<T> modelClass;
    private final List<FieldSpec<T>> fields;
    private final Map<String, FieldSpec<T>> byName;
    private final Function<Object[], T> factory;

    private RecordShape(Class<T> modelClass, Function<Object[], T> factory, List<FieldSpec<T>> fields) {
        this.modelClass = modelClass;
        this.factory = factory;
        this.fields = Collections.unmodifiableList(fields);
        Map<String, FieldSpec<T>> m = new HashMap<>();
        fields.forEach(f -> m.put(f.name(), f));
        this.byName = Collections.unmodifiableMap(m);
    }

    public static <T extends BaseRecord> Builder<T> of(Class<T> modelClass, Function<Object[], T> factory) {
        return new Builder<>(modelClass, factory);
    }

    public Class<T> modelClass() {
        return modelClass;
    }

    public List<FieldSpec<T>> fields() {
        return fields;
    }

    public FieldSpec<T> field(String name) {
        return byName.get(name);
    }

    /** Builds a record from values in constructor order (values already of the field kinds' Java types). */
    public T create(Object[] values) {
        return factory.apply(values);
    }

    /** Collects field specs in canonical-constructor order. */
    public static final class Builder<T extends BaseRecord> {
        private final Class<T> modelClass;
        private final Function<Object[], T> factory;
        private final List<FieldSpec<T>> fields = new ArrayList<>();

        private Builder(Class<T> modelClass, Function<Object[], T> factory) {
            this.modelClass = modelClass;
            this.factory = factory;
        }

        public Builder<T> required(String name, FieldKind kind, Function<T, Object> accessor) {
            fields.add(new FieldSpec<>(name, fields.size(), kind, true, accessor));
            return this;
        }

        public Builder<T> optional(String name, FieldKind kind, Function<T, Object> accessor) {
            fields.add(new FieldSpec<>(name, fields.size(), kind, false, accessor));
            return this;
        }

        public RecordShape<T> build() {
            return new RecordShape<>(modelClass, factory, fields);
        }
    }
}
