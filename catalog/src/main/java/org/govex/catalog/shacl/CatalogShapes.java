package org.govex.catalog.shacl;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.shared.PrefixMapping;
import org.govex.catalog.vocab.Vocabularies;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;

import java.util.List;

/**
 * The two SHACL layers on the catalog's RDF: govex's own shapes (sharing rules, data items,
 * unique codes, 一数一源) and the official DCAT-AP 3.0.0 shapes (CC-BY 4.0, © European Union).
 */
public final class CatalogShapes {

    private static final PrefixMapping PREFIXES = Vocabularies.prefixes();
    private static volatile Shapes govex;
    private static volatile Shapes dcatAp;

    private CatalogShapes() {
    }

    public static Shapes govex() {
        if (govex == null) {
            govex = load("govex-shapes.ttl");
        }
        return govex;
    }

    public static Shapes dcatAp() {
        if (dcatAp == null) {
            dcatAp = load("dcat-ap-3.0.0-SHACL.ttl");
        }
        return dcatAp;
    }

    private static Shapes load(String name) {
        String url = CatalogShapes.class.getResource("/org/govex/catalog/shapes/" + name).toString();
        return Shapes.parse(RDFParser.source(url).lang(Lang.TURTLE).toGraph());
    }

    public static ValidationReport validate(Shapes shapes, Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** The report's violations (warnings and infos left out) as field/rule/message triples. */
    public static List<Violation> violations(ValidationReport report) {
        return report.getEntries().stream()
                .filter(e -> e.severity() == Severity.Violation)
                .map(CatalogShapes::toViolation)
                .distinct()
                .toList();
    }

    /** Field: the property path; rule: the constraint component; message: focus node and message. */
    public static Violation toViolation(ReportEntry e) {
        String path = e.resultPath() == null ? "" : e.resultPath().toString(new org.apache.jena.sparql.core.Prologue(PREFIXES));
        String component = e.sourceConstraintComponent() == null ? "shacl"
                : "sh:" + e.sourceConstraintComponent().getLocalName();
        return new Violation(path, component, shortNode(e.focusNode()) + ": " + e.message());
    }

    private static String shortNode(Node n) {
        if (n.isURI()) {
            String s = PREFIXES.qnameFor(n.getURI());
            return s != null ? s : "<" + n.getURI() + ">";
        }
        return n.toString();
    }

    /** Throws 422 problem (type validation-failed/shacl) when the report has violations. */
    public static void requireConforms(ValidationReport report, String what) {
        List<Violation> v = violations(report);
        if (!v.isEmpty()) {
            throw new GovexException(ProblemKind.INVALID, "shacl", what + " breaks " + v.size() + " SHACL rule(s)", v, null);
        }
    }
}
