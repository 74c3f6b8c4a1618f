package org.govex.exchange.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.govex.exchange.support.TestPersons;
import org.govex.schemas.record.RecordType;
import org.govex.schemas.validation.RecordValidator;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Locale;
import java.util.Map;

public class Probe {
    public static void main(String[] a) throws Exception {
        ObjectMapper json = new ObjectMapper();
        RecordValidator v = RecordValidator.standard();
        for (int round = 0; round < 3; round++) {
            long t0 = System.nanoTime();
            JsonNode arr = json.readTree(TestPersons.array(round * 10000, 10000));
            long t1 = System.nanoTime();
            int bad = 0;
            for (JsonNode r : arr) {
                @SuppressWarnings("unchecked") Map<String, Object> m = json.convertValue(r, Map.class);
                if (!v.validateFields(RecordType.PERSON, 0, m, Locale.ENGLISH).errors().isEmpty()) bad++;
            }
            long t2 = System.nanoTime();
            Path dir = Files.createTempDirectory("probe");
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db") + ";WRITE_DELAY=0", "sa", "")) {
                c.createStatement().execute("CREATE TABLE t (seq BIGINT PRIMARY KEY, k VARCHAR(200), p VARCHAR(1000000))");
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO t VALUES (?, ?, ?)")) {
                    long s = 0;
                    for (JsonNode r : arr) {
                        ps.setLong(1, s++);
                        ps.setString(2, r.get("idNumber").asText());
                        ps.setString(3, r.toString());
                        ps.addBatch();
                        if (s % 1000 == 0) { ps.executeBatch(); c.commit(); }
                    }
                }
            }
            long t3 = System.nanoTime();
            System.out.printf("parse %d ms, validate %d ms (bad %d), insert %d ms%n", (t1 - t0) / 1000000, (t2 - t1) / 1000000, bad, (t3 - t2) / 1000000);
        }
    }
}
