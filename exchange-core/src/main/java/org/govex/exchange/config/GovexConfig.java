package org.govex.exchange.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The hub's top-level settings. Environment forms are fixed (DESIGN.md "Operating conventions"):
 * GOVEX_DATA_DIR, GOVEX_DEMO, GOVEX_ADMIN_API_KEY, GOVEX_MAX_BODY.
 */
@ConfigMapping(prefix = "govex")
public interface GovexConfig {

    /** Holds the H2 files, the TDB2 directory and the file-drop folders. */
    @WithName("data-dir")
    @WithDefault("./data")
    Path dataDir();

    /** Load the demo city on first start (also the {@code --demo} argument). */
    @WithDefault("false")
    boolean demo();

    /** Bootstrap admin API key; when absent one is generated at first start and printed once. */
    @WithName("admin-api-key")
    Optional<String> adminApiKey();

    /** Largest request body, e.g. {@code 16M}; applied to Vert.x and to the problem+json guard. */
    @WithName("max-body")
    @WithDefault("16M")
    String maxBody();

    /** Demo settings. */
    Demo demoKeys();

    interface Demo {
        /**
         * When set, demo API keys are {@code <prefix><department code>} instead of random, so that
         * tests and scripted tours know them. Never set it on a real node.
         */
        @WithName("fixed-prefix")
        Optional<String> fixedPrefix();
    }
}
