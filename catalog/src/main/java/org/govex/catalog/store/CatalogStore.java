package org.govex.catalog.store;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.update.UpdateRequest;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where the catalog's RDF lives: an embedded Jena TDB2 dataset, or a remote SPARQL 1.1 store
 * (Apache Jena Fuseki) reached through {@link RDFConnection}. The same code runs on both: every
 * read happens in a read transaction and every change is one SPARQL Update request, which TDB2
 * runs in a write transaction and Fuseki runs atomically.
 */
public final class CatalogStore implements AutoCloseable {

    private final RDFConnection connection;
    private final Dataset dataset;
    private final String description;
    private final String updateUrl;
    private final java.net.http.HttpClient http;

    private CatalogStore(RDFConnection connection, Dataset dataset, String description, String updateUrl,
                         java.net.http.HttpClient http) {
        this.connection = connection;
        this.dataset = dataset;
        this.description = description;
        this.updateUrl = updateUrl;
        this.http = http;
    }

    /** A TDB2 dataset in a directory (created when absent). */
    public static CatalogStore tdb2(Path directory) {
        Dataset ds = TDB2Factory.connectDataset(directory.toString());
        return new CatalogStore(RDFConnection.connect(ds), ds, "tdb2:" + directory, null, null);
    }

    /** An existing local dataset (TDB2 or in-memory transactional). */
    public static CatalogStore local(Dataset dataset) {
        return new CatalogStore(RDFConnection.connect(dataset), dataset, "local dataset", null, null);
    }

    /**
     * A remote store, e.g. {@code http://fuseki:3030/govex} (query at {@code /query} or {@code /sparql},
     * update at {@code /update}, graph store at {@code /data}; Fuseki's dataset URL answers all three).
     */
    public static CatalogStore remote(String datasetUrl) {
        // HTTP/1.1: the JDK client's h2c upgrade on POST bodies stalls against Jetty-based Fuseki
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1)
                .connectTimeout(java.time.Duration.ofSeconds(10))
                .followRedirects(java.net.http.HttpClient.Redirect.NORMAL)
                .build();
        RDFConnection conn = RDFConnectionRemote.service(datasetUrl).httpClient(http).build();
        String base = datasetUrl.endsWith("/") ? datasetUrl.substring(0, datasetUrl.length() - 1) : datasetUrl;
        return new CatalogStore(conn, null, "sparql:" + datasetUrl, base + "/update", http);
    }

    public boolean isRemote() {
        return dataset == null;
    }

    /** The local dataset, or null for a remote store. */
    public Dataset localDataset() {
        return dataset;
    }

    public String description() {
        return description;
    }

    /** Runs reads in one read transaction. */
    public <T> T read(Function<RDFConnection, T> work) {
        return Txn.calculateRead(connection, () -> work.apply(connection));
    }

    /** Applies one update request atomically. */
    public void update(UpdateRequest request) {
        if (request.getOperations().isEmpty()) {
            return;
        }
        if (updateUrl != null) {
            // an HTML-form POST to the update service: Fuseki 5.6 embedded here never completes the
            // response to an application/sparql-update body (the update itself is applied)
            org.apache.jena.sparql.exec.http.UpdateExecHTTP.newBuilder().endpoint(updateUrl).httpClient(http)
                    .sendMode(org.apache.jena.sparql.exec.http.UpdateSendMode.asPostForm)
                    .update(request).build().execute();
            return;
        }
        Txn.executeWrite(connection, () -> connection.update(request));
    }

    /**
     * Runs an update and adds quads in one atomic change: on the embedded store straight into the
     * dataset inside one write transaction (no update request to build and walk), on a remote
     * store as one request ending in INSERT DATA.
     */
    public void insert(UpdateRequest before, java.util.List<org.apache.jena.sparql.core.Quad> quads) {
        if (dataset == null) {
            UpdateRequest req = new UpdateRequest();
            before.getOperations().forEach(req::add);
            org.apache.jena.sparql.modify.request.QuadDataAcc acc = new org.apache.jena.sparql.modify.request.QuadDataAcc();
            quads.forEach(acc::addQuad);
            req.add(new org.apache.jena.sparql.modify.request.UpdateDataInsert(acc));
            update(req);
            return;
        }
        Txn.executeWrite(dataset, () -> {
            org.apache.jena.update.UpdateAction.execute(before, dataset);
            org.apache.jena.sparql.core.DatasetGraph dsg = dataset.asDatasetGraph();
            quads.forEach(dsg::add);
        });
    }

    /** Copies a named graph into memory (empty when absent). */
    public Model graph(String graphIri) {
        return read(c -> construct(c, "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + graphIri + "> { ?s ?p ?o } }"));
    }

    /** Runs a SELECT and maps the results inside the transaction. */
    public <T> T select(String sparql, Function<ResultSet, T> mapper) {
        return read(c -> {
            try (QueryExecution qe = c.query(sparql)) {
                return mapper.apply(qe.execSelect());
            }
        });
    }

    public Model construct(String sparql) {
        return read(c -> construct(c, sparql));
    }

    public boolean ask(String sparql) {
        return read(c -> {
            try (QueryExecution qe = c.query(sparql)) {
                return qe.execAsk();
            }
        });
    }

    private static Model construct(RDFConnection c, String sparql) {
        Query q = QueryFactory.create(sparql);
        try (QueryExecution qe = c.query(q)) {
            Model m = ModelFactory.createDefaultModel();
            m.add(qe.execConstruct());
            return m;
        }
    }

    /** Liveness probe for the readiness check. */
    public boolean ping() {
        return ask("ASK { }");
    }

    /** The connection, for callers that run their own transactions (the SPARQL endpoint). */
    public RDFConnection connection() {
        return connection;
    }

    @Override
    public void close() {
        connection.close();
        if (dataset != null) {
            dataset.close();
        }
    }

    @Override
    public String toString() {
        return description;
    }
}
