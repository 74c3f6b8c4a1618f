package org.govex.catalog.planning.io;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reading and writing plain table sheets. Reading streams the sheets (SAX, no DOM of the whole
 * workbook) behind POI's zip-bomb guards and limits of our own on entries, text, rows and cells;
 * writing streams too (SXSSF), so large reports stay within a bounded heap.
 */
public final class XlsxSheets {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final int MAX_ROWS_PER_SHEET = 100_000;
    public static final long MAX_CELLS = 2_000_000;
    public static final int MAX_CELL_CHARS = 2_000;

    static {
        // zip bombs: an entry may not inflate more than 100×, nor exceed 100 MiB; at most 1,000 entries.
        // POI keeps these JVM-wide; they only tighten its defaults (ratio 0.01, 4 GiB, 1,000).
        ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), 0.01));
        ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), 100L * 1024 * 1024));
        ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), 1_000));
    }

    /** One row of a read sheet: its 1-based number and its non-blank cells by 0-based column. */
    public record SheetRow(int number, Map<Integer, String> cells) {
        public String get(int column) {
            return cells.get(column);
        }
    }

    private XlsxSheets() {
    }

    /** Column letter of a 0-based column index (0 → A). */
    public static String letter(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** Reads every sheet of an .xlsx workbook as rows of formatted cell text, by sheet name in workbook order. */
    public static Map<String, List<SheetRow>> read(InputStream in) {
        Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
        long[] cells = {0};
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheetData = it.next()) {
                    String name = it.getSheetName();
                    List<SheetRow> rows = new ArrayList<>();
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings,
                            new Collector(name, rows, cells), new DataFormatter(java.util.Locale.ROOT), false));
                    xml.parse(new InputSource(sheetData));
                    sheets.put(name, rows);
                }
            }
        } catch (GovexException e) {
            throw e;
        } catch (Exception | OutOfMemoryError e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.contains("Zip bomb") || msg.contains("MAX_ENTRY_SIZE") || msg.contains("max text size")
                    || msg.contains("MaxFileCount") || msg.contains("exceeds the maximum") || e instanceof OutOfMemoryError) {
                throw new GovexException(ProblemKind.TOO_LARGE, "xlsx-limit",
                        "The workbook exceeds a safety limit: " + firstLine(msg), List.of(), null);
            }
            throw GovexException.unreadable("The upload is not a readable .xlsx workbook: " + firstLine(msg), e);
        }
        return sheets;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String sheet;
        private final List<SheetRow> rows;
        private final long[] cells;
        private Map<Integer, String> current;
        private int currentRow;
        private int nextColumn;

        Collector(String sheet, List<SheetRow> rows, long[] cells) {
            this.sheet = sheet;
            this.rows = rows;
            this.cells = cells;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum >= MAX_ROWS_PER_SHEET) {
                throw new GovexException(ProblemKind.TOO_LARGE, "xlsx-limit", "Sheet '" + sheet + "' has more than "
                        + MAX_ROWS_PER_SHEET + " rows", List.of(), null);
            }
            current = new TreeMap<>();
            currentRow = rowNum + 1;
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (!current.isEmpty()) {
                rows.add(new SheetRow(currentRow, current));
            }
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? nextColumn : new CellReference(ref).getCol();
            nextColumn = col + 1;
            if (value == null || value.isBlank()) {
                return;
            }
            if (++cells[0] > MAX_CELLS) {
                throw new GovexException(ProblemKind.TOO_LARGE, "xlsx-limit", "The workbook has more than "
                        + MAX_CELLS + " non-blank cells", List.of(), null);
            }
            String v = value.trim();
            current.put(col, v.length() > MAX_CELL_CHARS ? v.substring(0, MAX_CELL_CHARS) : v);
        }
    }

    // ------------------------------------------------------------------ writing

    /** A streaming workbook with a bold header style; close it after {@link #write}. */
    public static final class Book implements AutoCloseable {
        private final SXSSFWorkbook wb = new SXSSFWorkbook(200);
        private final CellStyle bold;

        public Book() {
            Font f = wb.createFont();
            f.setBold(true);
            bold = wb.createCellStyle();
            bold.setFont(f);
        }

        public Workbook workbook() {
            return wb;
        }

        /** A sheet with one header row (bold, frozen) and the rows; numbers stay numbers. */
        public void table(String name, List<String> header, Iterable<? extends List<?>> rows) {
            SXSSFSheet sheet = wb.createSheet(name);
            Row h = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                h.createCell(i).setCellValue(header.get(i));
                h.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, Math.min(60, Math.max(10, header.get(i).length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (List<?> values : rows) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        row.createCell(i).setCellValue(b);
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            }
        }

        /** A sheet built by the caller (e.g. a matrix). */
        public SXSSFSheet sheet(String name) {
            return wb.createSheet(name);
        }

        public CellStyle bold() {
            return bold;
        }

        public void write(OutputStream out) throws IOException {
            wb.write(out);
        }

        @Override
        public void close() throws IOException {
            wb.close();
        }
    }
}
