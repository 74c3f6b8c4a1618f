package org.govex.catalog;

import org.govex.catalog.model.BaseDatabase;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.OpenType;
import org.govex.catalog.model.Sensitivity;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.model.UpdateCycle;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Realistic entries with codes unique per JVM run. */
public final class TestResources {

    private static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private TestResources() {
    }

    public static String uniqueCode(String category) {
        return category + "-" + String.format("%06d", 900_000 + SEQ.incrementAndGet() % 99_999);
    }

    public static List<DataItem> personItems(boolean authoritative) {
        return List.of(
                new DataItem("idNumber", "公民身份号码", "person.idNumber", "string", 18, true, Sensitivity.SENSITIVE, authoritative),
                new DataItem("name", "姓名", "person.name", "string", 50, true, Sensitivity.SENSITIVE, authoritative),
                new DataItem("sex", "性别", "person.sex", "code", 1, true, Sensitivity.INTERNAL, authoritative),
                new DataItem("domicileDivision", "户籍地区划", "person.domicileDivision", "code", 6, true, Sensitivity.INTERNAL, authoritative));
    }

    /** 西湖区 residents' household registrations, a CONDITIONAL population resource of 杭州市公安局. */
    public static InformationResource.Builder population(String code) {
        return InformationResource.builder().code(code).category("101004")
                .title("西湖区户籍迁移登记信息", "Xihu district household registration changes")
                .summary("杭州市西湖区(330106)户籍迁入、迁出登记信息，含公民身份号码和迁移日期。")
                .keywords("户籍", "迁移", "西湖区")
                .providerCode("hz-gaj").baseDatabase(BaseDatabase.POPULATION).recordType("person")
                .dataItems(personItems(false))
                .share(ShareType.CONDITIONAL, "仅用于人口管理和社会保障资格核验", "《中华人民共和国户口登记条例》")
                .openType(OpenType.NOT_OPEN).updateCycle(UpdateCycle.DAILY).format("JSON");
    }

    /** 社会组织 of 杭州市民政局, UNCONDITIONAL. */
    public static InformationResource.Builder socialOrganisations(String code) {
        return InformationResource.builder().code(code).category("102003")
                .title("社会团体年检结果信息", "Annual inspection of social organisations")
                .summary("杭州市社会团体、基金会年度检查结论，含统一社会信用代码与年检结果。")
                .keywords("社会组织", "年检")
                .providerCode("hz-mzj").baseDatabase(BaseDatabase.LEGAL_ENTITY).recordType("legal-entity")
                .dataItems(List.of(
                        new DataItem("uscc", "统一社会信用代码", "legal-entity.uscc", "string", 18, true, Sensitivity.PUBLIC, false),
                        new DataItem("name", "名称", "legal-entity.name", "string", 200, true, Sensitivity.PUBLIC, false),
                        DataItem.of("inspectionResult", "年检结论", null, "code", 2, true)))
                .share(ShareType.UNCONDITIONAL, null, null)
                .openType(OpenType.OPEN).updateCycle(UpdateCycle.ANNUAL).format("CSV");
    }
}
