package org.govex.exchange.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govex.exchange.support.Http;
import org.govex.exchange.support.HubProcess;
import org.govex.exchange.support.TestPersons;
import org.govex.exchange.support.WebhookReceiver;
import org.govex.schemas.record.RecordType;
import org.govex.schemas.validation.RecordValidator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load harness for the exchange (not a test; {@code mvn -Pbench}, see docs/benchmarks.md):
 * the packaged hub in a child JVM, C publishers posting 1,000-record JSON batches of 1-KB person
 * records ({@code -Dbench.record=compact}: the 250-byte person of the standard alone) over loopback
 * HTTP, 10 pull-feed readers (long poll) and 2 webhook subscribers. Reports accepted records/s,
 * receipt latency, publish-to-delivery latency at full load and at a paced 2k records/s, and the
 * records/s of a bare baseline in the same run (parse + validate + plain JDBC batch insert into
 * H2 with the same durability settings; no Camel, no HTTP).
 */
public final class ExchangeLoadBench {

    static final String POPULATION = "101001-000001";
    static final String GAJ = HubProcess.KEY_PREFIX + "hz-gaj";
    static final String MZJ = HubProcess.KEY_PREFIX + "hz-mzj";
    static final ObjectMapper JSON = new ObjectMapper();
    /** The register's full person (about 1 KB, the record) unless {@code bench.record=compact} (≈250 bytes). */
    static final boolean FULL_RECORDS = !"compact".equals(System.getProperty("bench.record", "full"));
    /** The full-load batches, made before the hub starts (see {@link PublishBodies}); phase 2's smaller ones are made as sent. */
    static PublishBodies BODIES;

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("bench.clients", 4);
        int seconds = Integer.getInteger("bench.seconds", 30);
        int batch = 1000;
        BODIES = new PublishBodies(0, batch, Math.max(16, 140_000 / batch), ExchangeLoadBench::batchText);
        int feeds = Integer.getInteger("bench.feeds", 10);
        int webhooks = Integer.getInteger("bench.webhooks", 2);
        Path data = HubProcess.freshDir("bench-data");
        StringBuilder report = new StringBuilder();
        List<WebhookReceiver> hooks = new ArrayList<>();
        for (int i = 0; i < webhooks; i++) {
            hooks.add(new WebhookReceiver());
        }
        // the hub as README starts it: G1 with a 100-ms pause goal (ZGC, not generational on Java 17,
        // took four times its CPU; the default goal let the 2k/s p99 reach 105 ms), a fixed heap
        // touched at start (a growing one cost up to half a core of page faults), an exit if the heap
        // runs out, here with a heap dump beside the data (the dump of the twelfth session's first run
        // showed why three runs had: docs/benchmarks.md); -Dbench.hubopts="-XX:-UseG1GC -XX:+UseZGC"
        // runs another collector
        List<String> hubOptions = new ArrayList<>(List.of("-XX:+UseG1GC", "-XX:MaxGCPauseMillis=100", "-Xms4g", "-Xmx4g",
                "-XX:+AlwaysPreTouch", "-XX:+ExitOnOutOfMemoryError", "-XX:+HeapDumpOnOutOfMemoryError",
                "-XX:HeapDumpPath=" + data.toAbsolutePath().getParent().resolve("hub-oom.hprof")));
        String extra = System.getProperty("bench.hubopts", "");
        if (!extra.isBlank()) {
            hubOptions.addAll(List.of(extra.trim().split("\\s+")));
        }
        HubProcess hub = new HubProcess(data, hubOptions).start();
        AtomicBoolean stop = new AtomicBoolean();
        try {
            Http http = new Http(hub.url(""));
            // every subscriber a different consumer department where the demo has enough of them, each
            // with its own grant and field set: no two subscriptions share a projection
            List<String> consumers = List.of("hz-mzj", "hz-rsj", "hz-wjw", "hz-swj", "hz-fgj", "hz-scjgj", "hz-ghzyj", "hz-tjj");
            // a wide grant (residence and contact), a narrow one, a middle one; a compact record
            // lacks the register's items, so its grants are the 7, 4 and 5 fields of earlier sessions
            List<String> fieldSets = List.of(
                    "\"idNumber\",\"name\",\"sex\",\"birthDate\",\"domicileDivision\",\"domicileAddress\",\"residenceDivision\","
                            + "\"residenceAddress\",\"phone\",\"education\",\"occupation\",\"employer\",\"householdNumber\","
                            + "\"relationToHead\",\"updatedAt\"",
                    "\"idNumber\",\"name\",\"domicileDivision\",\"updatedAt\"",
                    "\"idNumber\",\"sex\",\"birthDate\",\"domicileDivision\",\"education\",\"occupation\",\"employer\","
                            + "\"moveInDate\",\"updatedAt\"");
            for (int i = 0; i < consumers.size(); i++) {
                Http.Reply asked = http.post("/api/v1/exchange/access-requests", HubProcess.KEY_PREFIX + consumers.get(i), "application/json",
                        "{\"resource\":\"" + POPULATION + "\",\"purpose\":\"基准测试\",\"legalBasis\":\"《政务信息资源共享管理暂行办法》\","
                                + "\"fields\":[" + fieldSets.get(i % fieldSets.size()) + "]}");
                if (asked.status() / 100 != 2) {
                    throw new IllegalStateException("access request of " + consumers.get(i) + ": " + asked.status() + " " + asked.body());
                }
                http.post("/api/v1/exchange/access-requests/" + asked.body().get("id").asText() + "/decision", GAJ, "application/json",
                        "{\"decision\":\"APPROVE\"}");
            }
            for (int i = 0; i < hooks.size(); i++) {
                WebhookReceiver h = hooks.get(i);
                String consumer = consumers.get((feeds + i) % consumers.size());
                JsonNode sub = http.post("/api/v1/exchange/subscriptions", HubProcess.KEY_PREFIX + consumer, "application/json",
                        "{\"resource\":\"" + POPULATION + "\",\"channel\":\"WEBHOOK\",\"endpoint\":\"" + h.url() + "\"}").body();
                h.secret(sub.get("secret").asText());
            }
            // long-polling feed readers and webhooks, each recording publish-to-delivery latency of what it reads
            LatencyLog delivered = new LatencyLog();
            LatencyLog byWebhook = new LatencyLog();
            LatencyLog byFeed = new LatencyLog();
            AtomicLong feedPages = new AtomicLong();
            AtomicLong webhookBatches = new AtomicLong();
            // how far each subscriber has got: the newest send time it received
            List<LatencyLog> reached = new ArrayList<>();
            for (WebhookReceiver h : hooks) {
                LatencyLog own = LatencyLog.newestOnly();
                reached.add(own);
                h.sink((now, body) -> {
                    webhookBatches.incrementAndGet();
                    readEvents(body, now, delivered, byWebhook, own);
                });
            }
            ExecutorService readers = Executors.newFixedThreadPool(Math.max(1, feeds));
            long head = http.get("/api/v1/exchange/resources/" + POPULATION + "/feed?after=0&limit=1", MZJ).body().get("head").asLong();
            for (int i = 0; i < feeds; i++) {
                String reader = HubProcess.KEY_PREFIX + consumers.get(i % consumers.size());
                FeedConnection own = new FeedConnection(hub.url(""), reader); // each consumer system its own connection
                LatencyLog ownReach = LatencyLog.newestOnly();
                reached.add(ownReach);
                readers.submit(() -> {
                    long after = head;
                    while (!stop.get()) {
                        try {
                            byte[] page = own.get("/api/v1/exchange/resources/" + POPULATION + "/feed?after=" + after
                                    + "&limit=1000&wait=5s");
                            after = readFeed(page, System.currentTimeMillis(), delivered, byFeed, ownReach);
                            feedPages.incrementAndGet();
                        } catch (Exception e) {
                            return null;
                        }
                    }
                    return null;
                });
            }
            // warm-up at full load, so phase 1 measures the steady state: with 10 feeds and 2
            // webhooks the hub's JIT still compiles after a minute under load (its compiler threads
            // took 0.21 cores of phase 1 after a 60-s warm-up, 0.07 after 180 s: /proc per-thread CPU)
            AtomicLong next = new AtomicLong(0);
            int warmup = Integer.getInteger("bench.warmupSeconds", 180);
            runPublishers(http, clients, batch, warmup, next, new ConcurrentLinkedQueue<>());
            // then on until the JIT is quiet: how long C2 keeps compiling varied from run to run,
            // and in some runs it took 0.13-0.22 cores of phase 1 after 180 s (/proc per thread)
            int maxWarmup = Integer.getInteger("bench.maxWarmupSeconds", 420);
            double quiet = Double.parseDouble(System.getProperty("bench.jitQuietCores", "0.04"));
            double jitCores = Double.NaN;
            while (warmup < maxWarmup) {
                double jit0 = hub.compilerCpuSeconds();
                long w0 = System.nanoTime();
                runPublishers(http, clients, batch, 10, next, new ConcurrentLinkedQueue<>());
                jitCores = (hub.compilerCpuSeconds() - jit0) / ((System.nanoTime() - w0) / 1e9);
                warmup += 10;
                if (jitCores < quiet) {
                    break;
                }
            }

            // phase 1: full load
            for (LatencyLog log : List.of(delivered, byWebhook, byFeed)) {
                log.clear(); // phase 1 counts what is sent from its mark on
            }
            ConcurrentLinkedQueue<Long> receipts = new ConcurrentLinkedQueue<>();
            long mark = System.currentTimeMillis();
            double hubCpu0 = hub.cpuSeconds();
            double jit0 = hub.compilerCpuSeconds();
            double ownCpu0 = ownCpuSeconds();
            double read0 = metricOrNaN(http, "govex_delivery_events_read_total");
            long pages0 = feedPages.get();
            long batches0 = webhookBatches.get();
            double made0 = metricOrNaN(http, "govex_delivery_events_projected_total");
            long t0 = System.nanoTime();
            long accepted = runPublishers(http, clients, batch, seconds, next, receipts);
            double elapsed = (System.nanoTime() - t0) / 1e9;
            double hubCpu = hub.cpuSeconds() - hubCpu0;
            double jitPhase1 = (hub.compilerCpuSeconds() - jit0) / elapsed;
            double ownCpu = ownCpuSeconds() - ownCpu0;
            double eventsRead = metricOrNaN(http, "govex_delivery_events_read_total") - read0;
            double eventsMade = metricOrNaN(http, "govex_delivery_events_projected_total") - made0;
            long pagesRead = feedPages.get() - pages0;
            long batchesReceived = webhookBatches.get() - batches0;
            long deliveredInPhase1 = delivered.delays(mark, Long.MAX_VALUE).size();
            double rate = accepted / elapsed;
            long lastSent = LAST_SENT.get();
            long behindAtEnd = reached.isEmpty() ? 0 : lastSent - slowestReach(reached);
            // let phase 1's backlog drain, so phase 2 measures a 2k/s load alone: wait for the base
            // merge to catch up (its lag gauge; at most 180 s) and for every subscriber to have
            // received the last batch of phase 1 (at most 300 s), then the settle time
            long drainStart = System.nanoTime();
            double drainCpu0 = hub.cpuSeconds();
            long drainBatches0 = webhookBatches.get();
            long drainPages0 = feedPages.get();
            long lagAtEnd = mergeLag(http);
            long lag = Long.MAX_VALUE;
            double mergeDrainS = Double.NaN;
            double subscribersDrainS = Double.NaN;
            while (true) {
                double t = (System.nanoTime() - drainStart) / 1e9;
                if (Double.isNaN(mergeDrainS) && (lag = mergeLag(http)) == 0) {
                    mergeDrainS = t;
                }
                if (Double.isNaN(subscribersDrainS) && slowestReach(reached) >= lastSent) {
                    subscribersDrainS = t;
                }
                boolean mergeDone = !Double.isNaN(mergeDrainS) || t >= 180;
                boolean subscribersDone = !Double.isNaN(subscribersDrainS) || t >= 300;
                if (mergeDone && subscribersDone) {
                    if (Double.isNaN(mergeDrainS)) {
                        mergeDrainS = t;
                    }
                    break;
                }
                Thread.sleep(500);
            }
            long behindAfter = reached.isEmpty() ? 0 : lastSent - slowestReach(reached);
            double drainS = (System.nanoTime() - drainStart) / 1e9;
            String drainWork = String.format(Locale.ROOT, "while draining (%.0f s): hub %.2f cores, %.0f webhook batches/s, %.0f feed pages/s",
                    drainS, (hub.cpuSeconds() - drainCpu0) / drainS, (webhookBatches.get() - drainBatches0) / drainS,
                    (feedPages.get() - drainPages0) / drainS);
            Thread.sleep(Long.getLong("bench.settleMillis", 5_000));
            List<Long> fullDelivery = delivered.delays(mark, Long.MAX_VALUE);

            // phase 2: paced 2,000 records/s (200-record batches every 100 ms) for 20 s
            long mark2 = System.currentTimeMillis();
            long paced = 0;
            long start = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                long due = start + i * 100_000_000L;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                paced += publish(http, next.getAndAdd(200), 200, new ConcurrentLinkedQueue<>());
            }
            Thread.sleep(3000);
            long mark2end = System.currentTimeMillis();
            List<Long> pacedDelivery = delivered.delays(mark2, mark2end);
            stop.set(true);
            readers.shutdownNow();
            hub.close(); // the baseline runs alone on the machine, right after
            quietDisk(data);


            List<Long> r = new ArrayList<>(receipts);
            Collections.sort(r);
            int bytes = record(1, PublishBodies.now()).getBytes(StandardCharsets.UTF_8).length;
            report.append(String.format(Locale.ROOT, "clients=%d batch=%d duration=%ds record≈%d bytes feeds=%d webhooks=%d%n", clients, batch, seconds, bytes, feeds, webhooks));
            report.append(String.format(Locale.ROOT, "warm-up %d s (the hub's JIT compilers in its last 10 s: %.2f cores); during phase 1: %.2f cores%n",
                    warmup, jitCores, jitPhase1));
            report.append(String.format(Locale.ROOT, "accepted records/s (durable): %.0f (%d records in %.1f s)%n", rate, accepted, elapsed));
            report.append(String.format(Locale.ROOT, "CPU during phase 1: hub %.1f s (%.2f cores, %.0f µs per accepted record), harness %.1f s (%.2f cores); "
                            + "events delivered meanwhile %d (%.0f/s)%n", hubCpu, hubCpu / elapsed, 1e6 * hubCpu / Math.max(1, accepted),
                    ownCpu, ownCpu / elapsed, deliveredInPhase1, deliveredInPhase1 / elapsed));
            report.append(String.format(Locale.ROOT, "events read for subscribers in phase 1: %.0f, of which projected and written: %.0f (one per %.1f read)%n",
                    eventsRead, eventsMade, eventsRead / Math.max(1, eventsMade)));
            report.append(String.format(Locale.ROOT, "feed pages read in phase 1: %d (%.0f/s); webhook batches received: %d (%.0f/s)%n",
                    pagesRead, pagesRead / elapsed, batchesReceived, batchesReceived / elapsed));
            report.append(String.format(Locale.ROOT, "receipt latency per 1,000-record batch: p50 %d ms, p99 %d ms%n", pct(r, 50), pct(r, 99)));
            if (lag > 0) {
                report.append(String.format(Locale.ROOT, "base merge NOT caught up %.0f s after phase 1: %d journal records behind at its end, "
                        + "%d after (%.0f records/s merged with publishers paused)%n", mergeDrainS, lagAtEnd, lag, (lagAtEnd - lag) / mergeDrainS));
            } else {
                report.append(String.format(Locale.ROOT, "base merge caught up with the journal %.1f s after phase 1 (%d records behind at its end)%n",
                        mergeDrainS, lagAtEnd));
            }
            if (Double.isNaN(subscribersDrainS)) {
                report.append(String.format(Locale.ROOT, "subscribers NOT caught up 300 s after phase 1: the slowest %.1f s behind its last batch "
                        + "at its end, %.1f s after; %s%n", behindAtEnd / 1e3, behindAfter / 1e3, drainWork));
            } else {
                report.append(String.format(Locale.ROOT, "every subscriber had phase 1's last batch %.1f s after it (the slowest %.1f s behind at its end); %s%n",
                        subscribersDrainS, behindAtEnd / 1e3, drainWork));
            }
            report.append(String.format(Locale.ROOT, "publish-to-delivery at full load (webhook+feed): p50 %d ms, p99 %d ms (n=%d)%n",
                    pct(fullDelivery, 50), pct(fullDelivery, 99), fullDelivery.size()));
            report.append(String.format(Locale.ROOT, "publish-to-delivery at 2k records/s: p50 %d ms, p99 %d ms (n=%d, %d records)%n",
                    pct(pacedDelivery, 50), pct(pacedDelivery, 99), pacedDelivery.size(), paced));
            List<Long> pacedFeed = byFeed.delays(mark2, mark2end);
            List<Long> pacedHook = byWebhook.delays(mark2, mark2end);
            report.append(String.format(Locale.ROOT, "  of which feeds p50 %d / p99 %d ms, webhooks p50 %d / p99 %d ms%n",
                    pct(pacedFeed, 50), pct(pacedFeed, 99), pct(pacedHook, 50), pct(pacedHook, 99)));
            StringBuilder perSecond = new StringBuilder();
            for (long sec = mark2; sec < mark2end - 3000; sec += 1000) {
                List<Long> d = delivered.delays(sec, sec + 1000);
                perSecond.append(d.isEmpty() ? "-" : String.valueOf(d.get(d.size() - 1))).append(' ');
            }
            report.append("  at 2k records/s, slowest delivery per second of sending (ms): ").append(perSecond.toString().trim()).append('\n');

            // baseline in the same run, in this JVM once the samples are gone (a heap full of them
            // made its collector, and so the baseline, slower)
            for (LatencyLog log : List.of(delivered, byWebhook, byFeed)) {
                log.clear();
            }
            fullDelivery = null;
            pacedDelivery = null;
            pacedFeed = null;
            pacedHook = null;
            double baselineOne = baseline(1, batch, seconds);
            double baselineN = baseline(clients, batch, seconds);
            double baseline = Math.max(baselineOne, baselineN);
            report.append(String.format(Locale.ROOT, "bare baseline (parse+validate+JDBC batch insert+commit per batch): 1 thread %.0f records/s, %d threads %.0f records/s%n",
                    baselineOne, clients, baselineN));
            report.append(String.format(Locale.ROOT, "hub / baseline: %.0f%%%n", 100 * rate / baseline));
            report.append(String.format(Locale.ROOT, "webhook batches with a bad signature: %d%n",
                    hooks.stream().mapToInt(WebhookReceiver::badSignatures).sum()));
        } finally {
            stop.set(true);
            hub.close();
            hooks.forEach(WebhookReceiver::close);
        }
        System.out.println("\n== exchange load benchmark ==\n" + report);
        Path out = Path.of("target", "bench-exchange.txt");
        Files.writeString(out, report.toString());
        System.exit(0);
    }

    /**
     * Deletes the stopped hub's data (gigabytes after a long warm-up) and flushes what is left to
     * disk, so the kernel is not writing the hub's files back while the baseline commits.
     */
    private static void quietDisk(Path data) throws IOException, InterruptedException {
        try (var files = Files.walk(data)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        }
        new ProcessBuilder("sync").inheritIO().start().waitFor();
    }

    /**
     * How far the slowest subscriber has got: the oldest of the subscribers' newest send times
     * (Long.MAX_VALUE when there are no subscribers, who are then never behind).
     */
    static long slowestReach(List<LatencyLog> reached) {
        long oldest = Long.MAX_VALUE;
        for (LatencyLog l : reached) {
            oldest = Math.min(oldest, l.newestSent());
        }
        return oldest;
    }

    static long runPublishers(Http http, int clients, int batch, int seconds, AtomicLong next, ConcurrentLinkedQueue<Long> receipts)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong accepted = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    accepted.addAndGet(publish(http, next.getAndAdd(batch), batch, receipts));
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 120, TimeUnit.SECONDS);
        return accepted.get();
    }

    /** When the newest batch was sent (its records' updatedAt is this or later). */
    static final AtomicLong LAST_SENT = new AtomicLong();

    static long publish(Http http, long from, int count, ConcurrentLinkedQueue<Long> receipts) {
        PublishBodies bodies = BODIES;
        // before the body takes its send time, so LAST_SENT is never later than a sent updatedAt
        LAST_SENT.accumulateAndGet(System.currentTimeMillis(), Math::max);
        byte[] body = bodies != null && count == bodies.batch() ? bodies.at(from) : batchAt(from, count).getBytes(StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        try {
            FeedConnection.Reply r = new FeedConnection(http.base(), GAJ)
                    .post("/api/v1/exchange/resources/" + POPULATION + "/records", "application/json", body);
            receipts.add((System.nanoTime() - t0) / 1_000_000);
            if (r.status() != 200) {
                System.err.println("publish failed: " + r.status() + " " + r.text());
                return 0;
            }
            return JSON.readTree(r.body()).get("accepted").asLong();
        } catch (Exception e) {
            System.err.println("publish failed: " + e);
            return 0;
        }
    }

    /** A batch whose updatedAt carries the send time, so receivers can measure publish-to-delivery. */
    static String batchAt(long from, int count) {
        return batchText(from, count, PublishBodies.now());
    }

    static String batchText(long from, int count, String now) {
        StringBuilder b = new StringBuilder(count * (FULL_RECORDS ? 1100 : 300)).append('[');
        for (int i = 0; i < count; i++) {
            if (i > 0) {
                b.append(',');
            }
            appendRecord(b, from + i, now);
        }
        return b.append(']').toString();
    }

    static String record(long n, String updatedAt) {
        return appendRecord(new StringBuilder(1100), n, updatedAt).toString();
    }

    /** The n-th record as {@code bench.record} chooses it. */
    private static StringBuilder appendRecord(StringBuilder b, long n, String updatedAt) {
        return FULL_RECORDS ? TestPersons.appendFull(b, n, updatedAt) : b.append(TestPersons.json(n, updatedAt));
    }

    /**
     * Reads a feed page: its {@code next} and each event's {@code updatedAt} (see {@link #readEvents}).
     */
    static long readFeed(byte[] page, long now, LatencyLog... latency) {
        long next = readEvents(page, now, latency);
        if (next < 0) {
            throw new IllegalStateException("not a feed page: " + new String(page, java.nio.charset.StandardCharsets.UTF_8));
        }
        return next;
    }

    private static final BytePattern NEXT = new BytePattern("\"next\":");
    private static final BytePattern UPDATED_AT = new BytePattern("\"updatedAt\":\"");

    /**
     * Records each event's updatedAt (its send time) against {@code now}; returns a feed page's
     * {@code next} (-1: none). The body is scanned for the two names, not parsed: the harness's twelve
     * consumers share the hub's two cores, and a full parse of every delivered event made them take
     * half a core at 70k events/s. The hub writes both names exactly so (compact JSON, the feed
     * page's {@code next} before its events); a batch of one publish shares one send time, parsed
     * once and recorded once for all its events on the page.
     */
    static long readEvents(byte[] body, long now, LatencyLog... latency) {
        long next = -1;
        int firstEvent = UPDATED_AT.in(body, 0, body.length);
        // a feed page's next comes before its events (a webhook batch has none): look only there
        int n = NEXT.in(body, 0, firstEvent < 0 ? body.length : firstEvent);
        if (n >= 0) {
            int i = n + NEXT.length();
            next = 0;
            while (i < body.length && body[i] >= '0' && body[i] <= '9') {
                next = next * 10 + body[i++] - '0';
            }
        }
        String lastText = null;
        long lastSent = 0;
        int run = 0; // events seen with lastSent, not yet recorded
        for (int at = firstEvent; at >= 0; at = UPDATED_AT.in(body, at + UPDATED_AT.length(), body.length)) {
            int from = at + UPDATED_AT.length();
            int to = from;
            while (body[to] != '"') {
                to++;
            }
            if (lastText == null || lastText.length() != to - from || !sameAscii(body, from, lastText)) {
                record(latency, lastSent, now, run);
                lastText = new String(body, from, to - from, StandardCharsets.US_ASCII);
                lastSent = OffsetDateTime.parse(lastText).toInstant().toEpochMilli();
                run = 0;
            }
            run++;
        }
        record(latency, lastSent, now, run);
        return next;
    }

    /** A run of events with one send time, recorded as one entry of each log. */
    private static void record(LatencyLog[] logs, long sent, long now, int events) {
        if (events > 0) {
            for (LatencyLog l : logs) {
                l.add(sent, now, events);
            }
        }
    }

    private static boolean sameAscii(byte[] b, int from, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (b[from + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The base merge's lag in records, from the hub's Prometheus gauge. */
    static long mergeLag(Http http) throws Exception {
        return (long) metric(http, "govex_base_merge_lag_records");
    }

    /** A metric of the hub's at {@code /q/metrics} (Prometheus text), by its exposed name. */
    static double metric(Http http, String name) throws Exception {
        double v = metricOrNaN(http, name);
        if (Double.isNaN(v)) {
            throw new IllegalStateException("no " + name + " at /q/metrics");
        }
        return v;
    }

    /** A metric, or NaN when the hub does not expose it (a build from before it existed). */
    static double metricOrNaN(Http http, String name) throws Exception {
        String metrics = new String(http.getBytes("/q/metrics", MZJ).body(), StandardCharsets.UTF_8);
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ")) {
                return Double.parseDouble(line.substring(line.indexOf(' ') + 1).trim());
            }
        }
        return Double.NaN;
    }

    static double ownCpuSeconds() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1e9 : -1;
    }

    static long pct(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return -1;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    /** The standard's person fields: the baseline validates these of a record and stores the rest unchecked. */
    private static final java.util.Set<String> PERSON_FIELDS = RecordType.PERSON.shape().fields().stream()
            .map(f -> f.name()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Parse + validate + canonical JSON + JDBC batch insert and commit, same H2 durability (WRITE_DELAY=0). */

    static double baseline(int clients, int batch, int seconds) throws Exception {
        Path dir = HubProcess.freshDir("bench-baseline");
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";WRITE_DELAY=0";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE journal_record (seq BIGINT PRIMARY KEY, resource_code VARCHAR(64) NOT NULL, record_key VARCHAR(200) "
                    + "NOT NULL, payload VARCHAR(1000000) NOT NULL, recorded_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            s.execute("CREATE INDEX journal_record_resource ON journal_record (resource_code, seq)");
        }
        AtomicLong seq = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong next = new AtomicLong(10_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long t0 = System.nanoTime();
        long end = t0 + seconds * 1_000_000_000L;
        RecordValidator validator = RecordValidator.standard();
        for (int i = 0; i < clients; i++) {
            pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        byte[] body = BODIES.at(next.getAndAdd(batch));
                        JsonNode records = JSON.readTree(body);
                        long first = seq.getAndAdd(records.size());
                        try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal_record VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
                            for (JsonNode r : records) {
                                @SuppressWarnings("unchecked")
                                Map<String, Object> m = JSON.convertValue(r, Map.class);
                                m.keySet().retainAll(PERSON_FIELDS); // the standard's fields; the register's own are stored as they are
                                if (!validator.validateFields(RecordType.PERSON, 0, m, Locale.ENGLISH).errors().isEmpty()) {
                                    continue;
                                }
                                ps.setLong(1, first++);
                                ps.setString(2, POPULATION);
                                ps.setString(3, r.get("idNumber").asText());
                                ps.setString(4, JSON.writeValueAsString((ObjectNode) r));
                                ps.addBatch();
                            }
                            ps.executeBatch();
                        }
                        c.commit();
                        done.addAndGet(records.size());
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, TimeUnit.SECONDS);
        return done.get() / ((System.nanoTime() - t0) / 1e9);
    }

    private ExchangeLoadBench() {
    }

}
