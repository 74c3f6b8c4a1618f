package org.govex.exchange.console;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** The console is static (META-INF/resources/console); {@code /} and {@code /console} lead to its index. */
@ApplicationScoped
public class ConsoleRoutes {

    void install(@Observes Router router) {
        router.route("/console").handler(ConsoleRoutes::toIndex);
        router.route("/").handler(ConsoleRoutes::toIndex);
    }

    private static void toIndex(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.equals("/console") || path.equals("/")) {
            ctx.redirect("/console/");
        } else {
            ctx.next();
        }
    }
}
