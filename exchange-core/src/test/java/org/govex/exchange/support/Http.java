package org.govex.exchange.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** A small JSON-over-HTTP client for tests that talk to a hub in another process. */
public final class Http {

    public record Reply(int status, JsonNode body, HttpResponse<String> raw) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * HTTP/1.1: concurrent requests get connections of their own. (The JDK client's default, HTTP/2
     * over cleartext, multiplexes every request of a client over one connection and its 64 KiB flow
     * window, which measured the client, not the hub.)
     */
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Http(String base) {
        this.base = base;
    }

    /** The hub's address, as given. */
    public String base() {
        return base;
    }

    public Reply post(String path, String key, String contentType, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + key).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b.build());
    }

    public Reply get(String path, String key) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + key).GET().build());
    }

    /** A GET whose body the caller reads itself (e.g. with a streaming parser). */
    public HttpResponse<byte[]> getBytes(String path, String key) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(90))
                .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Reply send(HttpRequest r) throws IOException, InterruptedException {
        HttpResponse<String> resp = client.send(r, HttpResponse.BodyHandlers.ofString());
        JsonNode body = resp.body() == null || resp.body().isBlank() ? null : JSON.readTree(resp.body());
        return new Reply(resp.statusCode(), body, resp);
    }

    /** Polls until the condition holds; fails after the timeout (a wait, not a speed assertion). */
    public static void eventually(Duration timeout, String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not within " + timeout + ": " + what);
    }
}
