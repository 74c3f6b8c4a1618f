package org.govex.exchange.testing;

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
import java.util.concurrent.TimeUnit;

/**
 * The packaged hub ({@code target/quarkus-app/quarkus-run.jar}) as a child process, for tests of
 * what only a real process shows: restarts, {@code kill -9}, cold start. Each instance has its own
 * data directory and port.
 */
public final class HubProcess implements AutoCloseable {

    public static final String ADMIN_KEY = "it-admin-key-0123456789";

    private final Path dataDir;
    private final int port;
    private final Path log;
    private final Map<String, String> extraEnv;
    private Process process;

    public HubProcess(Path dataDir, Map<String, String> extraEnv) throws IOException {
        this.dataDir = dataDir;
        this.port = freePort();
        this.log = dataDir.resolveSibling(dataDir.getFileName() + "-hub.log");
        this.extraEnv = extraEnv;
    }

    public static Path jar() {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("run 'mvn verify': " + jar.toAbsolutePath() + " is built in the package phase");
        }
        return jar;
    }

    /** Starts the hub and waits until /q/health/ready says UP; returns the milliseconds it took. */
    public long start(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "-jar", jar().toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("GOVEX_DATA_DIR", dataDir.toAbsolutePath().toString());
        pb.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        pb.environment().put("GOVEX_ADMIN_API_KEY", ADMIN_KEY);
        pb.environment().putAll(extraEnv);
        long t0 = System.nanoTime();
        process = pb.start();
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("hub exited with " + process.exitValue() + "; log: " + Files.readString(log));
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("hub not ready in time; log: " + Files.readString(log));
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    /** SIGTERM and wait: a clean shutdown. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** SIGKILL: the JVM gets no chance to flush or close anything. */
    public void kill9() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    @Override
    public void close() throws InterruptedException {
        kill9();
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
