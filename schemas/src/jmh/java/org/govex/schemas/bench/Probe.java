package org.govex.schemas.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.govex.schemas.codec.RawRecord;
import org.govex.schemas.codec.RecordCodec;
import org.govex.schemas.codec.RecordFormat;
import org.govex.schemas.codec.RecordStream;
import org.govex.schemas.record.RecordType;
import org.govex.schemas.validation.FieldMapBinder;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Rough stage timings to find where parse time goes (not a benchmark; use JMH for figures). */
public final class Probe {
    public static void main(String[] a) throws Exception {
        RecordType t = RecordType.valueOf(a.length > 0 ? a[0] : "PERSON");
        byte[] json = Batches.bytes(t, RecordFormat.JSON, 1000);
        RecordCodec codec = RecordCodec.standard();
        JsonFactory f = new JsonFactory();
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                try (JsonParser p = f.createParser(json)) {
                    while (p.nextToken() != null) {
                        if (p.currentToken() == JsonToken.VALUE_STRING) {
                            p.getText();
                        }
                    }
                }
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                try (RecordStream s = codec.open(t, RecordFormat.JSON, new ByteArrayInputStream(json))) {
                    while (s.hasNext()) {
                        s.next();
                    }
                }
            }
            long t2 = System.nanoTime();
            List<RawRecord> raws = new ArrayList<>();
            try (RecordStream s = codec.open(t, RecordFormat.JSON, new ByteArrayInputStream(json))) {
                while (s.hasNext()) {
                    raws.add(s.next());
                }
            }
            long t3 = System.nanoTime();
            for (int i = 0; i < 200; i++) {
                for (RawRecord r : raws) {
                    FieldMapBinder.bind(t, r.fields(), new ArrayList<>(), Locale.ENGLISH);
                }
            }
            long t4 = System.nanoTime();
            System.out.printf("tokens %.2f us/rec, codec maps %.2f us/rec, bind %.2f us/rec%n",
                    (t1 - t0) / 200e6, (t2 - t1) / 200e6, (t4 - t3) / 200e6);
        }
    }
}
