package org.govex.catalog.planning.io;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.govex.catalog.planning.model.BusinessProcess;
import org.govex.catalog.planning.model.DataClass;
import org.govex.catalog.planning.model.ModelBuilder;
import org.govex.catalog.planning.model.Origin;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.catalog.planning.model.UcRelation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The model as a workbook planners edit in Excel: a {@value #MATRIX} sheet (processes as rows,
 * data classes as columns, cells C or U; row 1 the data class codes, an optional row 2 their
 * names) and one table sheet each for departments, domains, processes, activities, data classes
 * and mappings. Table headers are matched by their first word ({@code code 代码} reads as {@code code}).
 */
public final class ModelXlsx {

    public static final String MATRIX = "uc-matrix";
    public static final Map<String, List<String>> TABLES = new java.util.LinkedHashMap<>();

    static {
        TABLES.put("departments", List.of("code", "name"));
        TABLES.put("domains", List.of("code", "name", "department"));
        TABLES.put("processes", List.of("code", "name", "domain"));
        TABLES.put("activities", List.of("code", "name", "process"));
        TABLES.put("data-classes", List.of("code", "name", "baseDatabase"));
        TABLES.put("mappings", List.of("dataClass", "resource", "dataElements"));
    }

    private static final Map<String, String> ZH = Map.of("code", "代码", "name", "名称", "department", "部门",
            "domain", "职能域", "process", "业务过程", "baseDatabase", "基础库", "dataClass", "数据类",
            "resource", "信息资源代码", "dataElements", "数据元");

    private ModelXlsx() {
    }

    public static ModelBuilder read(InputStream in) {
        Map<String, List<XlsxSheets.SheetRow>> sheets = XlsxSheets.read(in);
        ModelBuilder b = new ModelBuilder();
        if (TABLES.keySet().stream().noneMatch(sheets::containsKey) && !sheets.containsKey(MATRIX)) {
            return b.error("workbook", "planning.sheets", "the workbook has none of the sheets "
                    + MATRIX + ", " + String.join(", ", TABLES.keySet()) + " (found: " + String.join(", ", sheets.keySet()) + ")");
        }
        table(b, sheets, "departments", (o, v) -> b.department(o, v.get("code"), v.get("name")));
        table(b, sheets, "domains", (o, v) -> b.domain(o, v.get("code"), v.get("name"), v.get("department")));
        table(b, sheets, "processes", (o, v) -> b.process(o, v.get("code"), v.get("name"), v.get("domain")));
        table(b, sheets, "activities", (o, v) -> b.activity(o, v.get("code"), v.get("name"), v.get("process")));
        table(b, sheets, "data-classes", (o, v) -> b.dataClass(o, v.get("code"), v.get("name"), v.get("baseDatabase")));
        table(b, sheets, "mappings", (o, v) -> b.mapping(o, v.get("dataClass"), v.get("resource"), v.get("dataElements")));
        List<XlsxSheets.SheetRow> matrix = sheets.get(MATRIX);
        if (matrix != null) {
            matrix(b, matrix);
        }
        return b;
    }

    private static void table(ModelBuilder b, Map<String, List<XlsxSheets.SheetRow>> sheets, String sheet,
                              java.util.function.BiConsumer<Origin, Map<String, String>> row) {
        List<XlsxSheets.SheetRow> rows = sheets.get(sheet);
        if (rows == null || rows.isEmpty()) {
            return;
        }
        List<String> expected = TABLES.get(sheet);
        XlsxSheets.SheetRow header = rows.get(0);
        Map<String, Integer> pos = new HashMap<>();
        header.cells().forEach((col, text) -> {
            String key = text.trim().split("[\\s（(]+")[0];
            expected.stream().filter(e -> e.equalsIgnoreCase(key) || ZH.get(e).equals(key)).findFirst()
                    .ifPresent(e -> pos.putIfAbsent(e, col));
        });
        java.util.function.Function<String, String> letters = c -> pos.containsKey(c) ? XlsxSheets.letter(pos.get(c)) : c;
        boolean complete = true;
        for (String column : expected) {
            if (!pos.containsKey(column) && !column.equals("dataElements")) {
                b.error(new Origin.Row(sheet, header.number(), letters), column, "planning.header",
                        "the header row has no column '" + column + "' (" + ZH.get(column) + ")");
                complete = false;
            }
        }
        if (!complete) {
            return;
        }
        for (XlsxSheets.SheetRow r : rows.subList(1, rows.size())) {
            Map<String, String> values = new HashMap<>();
            pos.forEach((column, col) -> values.put(column, r.get(col)));
            row.accept(new Origin.Row(sheet, r.number(), letters), values);
        }
    }

    private static void matrix(ModelBuilder b, List<XlsxSheets.SheetRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        XlsxSheets.SheetRow header = rows.get(0);
        int first = 1;
        // an optional second header row carries the data class names: its column A is blank
        if (rows.size() > 1 && rows.get(1).get(0) == null && rows.get(1).number() == header.number() + 1) {
            first = 2;
        }
        for (XlsxSheets.SheetRow r : rows.subList(first, rows.size())) {
            String process = r.get(0);
            for (Map.Entry<Integer, String> cell : r.cells().entrySet()) {
                int col = cell.getKey();
                if (col < 2) {
                    continue;
                }
                String letter = XlsxSheets.letter(col);
                Origin o = new Origin.Row(MATRIX, r.number(), c -> c.equals("process") ? "A" : letter);
                String dataClass = header.get(col);
                if (dataClass == null) {
                    b.error(o, "dataClass", "planning.header", "the cell '" + cell.getValue()
                            + "' is under a column without a data class code in row " + header.number());
                    continue;
                }
                b.relation(o, process, dataClass, cell.getValue());
            }
        }
    }

    public static void write(PlanningModel m, OutputStream out) throws IOException {
        try (XlsxSheets.Book book = new XlsxSheets.Book()) {
            matrixSheet(book, m);
            book.table("departments", header("departments"),
                    m.departments().stream().map(d -> List.of(d.code(), d.name())).toList());
            book.table("domains", header("domains"),
                    m.domains().stream().map(d -> List.of(d.code(), d.name(), d.departmentCode())).toList());
            book.table("processes", header("processes"),
                    m.processes().stream().map(p -> List.of(p.code(), p.name(), p.domainCode())).toList());
            book.table("activities", header("activities"),
                    m.activities().stream().map(a -> List.of(a.code(), a.name(), a.processCode())).toList());
            book.table("data-classes", header("data-classes"), m.dataClasses().stream()
                    .map(c -> List.of(c.code(), c.name(), c.baseDatabase() == null ? "" : c.baseDatabase().id())).toList());
            book.table("mappings", header("mappings"), m.mappings().stream()
                    .map(x -> List.of(x.dataClassCode(), x.resourceCode(), String.join(",", x.dataElements()))).toList());
            book.write(out);
        }
    }

    private static List<String> header(String sheet) {
        return TABLES.get(sheet).stream().map(c -> c + " " + ZH.get(c)).toList();
    }

    /** Processes in domain order as rows, data classes as columns (codes in row 1, names in row 2). */
    private static void matrixSheet(XlsxSheets.Book book, PlanningModel m) {
        List<BusinessProcess> processes = m.processes().stream()
                .sorted(java.util.Comparator.comparing(BusinessProcess::domainCode).thenComparing(BusinessProcess::code)).toList();
        writeMatrix(book, MATRIX, processes, m.dataClasses(), m.relations());
    }

    /** Writes a U/C matrix sheet in the given row and column order (shared with the analyses). */
    public static void writeMatrix(XlsxSheets.Book book, String name, List<BusinessProcess> processes,
                                   List<DataClass> classes, List<UcRelation> relations) {
        SXSSFSheet sheet = book.sheet(name);
        Map<String, Integer> col = new HashMap<>();
        Row codes = sheet.createRow(0);
        Row names = sheet.createRow(1);
        codes.createCell(0).setCellValue("process 业务过程");
        codes.createCell(1).setCellValue("name 名称");
        codes.getCell(0).setCellStyle(book.bold());
        codes.getCell(1).setCellStyle(book.bold());
        for (int i = 0; i < classes.size(); i++) {
            col.put(classes.get(i).code(), i + 2);
            codes.createCell(i + 2).setCellValue(classes.get(i).code());
            codes.getCell(i + 2).setCellStyle(book.bold());
            names.createCell(i + 2).setCellValue(classes.get(i).name());
        }
        Map<String, Map<String, String>> cells = new HashMap<>();
        for (UcRelation r : relations) {
            cells.computeIfAbsent(r.processCode(), k -> new HashMap<>()).put(r.dataClassCode(), r.usage().name());
        }
        int r = 2;
        for (BusinessProcess p : processes) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(p.code());
            row.createCell(1).setCellValue(p.name());
            cells.getOrDefault(p.code(), Map.of()).forEach((dc, usage) -> {
                Integer c = col.get(dc);
                if (c != null) {
                    row.createCell(c).setCellValue(usage);
                }
            });
        }
        sheet.createFreezePane(2, 2);
        sheet.setColumnWidth(0, 16 * 256);
        sheet.setColumnWidth(1, 24 * 256);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
