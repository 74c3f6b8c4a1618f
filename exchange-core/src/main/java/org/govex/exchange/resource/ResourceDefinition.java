package org.govex.exchange.resource;

import org.govex.schemas.record.BaseDatabase;
import org.govex.schemas.record.RecordType;

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
        // a plain loop: called per field of every record merged and every event projected
        for (DataItemDefinition i : dataItems) {
            if (i.name().equals(name)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** The fields whose values make a record's key: the record type's, else the first data item. */
    public List<String> keyFields() {
        return RecordType.byId(recordType).map(RecordType::keyFields)
                .orElseGet(() -> dataItems.isEmpty() ? List.of() : List.of(dataItems.get(0).name()));
    }

    /** The base database the resource's records merge into (the record type's), if any. */
    public Optional<BaseDatabase> baseDatabase() {
        return RecordType.byId(recordType).map(RecordType::baseDatabase);
    }
}
