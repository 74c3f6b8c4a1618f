package org.govex.exchange.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import org.govex.catalog.model.BaseDatabase;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.OpenType;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.model.UpdateCycle;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.Violation;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The XML representation with the core metadata element names of GB/T 21063.3
 * (政务信息资源目录体系 第3部分: 核心元数据), plus the 信息项 of the resource. Written with StAX;
 * read with Jackson XML from a hardened reader into {@link ResourceDto} (labels such as 有条件共享
 * or the enum names such as CONDITIONAL). Unknown elements are ignored, as in the JSON form.
 */
final class Gbt21063Xml {

    static final String NS = "https://govex.org/ns/gbt21063";

    private Gbt21063Xml() {
    }

    static String write(InformationResource r) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("信息资源");
            w.writeDefaultNamespace(NS);
            el(w, "信息资源代码", r.code());
            el(w, "信息资源名称", r.titleZh());
            el(w, "信息资源英文名称", r.titleEn());
            el(w, "信息资源分类", r.category());
            el(w, "信息资源摘要", r.summary());
            for (String k : r.keywords()) {
                el(w, "关键字", k);
            }
            el(w, "信息资源提供方代码", r.providerCode());
            el(w, "所属基础库", r.baseDatabase().labelZh());
            el(w, "记录类型", r.recordType());
            el(w, "信息资源格式", r.format());
            w.writeStartElement("信息项");
            for (DataItem i : r.dataItems()) {
                w.writeStartElement("信息项描述");
                el(w, "信息项名称", i.nameZh());
                el(w, "字段名", i.name());
                el(w, "数据元", i.elementId());
                el(w, "数据类型", i.type());
                el(w, "数据长度", i.length() == null ? null : i.length().toString());
                el(w, "是否必填", i.required() ? "是" : "否");
                el(w, "敏感级别", String.valueOf(i.sensitivity().level()));
                el(w, "是否权威来源", i.authoritative() ? "是" : "否");
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement("共享属性");
            el(w, "共享类型", r.shareType() == null ? null : r.shareType().labelZh());
            el(w, "共享条件", r.shareConditions());
            el(w, "共享依据", r.legalBasis());
            w.writeEndElement();
            w.writeStartElement("开放属性");
            el(w, "是否向社会开放", r.openType() == null ? null : r.openType().labelZh());
            w.writeEndElement();
            el(w, "更新周期", r.updateCycle() == null ? null : r.updateCycle().labelZh());
            el(w, "发布日期", r.issued() == null ? null : r.issued().toString());
            el(w, "更新日期", r.modified() == null ? null : r.modified().toString());
            el(w, "版本", String.valueOf(r.version()));
            el(w, "状态", r.status().name());
            for (String rel : r.relatedResources()) {
                el(w, "关联资源代码", rel);
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void el(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        w.writeStartElement(name);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static final XmlMapper MAPPER = XmlMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
            .build();

    /** 信息资源 as it comes in: every value a string, converted with per-field violations. */
    record Document(
            @JacksonXmlProperty(localName = "信息资源代码") String code,
            @JacksonXmlProperty(localName = "信息资源名称") String titleZh,
            @JacksonXmlProperty(localName = "信息资源英文名称") String titleEn,
            @JacksonXmlProperty(localName = "信息资源分类") String category,
            @JacksonXmlProperty(localName = "信息资源摘要") String summary,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "关键字") List<String> keywords,
            @JacksonXmlProperty(localName = "信息资源提供方代码") String providerCode,
            @JacksonXmlProperty(localName = "所属基础库") String baseDatabase,
            @JacksonXmlProperty(localName = "记录类型") String recordType,
            @JacksonXmlProperty(localName = "信息资源格式") String format,
            @JacksonXmlProperty(localName = "信息项") Items items,
            @JacksonXmlProperty(localName = "共享属性") Share share,
            @JacksonXmlProperty(localName = "开放属性") Open open,
            @JacksonXmlProperty(localName = "更新周期") String updateCycle,
            @JacksonXmlProperty(localName = "发布日期") String issued,
            @JacksonXmlProperty(localName = "状态") String status,
            @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "关联资源代码") List<String> related) {
    }

    /** 信息项: the list of 信息项描述 (a record holding it: Jackson cannot bind a renamed wrapper to a record component). */
    record Items(@JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "信息项描述") List<Item> list) {
    }

    record Item(
            @JacksonXmlProperty(localName = "信息项名称") String nameZh,
            @JacksonXmlProperty(localName = "字段名") String name,
            @JacksonXmlProperty(localName = "数据元") String elementId,
            @JacksonXmlProperty(localName = "数据类型") String type,
            @JacksonXmlProperty(localName = "数据长度") String length,
            @JacksonXmlProperty(localName = "是否必填") String required,
            @JacksonXmlProperty(localName = "敏感级别") String sensitivity,
            @JacksonXmlProperty(localName = "是否权威来源") String authoritative) {
    }

    record Share(@JacksonXmlProperty(localName = "共享类型") String type,
                 @JacksonXmlProperty(localName = "共享条件") String conditions,
                 @JacksonXmlProperty(localName = "共享依据") String legalBasis) {
    }

    record Open(@JacksonXmlProperty(localName = "是否向社会开放") String type) {
    }

    /**
     * Reads one 信息资源 from a (hardened) reader. Values that cannot be converted (an unknown
     * 共享类型, a 数据长度 that is no number, …) fail together as 422 naming the API field.
     */
    static ResourceDto read(XMLStreamReader in) throws IOException {
        Document d = MAPPER.readValue(in, Document.class);
        if (d == null) {
            throw GovexException.unreadable("The XML document holds no 信息资源", null);
        }
        List<Violation> errors = new ArrayList<>();
        Share share = d.share() == null ? new Share(null, null, null) : d.share();
        List<DataItemDto> items = new ArrayList<>();
        List<Item> rawItems = d.items() == null || d.items().list() == null ? List.of() : d.items().list();
        for (int n = 0; n < rawItems.size(); n++) {
            Item i = rawItems.get(n);
            String at = "dataItems[" + n + "].";
            items.add(new DataItemDto(i.name(), i.nameZh(), i.elementId(), i.type(),
                    convert(errors, at + "length", "数据长度", i.length(), Integer::valueOf, "a whole number"),
                    yesNo(errors, at + "required", "是否必填", i.required()),
                    convert(errors, at + "sensitivity", "敏感级别", i.sensitivity(), Integer::valueOf, "1, 2, 3 or 4"),
                    yesNo(errors, at + "authoritative", "是否权威来源", i.authoritative())));
        }
        BaseDatabase base = convert(errors, "baseDatabase", "所属基础库", d.baseDatabase(),
                label(BaseDatabase.values(), BaseDatabase::labelZh, BaseDatabase::parse), labels(BaseDatabase.values(), BaseDatabase::labelZh));
        ResourceDto dto = new ResourceDto(d.code(), d.titleZh(), d.titleEn(), d.summary(), d.keywords(), d.providerCode(),
                d.category(), base == null ? null : base.id(), d.recordType(), d.format(), items,
                convert(errors, "shareType", "共享类型", share.type(),
                        label(ShareType.values(), ShareType::labelZh, ShareType::valueOf), labels(ShareType.values(), ShareType::labelZh)),
                share.conditions(), share.legalBasis(),
                convert(errors, "openType", "是否向社会开放", d.open() == null ? null : d.open().type(),
                        label(OpenType.values(), OpenType::labelZh, OpenType::valueOf), labels(OpenType.values(), OpenType::labelZh)),
                convert(errors, "updateCycle", "更新周期", d.updateCycle(),
                        label(UpdateCycle.values(), UpdateCycle::labelZh, UpdateCycle::valueOf), labels(UpdateCycle.values(), UpdateCycle::labelZh)),
                convert(errors, "issued", "发布日期", d.issued(), LocalDate::parse, "a date like 2025-03-01"),
                null, null,
                convert(errors, "status", "状态", d.status(), ResourceStatus::valueOf, "DRAFT or PUBLISHED"),
                d.related(), null, null, null, null, null);
        if (!errors.isEmpty()) {
            throw GovexException.invalid(errors.size() + " value(s) of the GB/T 21063 XML cannot be read", errors);
        }
        return dto;
    }

    private static <T> T convert(List<Violation> errors, String field, String element, String value,
                                 Function<String, T> parse, String expected) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parse.apply(value.trim());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new Violation(field, "Gbt21063." + field.replaceAll("^dataItems\\[\\d+]\\.", "dataItem."),
                    "<" + element + ">" + value.trim() + "</" + element + "> is not " + expected));
            return null;
        }
    }

    private static boolean yesNo(List<Violation> errors, String field, String element, String value) {
        Boolean b = convert(errors, field, element, value, v -> switch (v) {
            case "是", "true", "1" -> Boolean.TRUE;
            case "否", "false", "0" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(v);
        }, "是 or 否");
        return Boolean.TRUE.equals(b);
    }

    /** The constant whose Chinese label is the value, else the one the fallback parses (enum names, ids). */
    private static <E> Function<String, E> label(E[] values, Function<E, String> labelZh, Function<String, E> fallback) {
        return v -> Arrays.stream(values).filter(e -> labelZh.apply(e).equals(v)).findFirst().orElseGet(() -> fallback.apply(v));
    }

    private static <E> String labels(E[] values, Function<E, String> labelZh) {
        return "one of " + String.join(", ", Arrays.stream(values).map(labelZh).toList());
    }
}
