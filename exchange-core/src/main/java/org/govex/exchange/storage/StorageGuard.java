package org.govex.exchange.storage;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.govex.exchange.config.GovexConfig;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps writers off a full disk and off a failed database. It measures the data volume's free
 * space every {@code govex.storage.check-interval}; below {@code govex.storage.min-free} new
 * publishes are refused (507, nothing written) and the base merge waits, so the embedded database
 * never meets a full disk. When a database is found closed by itself, publishes are refused (503)
 * and liveness goes down, so a supervisor restarts the hub.
 */
@ApplicationScoped
public class StorageGuard {

    private static final Logger LOG = Logger.getLogger(StorageGuard.class);

    /** The journal's database: Agroal's default datasource, file {@code db/govex} under the data directory. */
    public static final String JOURNAL_DATABASE = "default";

    private final Path dataDir;
    private final long minFree;
    private final Duration interval;
    private final AtomicReference<DatabaseFailure> failure = new AtomicReference<>();
    private volatile FreeSpace space;
    private ScheduledExecutorService sampler;

    @Inject
    public StorageGuard(GovexConfig govex, StorageConfig config) {
        this(govex.dataDir(), config.minFree().asLongValue(), config.checkInterval());
    }

    public StorageGuard(Path dataDir, long minFree, Duration interval) {
        this.dataDir = dataDir;
        this.minFree = minFree;
        this.interval = interval;
    }

    void onStart(@Observes StartupEvent event) {
        start();
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Measures now, then every check interval. */
    public void start() {
        try {
            space = new FreeSpace(dataDir, minFree);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure the free space of " + dataDir, e);
        }
        report(false);
        sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "storage-guard");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(50, interval.toMillis());
        sampler.scheduleWithFixedDelay(this::measure, every, every, TimeUnit.MILLISECONDS);
    }

    public void stop() {
        if (sampler != null) {
            sampler.shutdown();
        }
    }

    /** Measures with {@code other} from now on (tests: a volume that is short of space). Answers the one replaced. */
    FreeSpace use(FreeSpace other) {
        FreeSpace before = space;
        space = other;
        return before;
    }

    private void measure() {
        FreeSpace s = space;
        try {
            boolean wasShort = s.isShort();
            if (s.measure() != wasShort) {
                report(wasShort);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot measure the free space of " + dataDir + ": " + e);
        }
    }

    private void report(boolean wasShort) {
        FreeSpace s = space;
        if (s.isShort()) {
            LOG.errorf("only %d MB free on the data volume of %s (floor govex.storage.min-free = %d MB): publishing and "
                    + "the base merge wait until %d MB are free", mb(s.free()), dataDir, mb(s.floor()), mb(s.resumeAt()));
        } else if (wasShort) {
            LOG.infof("%d MB free on the data volume again: publishing and the base merge resume", mb(s.free()));
        }
    }

    /** Refuses a write that would add data: the database failed, or the disk is nearly full. */
    public void requireRoomToWrite() {
        DatabaseFailure f = failure.get();
        if (f != null) {
            throw new GovexException(ProblemKind.STORAGE_FAILED, "The hub's " + f.database() + " database closed itself at "
                    + f.at() + " (" + f.message() + "); nothing more can be written until the hub is restarted");
        }
        FreeSpace s = space;
        if (s != null && s.isShort()) {
            throw new GovexException(ProblemKind.INSUFFICIENT_STORAGE, "Only " + mb(s.free()) + " MB are free on the hub's "
                    + "data volume, below its floor of " + mb(s.floor()) + " MB (govex.storage.min-free); nothing was "
                    + "written. Retry later with the same Idempotency-Key");
        }
    }

    /** Whether bulk background writes (the base merge) may go on. */
    public boolean roomToWrite() {
        FreeSpace s = space;
        return failure.get() == null && (s == null || !s.isShort());
    }

    /**
     * Looks at a storage error: when it shows that an embedded database closed itself, remembers it
     * (once) and says so in the log. Answers whether it did.
     */
    public boolean noticed(String database, Throwable error) {
        DatabaseFailure f = DatabaseFailure.of(database, error);
        if (f == null) {
            return false;
        }
        if (failure.compareAndSet(null, f)) {
            LOG.errorf("the %s database closed itself or fails writes (%s); publishes are refused and liveness is down "
                    + "until the hub is restarted. The first failed statement (logged by its writer) and H2's trace file "
                    + "(db/%s.trace.db in the data directory) name the cause", database, f.message(),
                    JOURNAL_DATABASE.equals(database) ? "govex" : database);
        }
        return true;
    }

    public DatabaseFailure failure() {
        return failure.get();
    }

    /** The last measurement, or null before start. */
    public FreeSpace space() {
        return space;
    }

    private static long mb(long bytes) {
        return bytes >> 20;
    }
}
