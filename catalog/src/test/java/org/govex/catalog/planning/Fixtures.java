package org.govex.catalog.planning;

import org.govex.catalog.planning.facts.ConflictFact;
import org.govex.catalog.planning.facts.OpenType;
import org.govex.catalog.planning.facts.ResourceFact;
import org.govex.catalog.planning.facts.ShareType;
import org.govex.catalog.planning.model.ModelBuilder;
import org.govex.catalog.planning.model.Origin;
import org.govex.catalog.planning.model.PlanningModel;

import java.time.Instant;
import java.util.List;

/** A small Hangzhou planning model with one defect of each kind, and catalog facts to match. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private Fixtures() {
    }

    static PlanningModel model() {
        ModelBuilder b = new ModelBuilder();
        Origin o = new Origin.Json("/test");
        b.department(o, "hz-gaj", "杭州市公安局").department(o, "hz-mzj", "杭州市民政局")
                .department(o, "hz-rsj", "杭州市人力资源和社会保障局").department(o, "hz-wjw", "杭州市卫生健康委员会");
        b.domain(o, "D-GA-HJ", "户籍管理", "hz-gaj").domain(o, "D-MZ-HY", "婚姻登记", "hz-mzj")
                .domain(o, "D-MZ-DM", "区划地名管理", "hz-mzj").domain(o, "D-RS-SB", "社会保险", "hz-rsj")
                .domain(o, "D-WJ-YL", "医疗服务", "hz-wjw");
        b.process(o, "P-GA-HJ-01", "户口登记", "D-GA-HJ").process(o, "P-MZ-HY-01", "结婚登记", "D-MZ-HY")
                .process(o, "P-MZ-DM-01", "行政区划管理", "D-MZ-DM").process(o, "P-RS-SB-01", "参保登记", "D-RS-SB")
                .process(o, "P-RS-SB-03", "医保结算", "D-RS-SB").process(o, "P-WJ-YL-01", "诊疗服务", "D-WJ-YL");
        b.activity(o, "P-GA-HJ-01-01", "户口登记受理", "P-GA-HJ-01");
        b.dataClass(o, "DC-RK-JBXX", "人口基本信息", "population").dataClass(o, "DC-RK-HYXX", "婚姻登记信息", "人口库")
                .dataClass(o, "DC-WJ-JZJL", "诊疗记录", null).dataClass(o, "DC-DL-XZQH", "行政区划", "geospatial")
                .dataClass(o, "DC-MZ-BZFW", "殡葬服务信息", "").dataClass(o, "DC-JY-XJXX", "学籍信息", null);
        b.relation(o, "P-GA-HJ-01", "DC-RK-JBXX", "C").relation(o, "P-RS-SB-01", "DC-RK-JBXX", "C")
                .relation(o, "P-MZ-HY-01", "DC-RK-JBXX", "U")
                .relation(o, "P-MZ-HY-01", "DC-RK-HYXX", "C").relation(o, "P-GA-HJ-01", "DC-RK-HYXX", "U")
                .relation(o, "P-WJ-YL-01", "DC-WJ-JZJL", "C").relation(o, "P-RS-SB-03", "DC-WJ-JZJL", "U")
                .relation(o, "P-MZ-DM-01", "DC-DL-XZQH", "C").relation(o, "P-GA-HJ-01", "DC-DL-XZQH", "U")
                .relation(o, "P-RS-SB-01", "DC-DL-XZQH", "U").relation(o, "P-WJ-YL-01", "DC-JY-XJXX", "U");
        b.mapping(o, "DC-RK-JBXX", "R-GA-001", "idNumber,name").mapping(o, "DC-WJ-JZJL", "R-WJ-001", null)
                .mapping(o, "DC-DL-XZQH", "R-MZ-002", null).mapping(o, "DC-DL-XZQH", "R-MZ-099", null);
        return b.build(PlanningModel.EMPTY);
    }

    static ResourceFact resource(String code, String provider, ShareType share, OpenType open, String cycle,
                                 String base, Instant last, int subscribers) {
        return new ResourceFact(code, "资源" + code, provider, share, open, cycle, base, null, last, 100, subscribers, List.of());
    }

    static List<ResourceFact> published() {
        return List.of(
                resource("R-GA-001", "hz-gaj", ShareType.UNCONDITIONAL, OpenType.NONE, "DAILY", "population",
                        Instant.parse("2026-11-19T20:00:00Z"), 3),
                resource("R-WJ-001", "hz-wjw", ShareType.NONE, OpenType.NONE, "每月", null,
                        Instant.parse("2026-09-01T00:00:00Z"), 0),
                resource("R-MZ-002", "hz-mzj", ShareType.UNCONDITIONAL, OpenType.OPEN, "ANNUAL", "geospatial",
                        Instant.parse("2026-01-10T00:00:00Z"), 1),
                resource("R-GH-009", "hz-ghzyj", ShareType.CONDITIONAL, OpenType.CONDITIONAL, "IRREG", "geospatial", null, 0),
                resource("R-TJ-003", "hz-tjj", ShareType.CONDITIONAL, OpenType.OPEN, "QUARTERLY", "macro-economy", null, 2));
    }

    static List<ConflictFact> conflicts() {
        return List.of(
                new ConflictFact("C-1", "population", "330106199001011234", "domicileAddress", List.of("hz-gaj", "hz-rsj"),
                        List.of("R-GA-001", "R-RS-004"), Instant.parse("2026-11-18T08:00:00Z")),
                new ConflictFact("C-2", "legal-entity", "91330106MA2XXXXX0X", "registeredAddress",
                        List.of("hz-scjgj", "hz-swj"), List.of("R-SC-001"), Instant.parse("2026-11-18T09:00:00Z")));
    }
}
