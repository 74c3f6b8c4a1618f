package org.govex.schemas.codec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Canonical text forms of field values shared by all codecs (XSD lexical forms). */
final class Values {

    private Values() {
    }

    static String text(Object v) {
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (v instanceof OffsetDateTime t) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return String.valueOf(v);
    }
}
