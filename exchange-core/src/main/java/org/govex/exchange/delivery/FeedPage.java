package org.govex.exchange.delivery;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * A page of the pull feed: CloudEvents in sequence order; ask again with {@code after=next}.
 * {@code head} is the resource's last journal sequence.
 */
public record FeedPage(String resource, long after, long next, long head, List<ObjectNode> events) {
}
