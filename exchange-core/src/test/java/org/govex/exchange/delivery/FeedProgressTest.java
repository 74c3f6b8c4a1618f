package org.govex.exchange.delivery;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Pull-feed progress is seen at once, written once a second, and a replay is not undone by it. */
class FeedProgressTest {

    private JdbcDataSource ds;

    @BeforeEach
    void database() {
        ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:feed-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }

    private static Subscription feed(String id) {
        return new Subscription(id, "hz-mzj", "101001-000001", "g-" + id, ChannelType.FEED, null, null, "330106",
                SubscriptionStatus.ACTIVE, 0, 0, null, null, null, 0, null, Instant.parse("2026-11-26T06:00:00Z"));
    }

    @Test
    void pagesServedShowAtOnceAndReachTheDatabaseWithTheNextFlush() {
        SubscriptionStore store = new SubscriptionStore(ds);
        store.insert(feed("sub-xh"));
        store.feedCursor("sub-xh", 120, 120);
        store.feedCursor("sub-xh", 300, 180);
        store.feedCursor("sub-xh", 250, 0); // a late answer to an older request never moves it back

        Subscription seen = store.find("sub-xh").orElseThrow();
        assertThat(seen.cursor()).isEqualTo(300);
        assertThat(seen.deliveredCount()).isEqualTo(300);
        assertThat(seen.lastDeliveredAt()).isNotNull();
        // not written yet: another store over the same database (another node) sees the old row
        assertThat(new SubscriptionStore(ds).find("sub-xh").orElseThrow().cursor()).isZero();

        store.flushFeedProgress();
        Subscription written = new SubscriptionStore(ds).find("sub-xh").orElseThrow();
        assertThat(written.cursor()).isEqualTo(300);
        assertThat(written.deliveredCount()).isEqualTo(300);
        assertThat(store.find("sub-xh").orElseThrow().deliveredCount()).isEqualTo(300); // counted once
    }

    @Test
    void aReplayDropsProgressNotYetWritten() {
        SubscriptionStore store = new SubscriptionStore(ds);
        store.insert(feed("sub-sc"));
        store.feedCursor("sub-sc", 500, 500);
        store.rewind("sub-sc", 10);
        store.flushFeedProgress();
        assertThat(new SubscriptionStore(ds).find("sub-sc").orElseThrow().cursor()).isEqualTo(10);
    }
}
