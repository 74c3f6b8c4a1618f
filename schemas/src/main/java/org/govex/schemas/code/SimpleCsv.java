package org.govex.schemas.code;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small code-list CSVs shipped in this module (header row, optional double quotes, no embedded commas). */
final class SimpleCsv {

    private SimpleCsv() {
    }

    static List<String[]> rows(String resource) {
        InputStream in = SimpleCsv.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing code list resource " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                for (int i = 0; i < cells.length; i++) {
                    String c = cells[i].trim();
                    if (c.length() >= 2 && c.charAt(0) == '"' && c.charAt(c.length() - 1) == '"') {
                        c = c.substring(1, c.length() - 1);
                    }
                    cells[i] = c;
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
