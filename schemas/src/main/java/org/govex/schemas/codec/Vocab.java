package org.govex.schemas.codec;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;

/** The RDF vocabularies of the base records (DESIGN.md): SEMIC Core Person, RegOrg, Core Location + GeoSPARQL, Data Cube. */
public final class Vocab {

    public static final String GOVEX = "https://govex.org/ns/govex#";
    public static final String PERSON = "http://www.w3.org/ns/person#";
    public static final String CPV = "http://data.europa.eu/m8g/";
    public static final String ADMS = "http://www.w3.org/ns/adms#";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String FOAF = "http://xmlns.com/foaf/0.1/";
    public static final String DCT = "http://purl.org/dc/terms/";
    public static final String LOCN = "http://www.w3.org/ns/locn#";
    public static final String ROV = "http://www.w3.org/ns/regorg#";
    public static final String SCHEMA = "https://schema.org/";
    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final String QB = "http://purl.org/linked-data/cube#";
    public static final String SDMX_DIM = "http://purl.org/linked-data/sdmx/2009/dimension#";
    public static final String SDMX_ATT = "http://purl.org/linked-data/sdmx/2009/attribute#";
    public static final String SDMX_MEAS = "http://purl.org/linked-data/sdmx/2009/measure#";
    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String CODE = "https://govex.org/id/codelist/";
    public static final String DIVISION = "https://govex.org/id/division/";
    public static final String ID = "https://govex.org/id/";

    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("govex", GOVEX).setNsPrefix("person", PERSON).setNsPrefix("cpv", CPV)
            .setNsPrefix("adms", ADMS).setNsPrefix("skos", SKOS).setNsPrefix("foaf", FOAF).setNsPrefix("dct", DCT)
            .setNsPrefix("locn", LOCN).setNsPrefix("rov", ROV).setNsPrefix("schema", SCHEMA).setNsPrefix("geo", GEO)
            .setNsPrefix("qb", QB).setNsPrefix("sdmx-dimension", SDMX_DIM).setNsPrefix("sdmx-attribute", SDMX_ATT)
            .setNsPrefix("sdmx-measure", SDMX_MEAS).setNsPrefix("xsd", XSD).setNsPrefix("div", DIVISION)
            .setNsPrefix("cl", CODE).lock();

    private Vocab() {
    }

    static Node iri(String ns, String local) {
        return NodeFactory.createURI(ns + local);
    }

    public static final Node TYPE = iri(RDF, "type");
    public static final Node MODIFIED = iri(DCT, "modified");
    public static final Node NOTATION = iri(SKOS, "notation");
    public static final Node DCT_TYPE = iri(DCT, "type");
    public static final Node IDENTIFIER_CLASS = iri(ADMS, "Identifier");
    public static final Node ADDRESS_CLASS = iri(LOCN, "Address");
    public static final Node FULL_ADDRESS = iri(LOCN, "fullAddress");
}
