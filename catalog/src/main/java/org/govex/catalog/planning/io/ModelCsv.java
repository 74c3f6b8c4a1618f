package org.govex.catalog.planning.io;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.govex.catalog.planning.model.BusinessProcess;
import org.govex.catalog.planning.model.DataClass;
import org.govex.catalog.planning.model.Department;
import org.govex.catalog.planning.model.FunctionalDomain;
import org.govex.catalog.planning.model.ModelBuilder;
import org.govex.catalog.planning.model.Origin;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.catalog.planning.model.UcRelation;
import org.govex.schemas.error.GovexException;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The U/C matrix as CSV, one row per process × data class × C/U, with the department, domain,
 * process and data class denormalised onto every row. Activities and resource mappings do not
 * travel in this form (use JSON or XLSX); loading CSV in MERGE mode keeps the stored ones.
 */
public final class ModelCsv {

    public static final List<String> HEADER = List.of("department", "departmentName", "domain", "domainName",
            "process", "processName", "dataClass", "dataClassName", "baseDatabase", "usage");
    public static final int MAX_ROWS = 1_000_000;

    private ModelCsv() {
    }

    public static ModelBuilder read(InputStream in) {
        ModelBuilder b = new ModelBuilder();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").trim()).toList();
            Map<String, Integer> pos = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                pos.put(header.get(i), i);
            }
            boolean complete = true;
            for (String h : HEADER) {
                if (!pos.containsKey(h)) {
                    b.error("csv!1", "planning.header", "the CSV header lacks column '" + h + "' (expected " + String.join(",", HEADER) + ")");
                    complete = false;
                }
            }
            if (!complete) {
                return b;
            }
            java.util.function.Function<String, String> letters = c -> pos.containsKey(c) ? XlsxSheets.letter(pos.get(c)) : c;
            Set<String> seen = new HashSet<>();
            for (CSVRecord r : parser) {
                int row = (int) r.getRecordNumber() + 1;
                if (row > MAX_ROWS) {
                    b.error("csv", "planning.size", "more than " + MAX_ROWS + " rows");
                    break;
                }
                Origin o = new Origin.Row("csv", row, letters);
                java.util.function.Function<String, String> v = c -> pos.get(c) < r.size() ? r.get(pos.get(c)) : null;
                String dept = v.apply("department");
                String domain = v.apply("domain");
                String process = v.apply("process");
                String dc = v.apply("dataClass");
                // the denormalised entities are declared once, at their first row
                if (dept != null && seen.add("d\u0000" + dept)) {
                    b.department(o, dept, v.apply("departmentName"));
                }
                if (domain != null && seen.add("f\u0000" + domain)) {
                    b.domain(o, domain, v.apply("domainName"), dept);
                }
                if (process != null && seen.add("p\u0000" + process)) {
                    b.process(o, process, v.apply("processName"), domain);
                }
                if (dc != null && seen.add("c\u0000" + dc)) {
                    b.dataClass(o, dc, v.apply("dataClassName"), v.apply("baseDatabase"));
                }
                b.relation(o, process, dc, v.apply("usage"));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw GovexException.unreadable("The planning CSV could not be read: " + e.getMessage(), e);
        }
        return b;
    }

    public static void write(PlanningModel m, Writer out) throws IOException {
        Map<String, Department> depts = m.departmentsByCode();
        Map<String, FunctionalDomain> domains = m.domainsByCode();
        Map<String, BusinessProcess> processes = m.processesByCode();
        Map<String, DataClass> classes = m.dataClassesByCode();
        // flushed, not closed: the caller owns the writer
        CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get());
        {
            for (UcRelation r : m.relations()) {
                BusinessProcess proc = processes.get(r.processCode());
                FunctionalDomain dom = domains.get(proc.domainCode());
                Department dep = depts.get(dom.departmentCode());
                DataClass dc = classes.get(r.dataClassCode());
                p.printRecord(dep.code(), dep.name(), dom.code(), dom.name(), proc.code(), proc.name(),
                        dc.code(), dc.name(), dc.baseDatabase() == null ? "" : dc.baseDatabase().id(), r.usage().name());
            }
        }
        p.flush();
    }
}
