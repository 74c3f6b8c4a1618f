package org.govex.schemas.codec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.govex.schemas.TestRecords;
import org.govex.schemas.record.BaseRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The records' Jackson JSON and XML bindings read and write the same forms as the codec. */
class JacksonBindingTest {

    private final RecordCodec codec = RecordCodec.standard();
    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private final XmlMapper xml = XmlMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    @Test
    void jacksonAndTheCodecAgree() throws Exception {
        for (BaseRecord r : List.of(TestRecords.zhangWei(), TestRecords.xihuCompany(), TestRecords.parcel(), TestRecords.gdp())) {
            Class<? extends BaseRecord> c = r.type().modelClass();
            assertThat(json.readValue(codec.toBytes(RecordFormat.JSON, r), c)).isEqualTo(r);
            assertThat(xml.readValue(codec.toBytes(RecordFormat.XML, r), c)).isEqualTo(r);
            byte[] jacksonJson = json.writeValueAsBytes(r);
            assertThat(codec.readAll(r.type(), RecordFormat.JSON, new ByteArrayInputStream(jacksonJson), Locale.ENGLISH).records())
                    .containsExactly(r);
            byte[] jacksonXml = xml.writeValueAsBytes(r);
            assertThat(new String(jacksonXml, java.nio.charset.StandardCharsets.UTF_8)).contains(r.type().xmlNamespace());
            assertThat(codec.readAll(r.type(), RecordFormat.XML, new ByteArrayInputStream(jacksonXml), Locale.ENGLISH).records())
                    .containsExactly(r);
        }
    }
}
