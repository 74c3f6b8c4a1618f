package org.govex.exchange.publish;

import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

import java.util.Locale;

/** The batch formats a publish accepts, chosen by Content-Type. */
public enum BatchFormat {
    JSON, NDJSON, XML, CSV;

    public static BatchFormat of(String contentType) {
        String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        int semi = ct.indexOf(';');
        if (semi >= 0) {
            ct = ct.substring(0, semi);
        }
        return switch (ct.trim()) {
            case "application/json" -> JSON;
            case "application/x-ndjson", "application/ndjson", "application/jsonl" -> NDJSON;
            case "application/xml", "text/xml" -> XML;
            case "text/csv" -> CSV;
            default -> throw new GovexException(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Publish accepts application/json (array), "
                    + "application/x-ndjson, application/xml or text/csv, not '" + contentType + "'");
        };
    }
}
