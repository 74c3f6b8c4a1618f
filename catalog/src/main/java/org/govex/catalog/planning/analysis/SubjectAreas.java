package org.govex.catalog.planning.analysis;

import java.util.List;

/**
 * The U/C matrix clustered the BSP way: subject areas (subsystems, each owning the data classes
 * its processes create), the data flows between them, and the reordered matrix.
 * {@code creationsInside} is the share of C cells inside their block (1.0 by construction),
 * {@code usesInside} the share of U cells inside their block (the higher, the more self-contained).
 */
public record SubjectAreas(List<Area> areas, List<Flow> flows, List<String> processOrder, List<String> dataClassOrder,
                           List<String> unownedDataClasses, List<MatrixRow> matrix, double creationsInside,
                           double usesInside) {

    /**
     * A block: its processes and the data classes they create; {@code subjectDatabase} names the
     * base database most of its data classes belong to ({@code departmental} when none).
     */
    public record Area(String code, String name, String subjectDatabase, List<String> departments, List<String> domains,
                       List<String> processes, List<String> dataClasses) {
    }

    /** Data created in area {@code from} and used by processes of area {@code to}. */
    public record Flow(String from, String to, List<String> dataClasses, int cells) {
    }

    /** A row of the reordered matrix: the process, its area, and its cells in {@code dataClassOrder}. */
    public record MatrixRow(String process, String area, List<Cell> cells) {
    }

    /** {@code column} is the 0-based position in {@code dataClassOrder}; {@code inside} whether it is in the process's block. */
    public record Cell(int column, String dataClass, String usage, boolean inside) {
    }

    public Area area(String code) {
        return areas.stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
    }

    public Area areaOfProcess(String process) {
        return areas.stream().filter(a -> a.processes().contains(process)).findFirst().orElse(null);
    }
}
