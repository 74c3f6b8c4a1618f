package org.govex.catalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The W3C DCAT 3 terms the catalog writes (declared here so every term is DCAT 3's own IRI). */
public final class DCAT3 {

    public static final String NS = "http://www.w3.org/ns/dcat#";

    private DCAT3() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    public static final Resource Catalog = r("Catalog");
    public static final Resource Dataset = r("Dataset");
    public static final Resource Distribution = r("Distribution");
    public static final Resource DataService = r("DataService");
    public static final Resource CatalogRecord = r("CatalogRecord");

    public static final Property dataset = p("dataset");
    public static final Property distribution = p("distribution");
    public static final Property keyword = p("keyword");
    public static final Property theme = p("theme");
    public static final Property themeTaxonomy = p("themeTaxonomy");
    public static final Property accessURL = p("accessURL");
    public static final Property downloadURL = p("downloadURL");
    public static final Property mediaType = p("mediaType");
    public static final Property version = p("version");
    public static final Property previousVersion = p("previousVersion");
    public static final Property hasVersion = p("hasVersion");
    public static final Property hasCurrentVersion = p("hasCurrentVersion");
    public static final Property landingPage = p("landingPage");
    public static final Property endpointURL = p("endpointURL");
    public static final Property accessService = p("accessService");
    public static final Property servesDataset = p("servesDataset");
    public static final Property contactPoint = p("contactPoint");
}
