package org.govex.exchange.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged hub ({@code exchange-core/target/quarkus-app/quarkus-run.jar}) in a child JVM with
 * its own data directory and port, the demo loaded and fixed demo keys ({@code it-key-<code>}).
 * {@link #kill()} is a real SIGKILL (kill -9).
 */
public final class HubProcess implements AutoCloseable {

    public static final String ADMIN_KEY = "it-admin-key-0123456789";
    public static final String KEY_PREFIX = "it-key-";

    private final Path dataDir;
    private final int port;
    private final Path log;
    private final List<String> jvmOptions;
    private Process process;

    public HubProcess(Path dataDir, List<String> jvmOptions) throws IOException {
        this.dataDir = dataDir;
        this.port = freePort();
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-hub.log");
        this.jvmOptions = jvmOptions;
    }

    public static Path jar() {
        Path p = Path.of("target", "quarkus-app", "quarkus-run.jar");
        if (!Files.exists(p)) {
            p = Path.of("exchange-core", "target", "quarkus-app", "quarkus-run.jar");
        }
        if (!Files.exists(p)) {
            throw new IllegalStateException("package the hub first: exchange-core/target/quarkus-app/quarkus-run.jar is missing");
        }
        return p.toAbsolutePath();
    }

    /** CPU seconds (user + system) the hub's process has used so far, from /proc (Linux); -1 elsewhere. */
    public double cpuSeconds() {
        try {
            return cpuSecondsOf(Path.of("/proc", String.valueOf(process.pid()), "stat"));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * CPU seconds the hub's JIT compiler threads have used so far (threads named {@code C1/C2
     * CompilerThread…}, from /proc, Linux); -1 elsewhere. A compiler thread that has ended takes
     * its seconds with it, so read differences over short spans.
     */
    public double compilerCpuSeconds() {
        Path tasks = Path.of("/proc", String.valueOf(process.pid()), "task");
        double sum = 0;
        try (java.util.stream.Stream<Path> threads = Files.list(tasks)) {
            for (Path t : (Iterable<Path>) threads::iterator) {
                try {
                    if (!Files.readString(t.resolve("comm")).contains("CompilerThre")) {
                        continue;
                    }
                    sum += cpuSecondsOf(t.resolve("stat"));
                } catch (IOException | RuntimeException e) {
                    // the thread ended between listing and reading
                }
            }
            return sum;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** utime + stime of a /proc stat file (a process's or a thread's), in seconds (clock ticks of USER_HZ 100). */
    private static double cpuSecondsOf(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
    }

    public HubProcess start() throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-jar");
        cmd.add(jar().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd);
        Map<String, String> env = pb.environment();
        env.put("GOVEX_DATA_DIR", dataDir.toAbsolutePath().toString());
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("GOVEX_DEMO", "true");
        env.put("GOVEX_ADMIN_API_KEY", ADMIN_KEY);
        env.put("GOVEX_DEMO_KEYS_FIXED_PREFIX", KEY_PREFIX);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        process = pb.start();
        awaitReady(Duration.ofSeconds(120));
        return this;
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the hub exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url("/q/health/ready"))).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the hub did not become ready within " + timeout + "; see " + log);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public int port() {
        return port;
    }

    public Path log() {
        return log;
    }

    /** SIGKILL: no shutdown hooks, no flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    public static Path freshDir(String name) throws IOException {
        Path base = Path.of("target", name + "-" + System.currentTimeMillis());
        Files.createDirectories(base);
        return base;
    }

    static boolean isLinux() {
        return File.separatorChar == '/';
    }
}
