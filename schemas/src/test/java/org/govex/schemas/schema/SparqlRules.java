package org.govex.schemas.schema;

import org.govex.schemas.record.RecordType;

import java.util.ArrayList;
import java.util.List;

/** The SHACL-SPARQL constraints of each type: {rule id, SELECT}. They mirror the Java code validators. */
final class SparqlRules {

    private static final String CS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] CC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final String CL = "https://govex.org/id/codelist/";
    private static final String KNOWN_DIVISION = "FILTER NOT EXISTS { ?d skos:notation ?code ; skos:inScheme ?s . "
            + "FILTER (?s IN (<" + CL + "division>, <" + CL + "division-historical>)) }";
    private static final String TODAY = "SUBSTR(STR(NOW()), 1, 10)";

    private SparqlRules() {
    }

    static List<String[]> of(RecordType type) {
        List<String[]> l = new ArrayList<>();
        switch (type) {
            case PERSON -> {
                String id = "    $this adms:identifier/skos:notation ?value .\n    FILTER (REGEX(?value, \"^[0-9]{17}[0-9X]$\"))\n";
                l.add(new String[]{"CitizenIdNumber.checkDigit", "SELECT $this ?value WHERE {\n" + id
                        + "    BIND (" + idSum() + " AS ?sum)\n"
                        + "    BIND (SUBSTR(\"10X98765432\", xsd:integer(?sum - 11 * FLOOR(?sum / 11)) + 1, 1) AS ?check)\n"
                        + "    FILTER (?check != SUBSTR(?value, 18, 1))\n}\n"});
                l.add(new String[]{"CitizenIdNumber.birthDate", "SELECT $this ?value WHERE {\n" + id
                        + "    BIND (xsd:date(CONCAT(SUBSTR(?value, 7, 4), \"-\", SUBSTR(?value, 11, 2), \"-\", SUBSTR(?value, 13, 2))) AS ?bd)\n"
                        + "    FILTER (!BOUND(?bd) || STR(?bd) < \"1880-01-01\" || STR(?bd) > " + TODAY + ")\n}\n"});
                l.add(new String[]{"CitizenIdNumber.division", "SELECT $this ?value WHERE {\n" + id
                        + "    BIND (SUBSTR(?value, 1, 6) AS ?code)\n    " + KNOWN_DIVISION + "\n}\n"});
                l.add(new String[]{"CitizenIdNumber.birthDateMismatch", "SELECT $this ?value WHERE {\n" + id
                        + "    $this cpv:birthDate ?birth .\n"
                        + "    FILTER (CONCAT(SUBSTR(?value, 7, 4), \"-\", SUBSTR(?value, 11, 2), \"-\", SUBSTR(?value, 13, 2)) != STR(?birth))\n}\n"});
                l.add(new String[]{"CitizenIdNumber.sexMismatch", "SELECT $this ?value WHERE {\n" + id
                        + "    $this cpv:sex ?sex .\n"
                        + "    BIND (xsd:integer(SUBSTR(?value, 17, 1)) AS ?d)\n"
                        + "    BIND (?d - 2 * FLOOR(?d / 2) AS ?odd)\n"
                        + "    FILTER ((?odd = 1 && ?sex = <" + CL + "sex/2>) || (?odd = 0 && ?sex = <" + CL + "sex/1>))\n}\n"});
                l.add(new String[]{"PastOrPresent", "SELECT $this ?value WHERE {\n"
                        + "    $this cpv:birthDate|cpv:deathDate ?value .\n    FILTER (STR(?value) > " + TODAY + ")\n}\n"});
                l.add(new String[]{"Person.deathBeforeBirth", "SELECT $this ?value WHERE {\n"
                        + "    $this cpv:birthDate ?birth ; cpv:deathDate ?value .\n    FILTER (?value < ?birth)\n}\n"});
            }
            case LEGAL_ENTITY -> {
                String cc = "    $this rov:registration/skos:notation ?value .\n"
                        + "    FILTER (REGEX(?value, \"^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$\"))\n";
                l.add(new String[]{"CreditCode.checkCharacter", "SELECT $this ?value WHERE {\n" + cc
                        + "    BIND (" + ccSum() + " AS ?sum)\n"
                        + "    BIND (31 - xsd:integer(?sum - 31 * FLOOR(?sum / 31)) AS ?c0)\n"
                        + "    BIND (IF(?c0 = 31, 0, ?c0) AS ?c)\n"
                        + "    FILTER (SUBSTR(\"" + CS + "\", ?c + 1, 1) != SUBSTR(?value, 18, 1))\n}\n"});
                l.add(new String[]{"CreditCode.division", "SELECT $this ?value WHERE {\n" + cc
                        + "    BIND (SUBSTR(?value, 3, 6) AS ?code)\n    " + KNOWN_DIVISION + "\n}\n"});
                l.add(new String[]{"PastOrPresent", "SELECT $this ?value WHERE {\n"
                        + "    $this schema:foundingDate ?value .\n    FILTER (STR(?value) > " + TODAY + ")\n}\n"});
            }
            case PLACE -> l.add(new String[]{"Place.validityOrder", "SELECT $this ?value WHERE {\n"
                    + "    $this govex:validFrom ?from ; govex:validTo ?value .\n    FILTER (?value < ?from)\n}\n"});
            case INDICATOR -> l.add(new String[]{"Indicator.frequencyMismatch", "SELECT $this ?value WHERE {\n"
                    + "    $this sdmx-dimension:refPeriod ?period ; sdmx-dimension:freq ?value .\n"
                    + "    BIND (IF(REGEX(?period, \"^[0-9]{4}$\"), \"A\", IF(REGEX(?period, \"^[0-9]{4}-Q[1-4]$\"), \"Q\", \"M\")) AS ?expected)\n"
                    + "    FILTER (?value != IRI(CONCAT(\"" + CL + "frequency/\", ?expected)))\n}\n"});
        }
        return l;
    }

    private static String idSum() {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < 17; i++) {
            b.append(i == 0 ? "" : " + ").append("xsd:integer(SUBSTR(?value, ").append(i + 1).append(", 1)) * ").append(ID_WEIGHTS[i]);
        }
        return b.append(")").toString();
    }

    private static String ccSum() {
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < 17; i++) {
            b.append(i == 0 ? "" : "\n        + ").append("STRLEN(STRBEFORE(\"").append(CS).append("\", SUBSTR(?value, ")
                    .append(i + 1).append(", 1))) * ").append(CC_WEIGHTS[i]);
        }
        return b.append(")").toString();
    }
}
