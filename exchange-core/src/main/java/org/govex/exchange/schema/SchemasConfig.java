package org.govex.exchange.schema;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Parser limits of the schema codecs ({@code govex.schemas.*}; the largest document is
 * {@code govex.max-body}). A request that breaks one gets 413 problem+json naming the limit.
 */
@ConfigMapping(prefix = "govex.schemas")
public interface SchemasConfig {

    /** Deepest JSON / XML nesting. */
    @WithName("max-depth")
    @WithDefault("16")
    int maxDepth();

    /** Longest string value or text node (characters). */
    @WithName("max-string-length")
    @WithDefault("1000000")
    int maxStringLength();

    /** Longest number literal (characters). */
    @WithName("max-number-length")
    @WithDefault("64")
    int maxNumberLength();

    /** Longest field name. */
    @WithName("max-name-length")
    @WithDefault("128")
    int maxNameLength();

    /** Most records in one request. */
    @WithName("max-records")
    @WithDefault("100000")
    int maxRecords();

    /** Most fields in one record. */
    @WithName("max-fields")
    @WithDefault("64")
    int maxFields();
}
