package org.govex.exchange.demo;

import org.govex.catalog.model.DataItem;
import org.govex.catalog.model.Sensitivity;

import java.util.List;

/**
 * Codes of the demo catalog entries ({@link DemoCatalogStep} registers them). Codes follow the
 * category scheme: {@code <类项目 code>-<sequence>}, e.g. {@code 101001-000001} = 基础信息资源 /
 * 人口 / 人口基本信息, first entry.
 */
public final class DemoCatalog {

    /** 人口基本信息, hz-gaj, person, CONDITIONAL, authoritative for the person elements except maritalStatus. */
    public static final String POPULATION_BASIC = "101001-000001";
    /** 婚姻登记信息, hz-mzj, person subset with maritalStatus, CONDITIONAL, authoritative for maritalStatus. */
    public static final String MARRIAGE_REGISTRATION = "101002-000001";
    /** 社会保险参保人员信息, hz-rsj, person subset, CONDITIONAL, not authoritative. */
    public static final String SOCIAL_INSURANCE = "101003-000001";
    /** 法人单位基本信息, hz-scjgj, legal-entity, UNCONDITIONAL, authoritative. */
    public static final String LEGAL_ENTITY_BASIC = "102001-000001";
    /** 纳税人登记信息, hz-swj, legal-entity subset, CONDITIONAL. */
    public static final String TAXPAYER_REGISTRATION = "102002-000001";
    /** 社会组织登记信息, hz-mzj, legal-entity subset, UNCONDITIONAL, not authoritative. */
    public static final String SOCIAL_ORGANISATIONS = "102003-000001";
    /** 不动产登记宗地信息, hz-ghzyj, place, CONDITIONAL, authoritative for the place elements. */
    public static final String LAND_PARCELS = "103001-000001";
    /** 行政区划界线信息, hz-ghzyj, place, UNCONDITIONAL, not authoritative. */
    public static final String DIVISION_BOUNDARIES = "103002-000001";
    /** 国民经济主要指标, hz-tjj, indicator, UNCONDITIONAL, authoritative for the indicator elements. */
    public static final String ECONOMIC_INDICATORS = "104001-000001";
    /** 规模以上工业企业主要指标, hz-tjj, indicator, UNCONDITIONAL, not authoritative. */
    public static final String INDUSTRY_INDICATORS = "104002-000001";
    /** 就业登记信息, hz-rsj, departmental, CONDITIONAL. */
    public static final String EMPLOYMENT_REGISTRATION = "201001-000001";
    /** 商品房预售许可信息, hz-fgj, departmental, UNCONDITIONAL. */
    public static final String PRESALE_PERMITS = "203001-000001";
    /** 居民电子健康档案, hz-wjw, departmental, NONE (不予共享). */
    public static final String HEALTH_RECORDS = "304001-000001";
    /** 公共数据目录清单, hz-sjzyj, departmental, UNCONDITIONAL. */
    public static final String DATA_INVENTORY = "310001-000001";
    /** 存量房交易信息, hz-fgj, still a DRAFT. */
    public static final String HOUSING_TRANSACTIONS_DRAFT = "309001-000001";
    /** 流动人口暂住登记信息, hz-gaj, WITHDRAWN (superseded by 人口基本信息). */
    public static final String TEMPORARY_RESIDENTS_WITHDRAWN = "301001-000001";

    /** Provider codes above the departments: the city and the province. */
    public static final String CITY_PROVIDER = "hz";
    public static final String PROVINCE_PROVIDER = "zj";

    public static final List<String> PUBLISHED = List.of(POPULATION_BASIC, MARRIAGE_REGISTRATION, SOCIAL_INSURANCE,
            LEGAL_ENTITY_BASIC, TAXPAYER_REGISTRATION, SOCIAL_ORGANISATIONS, LAND_PARCELS, DIVISION_BOUNDARIES,
            ECONOMIC_INDICATORS, INDUSTRY_INDICATORS, EMPLOYMENT_REGISTRATION, PRESALE_PERMITS, HEALTH_RECORDS,
            DATA_INVENTORY);

    private DemoCatalog() {
    }

    /** The data element id of a record field: {@code <record type>.<field>}, e.g. {@code person.idNumber}. */
    public static String element(String recordType, String field) {
        return recordType + "." + field;
    }

    static DataItem item(String recordType, String field, String zh, String type, Integer length, boolean required,
                         Sensitivity s, boolean authoritative) {
        return new DataItem(field, zh, element(recordType, field), type, length, required, s, authoritative);
    }

    /** The person data items; authoritative for all but maritalStatus when {@code authoritative}. */
    static List<DataItem> personItems(boolean authoritative, boolean withMaritalStatus) {
        var items = new java.util.ArrayList<>(List.of(
                item("person", "idNumber", "公民身份号码", "string", 18, true, Sensitivity.SENSITIVE, authoritative),
                item("person", "name", "姓名", "string", 50, true, Sensitivity.SENSITIVE, authoritative),
                item("person", "sex", "性别", "code", 1, true, Sensitivity.INTERNAL, authoritative),
                item("person", "birthDate", "出生日期", "date", null, true, Sensitivity.SENSITIVE, authoritative),
                item("person", "ethnicity", "民族", "code", 2, false, Sensitivity.INTERNAL, authoritative),
                item("person", "nationality", "国籍", "code", 3, false, Sensitivity.PUBLIC, authoritative),
                item("person", "domicileDivision", "户籍地区划", "code", 6, true, Sensitivity.INTERNAL, authoritative),
                item("person", "domicileAddress", "户籍地址", "string", 200, false, Sensitivity.SENSITIVE, authoritative)));
        if (withMaritalStatus) {
            items.add(item("person", "maritalStatus", "婚姻状况", "code", 2, false, Sensitivity.SENSITIVE, false));
        }
        items.add(item("person", "deathDate", "死亡日期", "date", null, false, Sensitivity.SENSITIVE, authoritative));
        items.add(item("person", "updatedAt", "更新时间", "datetime", null, true, Sensitivity.PUBLIC, false));
        return items;
    }

    /**
     * The household register's own items of 人口基本信息 beyond the person standard (no standard data
     * element; the register is their only source): with them a record is about 1 KB, as the
     * population base database's full record is.
     */
    static List<DataItem> householdRegisterItems() {
        return List.of(
                register("formerName", "曾用名", "string", 50, Sensitivity.SENSITIVE),
                register("birthPlace", "出生地", "string", 100, Sensitivity.INTERNAL),
                register("nativePlace", "籍贯", "string", 100, Sensitivity.INTERNAL),
                register("education", "文化程度", "code", 2, Sensitivity.INTERNAL),
                register("militaryService", "兵役状况", "code", 1, Sensitivity.INTERNAL),
                register("occupation", "职业", "string", 100, Sensitivity.INTERNAL),
                register("employer", "服务处所", "string", 200, Sensitivity.INTERNAL),
                register("residenceDivision", "现住地区划", "code", 6, Sensitivity.INTERNAL),
                register("residenceAddress", "现住址", "string", 200, Sensitivity.SENSITIVE),
                register("phone", "联系电话", "string", 20, Sensitivity.SENSITIVE),
                register("householdType", "户别", "string", 20, Sensitivity.INTERNAL),
                register("householdNumber", "户号", "string", 20, Sensitivity.INTERNAL),
                register("householdHeadName", "户主姓名", "string", 50, Sensitivity.SENSITIVE),
                register("relationToHead", "与户主关系", "code", 2, Sensitivity.INTERNAL),
                register("moveInDate", "迁入日期", "date", null, Sensitivity.INTERNAL),
                register("moveInReason", "迁入原因", "string", 100, Sensitivity.INTERNAL),
                register("moveInFrom", "迁入前住址", "string", 200, Sensitivity.SENSITIVE),
                register("registrationAuthority", "户籍登记机关", "string", 100, Sensitivity.PUBLIC),
                register("remarks", "备注", "string", 200, Sensitivity.INTERNAL));
    }

    private static DataItem register(String field, String zh, String type, Integer length, Sensitivity s) {
        return new DataItem(field, zh, null, type, length, false, s, true);
    }
}
