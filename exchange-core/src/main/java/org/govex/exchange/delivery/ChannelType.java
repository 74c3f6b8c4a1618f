package org.govex.exchange.delivery;

/** How a subscription receives records. Kafka topics and a consumer database are planned channels. */
public enum ChannelType {
    /** The hub POSTs CloudEvents batches to the consumer's URL. */
    WEBHOOK,
    /** The consumer pulls {@code GET .../feed?after=}; the hub keeps its cursor. */
    FEED
}
