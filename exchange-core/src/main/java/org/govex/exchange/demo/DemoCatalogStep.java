package org.govex.exchange.demo;

import jakarta.enterprise.context.ApplicationScoped;
import org.govex.catalog.model.BaseDatabase;
import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.InformationResource;
import org.govex.catalog.model.OpenType;
import org.govex.catalog.model.Provider;
import org.govex.catalog.model.ResourceStatus;
import org.govex.catalog.model.Sensitivity;
import org.govex.catalog.model.ShareType;
import org.govex.catalog.model.UpdateCycle;
import org.govex.catalog.service.CatalogService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.govex.exchange.demo.DemoCatalog.item;

/** Registers the Hangzhou demo catalog: the providers and the entries named in {@link DemoCatalog}. */
@ApplicationScoped
public class DemoCatalogStep implements DemoStep {

    private static final String POPULATION_BASIS = "《中华人民共和国居民身份证法》《政务信息资源共享管理暂行办法》(国发〔2016〕51号)";
    private static final String SHARE_BASIS = "《政务信息资源共享管理暂行办法》(国发〔2016〕51号)、《浙江省公共数据条例》";

    private final CatalogService catalog;

    public DemoCatalogStep(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public void load() {
        catalog.registerProvider(new Provider(DemoCatalog.PROVINCE_PROVIDER, "浙江省人民政府", "Zhejiang Provincial Government",
                null, DemoCity.PROVINCE_CODE, Provider.Level.PROVINCE));
        catalog.registerProvider(new Provider(DemoCatalog.CITY_PROVIDER, "杭州市人民政府", "Hangzhou Municipal Government",
                DemoCatalog.PROVINCE_PROVIDER, DemoCity.CITY_CODE, Provider.Level.CITY));
        for (DemoDepartment d : DemoCity.DEPARTMENTS) {
            catalog.registerProvider(new Provider(d.code(), d.nameZh(), d.nameEn(), DemoCatalog.CITY_PROVIDER,
                    DemoCity.CITY_CODE, Provider.Level.DEPARTMENT));
        }
        for (InformationResource r : resources()) {
            if (!catalog.exists(r.code())) {
                catalog.create(r, r.providerCode());
            }
        }
        // one edit after publication, so the demo has a version history
        InformationResource population = catalog.get(DemoCatalog.POPULATION_BASIC);
        if (population.version() == 1) {
            catalog.update(population.code(), population.toBuilder().keywords("人口", "户籍", "身份证", "实有人口").build(),
                    DemoCity.PUBLIC_SECURITY);
        }
        if (catalog.get(DemoCatalog.TEMPORARY_RESIDENTS_WITHDRAWN).status() != ResourceStatus.WITHDRAWN) {
            catalog.withdraw(DemoCatalog.TEMPORARY_RESIDENTS_WITHDRAWN, DemoCity.PUBLIC_SECURITY,
                    "并入人口基本信息 (" + DemoCatalog.POPULATION_BASIC + ")");
        }
    }

    private static List<DataItem> populationItems() {
        List<DataItem> items = new ArrayList<>(DemoCatalog.personItems(true, false));
        items.addAll(items.size() - 1, DemoCatalog.householdRegisterItems()); // updatedAt stays last
        return items;
    }

    static List<InformationResource> resources() {
        List<InformationResource> out = new ArrayList<>();
        out.add(published(DemoCatalog.POPULATION_BASIC, "101001", "人口基本信息", "Basic population information",
                "杭州市户籍人口的公民身份号码、姓名、性别、出生日期、民族、户籍地址等基本信息，由市公安局户政部门维护，是人口基础信息库的权威来源。",
                DemoCity.PUBLIC_SECURITY, BaseDatabase.POPULATION, "person", UpdateCycle.DAILY)
                .keywords("人口", "户籍", "身份证")
                .dataItems(populationItems())
                .share(ShareType.CONDITIONAL, "仅向依法履行人口管理、社会保障、公共服务职责的部门共享，按最小必要原则申请所需信息项", POPULATION_BASIS)
                .openType(OpenType.NOT_OPEN).format("JSON").issued(LocalDate.of(2024, 3, 1)).build());
        List<DataItem> marriage = new ArrayList<>(List.of(
                item("person", "idNumber", "公民身份号码", "string", 18, true, Sensitivity.SENSITIVE, false),
                item("person", "name", "姓名", "string", 50, true, Sensitivity.SENSITIVE, false),
                item("person", "sex", "性别", "code", 1, true, Sensitivity.INTERNAL, false),
                item("person", "birthDate", "出生日期", "date", null, true, Sensitivity.SENSITIVE, false),
                item("person", "domicileDivision", "户籍地区划", "code", 6, true, Sensitivity.INTERNAL, false),
                item("person", "maritalStatus", "婚姻状况", "code", 2, true, Sensitivity.SENSITIVE, true),
                item("person", "updatedAt", "更新时间", "datetime", null, true, Sensitivity.PUBLIC, false)));
        out.add(published(DemoCatalog.MARRIAGE_REGISTRATION, "101002", "婚姻登记信息", "Marriage registration information",
                "杭州市各级婚姻登记机关办理的结婚、离婚登记信息，提供当事人婚姻状况，是婚姻状况数据元的权威来源。",
                DemoCity.CIVIL_AFFAIRS, BaseDatabase.POPULATION, "person", UpdateCycle.DAILY)
                .keywords("婚姻", "结婚登记", "离婚登记").dataItems(marriage)
                .share(ShareType.CONDITIONAL, "用于婚姻状况核验、住房保障资格审核等法定职责，需经民政局审批", "《婚姻登记条例》、" + SHARE_BASIS)
                .openType(OpenType.NOT_OPEN).format("JSON").build());
        out.add(published(DemoCatalog.SOCIAL_INSURANCE, "101003", "社会保险参保人员信息", "Social insurance enrolment",
                "杭州市企业职工基本养老保险、医疗保险、失业保险参保人员的身份信息与参保状态。",
                DemoCity.HUMAN_RESOURCES, BaseDatabase.POPULATION, "person", UpdateCycle.MONTHLY)
                .keywords("社保", "参保", "养老保险", "医疗保险")
                .dataItems(List.of(
                        item("person", "idNumber", "公民身份号码", "string", 18, true, Sensitivity.SENSITIVE, false),
                        item("person", "name", "姓名", "string", 50, true, Sensitivity.SENSITIVE, false),
                        item("person", "sex", "性别", "code", 1, false, Sensitivity.INTERNAL, false),
                        item("person", "domicileDivision", "户籍地区划", "code", 6, false, Sensitivity.INTERNAL, false),
                        item("person", "updatedAt", "更新时间", "datetime", null, true, Sensitivity.PUBLIC, false)))
                .share(ShareType.CONDITIONAL, "用于社会救助、就业服务资格核验，按需申请", "《中华人民共和国社会保险法》、" + SHARE_BASIS)
                .openType(OpenType.NOT_OPEN).format("CSV").build());
        out.add(published(DemoCatalog.LEGAL_ENTITY_BASIC, "102001", "法人单位基本信息", "Basic legal-entity information",
                "在杭州市登记的企业、个体工商户、农民专业合作社的统一社会信用代码、名称、类型、法定代表人、住所、注册资本、经营范围和登记状态。",
                DemoCity.MARKET_REGULATION, BaseDatabase.LEGAL_ENTITY, "legal-entity", UpdateCycle.REALTIME)
                .keywords("企业", "市场主体", "统一社会信用代码", "工商登记")
                .dataItems(legalEntityItems(true, true))
                .share(ShareType.UNCONDITIONAL, null, SHARE_BASIS)
                .openType(OpenType.OPEN).format("JSON").issued(LocalDate.of(2023, 11, 15)).build());
        out.add(published(DemoCatalog.TAXPAYER_REGISTRATION, "102002", "纳税人登记信息", "Taxpayer registration",
                "在杭州市税务机关办理税务登记的纳税人名称、统一社会信用代码、登记状态及主管税务机关。",
                DemoCity.TAX, BaseDatabase.LEGAL_ENTITY, "legal-entity", UpdateCycle.DAILY)
                .keywords("纳税人", "税务登记", "税收")
                .dataItems(legalEntityItems(false, false))
                .share(ShareType.CONDITIONAL, "依《中华人民共和国税收征收管理法》第八条对纳税人信息保密，仅用于信用监管和行政审批核验",
                        "《中华人民共和国税收征收管理法》、" + SHARE_BASIS)
                .openType(OpenType.NOT_OPEN).format("JSON").build());
        out.add(published(DemoCatalog.SOCIAL_ORGANISATIONS, "102003", "社会组织登记信息", "Social organisation registration",
                "杭州市登记的社会团体、民办非企业单位和基金会的统一社会信用代码、名称、业务范围与登记状态。",
                DemoCity.CIVIL_AFFAIRS, BaseDatabase.LEGAL_ENTITY, "legal-entity", UpdateCycle.WEEKLY)
                .keywords("社会组织", "社会团体", "基金会")
                .dataItems(legalEntityItems(false, false))
                .share(ShareType.UNCONDITIONAL, null, SHARE_BASIS).openType(OpenType.OPEN).format("JSON").build());
        out.add(published(DemoCatalog.LAND_PARCELS, "103001", "不动产登记宗地信息", "Real-estate land parcels",
                "杭州市不动产登记的宗地要素，含不动产单元号、宗地界址范围(CGCS2000)、面积、土地用途及权利期限。",
                DemoCity.NATURAL_RESOURCES, BaseDatabase.GEOSPATIAL, "place", UpdateCycle.WEEKLY)
                .keywords("不动产", "宗地", "土地", "地籍")
                .dataItems(placeItems(true))
                .share(ShareType.CONDITIONAL, "用于规划审批、征收补偿、税收征管等职责；权利人信息另行申请", "《不动产登记暂行条例》、" + SHARE_BASIS)
                .openType(OpenType.CONDITIONAL).format("GeoJSON").build());
        out.add(published(DemoCatalog.DIVISION_BOUNDARIES, "103002", "行政区划界线信息", "Administrative division boundaries",
                "杭州市区、县(市)及乡镇(街道)行政区划界线与区划代码(GB/T 2260)。",
                DemoCity.NATURAL_RESOURCES, BaseDatabase.GEOSPATIAL, "place", UpdateCycle.ANNUAL)
                .keywords("行政区划", "界线", "区划代码")
                .dataItems(placeItems(false))
                .share(ShareType.UNCONDITIONAL, null, SHARE_BASIS).openType(OpenType.OPEN).format("GeoJSON").build());
        out.add(published(DemoCatalog.ECONOMIC_INDICATORS, "104001", "国民经济主要指标", "Key economic indicators",
                "杭州市及各区、县(市)地区生产总值、规模以上工业增加值、社会消费品零售总额、固定资产投资等月度、季度和年度指标。",
                DemoCity.STATISTICS, BaseDatabase.MACRO_ECONOMY, "indicator", UpdateCycle.MONTHLY)
                .keywords("GDP", "地区生产总值", "统计", "宏观经济")
                .dataItems(indicatorItems(true))
                .share(ShareType.UNCONDITIONAL, null, "《中华人民共和国统计法》、" + SHARE_BASIS)
                .openType(OpenType.OPEN).format("JSON").build());
        out.add(published(DemoCatalog.INDUSTRY_INDICATORS, "104002", "规模以上工业企业主要指标", "Industrial enterprises above designated size",
                "杭州市规模以上工业企业工业总产值、营业收入、利润总额等月度指标。",
                DemoCity.STATISTICS, BaseDatabase.MACRO_ECONOMY, "indicator", UpdateCycle.MONTHLY)
                .keywords("工业", "规上企业", "统计")
                .dataItems(indicatorItems(false))
                .share(ShareType.UNCONDITIONAL, null, "《中华人民共和国统计法》、" + SHARE_BASIS)
                .openType(OpenType.OPEN).format("CSV").build());
        out.add(published(DemoCatalog.EMPLOYMENT_REGISTRATION, "201001", "就业登记信息", "Employment registration",
                "杭州市劳动者就业、失业登记信息，包括就业单位、就业形式和登记日期。",
                DemoCity.HUMAN_RESOURCES, BaseDatabase.NONE, null, UpdateCycle.MONTHLY)
                .keywords("就业", "失业登记", "劳动者")
                .dataItems(List.of(
                        item("person", "idNumber", "公民身份号码", "string", 18, true, Sensitivity.SENSITIVE, false),
                        item("person", "name", "姓名", "string", 50, true, Sensitivity.SENSITIVE, false),
                        item("legal-entity", "uscc", "就业单位统一社会信用代码", "string", 18, false, Sensitivity.PUBLIC, false),
                        DataItem.of("employmentType", "就业形式", null, "code", 2, true),
                        DataItem.of("registeredOn", "登记日期", null, "date", null, true)))
                .share(ShareType.CONDITIONAL, "用于就业补贴、社会救助资格核验", "《就业服务与就业管理规定》、" + SHARE_BASIS)
                .openType(OpenType.NOT_OPEN).format("JSON").build());
        out.add(published(DemoCatalog.PRESALE_PERMITS, "203001", "商品房预售许可信息", "Pre-sale permits for commercial housing",
                "杭州市核发的商品房预售许可证号、项目名称、开发企业、预售范围和批准日期。",
                DemoCity.HOUSING, BaseDatabase.NONE, null, UpdateCycle.DAILY)
                .keywords("商品房", "预售许可", "房地产")
                .dataItems(List.of(
                        DataItem.of("permitNumber", "预售许可证号", null, "string", 32, true),
                        DataItem.of("projectName", "项目名称", null, "string", 200, true),
                        item("legal-entity", "uscc", "开发企业统一社会信用代码", "string", 18, true, Sensitivity.PUBLIC, false),
                        item("place", "divisionCode", "项目所在区划", "code", 6, true, Sensitivity.PUBLIC, false),
                        DataItem.of("approvedOn", "批准日期", null, "date", null, true)))
                .share(ShareType.UNCONDITIONAL, null, SHARE_BASIS).openType(OpenType.OPEN).format("JSON").build());
        out.add(published(DemoCatalog.HEALTH_RECORDS, "304001", "居民电子健康档案", "Residents' electronic health records",
                "杭州市居民电子健康档案，包括既往病史、诊疗记录、预防接种和体检信息。",
                DemoCity.HEALTH, BaseDatabase.NONE, null, UpdateCycle.REALTIME)
                .keywords("健康档案", "医疗", "诊疗")
                .dataItems(List.of(
                        item("person", "idNumber", "公民身份号码", "string", 18, true, Sensitivity.HIGHLY_SENSITIVE, false),
                        DataItem.of("diagnosis", "诊断", null, "string", 500, false).withSensitivity(Sensitivity.HIGHLY_SENSITIVE),
                        DataItem.of("visitDate", "就诊日期", null, "date", null, true).withSensitivity(Sensitivity.SENSITIVE)))
                .share(ShareType.NONE, null, "《中华人民共和国基本医疗卫生与健康促进法》第九十二条、《中华人民共和国个人信息保护法》第二十八条")
                .openType(OpenType.NOT_OPEN).format("XML").build());
        out.add(published(DemoCatalog.DATA_INVENTORY, "310001", "公共数据目录清单", "Public data inventory",
                "杭州市各部门公共数据资源目录的汇总清单，含资源名称、提供部门、共享属性与更新周期。",
                DemoCity.BIG_DATA, BaseDatabase.NONE, null, UpdateCycle.WEEKLY)
                .keywords("公共数据", "目录", "数据资源")
                .dataItems(List.of(
                        DataItem.of("resourceCode", "信息资源代码", null, "string", 32, true),
                        DataItem.of("resourceName", "信息资源名称", null, "string", 200, true),
                        DataItem.of("department", "提供部门", null, "string", 100, true)))
                .share(ShareType.UNCONDITIONAL, null, SHARE_BASIS).openType(OpenType.OPEN).format("CSV").build());
        out.add(published(DemoCatalog.HOUSING_TRANSACTIONS_DRAFT, "309001", "存量房交易信息", "Second-hand housing transactions",
                "杭州市存量房(二手房)网签备案交易信息，含房屋坐落、成交价格和备案日期(编制中)。",
                DemoCity.HOUSING, BaseDatabase.NONE, null, UpdateCycle.DAILY)
                .status(ResourceStatus.DRAFT)
                .keywords("二手房", "网签备案", "房产交易")
                .dataItems(List.of(
                        DataItem.of("contractNumber", "网签合同号", null, "string", 32, true),
                        item("place", "divisionCode", "房屋所在区划", "code", 6, true, Sensitivity.PUBLIC, false),
                        DataItem.of("price", "成交价格", null, "decimal", null, true).withSensitivity(Sensitivity.SENSITIVE)))
                .share(ShareType.CONDITIONAL, "用于税收征管、住房保障资格审核", SHARE_BASIS)
                .openType(OpenType.NOT_OPEN).format("JSON").build());
        out.add(published(DemoCatalog.TEMPORARY_RESIDENTS_WITHDRAWN, "301001", "流动人口暂住登记信息", "Temporary residence registration",
                "杭州市流动人口暂住登记信息(已并入人口基本信息)。",
                DemoCity.PUBLIC_SECURITY, BaseDatabase.NONE, null, UpdateCycle.DAILY)
                .keywords("流动人口", "暂住证")
                .dataItems(List.of(
                        item("person", "idNumber", "公民身份号码", "string", 18, true, Sensitivity.SENSITIVE, false),
                        item("person", "name", "姓名", "string", 50, true, Sensitivity.SENSITIVE, false),
                        DataItem.of("residenceAddress", "暂住地址", null, "string", 200, true).withSensitivity(Sensitivity.SENSITIVE)))
                .share(ShareType.CONDITIONAL, "用于实有人口管理", POPULATION_BASIS)
                .openType(OpenType.NOT_OPEN).format("JSON").build());
        return out;
    }

    private static InformationResource.Builder published(String code, String category, String zh, String en, String summary,
                                                         String provider, BaseDatabase base, String recordType, UpdateCycle cycle) {
        return InformationResource.builder().code(code).category(category).title(zh, en).summary(summary)
                .providerCode(provider).baseDatabase(base).recordType(recordType).updateCycle(cycle)
                .status(ResourceStatus.PUBLISHED);
    }

    private static List<DataItem> legalEntityItems(boolean authoritative, boolean full) {
        String t = "legal-entity";
        List<DataItem> items = new ArrayList<>(List.of(
                item(t, "uscc", "统一社会信用代码", "string", 18, true, Sensitivity.PUBLIC, authoritative),
                item(t, "name", "名称", "string", 200, true, Sensitivity.PUBLIC, authoritative),
                item(t, "entityType", "主体类型", "code", 4, true, Sensitivity.PUBLIC, authoritative),
                item(t, "divisionCode", "住所区划", "code", 6, true, Sensitivity.PUBLIC, authoritative),
                item(t, "status", "登记状态", "code", 2, true, Sensitivity.PUBLIC, authoritative)));
        if (full) {
            items.add(item(t, "legalRepresentative", "法定代表人", "string", 50, false, Sensitivity.INTERNAL, authoritative));
            items.add(item(t, "registeredAddress", "住所", "string", 200, false, Sensitivity.PUBLIC, authoritative));
            items.add(item(t, "establishedDate", "成立日期", "date", null, false, Sensitivity.PUBLIC, authoritative));
            items.add(item(t, "registeredCapital", "注册资本", "decimal", null, false, Sensitivity.PUBLIC, authoritative));
            items.add(item(t, "businessScope", "经营范围", "string", 2000, false, Sensitivity.PUBLIC, authoritative));
            items.add(item(t, "registrationAuthority", "登记机关", "string", 100, false, Sensitivity.PUBLIC, authoritative));
        }
        items.add(item(t, "updatedAt", "更新时间", "datetime", null, true, Sensitivity.PUBLIC, false));
        return items;
    }

    private static List<DataItem> placeItems(boolean authoritative) {
        String t = "place";
        return List.of(
                item(t, "featureId", "要素标识", "string", 64, true, Sensitivity.PUBLIC, authoritative),
                item(t, "featureType", "要素类型", "code", 16, true, Sensitivity.PUBLIC, authoritative),
                item(t, "name", "名称", "string", 200, false, Sensitivity.PUBLIC, authoritative),
                item(t, "divisionCode", "行政区划", "code", 6, true, Sensitivity.PUBLIC, authoritative),
                item(t, "geometry", "几何图形", "geometry", null, true, Sensitivity.INTERNAL, authoritative),
                item(t, "area", "面积(平方米)", "decimal", null, false, Sensitivity.PUBLIC, authoritative),
                item(t, "landUseCode", "土地用途(GB/T 21010)", "code", 4, false, Sensitivity.PUBLIC, authoritative),
                item(t, "parcelCode", "不动产单元号", "string", 28, false, Sensitivity.INTERNAL, authoritative),
                item(t, "updatedAt", "更新时间", "datetime", null, true, Sensitivity.PUBLIC, false));
    }

    private static List<DataItem> indicatorItems(boolean authoritative) {
        String t = "indicator";
        return List.of(
                item(t, "indicatorCode", "指标代码", "code", 32, true, Sensitivity.PUBLIC, authoritative),
                item(t, "indicatorName", "指标名称", "string", 100, false, Sensitivity.PUBLIC, authoritative),
                item(t, "divisionCode", "行政区划", "code", 6, true, Sensitivity.PUBLIC, authoritative),
                item(t, "period", "统计期", "string", 7, true, Sensitivity.PUBLIC, authoritative),
                item(t, "frequency", "频度", "code", 1, true, Sensitivity.PUBLIC, authoritative),
                item(t, "value", "指标值", "decimal", null, true, Sensitivity.PUBLIC, authoritative),
                item(t, "unit", "计量单位", "string", 20, true, Sensitivity.PUBLIC, authoritative),
                item(t, "status", "数据状态", "code", 12, false, Sensitivity.PUBLIC, authoritative),
                item(t, "updatedAt", "更新时间", "datetime", null, true, Sensitivity.PUBLIC, false));
    }
}
