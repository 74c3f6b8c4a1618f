package org.govex.exchange.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * A feed reader's blocking keep-alive GET (the JDK's {@link HttpURLConnection}): one thread per
 * consumer reading whole pages; also a publisher's POST. The harness shares the machine with the hub, so its clients
 * should cost little: with the JDK's asynchronous {@code HttpClient} (a selector thread and
 * workers handing each body over in pieces) the harness took 0.57 cores for 256k delivered
 * events/s, with this 0.44 cores for 335-342k (docs/benchmarks.md, sixth session).
 */
final class FeedConnection {

    static {
        // keep every reader's connection open between pages (the JDK keeps 5 per host by default)
        System.setProperty("http.maxConnections", "64");
    }

    private final String base;
    private final String key;

    FeedConnection(String base, String key) {
        this.base = base;
        this.key = key;
    }

    /** An answer's status and body. */
    record Reply(int status, byte[] body) {
        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * A POST of bytes as they are, streamed with their length (a publisher's batch): the JDK's
     * {@code HttpClient} copied each 1-MB body into 16-KB buffers of its own and ran a selector
     * thread and workers, 0.07 cores of the harness at 48k records/s.
     */
    Reply post(String path, String contentType, byte[] body) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(base + path).openConnection();
        c.setRequestMethod("POST");
        c.setRequestProperty("Authorization", "Bearer " + key);
        c.setRequestProperty("Content-Type", contentType);
        c.setConnectTimeout(5_000);
        c.setReadTimeout(90_000);
        c.setDoOutput(true);
        c.setFixedLengthStreamingMode(body.length);
        try (java.io.OutputStream out = c.getOutputStream()) {
            out.write(body);
        }
        int status = c.getResponseCode();
        try (InputStream in = status < 400 ? c.getInputStream() : c.getErrorStream()) {
            return new Reply(status, in == null ? new byte[0] : in.readAllBytes());
        }
    }

    /** The body of a 200 answer; anything else is an error naming the status. */
    byte[] get(String path) throws IOException {
        HttpURLConnection c = (HttpURLConnection) new URL(base + path).openConnection();
        c.setRequestProperty("Authorization", "Bearer " + key);
        c.setConnectTimeout(5_000);
        c.setReadTimeout(90_000);
        int status = c.getResponseCode();
        if (status != 200) {
            try (InputStream err = c.getErrorStream()) {
                String body = err == null ? "" : new String(err.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                throw new IOException("GET " + path + ": " + status + " " + body);
            }
        }
        try (InputStream in = c.getInputStream()) {
            int length = c.getContentLength();
            if (length < 0) {
                return in.readAllBytes();
            }
            // into one array of the page's size: readNBytes(int) reads 8-KB pieces (a read call each)
            // and copies them together, and the harness shares the hub's two cores
            byte[] body = new byte[length];
            int n = in.readNBytes(body, 0, length);
            if (n < length) {
                throw new IOException("GET " + path + ": " + n + " of " + length + " bytes before the end");
            }
            return body;
        }
    }
}
