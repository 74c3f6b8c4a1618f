package org.govex.exchange.resource;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;

/** Used only when no catalog is wired in: knows no resources, so every publish is refused. */
@DefaultBean
@ApplicationScoped
public class NoCatalogDirectory implements ResourceDirectory {

    static DataItemDefinition i(String n, String t, boolean req, boolean sens) {
        return new DataItemDefinition(n, "person." + n, t, null, req, sens, true);
    }
    static final ResourceDefinition P = new ResourceDefinition("101001-000001", "t", "hz-gaj", "person", ResourceState.PUBLISHED,
            ShareType.CONDITIONAL, null, null, false, java.util.List.of(i("idNumber", "string", true, true), i("name", "string", true, true),
            i("sex", "code", true, false), i("birthDate", "date", true, true), i("ethnicity", "code", false, false),
            i("nationality", "code", false, false), i("domicileDivision", "code", true, false), i("domicileAddress", "string", false, true),
            i("updatedAt", "datetime", true, false)));
    @Override
    public Optional<ResourceDefinition> find(String code) {
        return code.equals(P.code()) ? Optional.of(P) : Optional.empty();
    }

    @Override
    public void reportObservation(String code, Observation observation) {
    }
}
