package org.govex.schemas.codec;

import org.apache.jena.riot.Lang;

import java.util.Locale;
import java.util.Optional;

/** The wire forms of base records and their media types. */
public enum RecordFormat {
    JSON("application/json", null),
    NDJSON("application/x-ndjson", null),
    XML("application/xml", null),
    TURTLE("text/turtle", Lang.TURTLE),
    JSON_LD("application/ld+json", Lang.JSONLD),
    RDF_XML("application/rdf+xml", Lang.RDFXML);

    private final String mediaType;
    private final Lang lang;

    RecordFormat(String mediaType, Lang lang) {
        this.mediaType = mediaType;
        this.lang = lang;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isRdf() {
        return lang != null;
    }

    Lang lang() {
        return lang;
    }

    /** The format of a media type (parameters ignored; text/xml and +json/+xml suffixes accepted). */
    public static Optional<RecordFormat> of(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String m = mediaType.toLowerCase(Locale.ROOT);
        int semi = m.indexOf(';');
        if (semi >= 0) {
            m = m.substring(0, semi);
        }
        m = m.trim();
        for (RecordFormat f : values()) {
            if (f.mediaType.equals(m)) {
                return Optional.of(f);
            }
        }
        return switch (m) {
            case "text/xml" -> Optional.of(XML);
            case "application/n-triples", "application/x-turtle" -> Optional.of(TURTLE);
            case "application/jsonl", "application/x-jsonlines" -> Optional.of(NDJSON);
            default -> m.endsWith("+json") ? Optional.of(JSON) : m.endsWith("+xml") ? Optional.of(XML) : Optional.empty();
        };
    }
}
