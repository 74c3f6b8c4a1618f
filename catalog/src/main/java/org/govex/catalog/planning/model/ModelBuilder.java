package org.govex.catalog.planning.model;

import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.Violation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Collects the rows a reader found, with their origins, and turns them into a model only when
 * every row is sound: codes well formed and unique, names present, every reference resolvable
 * (against the loaded rows and, when merging, the stored model). Otherwise nothing is built and
 * every broken rule is reported with its sheet, row and column.
 */
public final class ModelBuilder {

    /** Codes: letters, digits, dot, underscore, hyphen; 1–64 characters. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    public static final int MAX_VIOLATIONS = 500;
    private static final int MAX_TEXT = 500;

    private final List<Violation> violations = new ArrayList<>();
    private final List<Row<Department>> departments = new ArrayList<>();
    private final List<Row<FunctionalDomain>> domains = new ArrayList<>();
    private final List<Row<BusinessProcess>> processes = new ArrayList<>();
    private final List<Row<Activity>> activities = new ArrayList<>();
    private final List<Row<DataClass>> dataClasses = new ArrayList<>();
    private final List<Row<UcRelation>> relations = new ArrayList<>();
    private final List<Row<ResourceMapping>> mappings = new ArrayList<>();

    private record Row<T>(Origin origin, T value) {
    }

    public ModelBuilder department(Origin o, String code, String name) {
        text(o, "name", name, true);
        if (code(o, "code", code)) {
            departments.add(new Row<>(o, new Department(code.trim(), trim(name))));
        }
        return this;
    }

    public ModelBuilder domain(Origin o, String code, String name, String department) {
        text(o, "name", name, true);
        if (code(o, "code", code) & code(o, "department", department)) {
            domains.add(new Row<>(o, new FunctionalDomain(code.trim(), trim(name), department.trim())));
        }
        return this;
    }

    public ModelBuilder process(Origin o, String code, String name, String domain) {
        text(o, "name", name, true);
        if (code(o, "code", code) & code(o, "domain", domain)) {
            processes.add(new Row<>(o, new BusinessProcess(code.trim(), trim(name), domain.trim())));
        }
        return this;
    }

    public ModelBuilder activity(Origin o, String code, String name, String process) {
        text(o, "name", name, true);
        if (code(o, "code", code) & code(o, "process", process)) {
            activities.add(new Row<>(o, new Activity(code.trim(), trim(name), process.trim())));
        }
        return this;
    }

    public ModelBuilder dataClass(Origin o, String code, String name, String baseDatabase) {
        text(o, "name", name, true);
        boolean ok = code(o, "code", code);
        BaseDatabase base = null;
        if (baseDatabase != null && !baseDatabase.isBlank()) {
            base = BaseDatabase.parse(baseDatabase).orElse(null);
            if (base == null) {
                error(o, "baseDatabase", "planning.baseDatabase", "'" + clip(baseDatabase)
                        + "' is not a base database (population, legal-entity, geospatial, macro-economy or empty)");
                ok = false;
            }
        }
        if (ok) {
            dataClasses.add(new Row<>(o, new DataClass(code.trim(), trim(name), base)));
        }
        return this;
    }

    public ModelBuilder relation(Origin o, String process, String dataClass, String usage) {
        boolean ok = code(o, "process", process) & code(o, "dataClass", dataClass);
        Usage u = Usage.parse(usage).orElse(null);
        if (u == null) {
            error(o, "usage", "planning.usage", "'" + clip(usage) + "' is not C or U");
            ok = false;
        }
        if (ok) {
            relations.add(new Row<>(o, new UcRelation(process.trim(), dataClass.trim(), u)));
        }
        return this;
    }

    public ModelBuilder mapping(Origin o, String dataClass, String resource, String dataElements) {
        if (code(o, "dataClass", dataClass) & code(o, "resource", resource)) {
            List<String> elements = dataElements == null || dataElements.isBlank() ? List.of()
                    : Arrays.stream(dataElements.split("[,;，；\\s]+")).filter(s -> !s.isBlank()).toList();
            mappings.add(new Row<>(o, new ResourceMapping(dataClass.trim(), resource.trim(), elements)));
        }
        return this;
    }

    /** A problem a reader found itself (a cell that is not C/U, an unknown header, ...). */
    public ModelBuilder error(Origin o, String column, String rule, String message) {
        if (violations.size() < MAX_VIOLATIONS) {
            violations.add(new Violation(o.field(column), rule, o.describe(column) + ": " + message));
        }
        return this;
    }

    /** A problem with the upload as a whole (missing sheet, ...). */
    public ModelBuilder error(String field, String rule, String message) {
        if (violations.size() < MAX_VIOLATIONS) {
            violations.add(new Violation(field, rule, message));
        }
        return this;
    }

    public boolean hasErrors() {
        return !violations.isEmpty();
    }

    /**
     * The loaded rows as a model on their own, after checking them together with {@code stored}
     * (the stored model when merging, {@link PlanningModel#EMPTY} when replacing).
     *
     * @throws GovexException INVALID with every violation found, nothing built
     */
    public PlanningModel build(PlanningModel stored) {
        unique(departments, Department::code, "department");
        unique(domains, FunctionalDomain::code, "functional domain");
        unique(processes, BusinessProcess::code, "business process");
        unique(activities, Activity::code, "activity");
        unique(dataClasses, DataClass::code, "data class");

        Set<String> deptCodes = codes(stored.departments().stream().map(Department::code).toList(), departments, Department::code);
        Set<String> domainCodes = codes(stored.domains().stream().map(FunctionalDomain::code).toList(), domains, FunctionalDomain::code);
        Set<String> processCodes = codes(stored.processes().stream().map(BusinessProcess::code).toList(), processes, BusinessProcess::code);
        Set<String> classCodes = codes(stored.dataClasses().stream().map(DataClass::code).toList(), dataClasses, DataClass::code);

        for (Row<FunctionalDomain> r : domains) {
            ref(r.origin, "department", r.value.departmentCode(), deptCodes, "department");
        }
        for (Row<BusinessProcess> r : processes) {
            ref(r.origin, "domain", r.value.domainCode(), domainCodes, "functional domain");
        }
        for (Row<Activity> r : activities) {
            ref(r.origin, "process", r.value.processCode(), processCodes, "business process");
        }
        Map<String, Row<UcRelation>> cells = new HashMap<>();
        for (Row<UcRelation> r : relations) {
            ref(r.origin, "process", r.value.processCode(), processCodes, "business process");
            ref(r.origin, "dataClass", r.value.dataClassCode(), classCodes, "data class");
            Row<UcRelation> before = cells.putIfAbsent(r.value.processCode() + "\u0000" + r.value.dataClassCode(), r);
            if (before != null && before.value.usage() != r.value.usage()) {
                error(r.origin, "usage", "planning.conflictingCell", "process " + r.value.processCode() + " × data class "
                        + r.value.dataClassCode() + " is " + r.value.usage() + " here but " + before.value.usage()
                        + " at " + before.origin.describe("usage"));
            }
        }
        Set<String> seenMappings = new HashSet<>();
        for (Row<ResourceMapping> r : mappings) {
            ref(r.origin, "dataClass", r.value.dataClassCode(), classCodes, "data class");
            if (!seenMappings.add(r.value.dataClassCode() + "\u0000" + r.value.resourceCode())) {
                error(r.origin, "resource", "planning.duplicateMapping", "data class " + r.value.dataClassCode()
                        + " is already mapped to resource " + r.value.resourceCode());
            }
        }
        if (!violations.isEmpty()) {
            throw GovexException.invalid("The planning model has " + violations.size()
                    + (violations.size() >= MAX_VIOLATIONS ? "+" : "") + " problem(s); nothing was loaded", List.copyOf(violations));
        }
        List<UcRelation> cellList = new ArrayList<>();
        cells.values().forEach(r -> cellList.add(r.value));
        return new PlanningModel(values(departments), values(domains), values(processes), values(activities),
                values(dataClasses), cellList, values(mappings));
    }

    private static <T> List<T> values(List<Row<T>> rows) {
        return rows.stream().map(Row::value).toList();
    }

    private static <T> Set<String> codes(List<String> stored, List<Row<T>> rows, java.util.function.Function<T, String> code) {
        Set<String> set = new HashSet<>(stored);
        rows.forEach(r -> set.add(code.apply(r.value)));
        return set;
    }

    private <T> void unique(List<Row<T>> rows, java.util.function.Function<T, String> code, String what) {
        Map<String, Origin> seen = new HashMap<>();
        for (Row<T> r : rows) {
            Origin first = seen.putIfAbsent(code.apply(r.value), r.origin);
            if (first != null) {
                error(r.origin, "code", "planning.duplicateCode", what + " '" + code.apply(r.value)
                        + "' is already defined at " + first.describe("code"));
            }
        }
    }

    private void ref(Origin o, String column, String code, Set<String> known, String what) {
        if (!known.contains(code)) {
            error(o, column, "planning.unknownReference", "no " + what + " '" + code + "' in the model");
        }
    }

    private boolean code(Origin o, String column, String value) {
        if (value == null || value.isBlank()) {
            error(o, column, "planning.required", "a code is required");
            return false;
        }
        if (!CODE.matcher(value.trim()).matches()) {
            error(o, column, "planning.code", "'" + clip(value) + "' is not a code (letters, digits, . _ -; at most 64)");
            return false;
        }
        return true;
    }

    private boolean text(Origin o, String column, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                error(o, column, "planning.required", "a value is required");
            }
            return !required;
        }
        if (value.length() > MAX_TEXT) {
            error(o, column, "planning.length", "longer than " + MAX_TEXT + " characters");
            return false;
        }
        return true;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static String clip(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
