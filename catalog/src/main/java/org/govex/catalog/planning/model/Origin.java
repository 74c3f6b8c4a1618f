package org.govex.catalog.planning.model;

/**
 * Where a loaded row came from, so that a broken rule can be reported by sheet, row and column
 * (a spreadsheet or CSV row) or by JSON pointer.
 */
public interface Origin {

    /** A compact reference for a violation's field, e.g. {@code processes!C7} or {@code /processes/3/domain}. */
    String field(String column);

    /** A human description, e.g. {@code sheet 'processes', row 7, column C (domain)}. */
    String describe(String column);

    /** A spreadsheet or CSV row; {@code columnLetters} maps a column name to its letter (or position). */
    record Row(String sheet, int row, java.util.function.Function<String, String> columnLetters) implements Origin {
        @Override
        public String field(String column) {
            return sheet + "!" + columnLetters.apply(column) + row;
        }

        @Override
        public String describe(String column) {
            return "sheet '" + sheet + "', row " + row + ", column " + columnLetters.apply(column) + " (" + column + ")";
        }
    }

    /** An element of a JSON document, by JSON pointer. */
    record Json(String pointer) implements Origin {
        @Override
        public String field(String column) {
            return pointer + "/" + column;
        }

        @Override
        public String describe(String column) {
            return "JSON " + pointer + "/" + column;
        }
    }
}
