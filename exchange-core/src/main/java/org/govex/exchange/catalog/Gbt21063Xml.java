package org.govex.exchange.catalog;

import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/**
 * The XML representation with the core metadata element names of GB/T 21063.3
 * (政务信息资源目录体系 第3部分: 核心元数据), plus the 信息项 of the resource.
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
}
