package org.govex.exchange.schema;

import org.govex.schemas.code.CodeList;
import org.govex.schemas.element.DataElement;
import org.govex.schemas.element.DataElementRegistry;
import org.govex.schemas.record.RecordType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The body of {@code GET /api/v1/schemas}: the record types, the data elements and the code lists. */
public record SchemaCatalog(List<TypeView> types, List<ElementView> elements, List<CodeListView> codeLists) {

    public record TypeView(String id, String nameZh, String nameEn, String baseDatabase, String baseDatabaseZh,
                           List<String> keyFields, String xmlNamespace, String xmlElement, String xmlBatchElement,
                           List<FieldView> fields, Map<String, String> links) {
    }

    public record FieldView(String name, String kind, boolean required, String element) {
    }

    public record ElementView(String id, String iri, String nameZh, String nameEn, String definition, String datatype,
                              String format, Integer maxLength, String valueDomain, String standard, String recordType,
                              String field, boolean required) {
    }

    public record CodeListView(String id, String standard, String titleZh, String titleEn, String href) {
    }

    static SchemaCatalog build() {
        List<TypeView> types = Arrays.stream(RecordType.values()).map(SchemaCatalog::type).toList();
        List<ElementView> elements = DataElementRegistry.standard().all().stream().map(SchemaCatalog::element).toList();
        List<CodeListView> lists = new java.util.ArrayList<>(Arrays.stream(CodeList.values())
                .map(l -> new CodeListView(l.id(), l.standard(), l.titleZh(), l.titleEn(), "/api/v1/schemas/code-lists/" + l.id()))
                .toList());
        lists.add(new CodeListView("division", "GB/T 2260", "中华人民共和国行政区划代码", "Administrative divisions",
                "/api/v1/schemas/code-lists/division"));
        return new SchemaCatalog(types, elements, List.copyOf(lists));
    }

    private static TypeView type(RecordType t) {
        List<FieldView> fields = t.shape().fields().stream()
                .map(f -> new FieldView(f.name(), f.kind().name().toLowerCase(), f.required(), t.id() + "." + f.name()))
                .toList();
        String self = "/api/v1/schemas/" + t.id();
        return new TypeView(t.id(), t.nameZh(), t.nameEn(), t.baseDatabase().id(), t.baseDatabase().nameZh(), t.keyFields(),
                t.xmlNamespace(), t.xmlElement(), t.xmlBatchElement(), fields,
                Map.of("schema", self, "validate", self + "/validate", "convert", self + "/convert"));
    }

    private static ElementView element(DataElement e) {
        return new ElementView(e.id(), e.iri(), e.nameZh(), e.nameEn(), e.definition(), e.datatype().datatype(), e.format(),
                e.maxLength(), e.valueDomain(), e.standard(), e.recordType().id(), e.field(), e.required());
    }

}
