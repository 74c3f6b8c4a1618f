package org.govex.schemas.validation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.govex.schemas.error.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * The validation report of a batch, as in DESIGN.md:
 * {@code {"valid":1,"invalid":1,"records":[{"index":0,"key":"…","valid":true,"errors":[]}, …]}}.
 */
@JsonPropertyOrder({"valid", "invalid", "records"})
public record ValidationReport(int valid, int invalid, List<RecordReport> records) {

    public ValidationReport {
        records = List.copyOf(records);
    }

    public boolean allValid() {
        return invalid == 0;
    }

    /** Collects record reports in arrival order (for streaming validation). */
    public static final class Builder {
        private final List<RecordReport> records = new ArrayList<>();
        private int valid;
        private int invalid;

        public Builder add(int index, String key, List<Violation> errors) {
            boolean ok = errors.isEmpty();
            records.add(new RecordReport(index, key, ok, errors));
            if (ok) {
                valid++;
            } else {
                invalid++;
            }
            return this;
        }

        public Builder add(RecordOutcome<?> outcome) {
            return add(outcome.index(), outcome.key(), outcome.errors());
        }

        public ValidationReport build() {
            return new ValidationReport(valid, invalid, records);
        }
    }
}
