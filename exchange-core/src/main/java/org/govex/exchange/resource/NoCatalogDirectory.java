package org.govex.exchange.resource;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Used only when no catalog is wired in: knows no resources, so every publish is refused. */
@DefaultBean
@ApplicationScoped
public class NoCatalogDirectory implements ResourceDirectory {

    @Override
    public Optional<ResourceDefinition> find(String code) {
        return Optional.empty();
    }

    @Override
    public void reportObservation(String code, Observation observation) {
    }
}
