package org.govex.schemas.codec;

import com.fasterxml.jackson.core.JsonGenerator;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.FieldSpec;
import org.govex.schemas.record.MonetaryAmount;
import org.govex.schemas.record.RecordShape;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/** JSON array, single object or NDJSON; field order and value forms as the record's Jackson binding. */
final class JsonRecordWriter implements RecordWriter {

    enum Mode { ARRAY, SINGLE, LINES }

    private final JsonGenerator g;
    private final Mode mode;

    JsonRecordWriter(JsonGenerator g, Mode mode) {
        this.g = g;
        this.mode = mode;
        try {
            if (mode == Mode.ARRAY) {
                g.writeStartArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void write(BaseRecord record) {
        try {
            writeObject(g, record);
            if (mode == Mode.LINES) {
                g.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T extends BaseRecord> void writeObject(JsonGenerator g, T record) throws IOException {
        RecordShape<T> shape = record.type().shape();
        g.writeStartObject();
        for (FieldSpec<T> f : shape.fields()) {
            Object v = f.get(record);
            if (v == null) {
                continue;
            }
            g.writeFieldName(f.name());
            if (v instanceof BigDecimal d) {
                g.writeNumber(d.toPlainString());
            } else if (v instanceof MonetaryAmount m) {
                g.writeStartObject();
                if (m.amount() != null) {
                    g.writeFieldName("amount");
                    g.writeNumber(m.amount().toPlainString());
                }
                if (m.currency() != null) {
                    g.writeStringField("currency", m.currency());
                }
                g.writeEndObject();
            } else {
                g.writeString(Values.text(v));
            }
        }
        g.writeEndObject();
    }

    @Override
    public void close() {
        try {
            if (mode == Mode.ARRAY) {
                g.writeEndArray();
            }
            g.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
