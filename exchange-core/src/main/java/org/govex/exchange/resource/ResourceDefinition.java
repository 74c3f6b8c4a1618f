package org.govex.exchange.resource;

import java.util.List;
import java.util.Optional;

/**
 * What the hub needs to know about an information resource of the catalog: who provides it,
 * which record type its records are (null when it feeds no base database), whether it is still
 * published, how it may be shared and which data items it declares.
 */
public record ResourceDefinition(
        String code,
        String title,
        String providerCode,
        String recordType,
        ResourceState state,
        ShareType shareType,
        String shareCondition,
        String shareBasis,
        boolean acceptPartial,
        List<DataItemDefinition> dataItems) {

    public ResourceDefinition {
        dataItems = List.copyOf(dataItems);
    }

    public boolean withdrawn() {
        return state == ResourceState.WITHDRAWN;
    }

    public boolean published() {
        return state == ResourceState.PUBLISHED;
    }

    public Optional<DataItemDefinition> item(String name) {
        return dataItems.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** The fields whose values make a record's key: the base database's, else the first data item. */
    public List<String> keyFields() {
        return baseDatabase().map(BaseDatabase::keyFields)
                .orElseGet(() -> dataItems.isEmpty() ? List.of() : List.of(dataItems.get(0).name()));
    }

    /** The base database the resource's records merge into, if any. */
    public Optional<BaseDatabase> baseDatabase() {
        return BaseDatabase.forRecordType(recordType);
    }
}
