package org.govex.catalog.planning.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.govex.catalog.planning.analysis.PlanningReport;
import org.govex.catalog.planning.analysis.SubjectAreas;
import org.govex.catalog.planning.analysis.Table;
import org.govex.catalog.planning.analysis.UcMatrix;
import org.govex.catalog.planning.io.ModelXlsx;
import org.govex.catalog.planning.io.XlsxSheets;
import org.govex.catalog.planning.model.BusinessProcess;
import org.govex.catalog.planning.model.DataClass;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Writes analysis tables as CSV (the first table) or as an XLSX workbook (all tables, plus matrices). */
public final class AnalysisWriter {

    private AnalysisWriter() {
    }

    public static void csv(Table table, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(table.header().toArray(String[]::new)).get());
        for (List<Object> row : table.rows()) {
            p.printRecord(row.stream().map(AnalysisWriter::inert).toList());
        }
        p.flush(); // not closed: the caller owns the stream
    }

    /**
     * Text a spreadsheet would read as a formula (=, +, -, @ first) gets a leading apostrophe, so a
     * name loaded by one planner cannot run in another's Excel. Numbers stay numbers.
     */
    static Object inert(Object v) {
        if (v instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            return "'" + s;
        }
        return v;
    }

    public static void xlsx(List<Table> tables, OutputStream out) throws IOException {
        try (XlsxSheets.Book book = new XlsxSheets.Book()) {
            tables.forEach(t -> book.table(t.name(), t.header(), t.rows()));
            book.write(out);
        }
    }

    /** Subject areas: the areas, the flows and the reordered matrix. */
    public static void subjectAreasXlsx(UcMatrix m, SubjectAreas s, OutputStream out) throws IOException {
        try (XlsxSheets.Book book = new XlsxSheets.Book()) {
            AnalysisTables.subjectAreas(s).forEach(t -> book.table(t.name(), t.header(), t.rows()));
            reordered(book, m, s);
            book.write(out);
        }
    }

    /** The report: a summary sheet, the U/C matrix, and every analysis's sheets. */
    public static void reportXlsx(UcMatrix m, PlanningReport r, OutputStream out) throws IOException {
        try (XlsxSheets.Book book = new XlsxSheets.Book()) {
            Table summary = AnalysisTables.summary(r);
            book.table(summary.name(), summary.header(), summary.rows());
            ModelXlsx.writeMatrix(book, "uc-matrix", m.processes(), m.dataClasses(), m.model().relations());
            List<Table> tables = new ArrayList<>();
            tables.addAll(AnalysisTables.coverage(r.coverage()));
            tables.addAll(AnalysisTables.freshness(r.freshness()));
            tables.addAll(AnalysisTables.sharing(r.sharing()));
            tables.addAll(AnalysisTables.subjectAreas(r.subjectAreas()));
            tables.forEach(t -> book.table(t.name(), t.header(), t.rows()));
            reordered(book, m, r.subjectAreas());
            book.write(out);
        }
    }

    private static void reordered(XlsxSheets.Book book, UcMatrix m, SubjectAreas s) {
        Map<String, BusinessProcess> procs = m.processes().stream().collect(Collectors.toMap(BusinessProcess::code, Function.identity()));
        Map<String, DataClass> classes = m.dataClasses().stream().collect(Collectors.toMap(DataClass::code, Function.identity()));
        ModelXlsx.writeMatrix(book, "subject-matrix", s.processOrder().stream().map(procs::get).toList(),
                s.dataClassOrder().stream().map(classes::get).toList(), m.model().relations());
    }
}
