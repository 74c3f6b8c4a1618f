package org.govex.schemas.validation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.govex.schemas.error.Violation;

import java.util.List;

/** The verdict on one record of a batch: its position, key (if readable), and the broken rules. */
@JsonPropertyOrder({"index", "key", "valid", "errors"})
public record RecordReport(int index, String key, boolean valid, List<Violation> errors) {

    public RecordReport {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
