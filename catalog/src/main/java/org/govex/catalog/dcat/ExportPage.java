package org.govex.catalog.dcat;

import org.apache.jena.rdf.model.Model;

/** One page of the DCAT-AP export: the RDF and the paging figures (hydra). */
public record ExportPage(Model model, int page, int pageSize, long totalItems, boolean hasNext) {
}
