package org.govex.exchange.publish;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.govex.exchange.config.ExchangeConfig;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchParserTest {

    private final BatchParser parser = new BatchParser(new ObjectMapper(), config(3));

    /** Only publish().maxRecords() is read by the parser. */
    static ExchangeConfig config(int maxRecords) {
        ExchangeConfig.Publish publish = () -> maxRecords;
        return (ExchangeConfig) Proxy.newProxyInstance(ExchangeConfig.class.getClassLoader(), new Class<?>[]{ExchangeConfig.class},
                (p, m, a) -> m.getName().equals("publish") ? publish : null);
    }

    private List<ObjectNode> parse(BatchFormat f, String body) {
        return parser.parse(f, new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFourFormatsGiveTheSameRecords() {
        String json = "[{\"idNumber\":\"330106198512120012\",\"name\":\"王小明\",\"domicileDivision\":\"330106\"},"
                + "{\"idNumber\":\"330102199001010014\",\"name\":\"李娜\",\"domicileDivision\":\"330102\"}]";
        String ndjson = "{\"idNumber\":\"330106198512120012\",\"name\":\"王小明\",\"domicileDivision\":\"330106\"}\n\n"
                + "{\"idNumber\":\"330102199001010014\",\"name\":\"李娜\",\"domicileDivision\":\"330102\"}\n";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><persons>"
                + "<person><idNumber>330106198512120012</idNumber><name>王小明</name><domicileDivision>330106</domicileDivision></person>"
                + "<person><idNumber>330102199001010014</idNumber><name>李娜</name><domicileDivision>330102</domicileDivision></person>"
                + "</persons>";
        String csv = "\uFEFFidNumber,name,domicileDivision\r\n330106198512120012,王小明,330106\r\n330102199001010014,李娜,330102\r\n";
        List<ObjectNode> expected = parse(BatchFormat.JSON, json);
        assertThat(expected).hasSize(2);
        assertThat(expected.get(1).get("name").asText()).isEqualTo("李娜");
        assertThat(parse(BatchFormat.NDJSON, ndjson)).isEqualTo(expected);
        assertThat(parse(BatchFormat.XML, xml)).isEqualTo(expected);
        assertThat(parse(BatchFormat.CSV, csv)).isEqualTo(expected);
    }

    @Test
    void xmlWithAnExternalEntityIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<persons><person><name>&x;</name></person></persons>";
        assertThatThrownBy(() -> parse(BatchFormat.XML, xxe)).isInstanceOf(GovexException.class)
                .extracting(e -> ((GovexException) e).kind()).isEqualTo(ProblemKind.UNREADABLE);
    }

    @Test
    void nestedXmlValuesBecomeObjects() {
        String xml = "<legalEntities><legalEntity><uscc>91330106MA2B0000X1</uscc>"
                + "<registeredCapital><amount>5000000</amount><currency>CNY</currency></registeredCapital></legalEntity></legalEntities>";
        ObjectNode r = parse(BatchFormat.XML, xml).get(0);
        assertThat(r.get("registeredCapital").get("currency").asText()).isEqualTo("CNY");
        assertThat(r.get("registeredCapital").get("amount").asText()).isEqualTo("5000000");
    }

    @Test
    void tooManyRecordsAndNonArraysAreRefused() {
        assertThatThrownBy(() -> parse(BatchFormat.JSON, "[{},{},{},{}]"))
                .extracting(e -> ((GovexException) e).kind()).isEqualTo(ProblemKind.TOO_LARGE);
        assertThatThrownBy(() -> parse(BatchFormat.JSON, "{\"idNumber\":\"1\"}"))
                .extracting(e -> ((GovexException) e).kind()).isEqualTo(ProblemKind.UNREADABLE);
        assertThatThrownBy(() -> parse(BatchFormat.JSON, "[1, 2]"))
                .extracting(e -> ((GovexException) e).kind()).isEqualTo(ProblemKind.UNREADABLE);
        assertThatThrownBy(() -> BatchFormat.of("application/pdf"))
                .extracting(e -> ((GovexException) e).kind()).isEqualTo(ProblemKind.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void aBodyIsReadWholeWhateverLengthItDeclares() throws Exception {
        byte[] body = ("[{\"idNumber\":\"330106198512120012\",\"name\":\"王小明\"},"
                + "{\"idNumber\":\"33010819920315002X\",\"name\":\"李娜\"}]").getBytes(StandardCharsets.UTF_8);
        // in pieces, as a network stream hands it over
        java.util.function.Supplier<java.io.InputStream> trickling = () -> new java.io.FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                return super.read(b, off, Math.min(len, 7));
            }
        };
        for (long declared : new long[]{body.length, -1, 0, 10, body.length - 1, body.length + 50, Long.MAX_VALUE}) {
            assertThat(BatchParser.readAll(trickling.get(), declared)).as("declared %d", declared).isEqualTo(body);
        }
        ParsedBatch read = parser.read(BatchFormat.JSON, trickling.get(), body.length);
        assertThat(read).isInstanceOf(FlatBatch.class);
        assertThat(((FlatBatch) read).size()).isEqualTo(2);
    }
}
