package org.govex.schemas.codec;

import org.govex.schemas.error.GovexException;
import org.govex.schemas.record.FieldKind;
import org.govex.schemas.record.FieldSpec;
import org.govex.schemas.record.RecordType;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams records out of XML in the record type's namespace: a batch element
 * ({@code <persons xmlns="https://govex.org/ns/person">}) of record elements, or one record element.
 * Field elements outside the namespace are reported as unknown fields. A DOCTYPE is refused
 * outright (no DTDs, no entities: XXE and entity-expansion inputs fail here).
 */
final class XmlRecordReader implements RecordStream {

    private final XMLStreamReader r;
    private final RecordType type;
    private final String ns;
    private final CodecLimits limits;
    private final boolean batch;
    private boolean pending;
    private int index;

    XmlRecordReader(XMLStreamReader r, RecordType type, CodecLimits limits) {
        this.r = r;
        this.type = type;
        this.ns = type.xmlNamespace();
        this.limits = limits;
        try {
            int e = nextTag();
            if (e != XMLStreamConstants.START_ELEMENT) {
                throw Limits.unreadable("xml", "The XML document has no root element", null);
            }
            String local = r.getLocalName();
            if (ns.equals(r.getNamespaceURI()) && type.xmlBatchElement().equals(local)) {
                batch = true;
                pending = nextTag() == XMLStreamConstants.START_ELEMENT;
            } else if (ns.equals(r.getNamespaceURI()) && type.xmlElement().equals(local)) {
                batch = false;
                pending = true;
            } else {
                throw Limits.unreadable("xml", "Expected <" + type.xmlBatchElement() + "> or <" + type.xmlElement()
                        + "> in namespace " + ns + " but found <" + local + "> in namespace "
                        + (r.getNamespaceURI() == null ? "(none)" : r.getNamespaceURI()), null);
            }
        } catch (XMLStreamException ex) {
            throw translate(ex);
        }
    }

    @Override
    public boolean isBatch() {
        return batch;
    }

    @Override
    public boolean hasNext() {
        return pending;
    }

    @Override
    public RawRecord next() {
        if (!pending) {
            throw new NoSuchElementException();
        }
        if (index >= limits.maxRecords()) {
            throw Limits.exceeded("maxRecords", limits.maxRecords(), "too many records in one batch");
        }
        try {
            if (!ns.equals(r.getNamespaceURI()) || !type.xmlElement().equals(r.getLocalName())) {
                throw Limits.unreadable("xml", "Expected <" + type.xmlElement() + "> in namespace " + ns + " at "
                        + where() + " but found <" + r.getLocalName() + ">", null);
            }
            Map<String, Object> fields = readRecord();
            RawRecord rec = new RawRecord(index++, fields);
            if (batch) {
                pending = nextTag() == XMLStreamConstants.START_ELEMENT;
                if (!pending) {
                    finish();
                }
            } else {
                pending = false;
                finish();
            }
            return rec;
        } catch (XMLStreamException ex) {
            throw translate(ex);
        }
    }

    /** At the end tag of the root: nothing but whitespace, comments and PIs may follow. */
    private void finish() throws XMLStreamException {
        while (r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT || (e == XMLStreamConstants.CHARACTERS && !r.isWhiteSpace())) {
                throw Limits.unreadable("xml", "Unexpected content after the root element at " + where(), null);
            }
        }
    }

    private Map<String, Object> readRecord() throws XMLStreamException {
        Map<String, Object> m = new LinkedHashMap<>(16);
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (m.size() >= limits.maxFields()) {
                throw Limits.exceeded("maxFields", limits.maxFields(), "too many fields in record " + index);
            }
            String name = ns.equals(r.getNamespaceURI()) ? r.getLocalName()
                    : "{" + r.getNamespaceURI() + "}" + r.getLocalName();
            FieldSpec<?> f = type.shape().field(name);
            if (m.containsKey(name)) {
                throw Limits.unreadable("xml", "Field <" + name + "> appears twice in record " + index + " at " + where(), null);
            }
            if (f != null && f.kind() == FieldKind.MONEY) {
                Map<String, Object> money = new LinkedHashMap<>();
                while (nextTag() == XMLStreamConstants.START_ELEMENT) {
                    String part = ns.equals(r.getNamespaceURI()) ? r.getLocalName() : "{" + r.getNamespaceURI() + "}" + r.getLocalName();
                    money.put(part, text());
                }
                m.put(name, money);
            } else {
                m.put(name, text());
            }
        }
        return m;
    }

    private String text() throws XMLStreamException {
        String t = r.getElementText();
        if (t.length() > limits.maxStringLength()) {
            throw Limits.exceeded("maxStringLength", limits.maxStringLength(), "text of <" + r.getLocalName() + ">");
        }
        return t;
    }

    /** Like {@link XMLStreamReader#nextTag()} but refusing DTDs with a clear message. */
    private int nextTag() throws XMLStreamException {
        while (true) {
            int e = r.next();
            switch (e) {
                case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.ENTITY_DECLARATION ->
                        throw Limits.unreadable("xml-dtd", "DOCTYPE declarations and entities are not allowed "
                                + "(protection against XXE and entity expansion)", null);
                case XMLStreamConstants.START_ELEMENT -> {
                    if (depth() > limits.maxDepth()) {
                        throw Limits.exceeded("maxDepth", limits.maxDepth(), "XML element nesting");
                    }
                    return e;
                }
                case XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT -> {
                    return e;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!r.isWhiteSpace()) {
                        throw Limits.unreadable("xml", "Unexpected text at " + where(), null);
                    }
                }
                default -> {
                    // comments, processing instructions
                }
            }
        }
    }

    private int depth() {
        return ((org.codehaus.stax2.XMLStreamReader2) r).getDepth();
    }

    private String where() {
        var l = r.getLocation();
        return "line " + l.getLineNumber() + ", column " + l.getColumnNumber();
    }

    private GovexException translate(XMLStreamException e) {
        GovexException g = Limits.find(e);
        if (g != null) {
            return g;
        }
        String m = String.valueOf(e.getMessage());
        if (m.contains("Text size limit")) {
            return Limits.exceeded("maxStringLength", limits.maxStringLength(), firstLine(m));
        }
        if (m.contains("Element Depth") || m.contains("element depth")) {
            return Limits.exceeded("maxDepth", limits.maxDepth(), firstLine(m));
        }
        if (m.contains("DOCTYPE") || m.contains("DTD") || m.toLowerCase().contains("entity")) {
            return Limits.unreadable("xml-dtd", "DOCTYPE declarations and entities are not allowed "
                    + "(protection against XXE and entity expansion): " + firstLine(m), e);
        }
        return Limits.unreadable("xml", "Malformed XML: " + firstLine(m), e);
    }

    private static String firstLine(String m) {
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl) + " " + m.substring(nl + 1).replace('\n', ' ');
    }

    @Override
    public void close() {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // nothing to do
        }
    }
}
