package org.govex.exchange.journal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Journal blocks read from the database, decoded, for the subscribers behind the in-memory tail:
 * the least recently used go first once the blocks held exceed {@code capacity} records. Readers
 * of one resource near the same place (a pack of feeds catching up, the next page of the same
 * reader) read and decode each block once; a reader asking for a block another is loading waits
 * for that load instead of reading the block again. 0 switches the cache off.
 */
final class BlockCache {

    /** Reads and decodes every record of the block with that last sequence. */
    interface Loader {
        List<JournalRecord> load(long lastSeq) throws Exception;
    }

    private final int capacity;
    private final LinkedHashMap<Long, Entry> blocks = new LinkedHashMap<>(64, 0.75f, true);
    /** Records of the loaded blocks held. */
    private long held;

    private static final class Entry {
        final CompletableFuture<List<JournalRecord>> records = new CompletableFuture<>();
        int size;
    }

    BlockCache(int capacity) {
        this.capacity = Math.max(0, capacity);
    }

    /** The records of the block ending at {@code lastSeq}: held, being loaded, or loaded now by this caller. */
    List<JournalRecord> get(long lastSeq, Loader loader) throws Exception {
        if (capacity == 0) {
            return loader.load(lastSeq);
        }
        Entry entry;
        boolean mine = false;
        synchronized (this) {
            entry = blocks.get(lastSeq);
            if (entry == null) {
                entry = new Entry();
                blocks.put(lastSeq, entry);
                mine = true;
            }
        }
        if (!mine) {
            try {
                return entry.records.get();
            } catch (ExecutionException e) {
                // the loader's failure: this reader tries again on its own
                return loader.load(lastSeq);
            }
        }
        List<JournalRecord> records;
        try {
            records = List.copyOf(loader.load(lastSeq));
        } catch (Exception | Error e) {
            synchronized (this) {
                blocks.remove(lastSeq, entry);
            }
            entry.records.completeExceptionally(e);
            throw e;
        }
        entry.records.complete(records);
        synchronized (this) {
            if (blocks.get(lastSeq) == entry) {
                entry.size = records.size();
                held += records.size();
                evict();
            }
        }
        return records;
    }

    /** Records held now (loaded blocks only). */
    synchronized long held() {
        return held;
    }

    private void evict() {
        Iterator<Map.Entry<Long, Entry>> eldest = blocks.entrySet().iterator();
        while (held > capacity && eldest.hasNext()) {
            Entry e = eldest.next().getValue();
            if (e.records.isDone()) {
                held -= e.size;
                eldest.remove();
            }
        }
    }
}
