package org.govex.exchange.rdf;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2Factory;
import org.govex.exchange.config.GovexConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The embedded RDF store: a Jena TDB2 directory under the data directory, opened at start-up. */
@ApplicationScoped
public class RdfStoreProducer {

    private Dataset dataset;

    @Produces
    @Singleton
    @io.quarkus.runtime.Startup
    Dataset tdb2(GovexConfig config) {
        Path dir = config.dataDir().resolve("tdb2");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        dataset = TDB2Factory.connectDataset(dir.toString());
        return dataset;
    }

    void close(@Observes ShutdownEvent event) {
        if (dataset != null) {
            dataset.close();
        }
    }
}
