package org.govex.exchange.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The result of re-computing the audit chain: how many events were checked and, when the chain
 * is broken, the first event that does not fit and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(boolean valid, long eventsChecked, Long firstBrokenSeq, String reason, String headHash) {
}
