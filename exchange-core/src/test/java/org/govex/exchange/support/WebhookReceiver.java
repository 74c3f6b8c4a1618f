package org.govex.exchange.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP webhook receiver (JDK HttpServer) that checks each batch's HMAC-SHA256 signature
 * itself, can fail the first N calls with 503, and keeps the events it accepted.
 */
public final class WebhookReceiver implements AutoCloseable {

    public record Received(long receivedAtMillis, String signature, boolean signatureValid, JsonNode event) {
    }

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    // a queue, not a copy-on-write list: the load harness receives hundreds of thousands of events
    private final java.util.Queue<Received> events = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private final AtomicInteger calls = new AtomicInteger();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private volatile boolean alwaysFail;
    private volatile String secret;
    private volatile BodySink sink;

    /** Takes each signed batch as it arrived instead of keeping its events (load harness: no trees kept). */
    public interface BodySink {
        void received(long nowMillis, byte[] body) throws IOException;
    }

    public WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            calls.incrementAndGet();
            if (alwaysFail || failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                ex.sendResponseHeaders(503, -1);
                ex.close();
                return;
            }
            String sig = ex.getRequestHeaders().getFirst("X-Govex-Signature");
            boolean valid = verify(sig, body);
            long now = System.currentTimeMillis();
            BodySink to = sink;
            if (!valid) {
                badSignatures.incrementAndGet();
            }
            if (to != null) {
                if (valid) {
                    to.received(now, body);
                }
                ex.sendResponseHeaders(valid ? 204 : 401, -1);
                ex.close();
                return;
            }
            for (JsonNode e : json.readTree(body)) {
                events.add(new Received(now, sig, valid, e));
            }
            ex.sendResponseHeaders(valid ? 204 : 401, -1);
            ex.close();
        });
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    public void secret(String secret) {
        this.secret = secret;
    }

    public void sink(BodySink sink) {
        this.sink = sink;
    }

    /** Batches whose signature did not verify. */
    public int badSignatures() {
        return badSignatures.get();
    }

    public void failNext(int n) {
        failuresLeft.set(n);
    }

    public void alwaysFail(boolean fail) {
        alwaysFail = fail;
    }

    public int calls() {
        return calls.get();
    }

    public List<Received> events() {
        return new ArrayList<>(events);
    }

    private boolean verify(String header, byte[] body) {
        if (header == null || secret == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            if (part.startsWith("t=")) {
                t = part.substring(2);
            } else if (part.startsWith("v1=")) {
                v1 = part.substring(3);
            }
        }
        if (t == null || v1 == null || Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(t)) > 300) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((t + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body)).equals(v1);
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
