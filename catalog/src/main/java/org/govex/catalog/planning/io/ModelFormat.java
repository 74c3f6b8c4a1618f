package org.govex.catalog.planning.io;

import org.govex.catalog.planning.model.ModelBuilder;

import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/** The three forms a planning model travels in. */
public enum ModelFormat {
    JSON("application/json"),
    CSV("text/csv"),
    XLSX(XlsxSheets.MEDIA_TYPE);

    private final String mediaType;

    ModelFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public ModelBuilder read(InputStream in) {
        return switch (this) {
            case JSON -> ModelJson.read(in);
            case CSV -> ModelCsv.read(in);
            case XLSX -> ModelXlsx.read(in);
        };
    }

    /** By media type (parameters ignored) or by the short names json, csv, xlsx. */
    public static Optional<ModelFormat> of(String mediaTypeOrName) {
        if (mediaTypeOrName == null) {
            return Optional.empty();
        }
        String t = mediaTypeOrName.split(";")[0].trim().toLowerCase(Locale.ROOT);
        for (ModelFormat f : values()) {
            if (f.mediaType.equals(t) || f.name().equalsIgnoreCase(t)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
