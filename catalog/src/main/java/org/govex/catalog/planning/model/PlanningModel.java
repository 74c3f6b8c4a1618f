package org.govex.catalog.planning.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An information-resource planning model: departments → functional domains → business processes →
 * activities, data classes, the U/C matrix and the mapping of data classes to catalog resources.
 * Lists are kept sorted by code (relations by process then data class) so that every output is
 * deterministic.
 */
public record PlanningModel(List<Department> departments,
                            List<FunctionalDomain> domains,
                            List<BusinessProcess> processes,
                            List<Activity> activities,
                            List<DataClass> dataClasses,
                            List<UcRelation> relations,
                            List<ResourceMapping> mappings) {

    public static final PlanningModel EMPTY = new PlanningModel(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    public PlanningModel {
        departments = sorted(departments, Department::code);
        domains = sorted(domains, FunctionalDomain::code);
        processes = sorted(processes, BusinessProcess::code);
        activities = sorted(activities, Activity::code);
        dataClasses = sorted(dataClasses, DataClass::code);
        relations = relations.stream()
                .sorted(Comparator.comparing(UcRelation::processCode).thenComparing(UcRelation::dataClassCode))
                .toList();
        mappings = mappings.stream()
                .sorted(Comparator.comparing(ResourceMapping::dataClassCode).thenComparing(ResourceMapping::resourceCode))
                .toList();
    }

    private static <T> List<T> sorted(Collection<T> items, Function<T, String> code) {
        return items.stream().sorted(Comparator.comparing(code)).toList();
    }

    public boolean isEmpty() {
        return departments.isEmpty() && domains.isEmpty() && processes.isEmpty() && dataClasses.isEmpty();
    }

    public Map<String, Department> departmentsByCode() {
        return index(departments, Department::code);
    }

    public Map<String, FunctionalDomain> domainsByCode() {
        return index(domains, FunctionalDomain::code);
    }

    public Map<String, BusinessProcess> processesByCode() {
        return index(processes, BusinessProcess::code);
    }

    public Map<String, DataClass> dataClassesByCode() {
        return index(dataClasses, DataClass::code);
    }

    /** The department a process belongs to (through its functional domain). */
    public Optional<String> departmentOf(BusinessProcess process) {
        return domains.stream().filter(d -> d.code().equals(process.domainCode())).findFirst()
                .map(FunctionalDomain::departmentCode);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> code) {
        Map<String, T> map = new LinkedHashMap<>();
        for (T item : items) {
            map.put(code.apply(item), item);
        }
        return map;
    }

    /**
     * This model with {@code other} laid over it: entities by code, cells by process × data class,
     * mappings by data class × resource.
     */
    public PlanningModel overlay(PlanningModel other) {
        return new PlanningModel(
                merge(departments, other.departments, Department::code),
                merge(domains, other.domains, FunctionalDomain::code),
                merge(processes, other.processes, BusinessProcess::code),
                merge(activities, other.activities, Activity::code),
                merge(dataClasses, other.dataClasses, DataClass::code),
                merge(relations, other.relations, r -> r.processCode() + "\u0000" + r.dataClassCode()),
                merge(mappings, other.mappings, m -> m.dataClassCode() + "\u0000" + m.resourceCode()));
    }

    private static <T> List<T> merge(List<T> base, List<T> over, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        base.forEach(t -> map.put(key.apply(t), t));
        over.forEach(t -> map.put(key.apply(t), t));
        return new ArrayList<>(map.values());
    }
}
