package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.config.ExchangeConfig;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/** POSTs signed CloudEvents batches to the subscriber's URL; any non-2xx answer is a failure. */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

    private final ObjectMapper json;
    private final Duration timeout;
    private final HttpClient client;

    public WebhookChannel(ObjectMapper json, ExchangeConfig config) {
        this.json = json;
        this.timeout = config.delivery().webhookTimeout();
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public void deliver(Subscription s, List<DeliveryEvent> events) throws DeliveryException {
        byte[] body = CloudEvents.batch(json, events);
        long t = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(s.endpoint()))
                .timeout(timeout)
                .header("Content-Type", CloudEvents.BATCH_MEDIA_TYPE)
                .header(CloudEvents.SIGNATURE_HEADER, CloudEvents.signature(s.secret(), t, body))
                .header("X-Govex-Subscription", s.id())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new DeliveryException("HTTP " + response.statusCode() + " from " + s.endpoint());
            }
        } catch (IOException e) {
            throw new DeliveryException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("interrupted", e);
        }
    }
}
