package org.govex.exchange.delivery.database;

import org.govex.exchange.config.GovexConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Consumer database passwords at rest: encrypted, bound to their subscription, key outside the database. */
class CredentialCipherTest {

    @TempDir
    Path dataDir;

    @Test
    void aPasswordRoundTripsOnlyForItsOwnSubscriptionAndUnaltered() throws Exception {
        CredentialCipher cipher = new CredentialCipher(config(Optional.empty()), new org.govex.exchange.security.KeyFiles(govex(dataDir)));
        String sealed = cipher.encrypt("sub-swj-1", "swj-数据库-Secret-2026");
        assertThat(sealed).startsWith("aesgcm1:").doesNotContain("Secret");
        assertThat(cipher.encrypt("sub-swj-1", "swj-数据库-Secret-2026")).isNotEqualTo(sealed); // fresh IV each time
        assertThat(cipher.decrypt("sub-swj-1", sealed)).isEqualTo("swj-数据库-Secret-2026");

        assertThatThrownBy(() -> cipher.decrypt("sub-other", sealed)).isInstanceOf(GeneralSecurityException.class);
        byte[] raw = Base64.getDecoder().decode(sealed.substring("aesgcm1:".length()));
        raw[raw.length - 1] ^= 1;
        String altered = "aesgcm1:" + Base64.getEncoder().encodeToString(raw);
        assertThatThrownBy(() -> cipher.decrypt("sub-swj-1", altered)).isInstanceOf(GeneralSecurityException.class);

        Path key = dataDir.resolve("keys/credentials.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        // a second hub on the same data directory reads the same key
        assertThat(new CredentialCipher(config(Optional.empty()), new org.govex.exchange.security.KeyFiles(govex(dataDir))).decrypt("sub-swj-1", sealed))
                .isEqualTo("swj-数据库-Secret-2026");
    }

    @Test
    void aConfiguredKeyIsUsedInsteadOfTheFileAndAnotherKeyCannotDecrypt() throws Exception {
        String k1 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
        String k2 = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());
        String sealed = new CredentialCipher(config(Optional.of(k1)), new org.govex.exchange.security.KeyFiles(govex(dataDir))).encrypt("sub-1", "pw");
        assertThat(Files.exists(dataDir.resolve("keys/credentials.key"))).isFalse();
        assertThat(new CredentialCipher(config(Optional.of(k1)), new org.govex.exchange.security.KeyFiles(govex(dataDir))).decrypt("sub-1", sealed)).isEqualTo("pw");
        assertThatThrownBy(() -> new CredentialCipher(config(Optional.of(k2)), new org.govex.exchange.security.KeyFiles(govex(dataDir))).decrypt("sub-1", sealed))
                .isInstanceOf(GeneralSecurityException.class);
    }

    static DatabaseChannelConfig config(Optional<String> key) {
        return new DatabaseChannelConfig() {
            public Duration connectTimeout() {
                return Duration.ofSeconds(10);
            }

            public Duration statementTimeout() {
                return Duration.ofSeconds(30);
            }

            public Duration idleClose() {
                return Duration.ofMinutes(5);
            }

            public boolean allowInMemoryH2() {
                return false;
            }

            public Optional<String> credentialKey() {
                return key;
            }
        };
    }

    static GovexConfig govex(Path dataDir) {
        return (GovexConfig) Proxy.newProxyInstance(GovexConfig.class.getClassLoader(), new Class<?>[]{GovexConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "dataDir" -> dataDir;
                    case "toString" -> "GovexConfig[" + dataDir + "]";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
