package org.govex.exchange.resource;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.Sensitivity;
import org.govex.catalog.service.CatalogService;
import org.govex.exchange.config.ExchangeConfig;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hub's resource directory over the catalog service. Definitions are cached for
 * {@code govex.exchange.resource-cache-ttl} (a catalog read per publish would cost more than the
 * publish); a withdrawal takes effect for publishers within that time.
 */
@ApplicationScoped
public class CatalogResourceDirectory implements ResourceDirectory {

    private final CatalogService catalog;
    private final long ttlNanos;
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(Optional<ResourceDefinition> definition, long until) {
    }

    public CatalogResourceDirectory(CatalogService catalog, ExchangeConfig config) {
        this.catalog = catalog;
        this.ttlNanos = config.resourceCacheTtl().toNanos();
    }

    @Override
    public Optional<ResourceDefinition> find(String code) {
        if (ttlNanos <= 0) {
            return catalog.find(code).map(CatalogResourceDirectory::definition);
        }
        long now = System.nanoTime();
        Cached c = cache.get(code);
        if (c == null || c.until - now < 0) {
            c = new Cached(catalog.find(code).map(CatalogResourceDirectory::definition), now + ttlNanos);
            cache.put(code, c);
        }
        return c.definition;
    }

    @Override
    public void reportObservation(String code, Observation o) {
        catalog.recordObservation(code, o.lastRecordAt(), o.recordCount(), (int) Math.min(Integer.MAX_VALUE, o.subscriberCount()));
    }

    /** The hub's view of a catalog entry. */
    public static ResourceDefinition definition(InformationResource r) {
        ResourceState state = switch (r.status()) {
            case PUBLISHED -> ResourceState.PUBLISHED;
            case WITHDRAWN -> ResourceState.WITHDRAWN;
            default -> ResourceState.DRAFT;
        };
        List<DataItemDefinition> items = r.dataItems().stream().map(CatalogResourceDirectory::item).toList();
        return new ResourceDefinition(r.code(), r.titleZh(), r.providerCode(), r.recordType(), state,
                ShareType.valueOf(r.shareType() == null ? "NONE" : r.shareType().name()), r.shareConditions(), r.legalBasis(),
                r.acceptPartial(), items);
    }

    static DataItemDefinition item(DataItem i) {
        boolean sensitive = i.sensitivity() != null && i.sensitivity().level() >= Sensitivity.SENSITIVE.level();
        return new DataItemDefinition(i.name(), i.elementId(), i.type(), i.length(), i.required(), sensitive, i.authoritative());
    }

}
