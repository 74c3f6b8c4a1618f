package org.govex.exchange.planning;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.govex.catalog.planning.PlanningService;
import org.govex.catalog.planning.analysis.MatrixView;
import org.govex.catalog.planning.analysis.PlanningReport;
import org.govex.catalog.planning.analysis.SubjectAreas;
import org.govex.catalog.planning.analysis.Table;
import org.govex.catalog.planning.analysis.UcMatrix;
import org.govex.catalog.planning.export.AnalysisTables;
import org.govex.catalog.planning.export.AnalysisWriter;
import org.govex.catalog.planning.io.ModelCsv;
import org.govex.catalog.planning.io.ModelFormat;
import org.govex.catalog.planning.io.ModelJson;
import org.govex.catalog.planning.io.ModelXlsx;
import org.govex.catalog.planning.io.XlsxSheets;
import org.govex.catalog.planning.model.LoadMode;
import org.govex.catalog.planning.model.PlanningModel;
import org.govex.exchange.security.Role;
import org.govex.schemas.error.GovexException;
import org.govex.schemas.error.ProblemKind;
import org.govex.schemas.error.Violation;

import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Information-resource planning: the model (U/C matrix) in and out, and the analyses of it
 * against the catalog and the exchange, each as JSON, CSV or XLSX ({@code ?format=} or Accept).
 */
@Path("/api/v1/planning")
public class PlanningResource {

    private static final String CSV = "text/csv";
    private static final Set<ModelFormat> ALL = EnumSet.allOf(ModelFormat.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final PlanningService planning;

    public PlanningResource(PlanningService planning) {
        this.planning = planning;
    }

    /** Replaces ({@code mode=replace}, the default) or merges ({@code mode=merge}) the stored model. */
    @PUT
    @Path("model")
    @RolesAllowed({Role.PLANNER_ROLE, Role.ADMIN_ROLE})
    @Consumes({MediaType.APPLICATION_JSON, CSV, XlsxSheets.MEDIA_TYPE, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    public PlanningService.LoadResult load(@QueryParam("mode") @DefaultValue("replace") String mode,
                                           @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                                           @QueryParam("format") String format, InputStream body) {
        LoadMode loadMode = switch (mode.toLowerCase(Locale.ROOT)) {
            case "replace" -> LoadMode.REPLACE;
            case "merge" -> LoadMode.MERGE;
            default -> throw GovexException.invalid("mode must be replace or merge",
                    List.of(new Violation("mode", "planning.mode", "'" + mode + "' is neither replace nor merge")));
        };
        ModelFormat f = ModelFormat.of(format != null ? format : contentType)
                .orElseThrow(() -> new GovexException(ProblemKind.UNSUPPORTED_MEDIA_TYPE,
                        "Send the model as application/json, text/csv or " + XlsxSheets.MEDIA_TYPE
                                + " (or octet-stream with ?format=json|csv|xlsx)"));
        return planning.load(f, body, loadMode);
    }

    @GET
    @Path("model")
    @RolesAllowed({Role.PLANNER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Produces({MediaType.APPLICATION_JSON, CSV, XlsxSheets.MEDIA_TYPE})
    public Response model(@QueryParam("format") String format, @Context HttpHeaders headers) {
        PlanningModel m = planning.model();
        return switch (OutputFormat.choose(format, headers, ALL)) {
            case JSON -> Response.ok(ModelJson.write(m), MediaType.APPLICATION_JSON).build();
            case CSV -> csv("planning-model", out -> {
                OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                ModelCsv.write(m, w);
                w.flush();
            });
            case XLSX -> xlsx("planning-model", out -> ModelXlsx.write(m, out));
        };
    }

    @GET
    @Path("uc-matrix")
    @RolesAllowed({Role.PLANNER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Produces({MediaType.APPLICATION_JSON, CSV, XlsxSheets.MEDIA_TYPE})
    public Response ucMatrix(@QueryParam("format") String format, @Context HttpHeaders headers) {
        UcMatrix m = planning.matrix();
        return switch (OutputFormat.choose(format, headers, ALL)) {
            case JSON -> Response.ok(MatrixView.of(m), MediaType.APPLICATION_JSON).build();
            case CSV -> csv("uc-matrix", out -> {
                OutputStreamWriter w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                ModelCsv.write(m.model(), w);
                w.flush();
            });
            case XLSX -> xlsx("uc-matrix", out -> ModelXlsx.write(m.model(), out));
        };
    }

    @GET
    @Path("coverage")
    @RolesAllowed({Role.PLANNER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Produces({MediaType.APPLICATION_JSON, CSV, XlsxSheets.MEDIA_TYPE})
    public Response coverage(@QueryParam("format") String format, @Context HttpHeaders headers) {
        var r = planning.coverage();
        return tables("coverage", r, AnalysisTables.coverage(r), format, headers);
    }

    @GET
    @Path("freshness")
    @RolesAllowed({Role.PLANNER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Produces({MediaType.APPLICATION_JSON, CSV, XlsxSheets.MEDIA_TYPE})
    public Response freshness(@QueryParam("format") String format, @Context HttpHeaders headers) {
        var r = planning.freshness();
        return tables("freshness", r, AnalysisTables.freshness(r), format, headers);
    }

    @GET
    @Path("sharing")
    @RolesAllowed({Role.PLANNER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Produces({MediaType.APPLICATION_JSON, CSV, XlsxSheets.MEDIA_TYPE})
    public Response sharing(@QueryParam("format") String format, @Context HttpHeaders headers) {
        var r = planning.sharing();
        return tables("sharing", r, AnalysisTables.sharing(r), format, headers);
    }

    @GET
    @Path("subject-areas")
    @RolesAllowed({Role.PLANNER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Produces({MediaType.APPLICATION_JSON, CSV, XlsxSheets.MEDIA_TYPE})
    public Response subjectAreas(@QueryParam("format") String format, @Context HttpHeaders headers) {
        UcMatrix m = planning.matrix();
        SubjectAreas s = org.govex.catalog.planning.analysis.SubjectAreaClustering.cluster(m);
        ModelFormat f = OutputFormat.choose(format, headers, ALL);
        if (f == ModelFormat.XLSX) {
            return xlsx("subject-areas", out -> AnalysisWriter.subjectAreasXlsx(m, s, out));
        }
        return tables("subject-areas", s, AnalysisTables.subjectAreas(s), f.name(), headers);
    }

    /** Everything as one JSON document or one XLSX workbook, stamped with the time and the catalog version. */
    @GET
    @Path("report")
    @RolesAllowed({Role.PLANNER_ROLE, Role.AUDITOR_ROLE, Role.ADMIN_ROLE})
    @Produces({MediaType.APPLICATION_JSON, XlsxSheets.MEDIA_TYPE})
    public Response report(@QueryParam("format") String format, @Context HttpHeaders headers) {
        UcMatrix m = planning.matrix();
        PlanningReport r = planning.report(m);
        return switch (OutputFormat.choose(format, headers, EnumSet.of(ModelFormat.JSON, ModelFormat.XLSX))) {
            case XLSX -> xlsx("planning-report", out -> AnalysisWriter.reportXlsx(m, r, out));
            default -> Response.ok(r, MediaType.APPLICATION_JSON).build();
        };
    }

    private static Response tables(String name, Object json, List<Table> tables, String format, HttpHeaders headers) {
        return switch (OutputFormat.choose(format, headers, ALL)) {
            case JSON -> Response.ok(json, MediaType.APPLICATION_JSON).build();
            case CSV -> csv(name, out -> AnalysisWriter.csv(tables.get(0), out));
            case XLSX -> xlsx(name, out -> AnalysisWriter.xlsx(tables, out));
        };
    }

    private static Response csv(String name, StreamingOutput body) {
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"govex-" + name + "-" + STAMP.format(java.time.Instant.now()) + ".csv\"")
                .build();
    }

    private static Response xlsx(String name, StreamingOutput body) {
        return Response.ok(body, XlsxSheets.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"govex-" + name + "-" + STAMP.format(java.time.Instant.now()) + ".xlsx\"")
                .build();
    }
}
