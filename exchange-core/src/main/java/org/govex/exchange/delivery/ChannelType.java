package org.govex.exchange.delivery;

/** How a subscription receives records. */
public enum ChannelType {
    /** The hub POSTs CloudEvents batches to the consumer's URL. */
    WEBHOOK,
    /** The consumer pulls {@code GET .../feed?after=}; the hub keeps its cursor. */
    FEED,
    /**
     * The hub writes CloudEvents (Kafka binary mode) to the subscription's own topic
     * {@code <prefix><consumer>.<resource>}: one topic per grant, so masking holds on the broker too.
     */
    KAFKA,
    /**
     * The hub upserts each record into a table of the consumer's own PostgreSQL or H2 database,
     * keyed by record key; a replayed older version never overwrites a newer one.
     */
    DATABASE;

    /** Whether the hub pushes (and so retries, backs off, dead-letters) rather than the consumer pulling. */
    public boolean pushed() {
        return this != FEED;
    }
}
