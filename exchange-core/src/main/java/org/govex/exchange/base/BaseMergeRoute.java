package org.govex.exchange.base;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.camel.builder.RouteBuilder;
import org.govex.exchange.config.ExchangeConfig;

/** Base databases: a timer merges the journal beyond the base-merge cursor into golden records. */
@ApplicationScoped
public class BaseMergeRoute extends RouteBuilder {

    private final ExchangeConfig config;
    private final BaseMerger merger;

    public BaseMergeRoute(ExchangeConfig config, BaseMerger merger) {
        this.config = config;
        this.merger = merger;
    }

    @Override
    public void configure() {
        from(config.routes().baseMergeTick()).routeId("base-merge")
                .process(ex -> ex.getIn().setBody(merger.mergePending()));
    }
}
