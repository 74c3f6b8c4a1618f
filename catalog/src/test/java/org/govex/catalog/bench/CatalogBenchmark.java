package org.govex.catalog.bench;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.govex.catalog.StoreKind;
import org.govex.catalog.dcat.CatalogDescription;
import org.govex.catalog.dcat.DcatExporter;
import org.govex.catalog.dcat.ExportSelection;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.Provider;
import org.govex.catalog.search.SearchQuery;
import org.govex.catalog.service.CatalogService;
import org.govex.catalog.service.Viewer;
import org.govex.catalog.store.CatalogStore;
import org.govex.catalog.vocab.CatalogGraphs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The catalog benchmark (not part of the test suite): run with
 * {@code mvn -B -o -pl catalog -am test -Dtest=CatalogBenchmark -Dbenchmark=true -Dbench.size=100000 -Dbench.sparqlRounds=1 -DargLine=-Xmx6g -Dsurefire.forkTimeout=7200 -Dsurefire.failIfNoSpecifiedTests=false}.
 * Loads a synthetic catalog into TDB2, then times the faceted search mix (Lucene smartcn) beside
 * the same searches as plain SPARQL regex filters on the same data, single fetches and the full
 * DCAT-AP export. Prints a Markdown table.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class CatalogBenchmark {

    record Q(String text, String provider, String share) { }

    static final List<Q> MIX = List.of(
            new Q("户籍 登记信息", null, null), new Q("企业", "hz-scjgj", null), new Q("西湖区 不动产", null, null),
            new Q("社会保险", null, "CONDITIONAL"), new Q("学校 检查结果", null, null), new Q("滨江区", "hz-gaj", null),
            new Q("补贴发放信息", null, "UNCONDITIONAL"), new Q("养老机构", null, null), new Q("药品零售 许可信息", null, null),
            new Q("公共自行车", null, null));

    /**
     * Only the full export, over a directory an earlier run left ({@code -Dbench.dir=<its temp dir>}),
     * e.g. with a small heap ({@code -DargLine=-Xmx512m}) to show the export does not hold the catalog.
     * {@code -Dbench.indexDir=...} keeps the search index elsewhere (rebuilt there when missing or of
     * an older format, leaving the run's own directory as it was); {@code -Dbench.exportRounds=n}
     * repeats both exports; {@code -Dbench.storeExport=false} skips the export read from the store.
     */
    @Test
    @EnabledIfSystemProperty(named = "bench.dir", matches = ".+")
    void exportOnly() throws Exception {
        var dir = java.nio.file.Path.of(System.getProperty("bench.dir"));
        var indexDir = java.nio.file.Path.of(System.getProperty("bench.indexDir", dir.resolve("catalog-index").toString()));
        Dataset ds = TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
        long t0 = System.nanoTime();
        try (CatalogService catalog = new CatalogService(CatalogStore.local(ds), StoreKind.ELEMENTS, Clock.systemUTC(), indexDir)) {
            progress("open %.2f s, index %s, %,d entries", (System.nanoTime() - t0) / 1e9,
                    catalog.indexRebuiltAtOpen() ? "rebuilt" : "reopened", catalog.indexedCount());
            DcatExporter exporter = new DcatExporter(catalog, new CatalogDescription("http://localhost:8080", "杭州市政务信息资源目录",
                    "Hangzhou catalog", "hz"));
            if (!catalog.indexInStep()) {
                throw new IllegalStateException("the index is not in step with the store: the fast export would not be measured");
            }
            for (int round = 0; round < Integer.getInteger("bench.exportRounds", 1); round++) {
                Export fast = export(exporter, true);
                progress("fast export (stored blocks) of %,d entries, %,d MB: %.1f s, CPU %.1f s, heap max %,d MB, most sampled %,d MB",
                        fast.entries, fast.bytes / 1_000_000, fast.seconds, fast.cpuSeconds, Runtime.getRuntime().maxMemory() / 1_000_000,
                        fast.heapMax / 1_000_000);
                if (Boolean.parseBoolean(System.getProperty("bench.storeExport", "true"))) {
                    Export store = export(exporter, false);
                    progress("store export (read + map + Jena writer) of %,d entries, %,d MB: %.1f s, CPU %.1f s, most sampled %,d MB",
                            store.entries, store.bytes / 1_000_000, store.seconds, store.cpuSeconds, store.heapMax / 1_000_000);
                }
            }
        }
        ds.close();
    }

    record Export(int entries, long bytes, double seconds, double cpuSeconds, long heapMax) { }

    /** The whole catalog as Turtle, bytes counted and dropped: the fast path (stored blocks) or the store path. */
    static Export export(DcatExporter exporter, boolean fast) throws java.io.IOException {
        System.gc();
        long cpu0 = processCpu();
        long t0 = System.nanoTime();
        ExportSelection all = exporter.select(null, 1, 0);
        HeapWatch watch = new HeapWatch();
        CountingOutputStream bytes = new CountingOutputStream() {
            @Override
            public void write(byte[] b, int off, int len) {
                if ((count + len) / 10_000_000 != count / 10_000_000) {
                    watch.sample();
                }
                super.write(b, off, len);
            }
        };
        if (fast) {
            exporter.writeTurtle(all, bytes);
        } else {
            exporter.write(all, StreamRDFWriter.getWriterStream(bytes, RDFFormat.TURTLE_BLOCKS));
        }
        return new Export(all.codes().size(), bytes.count, (System.nanoTime() - t0) / 1e9, (processCpu() - cpu0) / 1e9, watch.max);
    }

    @Test
    @org.junit.jupiter.api.condition.DisabledIfSystemProperty(named = "bench.dir", matches = ".+")
    void run() throws Exception {
        int n = Integer.getInteger("bench.size", 10_000);
        double loadStart = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        var dir = Files.createTempDirectory("govex-bench-");
        Dataset ds = TDB2Factory.connectDataset(dir.resolve("tdb2").toString());
        var indexDir = dir.resolve("catalog-index");
        CatalogService catalog = new CatalogService(CatalogStore.local(ds), StoreKind.ELEMENTS, Clock.systemUTC(), indexDir);
        catalog.registerProvider(new Provider("hz", "杭州市人民政府", null, null, "330100", Provider.Level.CITY));
        for (String p : SyntheticCatalog.PROVIDERS) {
            catalog.registerProvider(new Provider(p, p, null, "hz", "330100", Provider.Level.DEPARTMENT));
        }
        List<InformationResource> resources = SyntheticCatalog.generate(n, 42);
        StringBuilder md = new StringBuilder();

        long t0 = System.nanoTime();
        catalog.createAll(resources, "bench", false);
        double loadS = (System.nanoTime() - t0) / 1e9;
        progress("load %.1f s", loadS);
        long quads = Txn.calculateRead(ds, () -> ds.asDatasetGraph().stream().count());
        // the SHACL cost per entry on a sample (bulk load above skips it)
        List<InformationResource> sample = SyntheticCatalog.generate(200, 7).stream()
                .map(r -> r.toBuilder().code("S" + r.code()).build()).toList();
        t0 = System.nanoTime();
        catalog.createAll(sample, "bench", true);
        double validatedMsPer = (System.nanoTime() - t0) / 1e6 / sample.size();
        // a restart: the persisted index is reopened as is; then what a rebuild from the store costs
        catalog.close();
        t0 = System.nanoTime();
        catalog = new CatalogService(CatalogStore.local(ds), StoreKind.ELEMENTS, Clock.systemUTC(), indexDir);
        double reopenS = (System.nanoTime() - t0) / 1e9;
        progress("reopen %.2f s", reopenS);
        if (catalog.indexRebuiltAtOpen()) {
            throw new IllegalStateException("the persisted index was rebuilt at reopen");
        }
        t0 = System.nanoTime();
        catalog.reindex();
        double reindexS = (System.nanoTime() - t0) / 1e9;
        progress("reindex %.1f s", reindexS);

        // faceted search (Lucene)
        int rounds = 30;
        for (int w = 0; w < 5; w++) {
            for (Q q : MIX) {
                catalog.search(query(q), Viewer.ANYONE);
            }
        }
        List<Double> lucene = new ArrayList<>();
        long hitsLucene = 0;
        for (int r = 0; r < rounds; r++) {
            for (Q q : MIX) {
                long s = System.nanoTime();
                hitsLucene += catalog.search(query(q), Viewer.ANYONE).total();
                lucene.add((System.nanoTime() - s) / 1e6);
            }
        }
        // the same searches in plain SPARQL: regex over titles, summaries, keywords and item names,
        // one page of 20, the total and provider/share facet counts
        // (one warm-up query only: at 100k one query of the mix takes tens of seconds)
        int sparqlRounds = Integer.getInteger("bench.sparqlRounds", 3);
        List<Double> sparql = new ArrayList<>();
        long hitsSparql = 0;
        if (sparqlRounds > 0) {
            sparqlSearch(ds, MIX.get(MIX.size() - 1));
        }
        for (int r = 0; r < sparqlRounds; r++) {
            for (Q q : MIX) {
                long s = System.nanoTime();
                long total = sparqlSearch(ds, q);
                sparql.add((System.nanoTime() - s) / 1e6);
                hitsSparql += total;
                progress("sparql %s %.0f ms", q.text(), sparql.get(sparql.size() - 1));
            }
        }
        // single fetch
        Random rnd = new Random(1);
        List<Double> fetch = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String code = resources.get(rnd.nextInt(n)).code();
            long s = System.nanoTime();
            catalog.get(code);
            if (i >= 100) {
                fetch.add((System.nanoTime() - s) / 1e6);
            }
        }
        // full export as the HTTP side writes Turtle: from the blocks the index stores; then, as the
        // baseline, read from the store, mapped and written by Jena's streaming Turtle writer
        DcatExporter exporter = new DcatExporter(catalog, new CatalogDescription("http://localhost:8080", "杭州市政务信息资源目录",
                "Hangzhou catalog", "hz"));
        if (!catalog.indexInStep()) {
            throw new IllegalStateException("the index is not in step with the store: the fast export would not be measured");
        }
        System.gc();
        long heapBefore = usedHeap();
        Export fast = export(exporter, true);
        progress("fast export %.1f s, cpu %.1f s", fast.seconds, fast.cpuSeconds);
        Export slow = export(exporter, false);
        progress("store export %.1f s, cpu %.1f s", slow.seconds, slow.cpuSeconds);
        if (fast.entries < n) {
            throw new IllegalStateException("export selected " + fast.entries + " of " + n);
        }

        md.append("| measure | value |\n|---|---|\n");
        md.append(String.format("| load average at start / end (1 min, 2 cores shared) | %.2f / %.2f |%n", loadStart,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        md.append(String.format("| resources (20 data items each) | %,d |%n", n));
        md.append(String.format("| quads in TDB2 | %,d |%n", quads));
        md.append(String.format("| bulk load (batches of 500, one write transaction each, index included, no SHACL) | %.1f s (%.0f resources/s) |%n", loadS, n / loadS));
        md.append(String.format("| create with SHACL validation (sample of 200) | %.1f ms per resource |%n", validatedMsPer));
        md.append(String.format("| open the service with the persisted index (a restart) | %.2f s |%n", reopenS));
        md.append(String.format("| rebuild the search index from the store | %.1f s |%n", reindexS));
        md.append(String.format("| faceted search, Lucene smartcn (%d queries) | p50 %.2f ms, p95 %.2f ms |%n", lucene.size(), pct(lucene, 50), pct(lucene, 95)));
        md.append(String.format("| same searches, plain SPARQL regex (%d queries) | p50 %.0f ms, p95 %.0f ms |%n", sparql.size(), pct(sparql, 50), pct(sparql, 95)));
        md.append(String.format("| speed-up p95 (SPARQL / Lucene) | %.0f× |%n", pct(sparql, 95) / pct(lucene, 95)));
        md.append(String.format("| hits per query (Lucene / SPARQL, averaged) | %.0f / %.0f |%n", hitsLucene / (double) lucene.size(), hitsSparql / (double) sparql.size()));
        md.append(String.format("| single-resource fetch (400) | p50 %.2f ms, p95 %.2f ms |%n", pct(fetch, 50), pct(fetch, 95)));
        md.append(String.format("| full DCAT-AP export, Turtle from the stored blocks (%,d MB) | %.1f s (CPU %.1f s) |%n", fast.bytes / 1_000_000, fast.seconds, fast.cpuSeconds));
        md.append(String.format("| same export read from the store (read + map + Jena Turtle-blocks writer, %,d MB) | %.1f s (CPU %.1f s) |%n", slow.bytes / 1_000_000, slow.seconds, slow.cpuSeconds));
        md.append(String.format("| speed-up (store / stored blocks) | %.1f× |%n", slow.seconds / fast.seconds));
        md.append(String.format("| heap in use (after GC before the exports / most sampled during fast, store export) | %,d MB / %,d MB, %,d MB |%n", heapBefore / 1_000_000, fast.heapMax / 1_000_000, slow.heapMax / 1_000_000));
        System.out.println("BENCHMARK\n" + md);
        Files.writeString(java.nio.file.Path.of("target/catalog-benchmark.md"), md.toString());
        catalog.close();
        ds.close();
    }

    static void progress(String format, Object... args) {
        System.out.println("BENCH " + java.time.LocalTime.now().withNano(0) + " " + String.format(format, args)
                + String.format(" (load average %.2f)", java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    }

    /** CPU time of the whole JVM (all threads, GC included). */
    static long processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Highest heap use seen at the samples (includes garbage not yet collected: an upper bound). */
    static final class HeapWatch {
        long max;

        void sample() {
            max = Math.max(max, usedHeap());
        }
    }

    static class CountingOutputStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    static SearchQuery query(Q q) {
        return new SearchQuery(q.text(), q.provider(), null, q.share(), null, null, null, null, null, null, 1, 20);
    }

    static long sparqlSearch(Dataset ds, Q q) {
        StringBuilder filter = new StringBuilder();
        for (String word : q.text().split(" ")) {
            filter.append("FILTER EXISTS { { ?s dct:title ?t FILTER(regex(?t, \"").append(word).append("\")) } UNION ")
                    .append("{ ?s dct:description ?d FILTER(regex(?d, \"").append(word).append("\")) } UNION ")
                    .append("{ ?s dcat:keyword ?k FILTER(regex(?k, \"").append(word).append("\")) } UNION ")
                    .append("{ ?s govex:dataItem/skos:prefLabel ?i FILTER(regex(?i, \"").append(word).append("\")) } }\n");
        }
        if (q.provider() != null) {
            filter.append("?s govex:providerCode \"").append(q.provider()).append("\" .\n");
        }
        if (q.share() != null) {
            filter.append("?s govex:shareType \"").append(q.share()).append("\" .\n");
        }
        String where = "GRAPH ?g { ?s a govex:InformationResource ; govex:status \"PUBLISHED\" ; govex:providerCode ?p ; govex:shareType ?sh .\n"
                + filter + " } FILTER(STRSTARTS(STR(?g), \"" + CatalogGraphs.RESOURCE_PREFIX + "\"))";
        String prefixes = org.govex.catalog.rdf.Sparql.PREFIXES;
        return Txn.calculateRead(ds, () -> {
            long total;
            try (QueryExecution qe = QueryExecution.dataset(ds).query(prefixes + "SELECT (COUNT(?s) AS ?n) WHERE { " + where + " }").build()) {
                total = qe.execSelect().next().getLiteral("n").getLong();
            }
            try (QueryExecution qe = QueryExecution.dataset(ds).query(prefixes + "SELECT ?s WHERE { " + where + " } ORDER BY ?s LIMIT 20").build()) {
                qe.execSelect().forEachRemaining(x -> { });
            }
            for (String facet : List.of("?p", "?sh")) {
                try (QueryExecution qe = QueryExecution.dataset(ds).query(prefixes + "SELECT " + facet + " (COUNT(?s) AS ?n) WHERE { "
                        + where + " } GROUP BY " + facet).build()) {
                    qe.execSelect().forEachRemaining(x -> { });
                }
            }
            return total;
        });
    }

    static double pct(List<Double> xs, int p) {
        if (xs.isEmpty()) {
            return Double.NaN;
        }
        double[] a = xs.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(a);
        return a[Math.min(a.length - 1, (int) Math.ceil(p / 100.0 * a.length) - 1)];
    }
}
