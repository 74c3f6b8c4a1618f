package org.govex.catalog.planning.analysis;

import org.govex.catalog.planning.model.BaseDatabase;
import org.govex.catalog.planning.model.DataClass;
import org.govex.catalog.planning.model.FunctionalDomain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * BSP subject-area clustering of a U/C matrix (algorithm in docs/planning.md §4):
 * <ol>
 *   <li>processes in (department, domain, code) order;</li>
 *   <li>union processes of one functional domain, and all creators of one data class, so that
 *       every data class's creators sit in one block;</li>
 *   <li>a block that creates nothing joins the block whose data it uses most (ties: the earlier);</li>
 *   <li>blocks ordered by their first process; data classes by their block, then by their first
 *       creator; data classes nobody creates go last;</li>
 *   <li>every U cell outside its process's block is a flow from the owning block to the user's.</li>
 * </ol>
 * Deterministic (no randomness, every tie broken by order) and near-linear in processes + cells.
 */
public final class SubjectAreaClustering {

    private SubjectAreaClustering() {
    }

    public static SubjectAreas cluster(UcMatrix m) {
        int np = m.processes().size();
        int nd = m.dataClasses().size();
        int[] parent = new int[np];
        for (int i = 0; i < np; i++) {
            parent[i] = i;
        }
        // 2. same domain, same data class created
        Map<String, Integer> firstOfDomain = new HashMap<>();
        for (int p = 0; p < np; p++) {
            Integer f = firstOfDomain.putIfAbsent(m.processes().get(p).domainCode(), p);
            if (f != null) {
                union(parent, f, p);
            }
        }
        for (int d = 0; d < nd; d++) {
            int[] c = m.creatorsOf(d);
            for (int i = 1; i < c.length; i++) {
                union(parent, c[0], c[i]);
            }
        }
        // owner block (root) of each data class
        int[] owner = new int[nd];
        boolean[] owns = new boolean[np];
        for (int d = 0; d < nd; d++) {
            int[] c = m.creatorsOf(d);
            owner[d] = c.length == 0 ? -1 : find(parent, c[0]);
            if (owner[d] >= 0) {
                owns[owner[d]] = true;
            }
        }
        // 3. blocks that own nothing join the block they use most; decided on the initial blocks
        Map<Integer, List<Integer>> members = new TreeMap<>();
        for (int p = 0; p < np; p++) {
            members.computeIfAbsent(find(parent, p), k -> new ArrayList<>()).add(p);
        }
        Map<Integer, Integer> redirect = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
            int root = e.getKey();
            if (owns[root]) {
                continue;
            }
            Map<Integer, Integer> weight = new HashMap<>();
            for (int p : e.getValue()) {
                for (int d : m.usedBy(p)) {
                    if (owner[d] >= 0) {
                        weight.merge(owner[d], 1, Integer::sum);
                    }
                }
            }
            int best = -1;
            int bestWeight = 0;
            for (Map.Entry<Integer, Integer> w : weight.entrySet()) {
                int firstMember = members.get(w.getKey()).get(0);
                if (w.getValue() > bestWeight || (w.getValue() == bestWeight && best >= 0
                        && firstMember < members.get(best).get(0))) {
                    best = w.getKey();
                    bestWeight = w.getValue();
                }
            }
            if (best >= 0) {
                redirect.put(root, best);
            }
        }
        int[] block = new int[np];
        for (int p = 0; p < np; p++) {
            int r = find(parent, p);
            block[p] = redirect.getOrDefault(r, r);
        }
        // 4. order: blocks by first process; processes by block then original order
        Map<Integer, Integer> blockRank = new HashMap<>();
        for (int p = 0; p < np; p++) {
            blockRank.putIfAbsent(block[p], blockRank.size());
        }
        Integer[] procOrder = new Integer[np];
        for (int i = 0; i < np; i++) {
            procOrder[i] = i;
        }
        Arrays.sort(procOrder, Comparator.comparingInt((Integer p) -> blockRank.get(block[p])).thenComparingInt(p -> p));
        int[] procPos = new int[np];
        for (int i = 0; i < np; i++) {
            procPos[procOrder[i]] = i;
        }
        int[] areaOfClass = new int[nd];
        int[] firstCreatorPos = new int[nd];
        for (int d = 0; d < nd; d++) {
            int[] c = m.creatorsOf(d);
            areaOfClass[d] = c.length == 0 ? -1 : blockRank.get(block[c[0]]);
            int first = Integer.MAX_VALUE;
            for (int p : c) {
                first = Math.min(first, procPos[p]);
            }
            firstCreatorPos[d] = first;
        }
        Integer[] classOrder = new Integer[nd];
        for (int i = 0; i < nd; i++) {
            classOrder[i] = i;
        }
        Arrays.sort(classOrder, Comparator.comparingInt((Integer d) -> areaOfClass[d] < 0 ? Integer.MAX_VALUE : areaOfClass[d])
                .thenComparingInt(d -> firstCreatorPos[d])
                .thenComparing(d -> m.dataClasses().get(d).code()));
        int[] classPos = new int[nd];
        for (int i = 0; i < nd; i++) {
            classPos[classOrder[i]] = i;
        }

        // areas
        int na = blockRank.size();
        String[] areaCode = new String[na];
        for (int a = 0; a < na; a++) {
            areaCode[a] = String.format("SA%02d", a + 1);
        }
        List<List<Integer>> areaProcs = new ArrayList<>();
        List<List<Integer>> areaClasses = new ArrayList<>();
        for (int a = 0; a < na; a++) {
            areaProcs.add(new ArrayList<>());
            areaClasses.add(new ArrayList<>());
        }
        for (int p : procOrder) {
            areaProcs.get(blockRank.get(block[p])).add(p);
        }
        List<String> unowned = new ArrayList<>();
        for (int d : classOrder) {
            if (areaOfClass[d] >= 0) {
                areaClasses.get(areaOfClass[d]).add(d);
            } else {
                unowned.add(m.dataClasses().get(d).code());
            }
        }
        Map<String, FunctionalDomain> domains = m.model().domainsByCode();
        List<SubjectAreas.Area> areas = new ArrayList<>();
        for (int a = 0; a < na; a++) {
            Set<String> depts = new LinkedHashSet<>();
            Set<String> doms = new LinkedHashSet<>();
            for (int p : areaProcs.get(a)) {
                depts.add(m.departmentOf(p));
                doms.add(m.processes().get(p).domainCode());
            }
            List<String> domainNames = doms.stream().map(c -> domains.containsKey(c) ? domains.get(c).name() : c).toList();
            String name = domainNames.size() <= 3 ? String.join("、", domainNames)
                    : String.join("、", domainNames.subList(0, 3)) + "等" + domainNames.size() + "个职能域";
            areas.add(new SubjectAreas.Area(areaCode[a], name, subjectDatabase(m, areaClasses.get(a)),
                    List.copyOf(depts), List.copyOf(doms),
                    areaProcs.get(a).stream().map(p -> m.processes().get(p).code()).toList(),
                    areaClasses.get(a).stream().map(d -> m.dataClasses().get(d).code()).toList()));
        }

        // 5. flows and the reordered matrix
        Map<Long, Set<String>> flowClasses = new TreeMap<>();
        Map<Long, Integer> flowCells = new HashMap<>();
        List<SubjectAreas.MatrixRow> matrix = new ArrayList<>(np);
        long uses = 0;
        long usesInside = 0;
        long creations = 0;
        long creationsInside = 0;
        for (int p : procOrder) {
            int pa = blockRank.get(block[p]);
            List<SubjectAreas.Cell> cells = new ArrayList<>();
            for (int d : m.createdBy(p)) {
                boolean inside = areaOfClass[d] == pa;
                creations++;
                creationsInside += inside ? 1 : 0;
                cells.add(new SubjectAreas.Cell(classPos[d], m.dataClasses().get(d).code(), "C", inside));
            }
            for (int d : m.usedBy(p)) {
                boolean inside = areaOfClass[d] == pa;
                uses++;
                usesInside += inside ? 1 : 0;
                cells.add(new SubjectAreas.Cell(classPos[d], m.dataClasses().get(d).code(), "U", inside));
                if (!inside && areaOfClass[d] >= 0) {
                    long key = (long) areaOfClass[d] * na + pa;
                    flowClasses.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(m.dataClasses().get(d).code());
                    flowCells.merge(key, 1, Integer::sum);
                }
            }
            cells.sort(Comparator.comparingInt(SubjectAreas.Cell::column));
            matrix.add(new SubjectAreas.MatrixRow(m.processes().get(p).code(), areaCode[pa], cells));
        }
        List<SubjectAreas.Flow> flows = new ArrayList<>();
        flowClasses.forEach((key, classes) -> flows.add(new SubjectAreas.Flow(areaCode[(int) (key / na)],
                areaCode[(int) (key % na)], List.copyOf(classes), flowCells.get(key))));
        return new SubjectAreas(areas, flows,
                Arrays.stream(procOrder).map(p -> m.processes().get(p).code()).toList(),
                Arrays.stream(classOrder).map(d -> m.dataClasses().get(d).code()).toList(),
                unowned, matrix, ratio(creationsInside, creations), ratio(usesInside, uses));
    }

    private static String subjectDatabase(UcMatrix m, List<Integer> classes) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int d : classes) {
            DataClass dc = m.dataClasses().get(d);
            BaseDatabase b = dc.baseDatabase();
            counts.merge(b == null ? SharingAnalysis.DEPARTMENTAL : b.id(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse(SharingAnalysis.DEPARTMENTAL);
    }

    private static double ratio(long a, long n) {
        return n == 0 ? 1.0 : Math.round(10_000.0 * a / n) / 10_000.0;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Union keeping the smaller index as root, so roots do not depend on the order of unions. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }
}
