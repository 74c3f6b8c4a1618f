package org.govex.exchange.access;

import org.govex.exchange.bytes.ByteWords;
import org.govex.exchange.bytes.JsonSpace;

import java.io.IOException;

/**
 * Finds the members of one JSON object in its UTF-8 bytes without decoding them: where each
 * member's name and value begin and end, so a projection can copy granted values as they are
 * and decode only the ones it masks. For the hub's own journal records (well-formed JSON the
 * validator wrote), it checks structure only as far as it must to find the members: malformed
 * input ends in an {@link IOException}, never a loop or an index out of bounds.
 */
final class JsonMembers {

    private JsonMembers() {
    }

    /** Receives each member: the name's bytes between its quotes, the value's bytes from its first to past its last. */
    interface Visitor {
        void member(byte[] json, int nameStart, int nameEnd, int valueStart, int valueEnd) throws IOException;
    }

    /** Visits the members of the object that {@code json} holds, in order. */
    static void forEach(byte[] json, Visitor visitor) throws IOException {
        int n = json.length;
        int i = JsonSpace.skip(json, 0);
        if (i >= n || json[i] != '{') {
            throw new IOException("a journal record is a JSON object");
        }
        i = JsonSpace.skip(json, i + 1);
        if (i < n && json[i] == '}') {
            return;
        }
        while (true) {
            if (i >= n || json[i] != '"') {
                throw new IOException("a member name expected at byte " + i);
            }
            int nameStart = i + 1;
            int nameEnd = stringEnd(json, i);
            i = JsonSpace.skip(json, nameEnd + 1);
            if (i >= n || json[i] != ':') {
                throw new IOException("':' expected at byte " + i);
            }
            int valueStart = JsonSpace.skip(json, i + 1);
            int valueEnd = valueEnd(json, valueStart);
            visitor.member(json, nameStart, nameEnd, valueStart, valueEnd);
            i = JsonSpace.skip(json, valueEnd);
            if (i < n && json[i] == ',') {
                i = JsonSpace.skip(json, i + 1);
            } else if (i < n && json[i] == '}') {
                return;
            } else {
                throw new IOException("',' or '}' expected at byte " + i);
            }
        }
    }


    private static final long QUOTES = ByteWords.repeated((byte) '"');
    private static final long BACKSLASHES = ByteWords.repeated((byte) '\\');

    /**
     * The index of the closing quote of the string whose opening quote is at {@code open}, read
     * eight bytes at a time ({@link ByteWords}): the first flag of either search is the first quote
     * or backslash. A byte of a multi-byte UTF-8 character (0x80 and up) is never either.
     */
    static int stringEnd(byte[] json, int open) throws IOException {
        int i = open + 1;
        while (i + Long.BYTES <= json.length) {
            long word = ByteWords.word(json, i);
            long flags = ByteWords.flags(word, QUOTES) | ByteWords.flags(word, BACKSLASHES);
            if (flags == 0) {
                i += Long.BYTES;
                continue;
            }
            int at = i + ByteWords.firstFlagged(flags);
            if (json[at] == '"') {
                return at;
            }
            i = at + 2; // a backslash and the character it escapes (the hex digits of a unicode escape are no quote)
        }
        for (; i < json.length; i++) {
            byte c = json[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\') {
                i++;
            }
        }
        throw new IOException("an unterminated string at byte " + open);
    }

    /** Past the last byte of the value that begins at {@code start}. */
    static int valueEnd(byte[] json, int start) throws IOException {
        if (start >= json.length) {
            throw new IOException("a value expected at the end");
        }
        byte b = json[start];
        if (b == '"') {
            return stringEnd(json, start) + 1;
        }
        if (b == '{' || b == '[') {
            int depth = 0;
            for (int i = start; i < json.length; i++) {
                byte c = json[i];
                if (c == '"') {
                    i = stringEnd(json, i);
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        return i + 1;
                    }
                }
            }
            throw new IOException("an unterminated object or array at byte " + start);
        }
        int i = start;
        while (i < json.length) {
            byte c = json[i];
            if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                break;
            }
            i++;
        }
        if (i == start) {
            throw new IOException("a value expected at byte " + start);
        }
        return i;
    }
}
