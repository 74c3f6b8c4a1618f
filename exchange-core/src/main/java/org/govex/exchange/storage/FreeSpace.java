package org.govex.exchange.storage;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The free space of the volume that holds a directory, measured on demand, with a floor: it is
 * short once below the floor and stays short until a quarter more than the floor is free again,
 * so writers do not flap on and off at the edge.
 */
public final class FreeSpace {

    private final Usable volume;
    private final long floor;
    private final long resumeAt;
    private volatile long free;
    private volatile boolean shortOfSpace;

    /** Usable bytes of a volume. */
    @FunctionalInterface
    interface Usable {
        long bytes() throws IOException;
    }

    public FreeSpace(Path dir, long floor) throws IOException {
        this(volumeOf(dir)::getUsableSpace, floor);
    }

    FreeSpace(Usable volume, long floor) throws IOException {
        this.volume = volume;
        this.floor = floor;
        this.resumeAt = floor + floor / 4;
        measure();
    }

    /** Measures again; answers whether the volume is short of space now. */
    public boolean measure() throws IOException {
        long now = volume.bytes();
        free = now;
        boolean wasShort = shortOfSpace;
        shortOfSpace = wasShort ? now < resumeAt : now < floor;
        return shortOfSpace;
    }

    private static FileStore volumeOf(Path dir) throws IOException {
        Files.createDirectories(dir);
        return Files.getFileStore(dir);
    }

    public boolean isShort() {
        return shortOfSpace;
    }

    /** Bytes free at the last measurement. */
    public long free() {
        return free;
    }

    public long floor() {
        return floor;
    }

    /** Free bytes above which writing resumes after a shortage. */
    public long resumeAt() {
        return resumeAt;
    }
}
