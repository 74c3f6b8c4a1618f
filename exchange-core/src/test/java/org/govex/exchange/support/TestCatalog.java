package org.govex.exchange.support;

import org.govex.catalog.model.BaseDatabase;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.OpenType;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.Sensitivity;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.model.UpdateCycle;
import org.govex.catalog.service.CatalogService;

import java.util.ArrayList;
import java.util.List;

/** Registers fresh resources in the real catalog for a test (codes are allocated, so runs never collide). */
public final class TestCatalog {

    public static final String BASIS = "《国务院关于印发政务信息资源共享管理暂行办法的通知》(国发〔2016〕51号)";

    private TestCatalog() {
    }

    public static DataItem item(String field, String zh, String type, Integer length, boolean required, Sensitivity s,
                                boolean authoritative) {
        return new DataItem(field, zh, "person." + field, type, length, required, s, authoritative);
    }

    /** The person data items of the demo's population resource; authoritative as asked (updatedAt never). */
    public static List<DataItem> personItems(boolean authoritative) {
        List<DataItem> items = new ArrayList<>(List.of(
                item("idNumber", "公民身份号码", "string", 18, true, Sensitivity.SENSITIVE, authoritative),
                item("name", "姓名", "string", 50, true, Sensitivity.SENSITIVE, authoritative),
                item("sex", "性别", "code", 1, true, Sensitivity.INTERNAL, authoritative),
                item("birthDate", "出生日期", "date", null, true, Sensitivity.SENSITIVE, authoritative),
                item("ethnicity", "民族", "code", 2, false, Sensitivity.INTERNAL, authoritative),
                item("nationality", "国籍", "code", 3, false, Sensitivity.PUBLIC, authoritative),
                item("domicileDivision", "户籍地区划", "code", 6, true, Sensitivity.INTERNAL, authoritative),
                item("domicileAddress", "户籍地址", "string", 200, false, Sensitivity.SENSITIVE, authoritative),
                item("updatedAt", "更新时间", "datetime", null, true, Sensitivity.PUBLIC, false)));
        return items;
    }

    public static String person(CatalogService catalog, String provider, ShareType share, boolean acceptPartial,
                                List<DataItem> items) {
        InformationResource r = InformationResource.builder()
                .category("101001").title("测试人口信息 " + provider, "Test population records " + provider)
                .summary("交换中心测试用的人口基础信息资源，含公民身份号码、姓名、性别、出生日期、户籍地区划等信息项。")
                .keywords("人口", "测试").providerCode(provider).baseDatabase(BaseDatabase.POPULATION).recordType("person")
                .updateCycle(UpdateCycle.DAILY).dataItems(items)
                .share(share, share == ShareType.NONE ? null : "按最小必要原则申请", share == ShareType.NONE
                        ? "《中华人民共和国个人信息保护法》第三十四条：涉及未公开的个人信息，不予共享" : BASIS)
                .openType(OpenType.NOT_OPEN).format("JSON").acceptPartial(acceptPartial).status(ResourceStatus.PUBLISHED)
                .build();
        try {
            return catalog.create(r, provider).code();
        } catch (org.govex.schemas.error.GovexException e) {
            throw new IllegalStateException(e.getMessage() + " " + e.violations(), e);
        }
    }
}
