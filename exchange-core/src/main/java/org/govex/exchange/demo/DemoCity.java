package org.govex.exchange.demo;

import org.govex.exchange.security.Role;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo city: Hangzhou (杭州市, GB/T 2260 330100, Zhejiang 330000) and ten of its departments.
 * County-level areas used by demo records: 上城区 330102, 拱墅区 330105, 西湖区 330106,
 * 滨江区 330108, 萧山区 330109, 余杭区 330110.
 */
public final class DemoCity {

    public static final String CITY_CODE = "330100";
    public static final String CITY_NAME = "杭州市";
    public static final String PROVINCE_CODE = "330000";
    public static final List<String> DISTRICTS = List.of("330102", "330105", "330106", "330108", "330109", "330110");

    public static final String PUBLIC_SECURITY = "hz-gaj";
    public static final String MARKET_REGULATION = "hz-scjgj";
    public static final String NATURAL_RESOURCES = "hz-ghzyj";
    public static final String STATISTICS = "hz-tjj";
    public static final String CIVIL_AFFAIRS = "hz-mzj";
    public static final String HUMAN_RESOURCES = "hz-rsj";
    public static final String HEALTH = "hz-wjw";
    public static final String TAX = "hz-swj";
    public static final String HOUSING = "hz-fgj";
    public static final String BIG_DATA = "hz-sjzyj";

    private static final Set<Role> PROVIDER = Set.of(Role.PROVIDER, Role.CONSUMER);

    public static final List<DemoDepartment> DEPARTMENTS = List.of(
            new DemoDepartment(PUBLIC_SECURITY, "杭州市公安局", "Hangzhou Public Security Bureau", PROVIDER),
            new DemoDepartment(MARKET_REGULATION, "杭州市市场监督管理局", "Hangzhou Administration for Market Regulation", PROVIDER),
            new DemoDepartment(NATURAL_RESOURCES, "杭州市规划和自然资源局", "Hangzhou Bureau of Planning and Natural Resources", PROVIDER),
            new DemoDepartment(STATISTICS, "杭州市统计局", "Hangzhou Bureau of Statistics", PROVIDER),
            new DemoDepartment(CIVIL_AFFAIRS, "杭州市民政局", "Hangzhou Civil Affairs Bureau", PROVIDER),
            new DemoDepartment(HUMAN_RESOURCES, "杭州市人力资源和社会保障局", "Hangzhou Human Resources and Social Security Bureau", PROVIDER),
            new DemoDepartment(HEALTH, "杭州市卫生健康委员会", "Hangzhou Health Commission", PROVIDER),
            new DemoDepartment(TAX, "国家税务总局杭州市税务局", "Hangzhou Municipal Tax Service, STA", PROVIDER),
            new DemoDepartment(HOUSING, "杭州市住房保障和房产管理局", "Hangzhou Housing Security and Real Estate Bureau", PROVIDER),
            new DemoDepartment(BIG_DATA, "杭州市数据资源管理局", "Hangzhou Data Resources Bureau",
                    Set.of(Role.PLANNER, Role.AUDITOR, Role.CONSUMER, Role.PROVIDER)));

    private DemoCity() {
    }

    public static Optional<DemoDepartment> department(String code) {
        return DEPARTMENTS.stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
