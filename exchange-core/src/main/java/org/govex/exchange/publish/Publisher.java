package org.govex.exchange.publish;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.exchange.journal.AppendRequest;
import org.govex.exchange.storage.StorageGuard;

/**
 * The one way into the publish route, for every channel (REST, file drop, demo): sends the command
 * and answers the receipt, rethrowing the route's refusal ({@code GovexException}) as it is.
 */
@ApplicationScoped
public class Publisher {

    private final ProducerTemplate template;
    private final ExchangeConfig config;
    private final StorageGuard storage;

    public Publisher(ProducerTemplate template, ExchangeConfig config, StorageGuard storage) {
        this.template = template;
        this.config = config;
        this.storage = storage;
    }

    public AppendRequest.Appended publish(PublishCommand command) {
        storage.requireRoomToWrite();
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
