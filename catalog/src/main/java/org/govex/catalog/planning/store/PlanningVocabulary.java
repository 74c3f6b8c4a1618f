package org.govex.catalog.planning.store;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The planning vocabulary ({@code plan:}, {@code https://govex.org/ns/planning#}). Entities get
 * IRIs under {@code https://govex.org/id/planning/<kind>/<code>}; the model lives in the named
 * graph {@link #GRAPH} of the catalog's dataset, beside the catalog's resources.
 */
public final class PlanningVocabulary {

    public static final String NS = "https://govex.org/ns/planning#";
    public static final String ID = "https://govex.org/id/planning/";
    public static final String GRAPH = "https://govex.org/graph/planning";

    public static final Resource PlanningModel = cls("PlanningModel");
    public static final Resource Department = cls("Department");
    public static final Resource FunctionalDomain = cls("FunctionalDomain");
    public static final Resource BusinessProcess = cls("BusinessProcess");
    public static final Resource Activity = cls("Activity");
    public static final Resource DataClass = cls("DataClass");
    public static final Resource ResourceMapping = cls("ResourceMapping");

    public static final Property code = prop("code");
    public static final Property name = prop("name");
    public static final Property department = prop("department");
    public static final Property domain = prop("domain");
    public static final Property process = prop("process");
    public static final Property baseDatabase = prop("baseDatabase");
    /** process → data class it creates (C). */
    public static final Property creates = prop("creates");
    /** process → data class it uses (U). */
    public static final Property uses = prop("uses");
    /** data class → mapping node. */
    public static final Property providedBy = prop("providedBy");
    public static final Property resourceCode = prop("resourceCode");
    public static final Property dataElement = prop("dataElement");
    public static final Property modified = prop("modified");
    public static final Property revision = prop("revision");

    private PlanningVocabulary() {
    }

    public static String iri(String kind, String code) {
        return ID + kind + "/" + java.net.URLEncoder.encode(code, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Resource cls(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property prop(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
