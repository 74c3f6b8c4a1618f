package org.govex.exchange.publish;

import org.govex.exchange.bytes.ByteWords;
import org.govex.exchange.bytes.JsonSpace;

import java.util.Arrays;

/**
 * A JSON batch read without a parser: an array of flat records whose values are all strings or
 * nulls, kept as spans of the request's UTF-8 bytes, so the validator decodes only the values its
 * rules read and copies the others into the canonical record as they came. {@link #scan} takes
 * only what it can vouch for: strings without escapes or control characters, in well-formed
 * UTF-8 of the Basic Multilingual Plane (no surrogate code points, no overlong forms, no
 * four-byte characters such as 𠮷), names of at most {@value #MAX_NAME} bytes. Anything else — a number, a boolean, a nested value, an escape, malformed JSON — and it
 * answers null: the batch then goes through Jackson, which reads the rest and words the errors.
 */
final class FlatBatch implements ParsedBatch {

    /** Longer names go through Jackson (its name-length limit words the error). */
    static final int MAX_NAME = 1_000;
    /** A member's value span when the value is {@code null}. */
    static final int NULL = -1;

    private static final long QUOTES = ByteWords.repeated((byte) '"');
    private static final long BACKSLASHES = ByteWords.repeated((byte) '\\');
    private static final long SPACES = ByteWords.repeated((byte) 0x20);
    private static final long HIGH_BITS = 0x8080808080808080L;

    final byte[] json;
    private int records;
    /** Per record: where its object begins and ends (past the '}'), and its first member. */
    private int[] recordSpans = new int[3 * 64];
    private int members;
    /** Per member: name start and end (between the quotes), value start and end (a string's content; {@link #NULL} for null). */
    private int[] memberSpans = new int[4 * 2048];

    private FlatBatch(byte[] json) {
        this.json = json;
    }

    int size() {
        return records;
    }

    int recordStart(int r) {
        return recordSpans[3 * r];
    }

    int recordEnd(int r) {
        return recordSpans[3 * r + 1];
    }

    int firstMember(int r) {
        return recordSpans[3 * r + 2];
    }

    /** The index past the record's last member. */
    int endMember(int r) {
        return r + 1 < records ? recordSpans[3 * (r + 1) + 2] : members;
    }

    int nameStart(int m) {
        return memberSpans[4 * m];
    }

    int nameEnd(int m) {
        return memberSpans[4 * m + 1];
    }

    int valueStart(int m) {
        return memberSpans[4 * m + 2];
    }

    int valueEnd(int m) {
        return memberSpans[4 * m + 3];
    }

    /** The batch's records as spans, or null when the body is not an array of flat records this reader takes. */
    static FlatBatch scan(byte[] json, int maxRecords) {
        FlatBatch b = new FlatBatch(json);
        int n = json.length;
        int i = JsonSpace.skip(json, 0);
        if (i >= n || json[i] != '[') {
            return null;
        }
        i = JsonSpace.skip(json, i + 1);
        if (i >= n || json[i] != '{') {
            return null; // an empty array, or an element that is not an object: Jackson's words
        }
        while (true) {
            if (b.records == maxRecords) {
                return null; // the parser refuses the batch as too large
            }
            int recordStart = i;
            b.addRecord(recordStart);
            i = JsonSpace.skip(json, i + 1);
            if (i < n && json[i] != '}') {
                while (true) {
                    if (i >= n || json[i] != '"') {
                        return null;
                    }
                    int nameStart = i + 1;
                    int nameEnd = stringEnd(json, nameStart);
                    if (nameEnd < 0 || nameEnd - nameStart > MAX_NAME) {
                        return null;
                    }
                    i = JsonSpace.skip(json, nameEnd + 1);
                    if (i >= n || json[i] != ':') {
                        return null;
                    }
                    i = JsonSpace.skip(json, i + 1);
                    if (i >= n) {
                        return null;
                    }
                    if (json[i] == '"') {
                        int end = stringEnd(json, i + 1);
                        if (end < 0) {
                            return null;
                        }
                        b.addMember(nameStart, nameEnd, i + 1, end);
                        i = end + 1;
                    } else if (i + 4 <= n && json[i] == 'n' && json[i + 1] == 'u' && json[i + 2] == 'l' && json[i + 3] == 'l') {
                        b.addMember(nameStart, nameEnd, NULL, NULL);
                        i += 4;
                    } else {
                        return null; // a number, a boolean, a nested value: Jackson's
                    }
                    i = JsonSpace.skip(json, i);
                    if (i < n && json[i] == ',') {
                        i = JsonSpace.skip(json, i + 1);
                    } else if (i < n && json[i] == '}') {
                        break;
                    } else {
                        return null;
                    }
                }
            }
            if (i >= n) {
                return null;
            }
            b.recordSpans[3 * (b.records - 1) + 1] = i + 1; // past the '}'
            i = JsonSpace.skip(json, i + 1);
            if (i < n && json[i] == ',') {
                i = JsonSpace.skip(json, i + 1);
                if (i >= n || json[i] != '{') {
                    return null;
                }
            } else if (i < n && json[i] == ']') {
                return JsonSpace.skip(json, i + 1) == n ? b : null;
            } else {
                return null;
            }
        }
    }

    private void addRecord(int start) {
        if (3 * records + 3 > recordSpans.length) {
            recordSpans = Arrays.copyOf(recordSpans, recordSpans.length * 2);
        }
        recordSpans[3 * records] = start;
        recordSpans[3 * records + 2] = members;
        records++;
    }

    private void addMember(int nameStart, int nameEnd, int valueStart, int valueEnd) {
        if (4 * members + 4 > memberSpans.length) {
            // grown to what the bytes read so far promise for the whole body, not by doubling
            // (a batch of 1,000 1-KB records has 34,000 members: five copies by doubling)
            long promised = (long) members * json.length / Math.max(1, nameEnd) + members / 16 + 64;
            memberSpans = Arrays.copyOf(memberSpans, (int) Math.min(Integer.MAX_VALUE - 8, 4 * Math.max(promised, 2L * members)));
        }
        int at = 4 * members;
        memberSpans[at] = nameStart;
        memberSpans[at + 1] = nameEnd;
        memberSpans[at + 2] = valueStart;
        memberSpans[at + 3] = valueEnd;
        members++;
    }


    /**
     * The index of the quote that closes the string whose content begins at {@code i}, or -1 if
     * the string holds an escape, a control character or malformed UTF-8, or does not end. Eight
     * bytes at a time while they are plain ASCII ({@link ByteWords}).
     */
    static int stringEnd(byte[] json, int i) {
        int n = json.length;
        while (i < n) {
            if (i + Long.BYTES <= n) {
                long w = ByteWords.word(json, i);
                // all below 0x80, none below 0x20 (no borrow runs when every byte is at least 0x20), no quote, no backslash
                if ((w & HIGH_BITS) == 0 && ((w - SPACES) & HIGH_BITS) == 0
                        && (ByteWords.flags(w, QUOTES) | ByteWords.flags(w, BACKSLASHES)) == 0) {
                    i += Long.BYTES;
                    continue;
                }
            }
            int b = json[i];
            if (b >= 0) {
                if (b == '"') {
                    return i;
                }
                if (b == '\\' || b < 0x20) {
                    return -1;
                }
                i++;
            } else {
                i = pastCharacter(json, i, b & 0xFF);
                if (i < 0) {
                    return -1;
                }
            }
        }
        return -1;
    }

    /**
     * Past the two- or three-byte UTF-8 character whose lead byte {@code lead} is at {@code i}; -1
     * when it is malformed, or a four-byte character: Jackson writes those (a surrogate pair in
     * Java) as two escapes (backslash, u, four hex digits), so such a string is not its own canonical form.
     */
    private static int pastCharacter(byte[] json, int i, int lead) {
        int n = json.length;
        if (lead >= 0xC2 && lead <= 0xDF) {
            return i + 1 < n && continuation(json[i + 1]) ? i + 2 : -1;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            if (i + 2 >= n || !continuation(json[i + 1]) || !continuation(json[i + 2])) {
                return -1;
            }
            int second = json[i + 1] & 0xFF;
            if (lead == 0xE0 && second < 0xA0 || lead == 0xED && second > 0x9F) {
                return -1; // overlong, or a surrogate code point
            }
            return i + 3;
        }
        return -1;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    /** The characters (code points) of UTF-8 that {@link #scan} took between {@code from} and {@code to}: the bytes that begin one. */
    static int codePoints(byte[] json, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if ((json[i] & 0xC0) != 0x80) {
                count++;
            }
        }
        return count;
    }

    /**
     * The first character of the non-empty UTF-8 at {@code from} that {@link #scan} took (one to
     * three bytes), as {@link String#charAt} of its text would give.
     */
    static int firstCodePoint(byte[] json, int from) {
        int lead = json[from] & 0xFF;
        if (lead < 0x80) {
            return lead;
        }
        if (lead < 0xE0) {
            return (lead & 0x1F) << 6 | json[from + 1] & 0x3F;
        }
        return (lead & 0x0F) << 12 | (json[from + 1] & 0x3F) << 6 | json[from + 2] & 0x3F;
    }
}
