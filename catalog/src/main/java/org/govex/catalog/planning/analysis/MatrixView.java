package org.govex.catalog.planning.analysis;

import java.util.List;

/** The U/C matrix for clients: rows (processes in department/domain order), columns, and the non-empty cells. */
public record MatrixView(List<Row> processes, List<Column> dataClasses, List<Cell> cells, ModelSummary summary) {

    public record Row(String code, String name, String domain, String department) {
    }

    public record Column(String code, String name, String baseDatabase) {
    }

    public record Cell(String process, String dataClass, String usage) {
    }

    public static MatrixView of(UcMatrix m) {
        List<Row> rows = new java.util.ArrayList<>();
        List<Cell> cells = new java.util.ArrayList<>();
        for (int p = 0; p < m.processes().size(); p++) {
            var proc = m.processes().get(p);
            rows.add(new Row(proc.code(), proc.name(), proc.domainCode(), m.departmentOf(p)));
            java.util.List<int[]> row = new java.util.ArrayList<>();
            for (int d : m.createdBy(p)) {
                row.add(new int[]{d, 0});
            }
            for (int d : m.usedBy(p)) {
                row.add(new int[]{d, 1});
            }
            row.sort(java.util.Comparator.comparingInt(x -> x[0]));
            for (int[] x : row) {
                cells.add(new Cell(proc.code(), m.dataClasses().get(x[0]).code(), x[1] == 0 ? "C" : "U"));
            }
        }
        List<Column> cols = m.dataClasses().stream()
                .map(c -> new Column(c.code(), c.name(), c.baseDatabase() == null ? null : c.baseDatabase().id())).toList();
        return new MatrixView(rows, cols, cells, ModelSummary.of(m.model()));
    }
}
