package org.govex.catalog.planning.analysis;

import java.util.List;

/** A flat table of an analysis, as written to CSV and to an XLSX sheet. */
public record Table(String name, List<String> header, List<List<Object>> rows) {
}
