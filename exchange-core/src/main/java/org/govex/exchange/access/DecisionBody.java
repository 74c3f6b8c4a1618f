package org.govex.exchange.access;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A provider's decision on a conditional request: approve (with possibly fewer fields, and the
 * sensitive fields the consumer may see unmasked) or reject with a reason.
 */
public record DecisionBody(@NotNull Decision decision, List<String> fields, List<String> unmaskedFields,
                           @Size(max = 2000) String reason) {

    public enum Decision {
        APPROVE, REJECT
    }
}
