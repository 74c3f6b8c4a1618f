package org.govex.catalog.planning.bench;

import org.govex.catalog.planning.facts.ConflictFact;
import org.govex.catalog.planning.facts.OpenType;
import org.govex.catalog.planning.facts.ResourceFact;
import org.govex.catalog.planning.facts.ShareType;
import org.govex.catalog.planning.model.BaseDatabase;
import org.govex.catalog.planning.model.BusinessProcess;
import org.govex.catalog.planning.model.DataClass;
import org.govex.catalog.planning.model.Department;
import org.govex.catalog.planning.model.FunctionalDomain;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.catalog.planning.model.ResourceMapping;
import org.govex.catalog.planning.model.UcRelation;
import org.govex.catalog.planning.model.Usage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic planning model of a province-sized government: {@code processes} processes in
 * domains of 10 under 40 departments, {@code classes} data classes each created by one process
 * (5% by a second department too: duplicate sources), and uses until about {@code density} of
 * the matrix is filled — 70% near the creator's domain, 30% anywhere. Fixed seed.
 */
public final class LargeModel {

    public final PlanningModel model;
    public final List<ResourceFact> resources = new ArrayList<>();
    public final List<ConflictFact> conflicts = new ArrayList<>();

    public LargeModel(int processes, int classes, double density, long seed) {
        Random r = new Random(seed);
        int departments = 40;
        int domains = Math.max(1, processes / 10);
        List<Department> depts = new ArrayList<>();
        for (int i = 0; i < departments; i++) {
            depts.add(new Department(String.format("dept-%02d", i), "部门" + i));
        }
        List<FunctionalDomain> doms = new ArrayList<>();
        for (int i = 0; i < domains; i++) {
            doms.add(new FunctionalDomain(String.format("D-%04d", i), "职能域" + i, depts.get(i % departments).code()));
        }
        List<BusinessProcess> procs = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            procs.add(new BusinessProcess(String.format("P-%05d", i), "业务过程" + i, doms.get(i / 10 % domains).code()));
        }
        BaseDatabase[] bases = BaseDatabase.values();
        List<DataClass> dcs = new ArrayList<>();
        for (int i = 0; i < classes; i++) {
            dcs.add(new DataClass(String.format("DC-%05d", i), "数据类" + i, i % 5 == 4 ? null : bases[i % 4]));
        }
        long target = Math.round(density * processes * classes);
        List<UcRelation> cells = new ArrayList<>((int) target);
        Set<Long> taken = new HashSet<>();
        int[] creator = new int[classes];
        for (int d = 0; d < classes; d++) {
            int p = (int) ((long) d * processes / classes);
            creator[d] = p;
            add(cells, taken, procs, dcs, p, d, Usage.C, processes);
            if (r.nextDouble() < 0.05) {
                add(cells, taken, procs, dcs, (p + processes / 2) % processes, d, Usage.C, processes);
            }
        }
        while (cells.size() < target) {
            int d = r.nextInt(classes);
            int p = r.nextDouble() < 0.7
                    ? Math.floorMod(creator[d] + (int) Math.round(r.nextGaussian() * 30), processes)
                    : r.nextInt(processes);
            add(cells, taken, procs, dcs, p, d, Usage.U, processes);
        }
        List<ResourceMapping> mappings = new ArrayList<>();
        ShareType[] shares = ShareType.values();
        OpenType[] opens = OpenType.values();
        String[] cycles = {"DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "ANNUAL", "IRREG"};
        Instant now = Instant.parse("2026-11-20T00:00:00Z");
        for (int d = 0; d < classes; d++) {
            if (r.nextDouble() < 0.8) {
                String code = String.format("R-%05d", d);
                mappings.add(new ResourceMapping(dcs.get(d).code(), code, List.of()));
                resources.add(new ResourceFact(code, "资源" + d, depts.get(creator[d] / 10 % domains % departments).code(),
                        shares[r.nextInt(3)], opens[r.nextInt(3)], cycles[r.nextInt(cycles.length)],
                        dcs.get(d).baseDatabase() == null ? null : dcs.get(d).baseDatabase().id(), null,
                        now.minusSeconds(r.nextInt(400 * 86_400)), 1000, r.nextInt(3), List.of()));
            }
        }
        for (int i = 0; i < 500; i++) {
            conflicts.add(new ConflictFact("C-" + i, bases[i % 4].id(), "key" + i, "name",
                    List.of(depts.get(i % departments).code(), depts.get((i + 7) % departments).code()),
                    List.of(String.format("R-%05d", r.nextInt(classes))), now));
        }
        model = new PlanningModel(depts, doms, procs, List.of(), dcs, cells, mappings);
    }

    private static void add(List<UcRelation> cells, Set<Long> taken, List<BusinessProcess> procs, List<DataClass> dcs,
                            int p, int d, Usage u, int processes) {
        if (taken.add((long) d * processes + p)) {
            cells.add(new UcRelation(procs.get(p).code(), dcs.get(d).code(), u));
        }
    }
}
