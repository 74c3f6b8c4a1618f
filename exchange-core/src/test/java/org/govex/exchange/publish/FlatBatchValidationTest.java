package org.govex.exchange.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govex.exchange.demo.DemoCatalog;
import org.govex.exchange.demo.DemoResources;
import org.govex.exchange.resource.DataItemDefinition;
import org.govex.exchange.resource.ResourceDefinition;
import org.govex.exchange.support.TestPersons;
import org.govex.schemas.error.GovexException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator reading a batch's bytes ({@link FlatBatch}) and reading Jackson's trees of the
 * same batch agree on everything: accepted records byte for byte, keys, digest, rejections, and
 * the refusal of a whole batch — on the demo's 1-KB household-register records with realistic
 * faults, and on random records of every demo resource.
 */
class FlatBatchValidationTest {

    private final ObjectMapper json = new ObjectMapper();
    private final BatchParser parser = new BatchParser(json, 10_000);
    private final BatchValidator validator = new BatchValidator(json, new SchemaElementRules(json));
    private final ResourceDefinition population = DemoResources.definition(DemoCatalog.POPULATION_BASIC);

    @Test
    void householdRegisterBatchesWithFaultsGetTheSameOutcomeBothWays() throws Exception {
        Random random = new Random(20261126);
        ResourceDefinition partial = partial(population);
        int flat = 0;
        int accepted = 0;
        int rejected = 0;
        for (int round = 0; round < 300; round++) {
            List<String> records = new ArrayList<>();
            int size = 1 + random.nextInt(40);
            for (int i = 0; i < size; i++) {
                records.add(person(random, round * 100L + i));
            }
            byte[] body = ("[" + String.join(random.nextBoolean() ? "," : " ,\n ", records) + "]").getBytes(StandardCharsets.UTF_8);
            for (ResourceDefinition resource : List.of(population, partial)) {
                String viaBytes = outcomeOfBytes(resource, body);
                assertThat(viaBytes).as(new String(body, StandardCharsets.UTF_8)).isEqualTo(outcomeOfTrees(resource, body));
                accepted += viaBytes.startsWith("accepted") && !viaBytes.startsWith("accepted 0") ? 1 : 0;
                rejected += viaBytes.contains("Rejection[") ? 1 : 0;
            }
            flat += FlatBatch.scan(body, 10_000) != null ? 1 : 0;
        }
        assertThat(flat).as("batches read as bytes").isGreaterThan(150);
        assertThat(accepted).as("outcomes with accepted records").isGreaterThan(100);
        assertThat(rejected).as("outcomes with rejections").isGreaterThan(100);
    }

    @Test
    void randomRecordsOfEveryDemoResourceGetTheSameOutcomeBothWays() throws Exception {
        Random random = new Random(20261127);
        for (String code : DemoCatalog.PUBLISHED) {
            ResourceDefinition resource = DemoResources.definition(code);
            for (int round = 0; round < 40; round++) {
                List<String> records = new ArrayList<>();
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    records.add(randomRecord(random, resource));
                }
                byte[] body = ("[" + String.join(",", records) + "]").getBytes(StandardCharsets.UTF_8);
                for (ResourceDefinition r : List.of(resource, partial(resource))) {
                    assertThat(outcomeOfBytes(r, body)).as(code + " " + new String(body, StandardCharsets.UTF_8))
                            .isEqualTo(outcomeOfTrees(r, body));
                }
            }
        }
    }

    @Test
    void aWellFormedBatchIsCanonicalAndKeyedByItsIdNumbers() throws Exception {
        byte[] body = ("[" + TestPersons.full(7, "2026-11-26T10:00:00+08:00") + "]").getBytes(StandardCharsets.UTF_8);
        FlatBatch batch = FlatBatch.scan(body, 10);
        assertThat(batch).isNotNull();
        ValidatedBatch v = validator.validate(population, batch);
        assertThat(v.rejections()).isEmpty();
        assertThat(v.accepted()).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(TestPersons.idNumber(7));
            // the items in the catalog's order, every value as it came
            ObjectNode record = (ObjectNode) json.readTree(e.payload());
            assertThat(List.copyOf(iterable(record.fieldNames()))).isEqualTo(population.dataItems().stream()
                    .map(DataItemDefinition::name).filter(record::has).toList());
            assertThat(record).isEqualTo(json.readTree(TestPersons.full(7, "2026-11-26T10:00:00+08:00")));
        });
    }

    private static <T> List<T> iterable(java.util.Iterator<T> it) {
        List<T> out = new ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** The outcome of the byte reader, or of the trees when the byte reader does not take the batch (as the route does). */
    private String outcomeOfBytes(ResourceDefinition resource, byte[] body) {
        try {
            return describe(validator.validate(resource, parser.read(BatchFormat.JSON, new ByteArrayInputStream(body))));
        } catch (GovexException e) {
            return describe(e);
        }
    }

    private String outcomeOfTrees(ResourceDefinition resource, byte[] body) {
        try {
            return describe(validator.validate(resource, parser.parse(BatchFormat.JSON, new ByteArrayInputStream(body))));
        } catch (GovexException e) {
            return describe(e);
        }
    }

    private static String describe(ValidatedBatch v) {
        return "accepted " + v.accepted().size() + "\n"
                + v.accepted().stream().map(e -> e.key() + " " + new String(e.payload(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("\n"))
                + "\nrejections " + v.rejections() + "\ndigest " + v.digest();
    }

    private static String describe(GovexException e) {
        return "refused " + e.kind() + " " + e.typeSuffix() + " " + e.getMessage() + " " + e.violations();
    }

    private static ResourceDefinition partial(ResourceDefinition r) {
        return new ResourceDefinition(r.code(), r.title(), r.providerCode(), r.recordType(), r.state(), r.shareType(),
                r.shareCondition(), r.shareBasis(), true, r.dataItems());
    }

    /** A register record, mostly well formed; now and then one of the faults a department's export has. */
    private String person(Random random, long n) throws Exception {
        ObjectNode record = (ObjectNode) json.readTree(TestPersons.full(n, "2026-11-26T10:00:00+08:00"));
        String extra = null;
        switch (random.nextInt(30)) {
            case 0 -> record.put("idNumber", wrongCheckDigit(TestPersons.idNumber(n)));
            case 1 -> record.put("name", "   ");
            case 2 -> record.put("name", "\u3000");
            case 3 -> record.remove("birthDate");
            case 4 -> record.put("birthDate", "1990-02-30");
            case 5 -> record.put("name", "欧阳".repeat(26)); // 52 characters, 156 bytes: over 50
            case 6 -> record.put("name", "欧阳".repeat(25)); // 50 characters: fits
            case 7 -> {
                if (random.nextInt(10) == 0) {
                    record.put("remarks", "😀".repeat(200)); // 200 code points in 800 bytes: fits; a four-byte character goes to Jackson
                }
            }
            case 8 -> {
                if (random.nextInt(10) == 0) {
                    record.put("formerName", "吉𠮷".repeat(17)); // 𠮷 (U+20BB7) in a name: 34 characters of 50
                }
            }
            case 9 -> record.put("domicileDivision", "999999");
            case 10 -> record.put("sex", "3");
            case 11 -> record.putNull("phone");
            case 12 -> record.putNull("idNumber");
            case 13 -> record.put("occupation", "工程师\u2028高级\u007F");
            case 14 -> record.put("moveInDate", "2024-13-01");
            case 15 -> record.put("remarks", "");
            case 16 -> record.put("education", "1234");
            case 17 -> record.put("employer", "Café Zürich 杭州分公司");
            case 18 -> extra = ",\"name\":\"李四\""; // a repeated name: the last value counts
            case 19 -> {
                if (random.nextInt(10) == 0) {
                    record.put("nickname", "小明"); // undeclared: the whole batch is refused
                }
            }
            case 20 -> {
                if (random.nextInt(10) == 0) {
                    record.put("remarks", "第一行\n第二行 \"引号\""); // escapes: the batch goes to Jackson
                }
            }
            case 21 -> {
                List<String> names = new ArrayList<>(iterable(record.fieldNames()));
                Collections.shuffle(names, random);
                ObjectNode shuffled = json.createObjectNode();
                names.forEach(f -> shuffled.set(f, record.get(f)));
                return json.writeValueAsString(shuffled);
            }
            case 22 -> record.put("updatedAt", "2026-11-26 10:00");
            case 23 -> record.put("name", " 王小明");
            default -> {
                // well formed
            }
        }
        String text = json.writeValueAsString(record);
        return extra == null ? text : text.substring(0, text.length() - 1) + extra + "}";
    }

    private static String wrongCheckDigit(String id) {
        char check = id.charAt(17);
        return id.substring(0, 17) + (check == '0' ? '1' : check == 'X' ? '0' : (char) (check + 1 > '9' ? 'X' : check + 1));
    }

    /** A record of the resource's items with values of their type, often of the wrong form, sometimes missing. */
    private String randomRecord(Random random, ResourceDefinition resource) throws Exception {
        ObjectNode record = json.createObjectNode();
        List<DataItemDefinition> items = new ArrayList<>(resource.dataItems());
        if (random.nextInt(4) == 0) {
            Collections.shuffle(items, random);
        }
        for (DataItemDefinition item : items) {
            if (random.nextInt(6) == 0) {
                continue;
            }
            String type = item.type() == null ? "string" : item.type();
            String value = switch (type) {
                case "integer", "int", "long" -> pick(random, "42", "-7", "0042", "4x2", "1e3", " ", "12345678901234567890");
                case "decimal", "number", "double" -> pick(random, "12.50", "-0.1", "1e3", "abc", "3", "1.0E+2", "");
                case "date" -> pick(random, "2025-12-31", "2025-13-01", "2025-02-29", "20251231");
                case "datetime", "timestamp" -> pick(random, "2026-11-26T10:00:00+08:00", "2026-11-26T10:00:00Z", "2026-11-26");
                case "boolean" -> pick(random, "true", "false", "yes", "TRUE");
                default -> pick(random, "330106", "91330106MA2KXXXX1R", "杭州市西湖区", "", "\u3000 ", "X".repeat(300),
                        "POINT(120.1 30.2)", "01", "2026Q3", "2026-11", "王" + random.nextInt(100));
            };
            record.put(item.name(), value);
        }
        return json.writeValueAsString(record);
    }

    private static String pick(Random random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
