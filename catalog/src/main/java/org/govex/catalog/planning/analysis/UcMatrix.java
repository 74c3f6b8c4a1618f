package org.govex.catalog.planning.analysis;

import org.govex.catalog.planning.model.BusinessProcess;
import org.govex.catalog.planning.model.DataClass;
import org.govex.catalog.planning.model.FunctionalDomain;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.catalog.planning.model.UcRelation;
import org.govex.catalog.planning.model.Usage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The U/C matrix of a model as integer-indexed adjacency lists, for the analyses: processes in
 * (department, domain, code) order, data classes in code order, and for each data class its
 * creating and using processes (and for each process its cells).
 */
public final class UcMatrix {

    private final PlanningModel model;
    private final List<BusinessProcess> processes;
    private final List<DataClass> dataClasses;
    private final String[] departmentOfProcess;
    private final Map<String, Integer> processIndex = new HashMap<>();
    private final Map<String, Integer> classIndex = new HashMap<>();
    private final int[][] creators;
    private final int[][] users;
    private final int[][] created;
    private final int[][] used;
    private final int cells;

    public UcMatrix(PlanningModel model) {
        this.model = model;
        Map<String, FunctionalDomain> domains = model.domainsByCode();
        Comparator<BusinessProcess> order = Comparator
                .comparing((BusinessProcess p) -> department(domains, p))
                .thenComparing(BusinessProcess::domainCode)
                .thenComparing(BusinessProcess::code);
        this.processes = model.processes().stream().sorted(order).toList();
        this.dataClasses = model.dataClasses();
        departmentOfProcess = new String[processes.size()];
        for (int i = 0; i < processes.size(); i++) {
            processIndex.put(processes.get(i).code(), i);
            departmentOfProcess[i] = department(domains, processes.get(i));
        }
        for (int i = 0; i < dataClasses.size(); i++) {
            classIndex.put(dataClasses.get(i).code(), i);
        }
        List<List<Integer>> c = lists(dataClasses.size());
        List<List<Integer>> u = lists(dataClasses.size());
        List<List<Integer>> pc = lists(processes.size());
        List<List<Integer>> pu = lists(processes.size());
        int n = 0;
        for (UcRelation r : model.relations()) {
            Integer p = processIndex.get(r.processCode());
            Integer d = classIndex.get(r.dataClassCode());
            if (p == null || d == null) {
                continue;
            }
            n++;
            if (r.usage() == Usage.C) {
                c.get(d).add(p);
                pc.get(p).add(d);
            } else {
                u.get(d).add(p);
                pu.get(p).add(d);
            }
        }
        cells = n;
        creators = arrays(c);
        users = arrays(u);
        created = arrays(pc);
        used = arrays(pu);
    }

    private static String department(Map<String, FunctionalDomain> domains, BusinessProcess p) {
        FunctionalDomain d = domains.get(p.domainCode());
        return d == null ? "" : d.departmentCode();
    }

    private static List<List<Integer>> lists(int n) {
        List<List<Integer>> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(new ArrayList<>(4));
        }
        return l;
    }

    private static int[][] arrays(List<List<Integer>> lists) {
        int[][] a = new int[lists.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = lists.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
        return a;
    }

    public PlanningModel model() {
        return model;
    }

    public List<BusinessProcess> processes() {
        return processes;
    }

    public List<DataClass> dataClasses() {
        return dataClasses;
    }

    public int cellCount() {
        return cells;
    }

    public String departmentOf(int process) {
        return departmentOfProcess[process];
    }

    /** Processes (indexes in {@link #processes()} order) that create data class {@code d}. */
    public int[] creatorsOf(int d) {
        return creators[d];
    }

    /** Processes that use (U, not C) data class {@code d}. */
    public int[] usersOf(int d) {
        return users[d];
    }

    public int[] createdBy(int p) {
        return created[p];
    }

    public int[] usedBy(int p) {
        return used[p];
    }

    public Integer indexOfClass(String code) {
        return classIndex.get(code);
    }
}
