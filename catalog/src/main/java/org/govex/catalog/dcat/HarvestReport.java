package org.govex.catalog.dcat;

import org.govex.schemas.error.Violation;

import java.util.List;

/** What a harvest changed in the catalog for one named source. */
public record HarvestReport(String source, int datasetsFound, List<String> created, List<String> updated,
                            List<String> withdrawn, List<String> unchanged, List<Rejected> rejected, List<String> notes) {

    /** A dataset the harvest could not take, with the rules it broke. */
    public record Rejected(String dataset, String code, List<Violation> violations) {
    }
}
