package org.govex.exchange.publish;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.exchange.journal.AppendRequest;

/**
 * The one way into the publish route, for every channel (REST, file drop, demo): sends the command
 * and answers the receipt, rethrowing the route's refusal ({@code GovexException}) as it is.
 */
@ApplicationScoped
public class Publisher {

    private final ProducerTemplate template;
    private final ExchangeConfig config;

    public Publisher(ProducerTemplate template, ExchangeConfig config) {
        this.template = template;
        this.config = config;
    }

    public AppendRequest.Appended publish(PublishCommand command) {
        try {
            return template.requestBody(config.routes().publish(), command, AppendRequest.Appended.class);
        } catch (CamelExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
