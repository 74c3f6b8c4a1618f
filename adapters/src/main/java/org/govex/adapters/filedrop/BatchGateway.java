package org.govex.adapters.filedrop;

/**
 * The hub's publish path as seen from the file drop; exchange-core implements it by publishing
 * the batch as the department that owns the folder.
 */
public interface BatchGateway {

    DropOutcome submit(DroppedBatch batch);

    /**
     * Whether the hub takes batches now. While it does not (its disk is nearly full), dropped files
     * stay where they are and are published once it does.
     */
    default boolean accepting() {
        return true;
    }
}
