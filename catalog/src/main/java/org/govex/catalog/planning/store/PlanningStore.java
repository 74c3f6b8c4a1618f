package org.govex.catalog.planning.store;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.govex.catalog.store.CatalogStore;
import org.govex.catalog.planning.model.Activity;
import org.govex.catalog.planning.model.BaseDatabase;
import org.govex.catalog.planning.model.BusinessProcess;
import org.govex.catalog.planning.model.DataClass;
import org.govex.catalog.planning.model.Department;
import org.govex.catalog.planning.model.FunctionalDomain;
import org.govex.catalog.planning.model.LoadMode;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.catalog.planning.model.ResourceMapping;
import org.govex.catalog.planning.model.UcRelation;
import org.govex.catalog.planning.model.Usage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import static org.govex.catalog.planning.store.PlanningVocabulary.*;

/**
 * Keeps the planning model as RDF in the named graph {@link PlanningVocabulary#GRAPH} of the
 * catalog's store (embedded TDB2 or a remote Fuseki), beside the catalog's graphs. A save reads,
 * checks and replaces the whole graph in one write transaction (on a remote store: one graph-store
 * PUT, serialised in this process), so a load is never seen half done.
 */
public final class PlanningStore {

    /** What a save left behind: the revision counter and the time. */
    public record Revision(long revision, Instant modified) {
    }

    private static final String MODEL_IRI = ID + "model";

    private static final String CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + GRAPH + "> { ?s ?p ?o } }";

    private final CatalogStore store;

    public PlanningStore(CatalogStore store) {
        this.store = store;
    }

    public PlanningModel load() {
        return fromRdf(store.graph(GRAPH));
    }

    public Revision revision() {
        return revisionOf(store.graph(GRAPH));
    }

    /**
     * Stores {@code loaded}: in REPLACE mode it becomes the model; in MERGE mode it is laid over
     * the stored one. {@code check} validates the result inside the transaction (it sees the stored
     * model) and may throw, in which case nothing changes.
     */
    public synchronized Revision save(LoadMode mode, Function<PlanningModel, PlanningModel> check) {
        RDFConnection conn = store.connection();
        return Txn.calculateWrite(conn, () -> {
            Model graph = graph(conn);
            PlanningModel stored = fromRdf(graph);
            PlanningModel base = mode == LoadMode.MERGE ? stored : org.govex.catalog.planning.model.PlanningModel.EMPTY;
            PlanningModel loaded = check.apply(base);
            PlanningModel result = base.overlay(loaded);
            Revision next = new Revision(revisionOf(graph).revision() + 1, Instant.now());
            conn.put(GRAPH, toRdf(result, next));
            return next;
        });
    }

    private static Model graph(RDFConnection conn) {
        Query q = QueryFactory.create(CONSTRUCT);
        try (QueryExecution qe = conn.query(q)) {
            return qe.execConstruct();
        }
    }

    public static Model toRdf(PlanningModel m, Revision revision) {
        Model g = ModelFactory.createDefaultModel();
        g.setNsPrefix("plan", NS);
        g.createResource(MODEL_IRI, PlanningVocabulary.PlanningModel)
                .addLiteral(PlanningVocabulary.revision, revision.revision())
                .addLiteral(modified, g.createTypedLiteral(revision.modified().toString(), XSDDatatype.XSDdateTime));
        for (Department d : m.departments()) {
            entity(g, "department", PlanningVocabulary.Department, d.code(), d.name());
        }
        for (FunctionalDomain d : m.domains()) {
            entity(g, "domain", PlanningVocabulary.FunctionalDomain, d.code(), d.name())
                    .addProperty(department, g.createResource(iri("department", d.departmentCode())));
        }
        for (BusinessProcess p : m.processes()) {
            entity(g, "process", PlanningVocabulary.BusinessProcess, p.code(), p.name())
                    .addProperty(domain, g.createResource(iri("domain", p.domainCode())));
        }
        for (Activity a : m.activities()) {
            entity(g, "activity", PlanningVocabulary.Activity, a.code(), a.name())
                    .addProperty(process, g.createResource(iri("process", a.processCode())));
        }
        for (DataClass c : m.dataClasses()) {
            Resource r = entity(g, "data-class", PlanningVocabulary.DataClass, c.code(), c.name());
            if (c.baseDatabase() != null) {
                r.addProperty(baseDatabase, c.baseDatabase().id());
            }
        }
        for (UcRelation u : m.relations()) {
            g.createResource(iri("process", u.processCode()))
                    .addProperty(u.usage() == Usage.C ? creates : uses, g.createResource(iri("data-class", u.dataClassCode())));
        }
        for (ResourceMapping map : m.mappings()) {
            Resource node = g.createResource(iri("mapping", map.dataClassCode() + "/" + map.resourceCode()), PlanningVocabulary.ResourceMapping)
                    .addProperty(resourceCode, map.resourceCode());
            map.dataElements().forEach(e -> node.addProperty(dataElement, e));
            g.createResource(iri("data-class", map.dataClassCode())).addProperty(providedBy, node);
        }
        return g;
    }

    public static PlanningModel fromRdf(Model g) {
        List<Department> departments = new ArrayList<>();
        g.listResourcesWithProperty(RDF.type, PlanningVocabulary.Department)
                .forEach(r -> departments.add(new Department(str(r, code), str(r, name))));
        List<FunctionalDomain> domains = new ArrayList<>();
        g.listResourcesWithProperty(RDF.type, PlanningVocabulary.FunctionalDomain)
                .forEach(r -> domains.add(new FunctionalDomain(str(r, code), str(r, name), refCode(r, department))));
        List<BusinessProcess> processes = new ArrayList<>();
        List<UcRelation> relations = new ArrayList<>();
        g.listResourcesWithProperty(RDF.type, PlanningVocabulary.BusinessProcess).forEach(r -> {
            String p = str(r, code);
            processes.add(new BusinessProcess(p, str(r, name), refCode(r, domain)));
            r.listProperties(creates).forEach(s -> relations.add(new UcRelation(p, codeOf(s.getResource()), Usage.C)));
            r.listProperties(uses).forEach(s -> relations.add(new UcRelation(p, codeOf(s.getResource()), Usage.U)));
        });
        List<Activity> activities = new ArrayList<>();
        g.listResourcesWithProperty(RDF.type, PlanningVocabulary.Activity)
                .forEach(r -> activities.add(new Activity(str(r, code), str(r, name), refCode(r, process))));
        List<DataClass> classes = new ArrayList<>();
        List<ResourceMapping> mappings = new ArrayList<>();
        g.listResourcesWithProperty(RDF.type, PlanningVocabulary.DataClass).forEach(r -> {
            String c = str(r, code);
            classes.add(new DataClass(c, str(r, name), BaseDatabase.parse(str(r, baseDatabase)).orElse(null)));
            r.listProperties(providedBy).forEach(s -> {
                Resource node = s.getResource();
                List<String> elements = node.listProperties(dataElement).mapWith(Statement::getString).toList();
                elements.sort(null);
                mappings.add(new ResourceMapping(c, str(node, resourceCode), elements));
            });
        });
        return new PlanningModel(departments, domains, processes, activities, classes, relations, mappings);
    }

    private static Revision revisionOf(Model g) {
        Resource m = g.getResource(MODEL_IRI);
        Statement rev = m.getProperty(PlanningVocabulary.revision);
        Statement mod = m.getProperty(modified);
        return rev == null ? new Revision(0, null)
                : new Revision(rev.getLong(), mod == null ? null : Instant.parse(mod.getLiteral().getLexicalForm()));
    }

    private static Resource entity(Model g, String kind, Resource type, String c, String n) {
        return g.createResource(iri(kind, c), type).addProperty(code, c).addProperty(name, n);
    }

    private static String str(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : s.getString();
    }

    private static String refCode(Resource r, org.apache.jena.rdf.model.Property p) {
        Statement s = r.getProperty(p);
        return s == null ? null : codeOf(s.getResource());
    }

    private static String codeOf(RDFNode node) {
        Resource r = node.asResource();
        Statement s = r.getProperty(code);
        if (s != null) {
            return s.getString();
        }
        String iri = r.getURI();
        return java.net.URLDecoder.decode(iri.substring(iri.lastIndexOf('/') + 1), java.nio.charset.StandardCharsets.UTF_8);
    }
}
