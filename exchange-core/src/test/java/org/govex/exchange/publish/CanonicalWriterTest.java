package org.govex.exchange.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The journal's canonical JSON is the mapper's own, record after record through one generator. */
class CanonicalWriterTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void recordsOneAfterAnotherAreWrittenAsTheMapperWritesEachAlone() throws Exception {
        ObjectNode person = json.createObjectNode().put("idNumber", "33010819920315002X").put("name", "李娜")
                .put("domicileAddress", "浙江省杭州市滨江区江南大道588号\"A座\"\\2\n𠮷");
        ObjectNode entity = json.createObjectNode().put("creditCode", "91330106MA2KXXXX1R").put("employees", new BigInteger("128"))
                .put("ratio", new BigDecimal("5000000.00")).put("listed", false).putNull("phone");
        entity.putObject("registeredCapital").put("amount", new BigDecimal("1.50E+3")).put("currency", "CNY");
        entity.putArray("history").add("西湖茶业").addObject().put("until", "2019-03-01");
        ObjectNode empty = json.createObjectNode();
        try (CanonicalWriter writer = new CanonicalWriter(json)) {
            for (ObjectNode record : new ObjectNode[]{person, entity, empty, person}) {
                byte[] written = writer.write(record);
                // byte for byte: the mapper's UTF-8 generator also writes a surrogate pair (𠮷) as two escapes
                assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(json.writeValueAsBytes(record), StandardCharsets.UTF_8));
            }
        }
    }
}
