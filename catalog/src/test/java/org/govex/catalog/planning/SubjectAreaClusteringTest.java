package org.govex.catalog.planning;

import org.govex.catalog.planning.analysis.SubjectAreaClustering;
import org.govex.catalog.planning.analysis.SubjectAreas;
import org.govex.catalog.planning.analysis.UcMatrix;
import org.govex.catalog.planning.model.ModelBuilder;
import org.govex.catalog.planning.model.Origin;
import org.govex.catalog.planning.model.PlanningModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SubjectAreaClusteringTest {

    @Test
    void creatorsOfOneDataClassShareABlockAndForeignUsesBecomeFlows() {
        SubjectAreas s = SubjectAreaClustering.cluster(new UcMatrix(Fixtures.model()));
        // DC-RK-JBXX is created by 公安 户籍 and 人社 社保: their domains fall into one block
        SubjectAreas.Area people = s.areaOfProcess("P-GA-HJ-01");
        assertThat(people.processes()).containsExactly("P-GA-HJ-01", "P-RS-SB-01", "P-RS-SB-03");
        assertThat(people.dataClasses()).containsExactly("DC-RK-JBXX");
        assertThat(people.subjectDatabase()).isEqualTo("population");
        assertThat(people.name()).isEqualTo("户籍管理、社会保险");
        // every C cell inside its block
        assertThat(s.creationsInside()).isEqualTo(1.0);
        assertThat(s.matrix()).allSatisfy(row -> assertThat(row.cells().stream()
                .filter(c -> c.usage().equals("C"))).allMatch(SubjectAreas.Cell::inside));
        // 婚姻登记 (民政) creates 婚姻登记信息, used by 公安 户籍 → a flow from 民政's block to the people block
        String marriage = s.areaOfProcess("P-MZ-HY-01").code();
        assertThat(s.flows()).anySatisfy(f -> {
            assertThat(f.from()).isEqualTo(marriage);
            assertThat(f.to()).isEqualTo(people.code());
            assertThat(f.dataClasses()).contains("DC-RK-HYXX");
        });
        assertThat(s.unownedDataClasses()).containsExactly("DC-JY-XJXX", "DC-MZ-BZFW");
        assertThat(s.dataClassOrder().subList(s.dataClassOrder().size() - 2, s.dataClassOrder().size()))
                .containsExactly("DC-JY-XJXX", "DC-MZ-BZFW");
    }

    @Test
    void aBlockThatCreatesNothingJoinsTheBlockItUsesMost() {
        ModelBuilder b = new ModelBuilder();
        Origin o = new Origin.Json("/t");
        b.department(o, "hz-tjj", "杭州市统计局").department(o, "hz-sjzyj", "杭州市数据资源管理局");
        b.domain(o, "D-TJ-HS", "核算与发布", "hz-tjj").domain(o, "D-SJ-TB", "一网通办", "hz-sjzyj");
        b.process(o, "P-TJ-HS-01", "地区生产总值核算", "D-TJ-HS").process(o, "P-SJ-TB-04", "城市数据驾驶舱", "D-SJ-TB");
        b.dataClass(o, "DC-JJ-GDP", "地区生产总值", "macro-economy");
        b.relation(o, "P-TJ-HS-01", "DC-JJ-GDP", "C").relation(o, "P-SJ-TB-04", "DC-JJ-GDP", "U");
        SubjectAreas s = SubjectAreaClustering.cluster(new UcMatrix(b.build(PlanningModel.EMPTY)));
        assertThat(s.areas()).hasSize(1);
        assertThat(s.areas().get(0).processes()).containsExactly("P-SJ-TB-04", "P-TJ-HS-01");
        assertThat(s.flows()).isEmpty();
        assertThat(s.usesInside()).isEqualTo(1.0);
    }

    @Test
    void theSameModelInAnyInputOrderClustersTheSame() {
        PlanningModel m = Fixtures.model();
        SubjectAreas first = SubjectAreaClustering.cluster(new UcMatrix(m));
        Random random = new Random(42);
        for (int i = 0; i < 5; i++) {
            List<org.govex.catalog.planning.model.UcRelation> cells = new ArrayList<>(m.relations());
            Collections.shuffle(cells, random);
            List<org.govex.catalog.planning.model.BusinessProcess> procs = new ArrayList<>(m.processes());
            Collections.shuffle(procs, random);
            PlanningModel shuffled = new PlanningModel(m.departments(), m.domains(), procs, m.activities(),
                    m.dataClasses(), cells, m.mappings());
            assertThat(SubjectAreaClustering.cluster(new UcMatrix(shuffled))).isEqualTo(first);
        }
    }
}
