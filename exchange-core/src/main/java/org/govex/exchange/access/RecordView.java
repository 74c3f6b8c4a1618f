package org.govex.exchange.access;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import jakarta.enterprise.context.ApplicationScoped;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** What a grant lets a consumer see of a record: the granted fields, sensitive ones masked. */
@ApplicationScoped
public class RecordView {

    /**
     * The projection of a grant worked out once (fields in the grant's order, each with its mask
     * rule or none), then applied to every record read under it.
     */
    public Projection compile(ResourceDefinition resource, AccessRequest grant) {
        List<String> fields = grant.grantedFields();
        String[] names = new String[fields.size()];
        MaskRule[] rules = new MaskRule[fields.size()];
        for (int i = 0; i < names.length; i++) {
            String field = fields.get(i);
            DataItemDefinition item = resource.item(field).orElse(null);
            boolean masked = item != null && item.sensitive()
                    && (grant.unmaskedFields() == null || !grant.unmaskedFields().contains(field));
            names[i] = field;
            rules[i] = masked ? MaskRule.forItem(item) : null;
        }
        return new Projection(names, rules);
    }

    /** A compiled projection: the granted fields of a record, sensitive values masked. */
    public static final class Projection {
        /** Reads a masked value that holds escapes: canonical JSON the hub wrote itself. */
        private static final JsonFactory RECORDS = new JsonFactory();
        /** The granted fields' names as UTF-8, in the grant's order. */
        private final byte[][] names;
        /** What goes before each granted value: {@code "name":}. */
        private final byte[][] heads;
        private final MaskRule[] rules;
        /** Open addressing by the name's bytes: slot → position in {@link #names} + 1, 0 for none. */
        private final int[] slots;

        private Projection(String[] names, MaskRule[] rules) {
            this.rules = rules;
            this.names = new byte[names.length][];
            this.heads = new byte[names.length][];
            this.slots = new int[Integer.highestOneBit(Math.max(1, names.length) * 4 - 1) << 1];
            for (int i = 0; i < names.length; i++) {
                this.names[i] = names[i].getBytes(StandardCharsets.UTF_8);
                this.heads[i] = ("\"" + new String(JsonStringEncoder.getInstance().quoteAsString(names[i])) + "\":")
                        .getBytes(StandardCharsets.UTF_8);
                byte[] n = this.names[i];
                int slot = hash(n, 0, n.length) & (slots.length - 1);
                while (slots[slot] != 0) {
                    slot = (slot + 1) & (slots.length - 1);
                }
                slots[slot] = i + 1;
            }
        }

        /** Of a name's length and its first and last bytes: enough to tell a record's names apart, and no loop. */
        private static int hash(byte[] b, int from, int to) {
            return to == from ? 0 : (to - from) * 961 + b[from] * 31 + b[to - 1];
        }

        /** The granted position of the name between {@code from} and {@code to}, or -1. */
        private int position(byte[] json, int from, int to) {
            int mask = slots.length - 1;
            for (int slot = hash(json, from, to) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
                byte[] n = names[slots[slot] - 1];
                if (Arrays.equals(json, from, to, n, 0, n.length)) {
                    return slots[slot] - 1;
                }
            }
            return -1;
        }

        /**
         * Writes the projected record as one JSON object, as UTF-8, from the record's journal JSON
         * (UTF-8): granted fields in the grant's order, every unmasked value (a null, a nested
         * object) copied as journaled, byte for byte; only a sensitive value is read, masked and
         * written again. One pass over the record finds the members ({@link JsonMembers}): no
         * parser, no tree, no string for a value that is not masked. Names are matched by their
         * bytes as written: a data item whose name JSON must escape (a quote, a control
         * character) would not be found.
         */
        public void write(byte[] payload, OutputStream out) throws IOException {
            int[] spans = new int[2 * names.length]; // value start and end per granted field; end 0: absent
            JsonMembers.forEach(payload, (json, nameStart, nameEnd, valueStart, valueEnd) -> {
                int at = position(json, nameStart, nameEnd);
                if (at >= 0) {
                    spans[2 * at] = valueStart;
                    spans[2 * at + 1] = valueEnd;
                }
            });
            out.write('{');
            boolean first = true;
            for (int i = 0; i < names.length; i++) {
                int start = spans[2 * i];
                int end = spans[2 * i + 1];
                if (end == 0) {
                    continue;
                }
                if (!first) {
                    out.write(',');
                }
                first = false;
                out.write(heads[i]);
                byte b = payload[start];
                if (rules[i] == null || b == '{' || b == '[' || (b == 'n' && end - start == 4)) {
                    out.write(payload, start, end - start); // a null stays null, a nested value goes out as it is
                } else {
                    String text = b == '"' ? text(payload, start, end) : new String(payload, start, end - start, StandardCharsets.UTF_8);
                    out.write('"');
                    out.write(quoted(rules[i].mask(text)));
                    out.write('"');
                }
            }
            out.write('}');
        }

        /** The UTF-8 of a JSON string's content: as it is unless a character needs an escape or is a surrogate. */
        private static byte[] quoted(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                    return JsonStringEncoder.getInstance().quoteAsUTF8(s);
                }
            }
            return s.getBytes(StandardCharsets.UTF_8);
        }

        /** The text of the JSON string between {@code start} (its opening quote) and {@code end} (past its closing one). */
        private static String text(byte[] json, int start, int end) throws IOException {
            for (int i = start + 1; i < end - 1; i++) {
                if (json[i] == '\\') {
                    try (JsonParser p = RECORDS.createParser(json, start, end - start)) {
                        p.nextToken();
                        return p.getText();
                    }
                }
            }
            return new String(json, start + 1, end - start - 2, StandardCharsets.UTF_8);
        }
    }
}
