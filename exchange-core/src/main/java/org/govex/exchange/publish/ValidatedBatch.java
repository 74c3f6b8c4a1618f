package org.govex.exchange.publish;

import org.govex.exchange.journal.AppendRequest;
import org.govex.exchange.journal.Rejection;

import java.util.List;

/** A batch after validation: the canonical accepted records, the rejections, the digest. */
public record ValidatedBatch(List<AppendRequest.Entry> accepted, List<Rejection> rejections, String digest) {
}
