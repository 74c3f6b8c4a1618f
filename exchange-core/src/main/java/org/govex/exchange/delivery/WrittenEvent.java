package org.govex.exchange.delivery;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An event already written as JSON, with its UTF-8 bytes made once: Jackson writes it raw into
 * every response and webhook batch that carries it ({@code SerializedString} would encode it
 * again on each raw write). The quoted forms, which raw writing never asks for, are delegated.
 * Its data (the projected record) can be read back without parsing the envelope.
 */
final class WrittenEvent implements SerializableString {

    private final byte[] utf8;
    /** Where the event's data begins (it is the envelope's last member, before the closing brace). */
    private final int dataStart;
    /** The text, made only if a character-based writer asks for it. */
    private volatile String json;

    /** {@code dataStart}: the offset of the data's first byte (the envelope writes {@code "data":} raw before it). */
    WrittenEvent(byte[] utf8, int dataStart) {
        this.utf8 = utf8;
        this.dataStart = dataStart;
    }

    /** The event's data as UTF-8 JSON (a copy). */
    byte[] data() {
        return java.util.Arrays.copyOfRange(utf8, dataStart, utf8.length - 1);
    }

    @Override
    public String getValue() {
        String s = json;
        if (s == null) {
            s = new String(utf8, StandardCharsets.UTF_8);
            json = s;
        }
        return s;
    }

    @Override
    public int charLength() {
        return getValue().length();
    }

    @Override
    public byte[] asUnquotedUTF8() {
        return utf8;
    }

    @Override
    public int appendUnquotedUTF8(byte[] buffer, int offset) {
        if (offset + utf8.length > buffer.length) {
            return -1;
        }
        System.arraycopy(utf8, 0, buffer, offset, utf8.length);
        return utf8.length;
    }

    @Override
    public int appendUnquoted(char[] buffer, int offset) {
        String s = getValue();
        if (offset + s.length() > buffer.length) {
            return -1;
        }
        s.getChars(0, s.length(), buffer, offset);
        return s.length();
    }

    @Override
    public int writeUnquotedUTF8(OutputStream out) throws IOException {
        out.write(utf8);
        return utf8.length;
    }

    @Override
    public int putUnquotedUTF8(ByteBuffer buffer) {
        if (utf8.length > buffer.remaining()) {
            return -1;
        }
        buffer.put(utf8);
        return utf8.length;
    }

    private SerializedString quoted() {
        return new SerializedString(getValue());
    }

    @Override
    public char[] asQuotedChars() {
        return quoted().asQuotedChars();
    }

    @Override
    public byte[] asQuotedUTF8() {
        return quoted().asQuotedUTF8();
    }

    @Override
    public int appendQuotedUTF8(byte[] buffer, int offset) {
        return quoted().appendQuotedUTF8(buffer, offset);
    }

    @Override
    public int appendQuoted(char[] buffer, int offset) {
        return quoted().appendQuoted(buffer, offset);
    }

    @Override
    public int writeQuotedUTF8(OutputStream out) throws IOException {
        return quoted().writeQuotedUTF8(out);
    }

    @Override
    public int putQuotedUTF8(ByteBuffer buffer) throws IOException {
        return quoted().putQuotedUTF8(buffer);
    }

    @Override
    public String toString() {
        return getValue();
    }
}
