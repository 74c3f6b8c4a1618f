package org.govex.exchange.delivery;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A page of the pull feed: CloudEvents in sequence order; ask again with {@code after=next}.
 * {@code head} is the resource's last journal sequence. An event is written as it was
 * serialised once for every consumer with the same view ({@code RawValue}) or as a tree.
 */
public record FeedPage(String resource, long after, long next, long head,
                       @Schema(description = "CloudEvents 1.0 structured JSON events", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                               implementation = Object.class) List<Object> events) {
}
