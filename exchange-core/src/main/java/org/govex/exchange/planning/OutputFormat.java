package org.govex.exchange.planning;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.govex.catalog.planning.io.ModelFormat;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

import java.util.List;
import java.util.Set;

/** Picks JSON, CSV or XLSX for a planning output: {@code ?format=} first, then the Accept header, else JSON. */
final class OutputFormat {

    private OutputFormat() {
    }

    static ModelFormat choose(String format, HttpHeaders headers, Set<ModelFormat> allowed) {
        if (format != null && !format.isBlank()) {
            ModelFormat f = ModelFormat.of(format).orElseThrow(() -> notAcceptable(format, allowed));
            if (!allowed.contains(f)) {
                throw notAcceptable(format, allowed);
            }
            return f;
        }
        List<MediaType> accept = headers.getAcceptableMediaTypes();
        for (MediaType m : accept) {
            if (m.isWildcardType()) {
                return ModelFormat.JSON;
            }
            for (ModelFormat f : allowed) {
                if (m.isCompatible(MediaType.valueOf(f.mediaType()))) {
                    return f;
                }
            }
        }
        if (accept.isEmpty()) {
            return ModelFormat.JSON;
        }
        throw notAcceptable(String.valueOf(accept), allowed);
    }

    private static GovexException notAcceptable(String asked, Set<ModelFormat> allowed) {
        return new GovexException(ProblemKind.NOT_ACCEPTABLE, "'" + asked + "' is not offered here; choose one of "
                + allowed.stream().map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList());
    }
}
