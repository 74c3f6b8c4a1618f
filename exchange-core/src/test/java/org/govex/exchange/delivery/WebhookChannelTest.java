package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.exchange.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WebhookChannelTest {

    static ExchangeConfig config() {
        ExchangeConfig.Delivery delivery = (ExchangeConfig.Delivery) Proxy.newProxyInstance(ExchangeConfig.class.getClassLoader(),
                new Class<?>[]{ExchangeConfig.Delivery.class}, (p, m, a) -> m.getName().equals("webhookTimeout") ? Duration.ofSeconds(5) : null);
        return (ExchangeConfig) Proxy.newProxyInstance(ExchangeConfig.class.getClassLoader(), new Class<?>[]{ExchangeConfig.class},
                (p, m, a) -> m.getName().equals("delivery") ? delivery : null);
    }

    static Subscription subscription(String url, String secret) {
        return new Subscription("s-1", "hz-mzj", "101001-000001", "g-1", ChannelType.WEBHOOK, url, secret, null,
                SubscriptionStatus.ACTIVE, 0, 0, null, null, null, 0, null, Instant.now());
    }

    @Test
    void aSignedCloudEventsBatchIsAcceptedByAReceiverThatChecksTheSignature() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode data = json.createObjectNode().put("idNumber", "330106********0011").put("name", "王**");
        Vertx vertx = Vertx.vertx();
        try (WebhookReceiver hook = new WebhookReceiver()) {
            WebhookChannel channel = new WebhookChannel(json, config(), vertx);
            hook.secret("s3cr3t-杭州");
            channel.deliver(subscription(hook.url(), "s3cr3t-杭州"),
                    List.of(new DeliveryEvent("101001-000001:7", 7, "101001-000001", "330106198512120011", Instant.now(), data)));
            assertThat(hook.events()).hasSize(1).allMatch(WebhookReceiver.Received::signatureValid);
            assertThat(hook.events().get(0).event().get("data").get("name").asText()).isEqualTo("王**");

            // a receiver that knows another secret refuses the batch: the channel reports a failure
            hook.secret("another");
            assertThatThrownBy(() -> channel.deliver(subscription(hook.url(), "s3cr3t-杭州"),
                    List.of(new DeliveryEvent("101001-000001:8", 8, "101001-000001", "k", Instant.now(), data))))
                    .isInstanceOf(DeliveryChannel.DeliveryException.class).hasMessageContaining("401");

            // the connection kept alive serves the next batch once the receiver takes it again
            hook.secret("s3cr3t-杭州");
            channel.deliver(subscription(hook.url(), "s3cr3t-杭州"),
                    List.of(new DeliveryEvent("101001-000001:9", 9, "101001-000001", "k9", Instant.now(), data)));
            assertThat(hook.events()).hasSize(3).last().matches(WebhookReceiver.Received::signatureValid);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void aReceiverThatIsNotThereOrDoesNotAnswerInTimeIsAFailureNamingIt() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode data = json.createObjectNode().put("name", "王**");
        Vertx vertx = Vertx.vertx();
        try (java.net.ServerSocket silent = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            ExchangeConfig.Delivery quick = (ExchangeConfig.Delivery) Proxy.newProxyInstance(ExchangeConfig.class.getClassLoader(),
                    new Class<?>[]{ExchangeConfig.Delivery.class}, (p, m, a) -> m.getName().equals("webhookTimeout") ? Duration.ofMillis(500) : null);
            ExchangeConfig config = (ExchangeConfig) Proxy.newProxyInstance(ExchangeConfig.class.getClassLoader(), new Class<?>[]{ExchangeConfig.class},
                    (p, m, a) -> m.getName().equals("delivery") ? quick : null);
            WebhookChannel channel = new WebhookChannel(json, config, vertx);
            List<DeliveryEvent> events = List.of(new DeliveryEvent("101001-000001:7", 7, "101001-000001", "k", Instant.now(), data));
            // accepts the connection, never answers
            assertThatThrownBy(() -> channel.deliver(subscription("http://127.0.0.1:" + silent.getLocalPort() + "/hook", "s"), events))
                    .isInstanceOf(DeliveryChannel.DeliveryException.class);
            int closed;
            try (java.net.ServerSocket gone = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
                closed = gone.getLocalPort();
            }
            assertThatThrownBy(() -> channel.deliver(subscription("http://127.0.0.1:" + closed + "/hook", "s"), events))
                    .isInstanceOf(DeliveryChannel.DeliveryException.class).hasMessageContaining("onnect");
            assertThatThrownBy(() -> channel.deliver(subscription("not a url", "s"), events))
                    .isInstanceOf(DeliveryChannel.DeliveryException.class).hasMessageContaining("not an endpoint");
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    @Test
    void theSignatureIsHmacSha256OfTimestampDotBody() {
        byte[] body = "[{\"id\":\"x\"}]".getBytes(StandardCharsets.UTF_8);
        String sig = CloudEvents.signature("Jefe", 1_700_000_000L, body);
        assertThat(sig).startsWith("t=1700000000,v1=").hasSize("t=1700000000,v1=".length() + 64);
        assertThat(CloudEvents.signature("Jefe", 1_700_000_001L, body)).isNotEqualTo(sig);
    }
}
