package org.govex.catalog.search;

import org.apache.lucene.util.BytesRef;

import java.time.Instant;
import java.util.List;

/**
 * What the search index stores of an entry for the DCAT-AP export: the fields the export adds
 * from (distributions, what entries share) and the entry's own triples as a Turtle block in UTF-8
 * ({@link org.govex.catalog.rdf.ResourceMapper#turtle}). Fields absent from the entry are null.
 */
public record StoredEntry(String code, String titleZh, String status, Instant modified, String provider, String category,
                          String base, String share, String cycle, String format, String recordType, List<String> elements,
                          List<String> related, BytesRef turtle) {
}
