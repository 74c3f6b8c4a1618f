package org.govex.schemas.codec;

import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Counts bytes against {@code maxDocumentBytes} and checks that the bytes are well-formed UTF-8
 * (no overlong forms, surrogates or code points above U+10FFFF) as they are read, so every
 * parser behind it sees either valid UTF-8 or a clear error.
 */
final class GuardedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long count;
    private int pending;     // continuation bytes still expected
    private int lowerBound = 0x80;  // allowed range of the next continuation byte
    private int upperBound = 0xBF;

    GuardedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            if (++count > maxBytes) {
                throw tooLarge(maxBytes);
            }
            check(b, count);
        } else {
            end();
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
            end();
            return n;
        }
        if (count + n > maxBytes) {
            count = maxBytes;
            throw tooLarge(maxBytes);
        }
        int end = off + n;
        for (int i = off; i < end; i++) {
            byte b = buf[i];
            if (b >= 0 && pending == 0) {
                continue; // ASCII fast path
            }
            check(b & 0xFF, count + (i - off) + 1);
        }
        count += n;
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[(int) Math.min(n, 8192)];
        int r = read(sink, 0, sink.length);
        return Math.max(r, 0);
    }

    /** Advances the UTF-8 state machine by one byte at 1-based position {@code at}. */
    private void check(int b, long at) {
        if (pending > 0) {
            if (b < lowerBound || b > upperBound) {
                throw invalid(at);
            }
            lowerBound = 0x80;
            upperBound = 0xBF;
            pending--;
            return;
        }
        if (b < 0x80) {
            return;
        }
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            pending = 2;
            if (b == 0xE0) {
                lowerBound = 0xA0;
            } else if (b == 0xED) {
                upperBound = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            pending = 3;
            if (b == 0xF0) {
                lowerBound = 0x90;
            } else if (b == 0xF4) {
                upperBound = 0x8F;
            }
        } else {
            throw invalid(at);
        }
    }

    private void end() {
        if (pending > 0) {
            throw invalid(count);
        }
    }

    private GovexException invalid(long at) {
        return new GovexException(ProblemKind.UNREADABLE, "utf-8",
                "The body is not valid UTF-8 (malformed byte sequence at byte " + at + ")", List.of(), null);
    }

    static GovexException tooLarge(long maxBytes) {
        return new GovexException(ProblemKind.TOO_LARGE, "maxDocumentBytes",
                "The document exceeds maxDocumentBytes (" + maxBytes + " bytes)", List.of(), null);
    }
}
