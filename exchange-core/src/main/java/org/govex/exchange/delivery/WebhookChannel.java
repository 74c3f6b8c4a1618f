package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.Unpooled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.config.ExchangeConfig;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs signed CloudEvents batches to the subscriber's URL; any non-2xx answer is a failure,
 * redirects included. Sent by Vert.x's HTTP client on the hub's event loops, connections kept
 * alive per endpoint, the batch's bytes wrapped as they are: the JDK's {@code HttpClient} copied
 * every batch into buffers of its own and ran a selector thread and workers beside the event loops.
 * The delivering thread waits for the answer.
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

    /** Connections kept per endpoint (host and port): subscriptions to one receiver share them. */
    private static final int CONNECTIONS_PER_ENDPOINT = 8;

    private final ObjectMapper json;
    private final Duration timeout;
    private final HttpClient client;

    public WebhookChannel(ObjectMapper json, ExchangeConfig config, Vertx vertx) {
        this.json = json;
        this.timeout = config.delivery().webhookTimeout();
        this.client = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(5_000).setKeepAlive(true)
                .setMaxPoolSize(CONNECTIONS_PER_ENDPOINT));
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public void deliver(Subscription s, List<DeliveryEvent> events) throws DeliveryException {
        byte[] body = CloudEvents.batch(json, events);
        long t = System.currentTimeMillis() / 1000;
        RequestOptions request;
        try {
            request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(s.endpoint()).setFollowRedirects(false)
                    .setTimeout(timeout.toMillis())
                    .putHeader("Content-Type", CloudEvents.BATCH_MEDIA_TYPE)
                    .putHeader(CloudEvents.SIGNATURE_HEADER, CloudEvents.signature(s.secret(), t, body))
                    .putHeader("X-Govex-Subscription", s.id());
        } catch (RuntimeException e) {
            throw new DeliveryException("not an endpoint: " + s.endpoint(), e);
        }
        Buffer payload = Buffer.buffer(Unpooled.wrappedBuffer(body));
        try {
            // the answer's status is all that is read: its body, without a handler, is dropped as it comes
            int status = client.request(request)
                    .compose(r -> r.send(payload))
                    .map(HttpClientResponse::statusCode)
                    .toCompletionStage().toCompletableFuture()
                    .get(timeout.toMillis() + 5_000, TimeUnit.MILLISECONDS);
            if (status / 100 != 2) {
                throw new DeliveryException("HTTP " + status + " from " + s.endpoint());
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new DeliveryException(cause.getClass().getSimpleName() + ": " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new DeliveryException("no answer from " + s.endpoint() + " within " + timeout, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", e);
        }
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
