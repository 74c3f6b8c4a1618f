package org.govex.schemas.codec;

import org.govex.schemas.record.BaseRecord;
import org.govex.schemas.record.FieldSpec;
import org.govex.schemas.record.MonetaryAmount;
import org.govex.schemas.record.RecordShape;
import org.govex.schemas.record.RecordType;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** XML in the record type's namespace: a batch element of record elements, or one record element. */
final class XmlRecordWriter implements RecordWriter {

    private final XMLStreamWriter w;
    private final RecordType type;
    private final boolean batch;
    private boolean first = true;

    XmlRecordWriter(XMLStreamWriter w, RecordType type, boolean batch) {
        this.w = w;
        this.type = type;
        this.batch = batch;
        try {
            w.writeStartDocument("UTF-8", "1.0");
            if (batch) {
                w.setDefaultNamespace(type.xmlNamespace());
                w.writeStartElement(type.xmlNamespace(), type.xmlBatchElement());
                w.writeDefaultNamespace(type.xmlNamespace());
            }
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(BaseRecord record) {
        if (!batch && !first) {
            throw new IllegalStateException("a single-record XML document holds one record");
        }
        first = false;
        try {
            String ns = type.xmlNamespace();
            w.setDefaultNamespace(ns);
            w.writeStartElement(ns, type.xmlElement());
            if (!batch) {
                w.writeDefaultNamespace(ns);
            }
            writeFields(record, ns);
            w.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T extends BaseRecord> void writeFields(T record, String ns) throws XMLStreamException {
        RecordShape<T> shape = record.type().shape();
        for (FieldSpec<T> f : shape.fields()) {
            Object v = f.get(record);
            if (v == null) {
                continue;
            }
            w.writeStartElement(ns, f.name());
            if (v instanceof MonetaryAmount m) {
                if (m.amount() != null) {
                    leaf(ns, "amount", Values.text(m.amount()));
                }
                if (m.currency() != null) {
                    leaf(ns, "currency", m.currency());
                }
            } else {
                w.writeCharacters(Values.text(v));
            }
            w.writeEndElement();
        }
    }

    private void leaf(String ns, String name, String text) throws XMLStreamException {
        w.writeStartElement(ns, name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    @Override
    public void close() {
        try {
            if (batch) {
                w.writeEndElement();
            }
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
