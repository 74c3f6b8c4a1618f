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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a grant lets a consumer see of a record: the granted fields, sensitive ones masked. A
 * record is {@link #locate located} once (where each of its resource's data items lies in its
 * JSON, each masked value made once) for every view that projects it.
 */
@ApplicationScoped
public class RecordView {

    /** Each resource's data item names as last compiled: views of one resource share them, so they share located records. */
    private final Map<String, Names> itemNames = new ConcurrentHashMap<>();

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
        return new Projection(names, rules, itemsOf(resource));
    }

    /** The resource's item names, the same instance for every view while its items stay as they are. */
    private Names itemsOf(ResourceDefinition resource) {
        List<DataItemDefinition> items = resource.dataItems();
        return itemNames.compute(resource.code(), (code, known) -> known != null && known.items.equals(items) ? known
                : new Names(items.stream().map(DataItemDefinition::name).toArray(String[]::new), List.copyOf(items)));
    }

    /**
     * Names looked up by their UTF-8 bytes as a record's JSON holds them: open addressing over the
     * name's length and its first and last bytes. A name that JSON must escape (a quote, a control
     * character) is not found.
     */
    static final class Names {
        /** The names as UTF-8. */
        final byte[][] utf8;
        /** The data items the names are of (empty for a grant's fields). */
        final List<DataItemDefinition> items;
        /** Slot → position in {@link #utf8} + 1, 0 for none. */
        private final int[] slots;

        Names(String[] names, List<DataItemDefinition> items) {
            this.items = items;
            this.utf8 = new byte[names.length][];
            this.slots = new int[Integer.highestOneBit(Math.max(1, names.length) * 4 - 1) << 1];
            for (int i = 0; i < names.length; i++) {
                byte[] n = names[i].getBytes(StandardCharsets.UTF_8);
                utf8[i] = n;
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

        /** The position of the name between {@code from} and {@code to}, or -1. */
        int position(byte[] json, int from, int to) {
            int mask = slots.length - 1;
            for (int slot = hash(json, from, to) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
                byte[] n = utf8[slots[slot] - 1];
                if (Arrays.equals(json, from, to, n, 0, n.length)) {
                    return slots[slot] - 1;
                }
            }
            return -1;
        }

        int size() {
            return utf8.length;
        }
    }

    /**
     * A journaled record with its members found once ({@link JsonMembers}): where the value of each
     * of its resource's data items lies, and each sensitive value masked when a view first asks for
     * it. Views of one resource share it: a record read by three views is scanned once, and a value
     * two of them mask is masked once. For one thread at a time (the reader making the events).
     */
    public static final class Located {
        final Names items;
        final byte[] payload;
        /** Value start and end per item; end 0: the record does not hold it. */
        private final int[] spans;
        /** Per item, its value masked as written (quotes included), once a view asked for it. */
        private final byte[][] masked;

        private Located(Names items, byte[] payload) throws IOException {
            this.items = items;
            this.payload = payload;
            this.spans = new int[2 * items.size()];
            this.masked = new byte[items.size()][];
            JsonMembers.forEach(payload, (json, nameStart, nameEnd, valueStart, valueEnd) -> {
                int at = items.position(json, nameStart, nameEnd);
                if (at >= 0) {
                    spans[2 * at] = valueStart;
                    spans[2 * at + 1] = valueEnd;
                }
            });
        }

        /** The item's value masked by {@code rule} (the same rule for an item in every view), made once. */
        byte[] masked(int item, MaskRule rule) throws IOException {
            byte[] m = masked[item];
            if (m == null) {
                m = Projection.maskedValue(payload, spans[2 * item], spans[2 * item + 1], rule);
                masked[item] = m;
            }
            return m;
        }
    }

    /** A compiled projection: the granted fields of a record, sensitive values masked. */
    public static final class Projection {
        /** Reads a masked value that holds escapes: canonical JSON the hub wrote itself. */
        private static final JsonFactory RECORDS = new JsonFactory();
        /** The granted fields' names, in the grant's order. */
        private final Names names;
        /** What goes before each granted value: {@code "name":}. */
        private final byte[][] heads;
        private final MaskRule[] rules;
        /** The resource's items, and each granted field's position among them; null when a granted field is no item. */
        private final Names items;
        private final int[] itemOf;

        private Projection(String[] names, MaskRule[] rules, Names items) {
            this.rules = rules;
            this.names = new Names(names, List.of());
            this.heads = new byte[names.length][];
            int[] itemOf = new int[names.length];
            boolean allItems = true;
            for (int i = 0; i < names.length; i++) {
                this.heads[i] = ("\"" + new String(JsonStringEncoder.getInstance().quoteAsString(names[i])) + "\":")
                        .getBytes(StandardCharsets.UTF_8);
                byte[] n = this.names.utf8[i];
                itemOf[i] = items.position(n, 0, n.length);
                // a field granted twice is written once (as the first), which only the lookup by name does
                allItems &= itemOf[i] >= 0 && this.names.position(n, 0, n.length) == i;
            }
            this.items = allItems ? items : null;
            this.itemOf = itemOf;
        }

        /**
         * The record located for this projection and every other of its resource's views: pass the
         * result to {@link #write(Located, OutputStream)} of any of them.
         */
        public Located locate(byte[] payload) throws IOException {
            return new Located(items != null ? items : names, payload);
        }

        /** Whether {@code located} serves this projection (located for a view of the same resource items). */
        public boolean serves(Located located) {
            return located.items == items || located.items == names;
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
            write(new Located(names, payload), out);
        }

        /** As {@link #write(byte[], OutputStream)}, of a record located already; it must be one this projection {@link #serves}. */
        public void write(Located record, OutputStream out) throws IOException {
            boolean byItem = record.items == items;
            if (!byItem && record.items != names) {
                throw new IllegalArgumentException("a record located for another resource's items");
            }
            byte[] payload = record.payload;
            out.write('{');
            boolean first = true;
            for (int i = 0; i < heads.length; i++) {
                int at = byItem ? itemOf[i] : i;
                int start = record.spans[2 * at];
                int end = record.spans[2 * at + 1];
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
                    out.write(record.masked(at, rules[i])); // by item or by granted field: one rule each
                }
            }
            out.write('}');
        }

        /** The scalar value between {@code start} and {@code end} masked, as a JSON string. */
        static byte[] maskedValue(byte[] payload, int start, int end, MaskRule rule) throws IOException {
            String text = payload[start] == '"' ? text(payload, start, end) : new String(payload, start, end - start, StandardCharsets.UTF_8);
            byte[] content = quoted(rule.mask(text));
            byte[] value = new byte[content.length + 2];
            value[0] = '"';
            System.arraycopy(content, 0, value, 1, content.length);
            value[value.length - 1] = '"';
            return value;
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
