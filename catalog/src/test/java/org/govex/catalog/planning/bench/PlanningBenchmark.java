package org.govex.catalog.planning.bench;

import org.govex.catalog.planning.analysis.CoverageAnalysis;
import org.govex.catalog.planning.analysis.CoverageReport;
import org.govex.catalog.planning.analysis.SubjectAreaClustering;
import org.govex.catalog.planning.analysis.SubjectAreas;
import org.govex.catalog.planning.analysis.UcMatrix;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.catalog.planning.model.UcRelation;
import org.govex.catalog.planning.model.Usage;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Benchmark (not a test): coverage and subject-area clustering on a 2,000 × 5,000 model at 1%
 * density, beside a bare baseline in the same run — one pass over the cells counting creators and
 * users per data class through a code → index map, the least any coverage must do.
 * Run: see docs/benchmarks.md (## planning).
 */
public final class PlanningBenchmark {

    static volatile Object sink;

    public static void main(String[] args) {
        int processes = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int classes = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        double density = args.length > 2 ? Double.parseDouble(args[2]) : 0.01;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 15;

        long heap0 = usedAfterGc();
        long t0 = System.nanoTime();
        LargeModel large = new LargeModel(processes, classes, density, 20261126L);
        PlanningModel m = large.model;
        double genMs = (System.nanoTime() - t0) / 1e6;
        long heapModel = usedAfterGc() - heap0;
        System.out.printf("model: %d processes × %d data classes, %d cells (%.2f%%), %d resources, %d conflicts; generated in %.0f ms%n",
                m.processes().size(), m.dataClasses().size(), m.relations().size(),
                100.0 * m.relations().size() / ((double) processes * classes), large.resources.size(),
                large.conflicts.size(), genMs);

        double[] baseline = time(runs, () -> baseline(m));
        double[] index = time(runs, () -> new UcMatrix(m));
        UcMatrix matrix = new UcMatrix(m);
        double[] coverage = time(runs, () -> CoverageAnalysis.analyse(matrix, large.resources, large.conflicts));
        double[] coverageFull = time(runs, () -> CoverageAnalysis.analyse(new UcMatrix(m), large.resources, large.conflicts));
        double[] clustering = time(runs, () -> SubjectAreaClustering.cluster(matrix));

        CoverageReport report = CoverageAnalysis.analyse(matrix, large.resources, large.conflicts);
        SubjectAreas areas = SubjectAreaClustering.cluster(matrix);
        long heapAll = usedAfterGc() - heap0;
        sink = new Object[]{report, areas, matrix};
        System.out.printf("coverage summary %s; %d subject areas, %d flows, uses inside blocks %.1f%%%n",
                report.summary(), areas.areas().size(), areas.flows().size(), 100 * areas.usesInside());
        System.out.println("| step | median ms | min ms | × baseline |");
        System.out.println("|---|---|---|---|");
        row("baseline: one pass over the cells", baseline, baseline);
        row("U/C index (UcMatrix)", index, baseline);
        row("coverage on the index", coverage, baseline);
        row("coverage from the model (index + analysis)", coverageFull, baseline);
        row("subject-area clustering on the index", clustering, baseline);
        System.out.printf("heap: model %.0f MiB; model + index + coverage + subject areas %.0f MiB; max heap %.0f MiB%n",
                heapModel / 1048576.0, heapAll / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    /** Per data class: how many processes create it and how many use it. */
    static int[][] baseline(PlanningModel m) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < m.dataClasses().size(); i++) {
            index.put(m.dataClasses().get(i).code(), i);
        }
        int[][] counts = new int[2][m.dataClasses().size()];
        for (UcRelation r : m.relations()) {
            counts[r.usage() == Usage.C ? 0 : 1][index.get(r.dataClassCode())]++;
        }
        return counts;
    }

    private static void row(String name, double[] t, double[] base) {
        System.out.printf("| %s | %.1f | %.1f | %.1f |%n", name, median(t), t[0], median(t) / median(base));
    }

    private static double[] time(int runs, Supplier<Object> work) {
        for (int i = 0; i < 3; i++) {
            sink = work.get();
        }
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            sink = work.get();
            t[i] = (System.nanoTime() - s) / 1e6;
        }
        Arrays.sort(t);
        return t;
    }

    private static double median(double[] sorted) {
        return sorted[sorted.length / 2];
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
