package org.govex.exchange.bytes;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Looks for a byte eight bytes at a time. For a word {@code w} and a byte repeated in every byte
 * of {@code p}, {@code x = w ^ p} has a zero byte exactly where {@code w} holds that byte, and
 * {@code (x - 0x0101…) & ~x & 0x8080…} is non-zero exactly when {@code x} has a zero byte; its
 * lowest set bit marks the first one (a borrow only runs towards higher bytes, so flags above the
 * first zero byte may be false, the lowest never is). Words are read little-endian, so the lowest
 * byte of a word is the first in the array.
 */
public final class ByteWords {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    private ByteWords() {
    }

    /** {@code b} in every byte of a word. */
    public static long repeated(byte b) {
        return (b & 0xFFL) * ONES;
    }

    /** The eight bytes from {@code at} as a word (the first byte lowest). */
    public static long word(byte[] bytes, int at) {
        return (long) LONGS.get(bytes, at);
    }

    /** Non-zero when {@code word} holds the byte {@code pattern} repeats; the lowest set bit marks the first. */
    public static long flags(long word, long pattern) {
        long x = word ^ pattern;
        return (x - ONES) & ~x & HIGH_BITS;
    }

    /** Whether {@code b} from {@code from} holds the bytes of {@code a} (as many as {@code a} has; the caller checks there are). */
    public static boolean startsWith(byte[] b, int from, byte[] a) {
        int n = a.length;
        int i = 0;
        for (; i + Long.BYTES <= n; i += Long.BYTES) {
            if (word(a, i) != word(b, from + i)) {
                return false;
            }
        }
        for (; i < n; i++) {
            if (a[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    /** The index within the word of the first flagged byte ({@code flags} non-zero). */
    public static int firstFlagged(long flags) {
        return Long.numberOfTrailingZeros(flags) >>> 3;
    }
}
