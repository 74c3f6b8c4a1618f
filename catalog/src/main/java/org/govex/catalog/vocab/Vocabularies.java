package org.govex.catalog.vocab;

import org.apache.jena.shared.PrefixMapping;

/** Prefixes written into every RDF representation. */
public final class Vocabularies {

    public static final String ADMS = "http://www.w3.org/ns/adms#";
    public static final String FILE_TYPE = "http://publications.europa.eu/resource/authority/file-type/";
    public static final String HYDRA = "http://www.w3.org/ns/hydra/core#";
    public static final String ORG = "http://www.w3.org/ns/org#";

    private Vocabularies() {
    }

    public static PrefixMapping prefixes() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix("dcat", DCAT3.NS);
        pm.setNsPrefix("dct", "http://purl.org/dc/terms/");
        pm.setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/");
        pm.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        pm.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        pm.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        pm.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        pm.setNsPrefix("adms", ADMS);
        pm.setNsPrefix("org", ORG);
        pm.setNsPrefix("hydra", HYDRA);
        pm.setNsPrefix(GOVEX.PREFIX, GOVEX.NS);
        pm.setNsPrefix("res", GOVEX.RESOURCE_ID);
        pm.setNsPrefix("provider", GOVEX.PROVIDER_ID);
        pm.setNsPrefix("element", GOVEX.ELEMENT_ID);
        pm.setNsPrefix("category", GOVEX.CATEGORY_ID);
        pm.setNsPrefix("access-right", "http://publications.europa.eu/resource/authority/access-right/");
        pm.setNsPrefix("frequency", "http://publications.europa.eu/resource/authority/frequency/");
        pm.setNsPrefix("file-type", FILE_TYPE);
        return pm;
    }
}
