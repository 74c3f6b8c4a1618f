package org.govex.catalog.planning;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govex.catalog.planning.io.ModelCsv;
import org.govex.catalog.planning.io.ModelJson;
import org.govex.catalog.planning.io.ModelXlsx;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ModelIoTest {

    private final PlanningModel model = Fixtures.model();

    @Test
    void xlsxRoundTripKeepsEverything() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ModelXlsx.write(model, out);
        PlanningModel back = ModelXlsx.read(new ByteArrayInputStream(out.toByteArray())).build(PlanningModel.EMPTY);
        assertThat(back).isEqualTo(model);
    }

    @Test
    void jsonRoundTripKeepsEverything() {
        byte[] json = ModelJson.write(model).toString().getBytes(StandardCharsets.UTF_8);
        assertThat(ModelJson.read(new ByteArrayInputStream(json)).build(PlanningModel.EMPTY)).isEqualTo(model);
    }

    @Test
    void csvCarriesOneRowPerCellWithoutActivitiesAndMappings() throws IOException {
        StringWriter w = new StringWriter();
        ModelCsv.write(model, w);
        String[] lines = w.toString().split("\r\n");
        assertThat(lines).hasSize(1 + model.relations().size());
        assertThat(lines).contains("hz-gaj,杭州市公安局,D-GA-HJ,户籍管理,P-GA-HJ-01,户口登记,DC-RK-HYXX,婚姻登记信息,population,U");
        PlanningModel back = ModelCsv.read(new ByteArrayInputStream(w.toString().getBytes(StandardCharsets.UTF_8)))
                .build(PlanningModel.EMPTY);
        assertThat(back.relations()).isEqualTo(model.relations());
        assertThat(back.activities()).isEmpty();
        assertThat(back.mappings()).isEmpty();
        // the data class nobody uses cannot travel as a cell
        assertThat(back.dataClasses()).hasSize(model.dataClasses().size() - 1);
    }

    @Test
    void badRowsAreReportedBySheetRowAndColumnAndNothingIsBuilt() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            table(wb, "departments", List.of("code 代码", "name 名称"), List.of(List.of("hz-mzj", "杭州市民政局")));
            table(wb, "domains", List.of("code 代码", "name 名称", "department 部门"),
                    List.of(List.of("D-MZ-HY", "婚姻登记", "hz-mzj"), List.of("D-MZ-JZ", "社会救助", "hz-mzjj")));
            table(wb, "processes", List.of("code", "name", "domain"), List.of(
                    List.of("P-MZ-HY-01", "结婚登记", "D-MZ-HY"),
                    List.of("P-MZ-HY-02", "", "D-MZ-HY"),
                    List.of("P-MZ-HY-01", "结婚登记（重复）", "D-MZ-HY")));
            table(wb, "data-classes", List.of("code", "name", "baseDatabase 基础库"),
                    List.of(List.of("DC-RK-HYXX", "婚姻登记信息", "人口库"), List.of("DC-RK-JBXX", "人口基本信息", "四库")));
            Sheet m = wb.createSheet("uc-matrix");
            row(m, 0, List.of("process", "name", "DC-RK-HYXX", "DC-RK-XXXX"));
            row(m, 1, List.of("P-MZ-HY-01", "结婚登记", "C", "U"));
            row(m, 2, List.of("P-MZ-HY-09", "不存在", "X"));
            wb.write(out);
            xlsx = out.toByteArray();
        }
        GovexException e = catchThrowableOfType(GovexException.class,
                () -> ModelXlsx.read(new ByteArrayInputStream(xlsx)).build(PlanningModel.EMPTY));
        assertThat(e.kind()).isEqualTo(ProblemKind.INVALID);
        assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "domains!C3",          // unknown department hz-mzjj
                "processes!B3",        // name missing
                "processes!A4",        // code P-MZ-HY-01 twice
                "data-classes!C3",     // 四库 is not a base database
                "uc-matrix!D2",        // DC-RK-XXXX unknown
                "uc-matrix!C3");       // X is not C/U (and P-MZ-HY-09 is not reported twice)
        assertThat(e.violations()).filteredOn(v -> v.field().equals("processes!A4")).first()
                .extracting(Violation::message).asString()
                .contains("sheet 'processes', row 4, column A (code)", "already defined at sheet 'processes', row 2");
        assertThat(e.violations()).extracting(Violation::rule).contains("planning.unknownReference", "planning.required",
                "planning.duplicateCode", "planning.baseDatabase", "planning.usage");
    }

    @Test
    void aWorkbookWithoutPlanningSheetsSaysSo() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            table(wb, "Sheet1", List.of("随便"), List.of(List.of("x")));
            wb.write(out);
            xlsx = out.toByteArray();
        }
        GovexException e = catchThrowableOfType(GovexException.class,
                () -> ModelXlsx.read(new ByteArrayInputStream(xlsx)).build(PlanningModel.EMPTY));
        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("workbook");
            assertThat(v.message()).contains("found: Sheet1");
        });
    }

    @Test
    void notAWorkbookIsUnreadable() {
        byte[] csv = "department,process\nhz-gaj,P-GA-HJ-01\n".getBytes(StandardCharsets.UTF_8);
        GovexException e = catchThrowableOfType(GovexException.class, () -> ModelXlsx.read(new ByteArrayInputStream(csv)));
        assertThat(e.kind()).isEqualTo(ProblemKind.UNREADABLE);
    }

    @Test
    void aZipBombIsRefusedAsTooLarge() throws IOException {
        ByteArrayOutputStream good = new ByteArrayOutputStream();
        ModelXlsx.write(model, good);
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("planning", ".xlsx");
        java.nio.file.Files.write(file, good.toByteArray());
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
             ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    xml = xml.replace("</worksheet>", " ".repeat(20_000_000) + "</worksheet>");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.write(data);
                out.closeEntry();
            }
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
        assertThat(bomb.size()).isLessThan(200_000);
        GovexException e = catchThrowableOfType(GovexException.class, () -> ModelXlsx.read(new ByteArrayInputStream(bomb.toByteArray())));
        assertThat(e.kind()).isEqualTo(ProblemKind.TOO_LARGE);
    }

    private static void table(XSSFWorkbook wb, String name, List<String> header, List<List<String>> rows) {
        Sheet s = wb.createSheet(name);
        row(s, 0, header);
        for (int i = 0; i < rows.size(); i++) {
            row(s, i + 1, rows.get(i));
        }
    }

    private static void row(Sheet s, int r, List<String> values) {
        Row row = s.createRow(r);
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isEmpty()) {
                row.createCell(i).setCellValue(values.get(i));
            }
        }
    }
}
