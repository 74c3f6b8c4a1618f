package org.govex.adapters.filedrop;

/** What the hub answered to a dropped batch: accepted or refused, and the receipt or problem as JSON. */
public record DropOutcome(boolean accepted, String json) {
}
