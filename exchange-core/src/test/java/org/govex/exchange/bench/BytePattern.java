package org.govex.exchange.bench;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An ASCII pattern found in bytes by Horspool's search, which skips up to the pattern's length per
 * step (the harness scans every delivered byte; a byte-by-byte scan was most of its own CPU, which
 * it takes from the hub on these two cores).
 */
final class BytePattern {

    private final byte[] what;
    private final int[] skip = new int[256];

    BytePattern(String ascii) {
        what = ascii.getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(skip, what.length);
        for (int k = 0; k < what.length - 1; k++) {
            skip[what[k] & 0xff] = what.length - 1 - k;
        }
    }

    int length() {
        return what.length;
    }

    /** Where the pattern next starts in {@code b[from, to)} (it must end before {@code to}), -1 if nowhere. */
    int in(byte[] b, int from, int to) {
        int last = what.length - 1;
        for (int i = Math.max(0, from); i <= Math.min(to, b.length) - what.length; i += skip[b[i + last] & 0xff]) {
            int j = last;
            while (j >= 0 && b[i + j] == what[j]) {
                j--;
            }
            if (j < 0) {
                return i;
            }
        }
        return -1;
    }
}
