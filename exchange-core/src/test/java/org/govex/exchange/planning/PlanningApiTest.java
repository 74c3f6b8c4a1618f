package org.govex.exchange.planning;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Planning through the API, on the demo model of Hangzhou. */
@QuarkusTest
class PlanningApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    /** 杭州市数据资源管理局: planner and auditor of the demo city. */
    static final String PLANNER = "test-key-hz-sjzyj";
    static final String PROVIDER = "test-key-hz-gaj";

    static byte[] demoXlsx() throws IOException {
        try (InputStream in = PlanningApiTest.class.getClassLoader().getResourceAsStream("demo/planning/hangzhou-planning.xlsx")) {
            return in.readAllBytes();
        }
    }

    /** The store may hold any model from earlier runs or tests: start from the demo model. */
    @BeforeEach
    void loadDemoModel() throws IOException {
        given().auth().oauth2(PLANNER).contentType(XLSX).body(demoXlsx())
                .when().put("/api/v1/planning/model")
                .then().statusCode(200)
                .body("mode", equalTo("REPLACE"))
                .body("model.departments", equalTo(10))
                .body("model.processes", equalTo(78))
                .body("model.dataClasses", equalTo(53))
                .body("model.cells", equalTo(250))
                .body("model.activities", equalTo(234));
    }

    @Test
    void coverageFindsTheKnownDefectsOfTheDemoModelByName() {
        JsonPath cov = given().auth().oauth2(PLANNER).accept(ContentType.JSON)
                .get("/api/v1/planning/coverage").then().statusCode(200).extract().jsonPath();
        // 一数一源: 人口基本信息 from 公安 and 人社, 法人基本信息 from 市场监管 and 税务, 标准地址 from 公安 and 民政
        assertThat(creators(cov, "DC-RK-JBXX")).containsExactly("hz-gaj", "hz-rsj");
        assertThat(creators(cov, "DC-FR-JBXX")).containsExactly("hz-scjgj", "hz-swj");
        assertThat(creators(cov, "DC-DL-BZDZ")).containsExactly("hz-gaj", "hz-mzj");
        List<String> duplicates = new ArrayList<>();
        for (Map<String, Object> c : cov.<Map<String, Object>>getList("dataClasses")) {
            if (((List<?>) c.get("findings")).contains("DUPLICATE_SOURCE")) {
                duplicates.add((String) c.get("code"));
            }
        }
        assertThat(duplicates).containsExactly("DC-DL-BZDZ", "DC-FR-JBXX", "DC-RK-JBXX");
        // gaps: 住房保障资格, 经济普查, 学籍信息 (no modelled department creates it), 标准地址 (no resource either);
        // 网签备案 and 居住证 are mapped, but to a draft and to a withdrawn entry
        for (String gap : List.of("DC-FG-ZFBZ", "DC-JJ-JJPC", "DC-JY-XJXX", "DC-DL-BZDZ", "DC-FG-WQBA", "DC-RK-JZZ")) {
            assertThat(status(cov, gap)).as(gap).isEqualTo("GAP");
        }
        assertThat(cov.getList("dataClasses.find { it.code == 'DC-JY-XJXX' }.findings")).contains("NO_CREATOR");
        assertThat(cov.getList("dataClasses.find { it.code == 'DC-FG-WQBA' }.unpublishedResources")).containsExactly("309001-000001");
        assertThat(cov.getList("dataClasses.find { it.code == 'DC-RK-JZZ' }.unpublishedResources")).containsExactly("301001-000001");
        // 诊疗记录 only in 居民电子健康档案 (不予共享), while 人社's 医保结算 uses it
        assertThat(status(cov, "DC-WJ-JZJL")).isEqualTo("NOT_SHARED");
        assertThat(cov.getList("dataClasses.find { it.code == 'DC-WJ-JZJL' }.userDepartments")).contains("hz-rsj");
        // duplicates that a published resource provides keep DUPLICATE_SOURCE as their status
        assertThat(status(cov, "DC-RK-JBXX")).isEqualTo("DUPLICATE_SOURCE");
        assertThat(cov.getList("dataClasses.find { it.code == 'DC-FR-JBXX' }.resources.code"))
                .containsExactly("102001-000001", "102002-000001");
        for (String covered : List.of("DC-RK-HYXX", "DC-RK-CBXX", "DC-FR-SHZZ", "DC-DL-DKXX", "DC-DL-BDCDJ", "DC-DL-XZQH",
                "DC-JJ-GDP", "DC-JJ-CPI", "DC-RK-JYXX")) {
            assertThat(status(cov, covered)).as(covered).isEqualTo("COVERED");
        }
        assertThat(cov.getList("dataClasses.find { it.code == 'DC-RK-HYXX' }.userDepartments"))
                .containsExactly("hz-fgj", "hz-gaj", "hz-ghzyj", "hz-sjzyj", "hz-swj");
        assertThat(status(cov, "DC-MZ-BZFW")).isEqualTo("UNUSED");
        // published, mapped to no data class, consumed by no subscription
        assertThat(cov.getList("orphans.code")).contains("104002-000001", "203001-000001", "310001-000001")
                .doesNotContain("101001-000001", "304001-000001");
    }

    private static String status(JsonPath cov, String code) {
        return cov.getString("dataClasses.find { it.code == '" + code + "' }.status");
    }

    private static List<String> creators(JsonPath cov, String code) {
        return cov.getList("dataClasses.find { it.code == '" + code + "' }.creatorDepartments", String.class);
    }

    @Test
    void malformedSpreadsheetGetsRowLevelErrorsAndNothingIsLoaded() throws IOException {
        byte[] bad;
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet p = wb.createSheet("processes");
            row(p, 0, "code 代码", "name 名称", "domain 职能域");
            row(p, 1, "P-MZ-HY-03", "补领婚姻登记证", "D-MZ-HY");
            row(p, 2, "P-MZ-HY-04", "", "D-MZ-HUNYIN");
            Sheet m = wb.createSheet("uc-matrix");
            row(m, 0, "process", "name", "DC-RK-HYXX", "DC-RK-JBXX");
            row(m, 1, "P-MZ-HY-03", "补领婚姻登记证", "U", "使用");
            row(m, 2, "P-MZ-HY-03", "补领婚姻登记证", "", "CU");
            wb.write(out);
            bad = out.toByteArray();
        }
        given().auth().oauth2(PLANNER).contentType(XLSX).body(bad).queryParam("mode", "merge")
                .when().put("/api/v1/planning/model")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("validation-failed"))
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("processes!B3", "processes!C3", "uc-matrix!D3"))
                .body("errors.find { it.field == 'uc-matrix!D3' }.message",
                        containsString("sheet 'uc-matrix', row 3, column D (usage): 'CU' is not C or U"))
                .body("errors.find { it.field == 'processes!C3' }.message",
                        containsString("no functional domain 'D-MZ-HUNYIN'"));
        // the valid row 2 was not loaded either
        given().auth().oauth2(PLANNER).get("/api/v1/planning/model")
                .then().statusCode(200).body("processes.size()", equalTo(78))
                .body("processes.find { it.code == 'P-MZ-HY-03' }", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void uploadsThatAreNotModelsAreRefusedClearly() {
        given().auth().oauth2(PLANNER).contentType(XLSX).body("办事指南.docx".getBytes())
                .put("/api/v1/planning/model").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(PLANNER).contentType("application/xml").body("<model/>")
                .put("/api/v1/planning/model").then().statusCode(415);
        given().auth().oauth2(PLANNER).contentType(ContentType.JSON).body("{}").queryParam("mode", "append")
                .put("/api/v1/planning/model").then().statusCode(422).body("errors[0].field", equalTo("mode"));
        given().auth().oauth2(PLANNER).contentType("text/csv").body("process,usage\nP-GA-HJ-01,C\n")
                .put("/api/v1/planning/model").then().statusCode(422)
                .body("errors[0].message", containsString("lacks column 'department'"));
    }

    @Test
    void onlyPlannersAndAdminsLoadAndProvidersDoNotRead() {
        given().auth().oauth2(PROVIDER).contentType(ContentType.JSON).body("{}")
                .put("/api/v1/planning/model").then().statusCode(403);
        given().auth().oauth2(PROVIDER).get("/api/v1/planning/coverage").then().statusCode(403);
        given().get("/api/v1/planning/coverage").then().statusCode(401);
        given().auth().oauth2("test-admin-key-0123456789").get("/api/v1/planning/sharing").then().statusCode(200);
    }

    @Test
    void csvMergeAddsCellsAndTheModelRoundTripsThroughItsOwnExports() throws IOException {
        String csv = """
                department,departmentName,domain,domainName,process,processName,dataClass,dataClassName,baseDatabase,usage
                hz-mzj,杭州市民政局,D-MZ-HY,婚姻登记,P-MZ-HY-03,补领婚姻登记证,DC-RK-HYXX,婚姻登记信息,population,U
                """;
        given().auth().oauth2(PLANNER).contentType("text/csv; charset=UTF-8").body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .queryParam("mode", "merge").put("/api/v1/planning/model")
                .then().statusCode(200).body("model.processes", equalTo(79)).body("model.cells", equalTo(251))
                .body("model.activities", equalTo(234));
        byte[] exported = given().auth().oauth2(PLANNER).accept(XLSX).get("/api/v1/planning/model")
                .then().statusCode(200).extract().asByteArray();
        given().auth().oauth2(PLANNER).contentType(XLSX).body(exported).put("/api/v1/planning/model")
                .then().statusCode(200).body("model.processes", equalTo(79)).body("model.cells", equalTo(251))
                .body("model.activities", equalTo(234));
        String json = given().auth().oauth2(PLANNER).get("/api/v1/planning/model").asString();
        given().auth().oauth2(PLANNER).contentType(ContentType.JSON).body(json).put("/api/v1/planning/model")
                .then().statusCode(200).body("model.cells", equalTo(251));
    }

    @Test
    void analysesComeAsJsonCsvAndXlsx() throws IOException {
        String csv = given().auth().oauth2(PLANNER).accept("text/csv").get("/api/v1/planning/coverage")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asString();
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(53);
        assertThat(rows).filteredOn(r -> r.get("dataClass").equals("DC-FR-JBXX")).singleElement()
                .satisfies(r -> assertThat(r.get("creatorDepartments")).isEqualTo("hz-scjgj hz-swj"));

        for (String analysis : List.of("coverage", "freshness", "sharing", "subject-areas", "uc-matrix")) {
            byte[] xlsx = given().auth().oauth2(PLANNER).queryParam("format", "xlsx").get("/api/v1/planning/" + analysis)
                    .then().statusCode(200).contentType(XLSX)
                    .header("Content-Disposition", containsString("govex-" + analysis)).extract().asByteArray();
            try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                assertThat(wb.getNumberOfSheets()).as(analysis).isGreaterThan(0);
                assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).as(analysis).isNotBlank();
            }
            given().auth().oauth2(PLANNER).queryParam("format", "csv").get("/api/v1/planning/" + analysis)
                    .then().statusCode(200).contentType(containsString("text/csv"));
        }
        given().auth().oauth2(PLANNER).get("/api/v1/planning/uc-matrix").then().statusCode(200)
                .body("processes.size()", equalTo(78)).body("dataClasses.size()", equalTo(53))
                .body("cells.size()", equalTo(250))
                .body("cells.find { it.process == 'P-MZ-HY-01' && it.dataClass == 'DC-RK-HYXX' }.usage", equalTo("C"));
    }

    @Test
    void subjectAreasKeepEveryCreatorInItsBlock() {
        JsonPath s = given().auth().oauth2(PLANNER).get("/api/v1/planning/subject-areas")
                .then().statusCode(200).extract().jsonPath();
        assertThat(s.getDouble("creationsInside")).isEqualTo(1.0);
        assertThat(s.getList("processOrder")).hasSize(78);
        assertThat(s.getList("dataClassOrder")).hasSize(53);
        // the duplicate creators of 人口基本信息 (公安 户籍, 人社 社保) land in one subject area
        String area = s.getString("areas.find { it.processes.contains('P-GA-HJ-01') }.code");
        assertThat(s.getList("areas.find { it.code == '" + area + "' }.processes")).contains("P-RS-SB-01");
        assertThat(s.getList("areas.find { it.code == '" + area + "' }.dataClasses")).contains("DC-RK-JBXX");
        assertThat(s.getList("unownedDataClasses")).containsExactly("DC-JY-XJXX", "DC-MZ-BZFW");
        // deterministic: the same model clusters the same
        String once = given().auth().oauth2(PLANNER).get("/api/v1/planning/subject-areas").asString();
        assertThat(given().auth().oauth2(PLANNER).get("/api/v1/planning/subject-areas").asString()).isEqualTo(once);
    }

    @Test
    void reportBundlesEverythingStampedWithTimeAndCatalogVersion() throws IOException {
        JsonPath r = given().auth().oauth2(PLANNER).get("/api/v1/planning/report").then().statusCode(200).extract().jsonPath();
        assertThat(r.getString("generatedAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(r.getString("catalogVersion")).matches("\\d+ published, modified .*, sha256:[0-9a-f]{16}");
        // every published entry of the demo catalog is held to its update cycle
        assertThat(r.getList("freshness.resources.code")).contains("101001-000001", "104001-000001", "304001-000001")
                .doesNotContain("309001-000001", "301001-000001");
        assertThat(r.getString("freshness.resources.find { it.code == '103002-000001' }.updateCycle")).isEqualTo("ANNUAL");
        assertThat(r.getString("freshness.resources.find { it.code == '304001-000001' }.updateCycle")).isEqualTo("CONT");
        // sharing: 卫健委's demo entry is 不予共享 (other tests may add shared entries of theirs to the store)
        int wjwResources = r.getInt("sharing.byDepartment.find { it.key == 'hz-wjw' }.resources");
        int wjwShared = wjwResources - r.getInt("sharing.byDepartment.find { it.key == 'hz-wjw' }.notShared");
        assertThat(r.getInt("sharing.byDepartment.find { it.key == 'hz-wjw' }.notShared")).isGreaterThanOrEqualTo(1);
        assertThat(r.getDouble("sharing.byDepartment.find { it.key == 'hz-wjw' }.shareRate"))
                .isCloseTo((double) wjwShared / wjwResources, org.assertj.core.data.Offset.offset(0.0001));
        assertThat(r.getInt("sharing.byBaseDatabase.find { it.key == 'population' }.resources")).isGreaterThanOrEqualTo(3);
        assertThat(r.getInt("model.processes")).isEqualTo(78);
        assertThat(r.getList("coverage.dataClasses")).hasSize(53);
        assertThat(r.getMap("freshness.summary")).containsKeys("FRESH", "OVERDUE");
        assertThat(r.getList("subjectAreas.areas")).isNotEmpty();
        byte[] xlsx = given().auth().oauth2(PLANNER).accept(XLSX).get("/api/v1/planning/report")
                .then().statusCode(200).extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            wb.forEach(sh -> sheets.add(sh.getSheetName()));
            assertThat(sheets).containsExactly("summary", "uc-matrix", "coverage", "orphans", "conflicts", "freshness",
                    "sharing", "overdue-requests", "subject-areas", "flows", "subject-matrix");
            assertThat(wb.getSheet("summary").getRow(2).getCell(0).getStringCellValue()).isEqualTo("catalogVersion");
            assertThat(wb.getSheet("uc-matrix").getLastRowNum()).isEqualTo(1 + 78);
        }
        given().auth().oauth2(PLANNER).accept("text/csv").get("/api/v1/planning/report").then().statusCode(406);
    }

    private static void row(Sheet s, int r, String... values) {
        Row row = s.createRow(r);
        for (int i = 0; i < values.length; i++) {
            if (!values[i].isEmpty()) {
                row.createCell(i).setCellValue(values[i]);
            }
        }
    }
}
