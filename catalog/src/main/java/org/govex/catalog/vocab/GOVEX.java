package org.govex.catalog.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The govex vocabulary ({@code https://govex.org/ns#}): GB/T 21063 terms DCAT-AP 3 has no word for. */
public final class GOVEX {

    public static final String NS = "https://govex.org/ns#";
    public static final String PREFIX = "govex";

    /** IRIs the catalog mints. */
    public static final String ID = "https://govex.org/id/";
    public static final String RESOURCE_ID = ID + "resource/";
    public static final String PROVIDER_ID = ID + "provider/";
    public static final String ELEMENT_ID = ID + "element/";
    public static final String CATEGORY_ID = ID + "category/";
    public static final String BASE_DATABASE_ID = ID + "base-database/";
    public static final String CATALOG_ID = ID + "catalog";

    private GOVEX() {
    }

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // classes
    public static final Resource InformationResource = r("InformationResource");
    public static final Resource DataItem = r("DataItem");
    public static final Resource Provider = r("Provider");
    public static final Resource DataElement = r("DataElement");

    /** On the catalog node in the meta graph: a token that changes with every change of the entries (search-index freshness). */
    public static final Property changeToken = p("changeToken");
    /** Beside it: the token it replaced, so a node can tell whether anyone else changed the store since its index's last commit. */
    public static final Property previousChangeToken = p("previousChangeToken");

    // resource properties
    public static final Property summary = p("summary");
    public static final Property providerCode = p("providerCode");
    public static final Property recordType = p("recordType");
    public static final Property baseDatabase = p("baseDatabase");
    public static final Property category = p("category");
    public static final Property format = p("format");
    public static final Property dataItem = p("dataItem");
    public static final Property shareType = p("shareType");
    public static final Property shareConditions = p("shareConditions");
    public static final Property legalBasis = p("legalBasis");
    public static final Property openType = p("openType");
    public static final Property updateCycle = p("updateCycle");
    public static final Property status = p("status");
    public static final Property acceptPartial = p("acceptPartial");
    public static final Property harvestSource = p("harvestSource");
    public static final Property harvestedFrom = p("harvestedFrom");
    public static final Property versionNumber = p("versionNumber");
    public static final Property changedBy = p("changedBy");
    public static final Property changeNote = p("changeNote");

    // observed figures (fed back by the exchange)
    public static final Property lastRecordAt = p("lastRecordAt");
    public static final Property recordCount = p("recordCount");
    public static final Property subscriberCount = p("subscriberCount");

    // data item properties
    public static final Property itemName = p("itemName");
    public static final Property dataElement = p("dataElement");
    public static final Property dataType = p("dataType");
    public static final Property length = p("length");
    public static final Property required = p("required");
    public static final Property sensitivity = p("sensitivity");
    public static final Property authoritative = p("authoritative");
    public static final Property order = p("order");

    // provider properties
    public static final Property code = p("code");
    public static final Property divisionCode = p("divisionCode");
    public static final Property level = p("level");

    // category scheme
    public static final Property nextSequence = p("nextSequence");
}
