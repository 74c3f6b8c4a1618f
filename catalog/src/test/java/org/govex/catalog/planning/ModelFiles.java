package org.govex.catalog.planning;

import org.govex.catalog.planning.io.ModelCsv;
import org.govex.catalog.planning.io.ModelJson;
import org.govex.catalog.planning.io.ModelXlsx;
import org.govex.catalog.planning.model.PlanningModel;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tool (not a test): turns a planning model JSON into its XLSX and CSV forms beside it.
 * Run as shown in docs/planning.md §6.
 */
public final class ModelFiles {

    public static void main(String[] args) throws Exception {
        Path json = Path.of(args[0]).toAbsolutePath();
        PlanningModel model;
        try (InputStream in = Files.newInputStream(json)) {
            model = ModelJson.read(in).build(PlanningModel.EMPTY);
        }
        String base = json.getFileName().toString().replaceFirst("\\.json$", "");
        try (OutputStream out = Files.newOutputStream(json.resolveSibling(base + ".xlsx"))) {
            ModelXlsx.write(model, out);
        }
        try (Writer w = Files.newBufferedWriter(json.resolveSibling(base + ".csv"), StandardCharsets.UTF_8)) {
            ModelCsv.write(model, w);
        }
        System.out.printf("%s: %d processes, %d data classes, %d cells%n", base, model.processes().size(),
                model.dataClasses().size(), model.relations().size());
    }
}
