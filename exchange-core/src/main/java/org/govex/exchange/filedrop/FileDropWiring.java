package org.govex.exchange.filedrop;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.apache.camel.CamelContext;
import org.govex.adapters.filedrop.FileDropRoute;
import org.govex.exchange.config.GovexConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Adds the adapters' file drop to the hub's Camel context, rooted at {@code <data dir>/drop} (or
 * {@code govex.file-drop.root}): {@code drop/<department>/<resource code>/<batch>.json|ndjson|xml|csv}.
 */
@ApplicationScoped
public class FileDropWiring {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(FileDropWiring.class);

    void start(@Observes StartupEvent event, CamelContext camel, GovexConfig govex, FileDropConfig config,
               HubBatchGateway gateway) throws Exception {
        if (config.enabled()) {
            Path root = rootOf(govex, config);
            camel.addRoutes(new FileDropRoute(root, gateway, config.poll().toMillis()));
            LOG.infof("file drop watching %s", root.toAbsolutePath());
        }
    }

    static Path rootOf(GovexConfig govex, FileDropConfig config) {
        Path root = config.root().map(Path::of).orElse(govex.dataDir().resolve("drop"));
        try {
            return Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the drop folder " + root, e);
        }
    }
}
