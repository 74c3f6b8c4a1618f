package org.govex.exchange.journal;

import org.govex.schemas.error.Violation;

import java.util.List;

/** A record of a batch that was not accepted: its position, its key (if readable) and why. */
public record Rejection(int index, String key, List<Violation> errors) {
}
