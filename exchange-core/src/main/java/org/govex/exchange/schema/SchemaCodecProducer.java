package org.govex.exchange.schema;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.govex.exchange.config.GovexConfig;
import org.govex.schemas.codec.CodecLimits;
import org.govex.schemas.codec.RecordCodec;

import java.util.Locale;

/** The hub's one {@link RecordCodec}, with limits from configuration. */
@ApplicationScoped
public class SchemaCodecProducer {

    @Produces
    @ApplicationScoped
    RecordCodec codec(GovexConfig govex, SchemasConfig config) {
        return new RecordCodec(new CodecLimits(bytes(govex.maxBody()), config.maxDepth(), config.maxStringLength(),
                config.maxNumberLength(), config.maxNameLength(), config.maxRecords(), config.maxFields()));
    }

    /** {@code 16M}, {@code 512K}, {@code 1G} or plain bytes. */
    static long bytes(String size) {
        String s = size.trim().toUpperCase(Locale.ROOT);
        long unit = 1;
        char last = s.charAt(s.length() - 1);
        if (last == 'K' || last == 'M' || last == 'G') {
            unit = last == 'K' ? 1024L : last == 'M' ? 1024L * 1024 : 1024L * 1024 * 1024;
            s = s.substring(0, s.length() - 1);
        }
        return Long.parseLong(s) * unit;
    }
}
