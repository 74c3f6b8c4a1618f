package org.govex.exchange.storage;

import org.eclipse.microprofile.health.HealthCheckResponse;
import jakarta.ws.rs.core.Response;
import org.govex.exchange.problem.Problem;
import org.govex.exchange.problem.ProblemMappers;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The storage guard on real H2 file databases and the real data volume: a database that closes
 * itself (here: a thread interrupted in file I/O, which closes H2's file channel) takes liveness
 * down and refuses writes; ordinary SQL errors do not; a floor above the free space refuses writes
 * with 507, and the floor has a margin before writing resumes.
 */
class StorageGuardTest {

    @TempDir
    Path dir;

    /** Pooled, as the hub's Agroal pools are: connections outlive the statements that used them. */
    static JdbcConnectionPool h2(Path file) {
        return JdbcConnectionPool.create("jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
    }

    /** The error {@code sql} fails with; fails the test if it does not fail. */
    static SQLException failureOf(Statement s, String sql) {
        SQLException e = catchThrowableOfType(SQLException.class, () -> s.execute(sql));
        assertThat((Throwable) e).as("%s fails", sql).isNotNull();
        return e;
    }

    @Test
    void aDatabaseThatClosedItselfTakesLivenessDownAndRefusesWrites() throws Exception {
        JdbcConnectionPool journal = h2(dir.resolve("govex"));
        JdbcConnectionPool base = h2(dir.resolve("base"));
        StorageGuard guard = new StorageGuard(dir, 0, Duration.ofSeconds(1));
        guard.start();
        boolean checked = false;
        try (Connection held = journal.getConnection(); Connection heldBase = base.getConnection();
             Statement s = held.createStatement()) {
            s.execute("CREATE TABLE journal_record (seq BIGINT PRIMARY KEY, payload VARCHAR(100000))");
            StorageLiveness liveness = new StorageLiveness(guard, journal, base);
            assertThat(liveness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);

            // an ordinary SQL error (a duplicate key) is no storage failure
            s.execute("INSERT INTO journal_record VALUES (1, '张伟')");
            SQLException duplicate = failureOf(s, "INSERT INTO journal_record VALUES (1, '李娜')");
            assertThat(guard.noticed("default", duplicate)).isFalse();
            guard.requireRoomToWrite();

            // a writer interrupted during file I/O: H2's FileChannel closes, and with it the database
            AtomicReference<Throwable> writerSaw = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try (Connection c = journal.getConnection();
                     PreparedStatement insert = c.prepareStatement("INSERT INTO journal_record VALUES (?, ?)")) {
                    String payload = "{\"name\":\"王芳\",\"domicileDivision\":\"330106\"}".repeat(500);
                    for (int i = 2; i < 2_000; i++) {
                        if (i == 1_000) {
                            Thread.currentThread().interrupt();
                        }
                        insert.setLong(1, i);
                        insert.setString(2, payload);
                        insert.executeUpdate();
                    }
                } catch (SQLException | RuntimeException e) {
                    writerSaw.set(e);
                }
            });
            writer.start();
            writer.join(30_000);
            assertThat(writerSaw.get()).as("the interrupted writer fails").isNotNull();

            // the probe of the liveness check finds it, though nobody told the guard
            HealthCheckResponse down = liveness.call();
            assertThat(down.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(down.getData().orElseThrow()).containsEntry("database", "default");
            assertThat(guard.failure().message()).contains("90098");
            HealthCheckResponse notReady = new StorageReadiness(guard).call();
            assertThat(notReady.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(notReady.getData().orElseThrow()).containsEntry("failed_database", "default")
                    .containsEntry("publishing", "refused: database failed");
            assertThat(guard.roomToWrite()).isFalse();
            assertThatThrownBy(guard::requireRoomToWrite).isInstanceOfSatisfying(GovexException.class, e -> {
                assertThat(e.kind()).isEqualTo(ProblemKind.STORAGE_FAILED);
                assertThat(e.kind().status()).isEqualTo(503);
                assertThat(e.getMessage()).contains("default database closed itself", "restarted");
            });
            // a request that meets the failed database gets 503 storage-failed, not 500; other SQL errors stay 500
            ProblemMappers mappers = new ProblemMappers();
            Response failed = mappers.govex(new GovexException(ProblemKind.INTERNAL, null, "subscription storage failed",
                    List.of(), writerSaw.get()), null);
            assertThat(failed.getStatus()).isEqualTo(503);
            assertThat(((Problem) failed.getEntity()).type()).endsWith("/storage-failed");
            Response other = mappers.govex(new GovexException(ProblemKind.INTERNAL, null, "audit append failed",
                    List.of(), duplicate), null);
            assertThat(other.getStatus()).isEqualTo(500);

            // the base database, still open, was probed too and is not blamed
            try (Statement b = heldBase.createStatement()) {
                b.execute("SELECT 1");
            }
            checked = true;
        } catch (SQLException closedOnExit) {
            // closing the held connections of the closed database may fail too
            assertThat(DatabaseFailure.of("default", closedOnExit)).isNotNull();
        } finally {
            guard.stop();
            journal.dispose();
            base.dispose();
        }
        assertThat(checked).as("the assertions ran").isTrue();
    }

    @Test
    void aPoolWithNoFreeConnectionKeepsTheHubAliveAndTheCheckAnswersInTime() throws Exception {
        JdbcConnectionPool busy = h2(dir.resolve("busy"));
        busy.setMaxConnections(1);
        busy.setLoginTimeout(30);
        JdbcConnectionPool base = h2(dir.resolve("base"));
        StorageGuard guard = new StorageGuard(dir, 0, Duration.ofSeconds(1));
        guard.start();
        try {
            StorageLiveness liveness = new StorageLiveness(guard, busy, base);
            Connection taken = busy.getConnection();
            long start = System.nanoTime();
            HealthCheckResponse r = liveness.call();
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(r.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            // a liveness probe that waited for the pool (30 s here) would itself look dead to a supervisor
            assertThat(tookMillis).isLessThan(10_000);
            assertThat(guard.failure()).isNull();
            // the connection back, the probe under way gets it and finishes
            assertThat(liveness.probing()).isTrue();
            taken.close();
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (liveness.probing() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(liveness.probing()).isFalse();
            assertThat(liveness.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        } finally {
            guard.stop();
            busy.dispose();
            base.dispose();
        }
    }

    @Test
    void aRollbackOnAClosedDatabaseDoesNotHideWhatFailedFirst() throws Exception {
        JdbcConnectionPool pool = h2(dir.resolve("rollback"));
        boolean checked = false;
        try (Connection c = pool.getConnection(); Connection other = pool.getConnection();
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE journal_record (seq BIGINT PRIMARY KEY, payload VARCHAR(1000))");
            c.setAutoCommit(false);
            s.execute("INSERT INTO journal_record VALUES (1, '赵磊')");
            try (Statement o = other.createStatement()) {
                o.execute("SHUTDOWN IMMEDIATELY");
            }
            SQLException first = failureOf(s, "INSERT INTO journal_record VALUES (2, '孙丽')");
            Transactions.rollback(c, first);
            assertThat(first.getMessage()).doesNotContain("ROLLBACK");
            assertThat(first.getSuppressed()).singleElement()
                    .satisfies(r -> assertThat(r).isInstanceOf(SQLException.class));
            checked = true;
        } catch (SQLException closing) {
            // closing connections of a database shut down may fail as well
        } finally {
            pool.dispose();
        }
        assertThat(checked).as("the assertions ran").isTrue();
    }

    @Test
    void aFloorAboveTheFreeSpaceRefusesWritesWith507AndNothingElse() throws Exception {
        StorageGuard guard = new StorageGuard(dir, Long.MAX_VALUE / 4, Duration.ofSeconds(1));
        guard.start();
        try {
            assertThat(guard.space().isShort()).isTrue();
            assertThat(guard.space().free()).isPositive();
            assertThat(guard.roomToWrite()).isFalse();
            assertThatThrownBy(guard::requireRoomToWrite).isInstanceOfSatisfying(GovexException.class, e -> {
                assertThat(e.kind()).isEqualTo(ProblemKind.INSUFFICIENT_STORAGE);
                assertThat(e.kind().status()).isEqualTo(507);
                assertThat(e.getMessage()).contains("govex.storage.min-free", "Idempotency-Key");
            });
            assertThat(guard.failure()).isNull();
            StorageReadiness readiness = new StorageReadiness(guard);
            HealthCheckResponse r = readiness.call();
            assertThat(r.getStatus()).as("reads go on").isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(r.getData().orElseThrow()).containsKeys("free_bytes", "min_free_bytes")
                    .containsEntry("publishing", "refused: disk below min-free");
        } finally {
            guard.stop();
        }
        StorageGuard roomy = new StorageGuard(dir, 1L << 20, Duration.ofSeconds(1));
        roomy.start();
        try {
            roomy.requireRoomToWrite();
            assertThat(new StorageReadiness(roomy).call().getData().orElseThrow()).containsEntry("publishing", "accepted");
        } finally {
            roomy.stop();
        }
    }

    @Test
    void writingResumesOnlyWithAQuarterMoreThanTheFloorFree() throws Exception {
        long gb = 1L << 30;
        AtomicLong usable = new AtomicLong(5 * gb);
        FreeSpace space = new FreeSpace(usable::get, gb);
        assertThat(space.isShort()).isFalse();
        usable.set(gb - 1);
        assertThat(space.measure()).isTrue();
        usable.set(gb + gb / 8); // above the floor, below the margin
        assertThat(space.measure()).isTrue();
        usable.set(gb + gb / 4);
        assertThat(space.measure()).isFalse();
        usable.set(gb + 1); // above the floor again: no shortage until it falls below the floor
        assertThat(space.measure()).isFalse();
        assertThat(space.free()).isEqualTo(gb + 1);
        assertThat(space.resumeAt()).isEqualTo(gb + gb / 4);
    }
}
