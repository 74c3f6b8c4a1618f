package org.govex.exchange.filedrop;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The file drop ({@code govex.file-drop.*}): departments publish by leaving files in their folder. */
@ConfigMapping(prefix = "govex.file-drop")
public interface FileDropConfig {

    @WithDefault("true")
    boolean enabled();

    /** Root of the drop folders; default {@code <data dir>/drop}. */
    Optional<String> root();

    /** How often the folders are scanned. */
    @WithDefault("2s")
    Duration poll();
}
