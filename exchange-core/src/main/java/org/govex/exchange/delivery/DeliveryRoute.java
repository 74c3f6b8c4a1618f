package org.govex.exchange.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.builder.RouteBuilder;
import org.govex.exchange.config.ExchangeConfig;

/**
 * Delivery: a timer finds push subscriptions that are due and hands each to a pool of delivery
 * workers (a SEDA queue with concurrent consumers), apart from the publish path. New journal
 * records also wake their subscriptions directly.
 */
@ApplicationScoped
public class DeliveryRoute extends RouteBuilder {

    private final ExchangeConfig config;
    private final DeliveryDispatcher dispatcher;

    public DeliveryRoute(ExchangeConfig config, DeliveryDispatcher dispatcher) {
        this.config = config;
        this.dispatcher = dispatcher;
    }

    @Override
    public void configure() {
        from(config.routes().deliveryTick()).routeId("delivery-tick")
                .process(ex -> ex.getIn().setBody(dispatcher.due()))
                .split(body())
                    .to(config.routes().deliveryWork())
                .end();

        from(config.routes().deliveryWork()).routeId("delivery-work")
                .process(ex -> dispatcher.deliver(ex.getIn().getBody(String.class)));
    }
}
