package org.govex.exchange.journal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A validated batch waiting for the journal's group commit. The future completes with the
 * receipt after the commit (or with the first receipt of the same idempotency key).
 */
public final class AppendRequest {

    /** A record to append: its key and its canonical JSON as UTF-8 (single-line). */
    public record Entry(String key, byte[] payload) {

        /** A record whose JSON is given as text. */
        public Entry(String key, String payload) {
            this(key, payload.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    final String batchId;
    final String resourceCode;
    final String publisherId;
    final String idempotencyKey;
    final List<Entry> entries;
    final String digest;
    final List<Rejection> rejections;
    /** The entries as the journal stores them ({@link JournalBlock#cut}). */
    final List<JournalBlock> blocks;
    final CompletableFuture<Appended> result = new CompletableFuture<>();

    /** @throws IllegalArgumentException when a payload is not single-line JSON */
    public AppendRequest(String batchId, String resourceCode, String publisherId, String idempotencyKey,
                         List<Entry> entries, String digest, List<Rejection> rejections) {
        this.batchId = batchId;
        this.resourceCode = resourceCode;
        this.publisherId = publisherId;
        this.idempotencyKey = idempotencyKey;
        this.entries = entries;
        this.digest = digest;
        this.rejections = rejections;
        this.blocks = JournalBlock.cut(entries);
    }

    public CompletableFuture<Appended> result() {
        return result;
    }

    /** The receipt, and whether it is the stored receipt of an earlier publish with the same key. */
    public record Appended(Receipt receipt, boolean replayed) {
    }
}
