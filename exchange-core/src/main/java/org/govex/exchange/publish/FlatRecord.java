package org.govex.exchange.publish;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.govex.exchange.bytes.ByteWords;
import org.govex.schemas.error.Violation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One record of a {@link FlatBatch} as the validator checks it: each value's span placed at its
 * data item, checked as {@link BatchValidator} checks a tree (required, blank, type, length, the
 * element rules), decoding a value only when a type or a rule reads it. Reused record after
 * record within a batch; not thread-safe.
 */
final class FlatRecord {

    private static final int ABSENT = -2;

    private final BatchValidator.Items items;
    private final SerializableString[] names;
    private final byte[][] nameBytes;
    /** Which items the element rules read (null: all of them; no rules: none). */
    private final boolean[] read;
    /** The element rules, or null. */
    private final ElementRules.Checker rules;
    private final int[] keyPositions;
    /** The k-th member's item in the record placed last: records of a batch repeat their order. */
    private final int[] predicted;
    private final int[] starts;
    private final int[] ends;
    /** Items whose canonical value is not the string as it came (a number): the value to write. */
    private final JsonNode[] typed;
    /** Items that go into the canonical record (present, not null, not blank). */
    private final boolean[] written;
    private final List<Violation> errors = new ArrayList<>();
    /** Whether the record placed last names a data item twice. */
    boolean repeated;

    FlatRecord(BatchValidator.Items items, ElementRules.Checker rules, List<String> keyFields) {
        this.items = items;
        int n = items.size();
        names = new SerializableString[n];
        nameBytes = new byte[n][];
        Set<String> reads = rules == null ? Set.of() : rules.reads();
        this.rules = rules;
        read = new boolean[n];
        for (int i = 0; i < n; i++) {
            String name = items.items[i].name();
            names[i] = new SerializedString(name);
            nameBytes[i] = name.getBytes(StandardCharsets.UTF_8);
            read[i] = reads == null || reads.contains(name);
        }
        keyPositions = new int[keyFields.size()];
        for (int k = 0; k < keyPositions.length; k++) {
            Integer at = items.position(keyFields.get(k));
            keyPositions[k] = at == null ? -1 : at;
        }
        predicted = new int[n];
        Arrays.fill(predicted, -1);
        starts = new int[n];
        ends = new int[n];
        typed = new JsonNode[n];
        written = new boolean[n];
    }

    /**
     * Places the r-th record's values at their items; names no item declares go to
     * {@code undeclared}. Whether every name was declared.
     */
    boolean place(FlatBatch batch, int r, Set<String> undeclared) {
        Arrays.fill(starts, ABSENT);
        repeated = false;
        boolean all = true;
        byte[] json = batch.json;
        for (int m = batch.firstMember(r), k = 0, end = batch.endMember(r); m < end; m++, k++) {
            int nameStart = batch.nameStart(m);
            int length = batch.nameEnd(m) - nameStart;
            int at = k < predicted.length ? predicted[k] : -1;
            if (at < 0 || nameBytes[at].length != length || !ByteWords.startsWith(json, nameStart, nameBytes[at])) {
                String name = new String(json, nameStart, length, StandardCharsets.UTF_8);
                Integer found = items.position(name);
                if (found == null) {
                    undeclared.add(name);
                    all = false;
                    continue;
                }
                at = found;
                if (k < predicted.length) {
                    predicted[k] = at;
                }
            }
            if (starts[at] != ABSENT) {
                repeated = true; // Jackson keeps the last value at the first place: the tree reads it
            }
            starts[at] = batch.valueStart(m);
            ends[at] = batch.valueEnd(m);
        }
        return all;
    }

    /** Whether the placed record breaks no rule (when it does, the tree of the record says which). */
    boolean check(byte[] json) {
        ObjectNode view = rules != null ? JsonNodeFactory.instance.objectNode() : null;
        for (int i = 0; i < starts.length; i++) {
            typed[i] = null;
            written[i] = false;
            int start = starts[i];
            int end = ends[i];
            if (start < 0 || blank(json, start, end)) {
                if (items.items[i].required()) {
                    return false;
                }
                continue;
            }
            written[i] = true;
            BatchValidator.ValueType type = items.types[i];
            Integer maxLength = items.items[i].maxLength();
            if (type == BatchValidator.ValueType.OTHER) {
                // code points are the bytes that begin a character: fewer than the bytes, so count only when it may matter
                if (maxLength != null && end - start > maxLength && FlatBatch.codePoints(json, start, end) > maxLength) {
                    return false;
                }
                if (view != null && read[i]) {
                    view.set(items.items[i].name(), TextNode.valueOf(new String(json, start, end - start, StandardCharsets.UTF_8)));
                }
                continue;
            }
            TextNode text = TextNode.valueOf(new String(json, start, end - start, StandardCharsets.UTF_8));
            errors.clear();
            JsonNode value = BatchValidator.typed(items.items[i], type, text, errors);
            if (!errors.isEmpty()) {
                return false;
            }
            if (!value.isTextual()) {
                typed[i] = value;
            }
            if (view != null && read[i]) {
                view.set(items.items[i].name(), value);
            }
        }
        return view == null || rules.check(view).isEmpty();
    }

    /** {@link BatchValidator#blank(String)} of the string between {@code start} and {@code end}, decoded only when its first character leaves it open. */
    private static boolean blank(byte[] json, int start, int end) {
        if (start == end) {
            return true;
        }
        if (BatchValidator.surelyNotBlank(FlatBatch.firstCodePoint(json, start))) {
            return false;
        }
        return new String(json, start, end - start, StandardCharsets.UTF_8).isBlank();
    }

    /** {@link BatchValidator#keyOf} of the placed record. */
    String key(byte[] json) {
        StringBuilder key = new StringBuilder();
        for (int at : keyPositions) {
            if (at < 0 || starts[at] < 0) {
                return null;
            }
            if (key.length() > 0) {
                key.append('/');
            }
            key.append(new String(json, starts[at], ends[at] - starts[at], StandardCharsets.UTF_8));
        }
        return BatchValidator.bounded(key);
    }

    /** The checked record's canonical JSON: strings copied as they came, typed values as Jackson writes them. */
    byte[] write(CanonicalWriter writer, byte[] json) {
        return writer.write(names, json, starts, ends, typed, written);
    }
}
