package org.govex.exchange.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.config.GovexConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The hub's own secret keys, kept out of the database: {@code <data dir>/keys/<name>.key}, 32
 * random bytes (base64), created at first use with mode 600. Every node of a cluster needs the
 * same files (docs/operations.md).
 */
@ApplicationScoped
public class KeyFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    public KeyFiles(GovexConfig govex) {
        this.dir = govex.dataDir().resolve("keys");
    }

    /** The key named {@code name}, created now if there is none yet. */
    public byte[] key(String name) {
        Path file = dir.resolve(name + ".key");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dir);
                byte[] fresh = new byte[32];
                RANDOM.nextBytes(fresh);
                try {
                    Files.createFile(file);
                    try {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    } catch (UnsupportedOperationException notPosix) {
                        // Windows: the data directory's own permissions apply
                    }
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                } catch (FileAlreadyExistsException raced) {
                    // another thread or process created it first: use theirs
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create " + file, e);
        }
    }
}
