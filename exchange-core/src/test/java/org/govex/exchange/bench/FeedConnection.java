package org.govex.exchange.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URL;

/**
 * A feed reader's blocking keep-alive GET (the JDK's {@link HttpURLConnection}): one thread per
 * consumer reading whole pages. The harness shares the machine with the hub, so its clients
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
