package org.govex.exchange.feedback;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.builder.RouteBuilder;
import org.govex.exchange.config.ExchangeConfig;

/** Feedback to the catalog: on a timer, report changed observations. */
@ApplicationScoped
public class CatalogFeedbackRoute extends RouteBuilder {

    private final ExchangeConfig config;
    private final CatalogFeedback feedback;

    public CatalogFeedbackRoute(ExchangeConfig config, CatalogFeedback feedback) {
        this.config = config;
        this.feedback = feedback;
    }

    @Override
    public void configure() {
        from(config.routes().feedbackTick()).routeId("catalog-feedback")
                .process(ex -> ex.getIn().setBody(feedback.report()));
    }
}
