package org.govex.exchange.journal;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The decoded blocks readers behind the tail share: loaded once, bounded, never holding a failure. */
class BlockCacheTest {

    static final String GAJ = "101001-000001";

    /** A block of 1,000 population records ending at {@code lastSeq}, counting its loads. */
    static BlockCache.Loader blocks(AtomicInteger loads) {
        return lastSeq -> {
            loads.incrementAndGet();
            List<JournalRecord> records = new ArrayList<>();
            for (long seq = lastSeq - 999; seq <= lastSeq; seq++) {
                records.add(new JournalRecord(seq, GAJ, String.format("3301061985%08d", seq),
                        "{\"name\":\"王小明\",\"domicileDivision\":\"330106\"}", "b-" + lastSeq, "hz-gaj", Instant.EPOCH));
            }
            return records;
        };
    }

    @Test
    void twoPagesOfOneBlockReadItOnce() throws Exception {
        BlockCache cache = new BlockCache(65_536);
        AtomicInteger loads = new AtomicInteger();
        List<JournalRecord> first = cache.get(2000, blocks(loads));
        List<JournalRecord> second = cache.get(2000, blocks(loads));
        assertThat(loads).hasValue(1);
        assertThat(second).isSameAs(first).hasSize(1000);
        assertThat(first.get(0).seq()).isEqualTo(1001);
        assertThat(cache.held()).isEqualTo(1000);
    }

    @Test
    void readersOfABlockBeingLoadedWaitForThatLoad() throws Exception {
        BlockCache cache = new BlockCache(65_536);
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch inLoad = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        BlockCache.Loader slow = lastSeq -> {
            inLoad.countDown();
            release.await(10, TimeUnit.SECONDS);
            return blocks(loads).load(lastSeq);
        };
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<List<JournalRecord>>> readers = new ArrayList<>();
            readers.add(pool.submit(() -> cache.get(5000, slow)));
            assertThat(inLoad.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 5; i++) {
                readers.add(pool.submit(() -> cache.get(5000, slow)));
            }
            Thread.sleep(100); // the five are waiting on the first one's load
            release.countDown();
            for (Future<List<JournalRecord>> r : readers) {
                assertThat(r.get(10, TimeUnit.SECONDS)).hasSize(1000).first().extracting(JournalRecord::seq).isEqualTo(4001L);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(loads).hasValue(1);
    }

    @Test
    void theLeastRecentlyUsedBlocksGoBeyondTheCapacity() throws Exception {
        BlockCache cache = new BlockCache(2_500);
        AtomicInteger loads = new AtomicInteger();
        cache.get(1000, blocks(loads));
        cache.get(2000, blocks(loads));
        cache.get(1000, blocks(loads)); // used again: 2000 is now the eldest
        cache.get(3000, blocks(loads));
        assertThat(loads).hasValue(3);
        assertThat(cache.held()).isEqualTo(2000);
        cache.get(1000, blocks(loads));
        cache.get(3000, blocks(loads));
        assertThat(loads).hasValue(3);
        cache.get(2000, blocks(loads));
        assertThat(loads).hasValue(4);
        assertThat(cache.held()).isLessThanOrEqualTo(2_500);
    }

    @Test
    void aFailedLoadIsNotKept() throws Exception {
        BlockCache cache = new BlockCache(65_536);
        AtomicInteger loads = new AtomicInteger();
        assertThatThrownBy(() -> cache.get(1000, lastSeq -> {
            throw new java.sql.SQLException("The database has been closed [90098-240]", "90098", 90098);
        })).isInstanceOf(java.sql.SQLException.class);
        assertThat(cache.held()).isZero();
        assertThat(cache.get(1000, blocks(loads))).hasSize(1000);
        assertThat(loads).hasValue(1);
    }

    @Test
    void offReadsEveryTime() throws Exception {
        BlockCache cache = new BlockCache(0);
        AtomicInteger loads = new AtomicInteger();
        cache.get(1000, blocks(loads));
        cache.get(1000, blocks(loads));
        assertThat(loads).hasValue(2);
        assertThat(cache.held()).isZero();
    }
}
