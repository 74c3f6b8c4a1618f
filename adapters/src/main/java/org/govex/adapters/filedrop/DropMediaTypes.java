package org.govex.adapters.filedrop;

import java.util.Locale;
import java.util.Optional;

/** The batch formats a drop folder accepts, by file extension. */
public final class DropMediaTypes {

    private DropMediaTypes() {
    }

    public static Optional<String> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) {
            return Optional.of("application/x-ndjson");
        }
        if (lower.endsWith(".json")) {
            return Optional.of("application/json");
        }
        if (lower.endsWith(".xml")) {
            return Optional.of("application/xml");
        }
        if (lower.endsWith(".csv")) {
            return Optional.of("text/csv");
        }
        return Optional.empty();
    }
}
