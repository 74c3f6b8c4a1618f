package org.govex.exchange.bytes;

/** JSON's white space in UTF-8 bytes: space, tab, line feed, carriage return. */
public final class JsonSpace {

    private JsonSpace() {
    }

    /** The index of the first byte from {@code i} that is not white space (the length when there is none). */
    public static int skip(byte[] json, int i) {
        while (i < json.length) {
            byte b = json[i];
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return i;
            }
            i++;
        }
        return i;
    }
}
