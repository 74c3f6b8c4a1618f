package org.govex.schemas.validation;

import org.govex.schemas.error.Violation;
import org.govex.schemas.record.BaseRecord;

import java.util.List;

/**
 * The result of binding and validating one record: the typed record (null when a field could not
 * be converted to its type), its key and the broken rules. {@code valid()} means no errors.
 */
public record RecordOutcome<T extends BaseRecord>(int index, String key, T record, List<Violation> errors) {

    public RecordOutcome {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
