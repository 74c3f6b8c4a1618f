package org.govex.adapters.filedrop;

/**
 * The hub's publish path as seen from the file drop; exchange-core implements it by publishing
 * the batch as the department that owns the folder.
 */
public interface BatchGateway {

    DropOutcome submit(DroppedBatch batch);
}
