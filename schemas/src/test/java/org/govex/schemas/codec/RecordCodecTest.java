package org.govex.schemas.codec;

import org.govex.schemas.TestRecords;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;
import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.RecordType;
import org.govex.schemas.validation.ValidationReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class RecordCodecTest {

    private final RecordCodec codec = RecordCodec.standard();
    private final List<BaseRecord> all = List.of(TestRecords.zhangWei(), TestRecords.xihuCompany(), TestRecords.parcel(),
            TestRecords.gdp());

    private static InputStream in(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @EnumSource(RecordFormat.class)
    void everyRecordSurvivesEveryFormatSingleAndBatch(RecordFormat format) {
        for (BaseRecord r : all) {
            byte[] one = codec.toBytes(format, r);
            RecordCodec.Batch<BaseRecord> back = codec.readAll(r.type(), format, new ByteArrayInputStream(one), Locale.ENGLISH);
            assertThat(back.records()).as(format + " " + new String(one, StandardCharsets.UTF_8)).containsExactly(r);
        }
        byte[] batch = codec.toBytes(RecordType.PERSON, format, List.of(TestRecords.zhangWei(), TestRecords.liNa()));
        RecordCodec.Batch<BaseRecord> back = codec.readAll(RecordType.PERSON, format, new ByteArrayInputStream(batch), Locale.ENGLISH);
        assertThat(back.batch()).isTrue();
        // RDF batches come back in key order: 330106198511... before 330106199003...
        assertThat(back.records()).containsExactlyInAnyOrder(TestRecords.zhangWei(), TestRecords.liNa());
    }

    @Test
    void xmlIsInTheTypesNamespace() {
        String xml = new String(codec.toBytes(RecordFormat.XML, TestRecords.zhangWei()), StandardCharsets.UTF_8);
        assertThat(xml).contains("<person xmlns=\"https://govex.org/ns/person\">")
                .contains("<idNumber>330106199003071236</idNumber>").contains("<name>张伟</name>")
                .contains("<updatedAt>2024-07-01T10:00:00+08:00</updatedAt>");
        String wrongNs = xml.replace("https://govex.org/ns/person", "https://example.org/person");
        assertThatThrownBy(() -> codec.validate(RecordType.PERSON, RecordFormat.XML, in(wrongNs), Locale.ENGLISH))
                .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNREADABLE))
                .hasMessageContaining("https://govex.org/ns/person");
    }

    @Test
    void turtleUsesTheSemicVocabularies() {
        String ttl = new String(codec.toBytes(RecordFormat.TURTLE, TestRecords.zhangWei()), StandardCharsets.UTF_8);
        assertThat(ttl).contains("person:Person").contains("adms:Identifier").contains("<https://govex.org/id/codelist/sex/1>")
                .contains("div:330106");
        String obs = new String(codec.toBytes(RecordFormat.TURTLE, TestRecords.gdp()), StandardCharsets.UTF_8);
        assertThat(obs).contains("qb:Observation").contains("sdmx-measure:obsValue").contains("sdmx-dimension:refArea");
        String place = new String(codec.toBytes(RecordFormat.TURTLE, TestRecords.parcel()), StandardCharsets.UTF_8);
        assertThat(place).contains("geo:Feature").contains("geo:hasGeometry").contains("geo:wktLiteral");
    }

    @Test
    void aJsonBatchIsReportedPerRecord() {
        String body = """
                [{"idNumber":"330106199003071236","name":"张伟","sex":"1","birthDate":"1990-03-07",
                  "domicileDivision":"330106","updatedAt":"2024-07-01T10:00:00+08:00"},
                 {"idNumber":"330106199003071235","name":"张伟","sex":"1","birthDate":"1990-03-07",
                  "domicileDivision":"330106","updatedAt":"2024-07-01T10:00:00+08:00"}]""";
        ValidationReport r = codec.validate(RecordType.PERSON, RecordFormat.JSON, in(body), Locale.SIMPLIFIED_CHINESE);
        assertThat(r.valid()).isEqualTo(1);
        assertThat(r.invalid()).isEqualTo(1);
        assertThat(r.records().get(1).key()).isEqualTo("330106199003071235");
        assertThat(r.records().get(1).errors()).extracting(Violation::field, Violation::rule, Violation::message)
                .containsExactly(tuple("idNumber", "CitizenIdNumber.checkDigit", "校验码错误（ISO 7064 MOD 11-2）"));
    }

    @Test
    void ndjsonAndGeoJsonObjectsAreRead() {
        String body = """
                {"featureId":"hz-poi-1","featureType":"poi","divisionCode":"330106","geometry":{"type":"Point","coordinates":[120.13,30.25]},"updatedAt":"2024-07-01T10:00:00+08:00"}
                {"featureId":"hz-poi-2","featureType":"poi","divisionCode":"330106","geometry":"POINT(120.14 30.26)","updatedAt":"2024-07-01T10:00:00+08:00"}
                """;
        ValidationReport r = codec.validate(RecordType.PLACE, RecordFormat.NDJSON, in(body), Locale.ENGLISH);
        assertThat(r.valid()).isEqualTo(2);
    }

    @Test
    void xxeAndBillionLaughsAreRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE person [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <person xmlns="https://govex.org/ns/person"><name>&xxe;</name></person>""";
        String laughs = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <persons xmlns="https://govex.org/ns/person"><person><name>&lol3;</name></person></persons>""";
        for (String body : List.of(xxe, laughs)) {
            assertThatThrownBy(() -> codec.validate(RecordType.PERSON, RecordFormat.XML, in(body), Locale.ENGLISH))
                    .isInstanceOfSatisfying(GovexException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProblemKind.UNREADABLE);
                        assertThat(e.typeSuffix()).isEqualTo("xml-dtd");
                    })
                    .hasMessageContaining("DOCTYPE");
        }
        String rdfXml = """
                <?xml version="1.0"?>
                <!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>""";
        assertThatThrownBy(() -> codec.validate(RecordType.PERSON, RecordFormat.RDF_XML, in(rdfXml), Locale.ENGLISH))
                .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.typeSuffix()).isEqualTo("xml-dtd"));
    }

    @Test
    void invalidUtf8IsRefused() {
        byte[] good = "[{\"name\":\"张伟\"}]".getBytes(StandardCharsets.UTF_8);
        byte[] bad = good.clone();
        bad[10] = (byte) 0xC0; // inside 张: an overlong lead byte
        for (RecordFormat f : List.of(RecordFormat.JSON, RecordFormat.TURTLE)) {
            assertThatThrownBy(() -> codec.validate(RecordType.PERSON, f, new ByteArrayInputStream(bad), Locale.ENGLISH))
                    .isInstanceOfSatisfying(GovexException.class, e -> {
                        assertThat(e.kind()).isEqualTo(ProblemKind.UNREADABLE);
                        assertThat(e.typeSuffix()).isEqualTo("utf-8");
                    })
                    .hasMessageContaining("UTF-8");
        }
    }

    @Test
    void limitsAreEnforcedAndNamed() {
        RecordCodec small = new RecordCodec(CodecLimits.DEFAULTS.withMaxDocumentBytes(100));
        String body = "[" + "{\"name\":\"张伟\"},".repeat(20) + "{}]";
        assertLimit(() -> small.validate(RecordType.PERSON, RecordFormat.JSON, in(body), Locale.ENGLISH), "maxDocumentBytes");

        String deep = "[{\"name\":" + "[".repeat(40) + "]".repeat(40) + "}]";
        assertLimit(() -> codec.validate(RecordType.PERSON, RecordFormat.JSON, in(deep), Locale.ENGLISH), "maxDepth");

        RecordCodec shortStrings = new RecordCodec(CodecLimits.DEFAULTS.withMaxStringLength(10));
        String longName = "[{\"name\":\"" + "张".repeat(50) + "\"}]";
        assertLimit(() -> shortStrings.validate(RecordType.PERSON, RecordFormat.JSON, in(longName), Locale.ENGLISH), "maxStringLength");
        String longXml = "<person xmlns=\"https://govex.org/ns/person\"><name>" + "张".repeat(50) + "</name></person>";
        assertLimit(() -> shortStrings.validate(RecordType.PERSON, RecordFormat.XML, in(longXml), Locale.ENGLISH), "maxStringLength");

        String longNumber = "[{\"indicatorCode\":\"A\",\"value\":1" + "0".repeat(200) + "}]";
        assertLimit(() -> codec.validate(RecordType.INDICATOR, RecordFormat.JSON, in(longNumber), Locale.ENGLISH), "maxNumberLength");

        RecordCodec few = new RecordCodec(CodecLimits.DEFAULTS.withMaxRecords(2));
        assertLimit(() -> few.validate(RecordType.PERSON, RecordFormat.JSON, in("[{},{},{}]"), Locale.ENGLISH), "maxRecords");
    }

    private static void assertLimit(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String limit) {
        assertThatThrownBy(call).isInstanceOfSatisfying(GovexException.class, e -> {
            assertThat(e.kind()).isEqualTo(ProblemKind.TOO_LARGE);
            assertThat(e.typeSuffix()).isEqualTo(limit);
        }).hasMessageContaining(limit);
    }

    @Test
    void malformedBodiesAreUnreadable() {
        for (RecordFormat f : List.of(RecordFormat.JSON, RecordFormat.XML, RecordFormat.TURTLE, RecordFormat.JSON_LD)) {
            assertThatThrownBy(() -> codec.validate(RecordType.PERSON, f, in("{\"name\": <"), Locale.ENGLISH))
                    .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNREADABLE));
        }
        assertThatThrownBy(() -> codec.validate(RecordType.PERSON, RecordFormat.JSON, in("[{\"name\":\"a\",\"name\":\"b\"}]"), Locale.ENGLISH))
                .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.kind()).isEqualTo(ProblemKind.UNREADABLE))
                .hasMessageContaining("Duplicate");
        String remote = "{\"@context\":\"https://example.org/ctx.jsonld\",\"@id\":\"x\"}";
        assertThatThrownBy(() -> codec.validate(RecordType.PERSON, RecordFormat.JSON_LD, in(remote), Locale.ENGLISH))
                .isInstanceOfSatisfying(GovexException.class, e -> assertThat(e.typeSuffix()).isEqualTo("jsonld-context"));
    }

    @Test
    void convertKeepsSingleRecordsSingle() {
        byte[] json = codec.toBytes(RecordFormat.JSON, TestRecords.gdp());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        codec.convert(RecordType.INDICATOR, RecordFormat.JSON, new ByteArrayInputStream(json), RecordFormat.XML, out, Locale.ENGLISH);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<indicator xmlns=\"https://govex.org/ns/indicator\">")
                .doesNotContain("<indicators");
        assertThatThrownBy(() -> codec.convert(RecordType.INDICATOR, RecordFormat.JSON,
                in("[{\"indicatorCode\":\"A\",\"value\":\"abc\"}]"), RecordFormat.XML, new ByteArrayOutputStream(), Locale.ENGLISH))
                .isInstanceOfSatisfying(GovexException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ProblemKind.INVALID);
                    assertThat(e.violations()).extracting(Violation::field, Violation::rule)
                            .containsExactly(tuple("[0].value", "Type.decimal"));
                });
    }
}
