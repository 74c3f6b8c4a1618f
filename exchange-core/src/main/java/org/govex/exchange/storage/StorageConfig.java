package org.govex.exchange.storage;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.Duration;

/** How much disk the hub keeps free on its data volume ({@code govex.storage.*}). */
@ConfigMapping(prefix = "govex.storage")
public interface StorageConfig {

    /**
     * Publishing, the base merge and the file drop stop while the data volume has less than this free, so the
     * embedded database never meets a full disk (H2 closes itself on a failed write and needs a
     * restart). They resume once a quarter more than this is free again.
     */
    @WithName("min-free")
    @WithDefault("2G")
    MemorySize minFree();

    /** How often the free space is measured. */
    @WithName("check-interval")
    @WithDefault("PT1S")
    Duration checkInterval();
}
