package org.govex.exchange.delivery;

/** How a subscription receives records. A consumer database is a planned channel. */
public enum ChannelType {
    /** The hub POSTs CloudEvents batches to the consumer's URL. */
    WEBHOOK,
    /** The consumer pulls {@code GET .../feed?after=}; the hub keeps its cursor. */
    FEED,
    /**
     * The hub writes CloudEvents (Kafka binary mode) to the subscription's own topic
     * {@code <prefix><consumer>.<resource>}: one topic per grant, so masking holds on the broker too.
     */
    KAFKA;

    /** Whether the hub pushes (and so retries, backs off, dead-letters) rather than the consumer pulling. */
    public boolean pushed() {
        return this != FEED;
    }
}
