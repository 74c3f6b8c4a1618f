package org.govex.catalog.planning.model;

import java.util.Optional;

/** A cell of the U/C matrix: the process creates (C) or uses (U) the data class. */
public enum Usage {
    C, U;

    /** Reads C / U (either case, also 创建 / 使用); empty for anything else. */
    public static Optional<Usage> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        return switch (s.trim()) {
            case "C", "c", "创建" -> Optional.of(C);
            case "U", "u", "使用" -> Optional.of(U);
            default -> Optional.empty();
        };
    }
}
