package org.govex.catalog.planning;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.govex.catalog.planning.analysis.CoverageAnalysis;
import org.govex.catalog.planning.analysis.CoverageReport;
import org.govex.catalog.planning.analysis.UcMatrix;
import org.govex.catalog.planning.export.AnalysisTables;
import org.govex.catalog.planning.export.AnalysisWriter;
import org.govex.catalog.planning.model.DataClass;
import org.govex.catalog.planning.model.PlanningModel;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisExportTest {

    @Test
    void csvDefusesFormulasAndXlsxKeepsThemAsText() throws IOException {
        PlanningModel m = Fixtures.model();
        List<DataClass> classes = m.dataClasses().stream()
                .map(c -> c.code().equals("DC-RK-HYXX") ? new DataClass(c.code(), "=HYPERLINK(\"http://evil.example\",\"婚姻\")", c.baseDatabase()) : c)
                .toList();
        PlanningModel evil = new PlanningModel(m.departments(), m.domains(), m.processes(), m.activities(), classes,
                m.relations(), m.mappings());
        CoverageReport r = CoverageAnalysis.analyse(new UcMatrix(evil), Fixtures.published(), Fixtures.conflicts());

        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        AnalysisWriter.csv(AnalysisTables.coverage(r).get(0), csv);
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("DC-RK-HYXX,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"婚姻\"\")\",population,GAP");

        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        AnalysisWriter.xlsx(AnalysisTables.coverage(r), xlsx);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("coverage");
            assertThat(wb.getSheet("orphans").getRow(1).getCell(0).getStringCellValue()).isEqualTo("R-GH-009");
            var cell = wb.getSheet("coverage").getRow(4).getCell(1);
            assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(wb.getSheet("conflicts").getRow(1).getCell(1).getStringCellValue()).isEqualTo("C-1");
        }
    }
}
