package org.govex.adapters.filedrop;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.file.FileEndpoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Departments without an API client drop batches as files:
 * {@code <root>/<department>/<resource code>/<name>.(json|ndjson|xml|csv)}. Each file is published
 * through the {@link BatchGateway}; then it moves to {@code .done/} (accepted) or {@code .refused/}
 * (refused by the hub), and the receipt or problem is written beside it as
 * {@code <name>.receipt.json} / {@code <name>.problem.json}. Files still being written are left
 * alone until unchanged for a second; a file that fails unexpectedly goes to {@code <root>/.failed/}.
 * While the gateway is not {@linkplain BatchGateway#accepting() accepting}, files wait in place.
 */
public class FileDropRoute extends RouteBuilder {

    public static final String ROUTE_ID = "file-drop";
    static final String OUTCOME_DIR = "GovexDropOutcome";

    private final Path root;
    private final BatchGateway gateway;
    private final long pollMillis;

    public FileDropRoute(Path root, BatchGateway gateway, long pollMillis) {
        this.root = root;
        this.gateway = gateway;
        this.pollMillis = pollMillis;
    }

    @Override
    public void configure() {
        String uri = "file:" + root.toAbsolutePath()
                + "?recursive=true&minDepth=3&maxDepth=3"
                + "&include=.*\\.(json|ndjson|jsonl|xml|csv)"
                + "&readLock=changed&readLockMinAge=1000&readLockCheckInterval=250"
                + "&delay=" + pollMillis
                + "&move=${header." + OUTCOME_DIR + "}/${file:onlyname}"
                + "&moveFailed=.failed/${file:name}";
        FileEndpoint endpoint = getContext().getEndpoint(uri, FileEndpoint.class);
        endpoint.setFilter(file -> file.isDirectory() || gateway.accepting());
        from(endpoint).routeId(ROUTE_ID)
                .process(this::publish)
                .log("file drop ${header.CamelFileRelativePath}: ${header." + OUTCOME_DIR + "}");
    }

    private void publish(Exchange exchange) throws IOException {
        String relative = exchange.getIn().getHeader(Exchange.FILE_NAME, String.class).replace('\\', '/');
        String[] parts = relative.split("/");
        String department = parts[0];
        String resource = parts[1];
        String name = parts[parts.length - 1];
        long size = exchange.getIn().getHeader(Exchange.FILE_LENGTH, Long.class);
        long modified = exchange.getIn().getHeader(Exchange.FILE_LAST_MODIFIED, Long.class);
        String mediaType = DropMediaTypes.forFileName(name).orElseThrow();
        byte[] body = exchange.getIn().getBody(byte[].class);
        String key = "drop:" + department + "/" + resource + "/" + name + ":" + size + ":" + modified;

        DropOutcome outcome = gateway.submit(new DroppedBatch(department, resource, name, mediaType, body, key));

        String dir = outcome.accepted() ? ".done" : ".refused";
        Path outcomeDir = root.resolve(department).resolve(resource).resolve(dir);
        Files.createDirectories(outcomeDir);
        String suffix = outcome.accepted() ? ".receipt.json" : ".problem.json";
        // written aside and moved in: whoever watches the folder never reads a half-written receipt
        Path written = outcomeDir.resolve("." + name + suffix + ".part");
        Files.writeString(written, outcome.json(), StandardCharsets.UTF_8);
        Files.move(written, outcomeDir.resolve(name + suffix), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        // move targets are relative to the root: <department>/<resource>/.done|.refused
        exchange.getIn().setHeader(OUTCOME_DIR, department + "/" + resource + "/" + dir);
    }
}
