package org.govex.exchange.catalog;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * CKAN serves its Action API also without the version ({@code /api/action/<name>}), which is
 * what ckanapi's {@code RemoteCKAN} calls: such requests are rerouted to {@code /api/3/action/<name>}
 * before authentication, so they get the same keys, answers and error bodies.
 */
@ApplicationScoped
public class CkanUnversionedPath {

    private static final String PREFIX = "/api/action/";

    void install(@Observes Router router) {
        router.route(PREFIX + "*").order(Integer.MIN_VALUE).handler(ctx -> {
            String uri = ctx.request().uri();
            ctx.reroute("/api/3/action/" + uri.substring(uri.indexOf(PREFIX) + PREFIX.length()));
        });
    }
}
