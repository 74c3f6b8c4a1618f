package org.govex.adapters.filedrop;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class FileDropRouteTest {

    @TempDir
    Path root;

    private final List<DroppedBatch> submitted = new CopyOnWriteArrayList<>();
    private CamelContext camel;

    private volatile boolean accepting = true;

    /**
     * Refuses batches to resource "RESERVED", accepts the rest with a receipt naming the batch;
     * takes none while {@code accepting} is false (the hub's disk nearly full).
     */
    private final BatchGateway gateway = new BatchGateway() {
        @Override
        public DropOutcome submit(DroppedBatch batch) {
            submitted.add(batch);
            if (batch.resourceCode().equals("RESERVED")) {
                return new DropOutcome(false, "{\"status\":403,\"detail\":\"not your resource\"}");
            }
            return new DropOutcome(true, "{\"accepted\":" + new String(batch.body(), StandardCharsets.UTF_8).split("\n").length + "}");
        }

        @Override
        public boolean accepting() {
            return accepting;
        }
    };

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.addRoutes(new FileDropRoute(root, gateway, 100));
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void acceptedBatchIsPublishedAsItsDepartmentAndMovedWithItsReceipt() throws Exception {
        Path folder = Files.createDirectories(root.resolve("hz-gaj/330100-POP-001"));
        Path file = folder.resolve("2026-11-26.ndjson");
        Files.writeString(file, "{\"idNumber\":\"11010519491231002X\",\"name\":\"张三\"}\n{\"idNumber\":\"330106199001011234\",\"name\":\"李四\"}\n");

        Path receipt = folder.resolve(".done/2026-11-26.ndjson.receipt.json");
        awaitExists(receipt);
        awaitExists(folder.resolve(".done/2026-11-26.ndjson"));

        assertThat(Files.readString(receipt)).isEqualTo("{\"accepted\":2}");
        assertThat(file).doesNotExist();
        DroppedBatch batch = submitted.get(0);
        assertThat(batch.departmentCode()).isEqualTo("hz-gaj");
        assertThat(batch.resourceCode()).isEqualTo("330100-POP-001");
        assertThat(batch.mediaType()).isEqualTo("application/x-ndjson");
        assertThat(batch.idempotencyKey()).startsWith("drop:hz-gaj/330100-POP-001/2026-11-26.ndjson:");
    }

    @Test
    void filesWaitInPlaceWhileTheHubTakesNoBatches() throws Exception {
        accepting = false;
        Path folder = Files.createDirectories(root.resolve("hz-mzj/330100-MZ-002"));
        Path file = folder.resolve("婚姻登记-2026-11.csv");
        Files.writeString(file, "idNumber,name\n330106198512120011,王小明\n");
        Thread.sleep(2_500); // past the read lock's 1 s and several polls
        assertThat(file).exists();
        assertThat(submitted).isEmpty();
        assertThat(folder.resolve(".refused")).doesNotExist();

        accepting = true;
        awaitExists(folder.resolve(".done/婚姻登记-2026-11.csv.receipt.json"));
        assertThat(file).doesNotExist();
        assertThat(submitted).singleElement().satisfies(b -> assertThat(b.resourceCode()).isEqualTo("330100-MZ-002"));
    }

    @Test
    void refusedBatchMovesToRefusedWithTheProblem() throws Exception {
        Path folder = Files.createDirectories(root.resolve("hz-swj/RESERVED"));
        Files.writeString(folder.resolve("taxpayers.csv"), "uscc,name\n91330106MA27XL0E2K,杭州某科技有限公司\n");

        Path problem = folder.resolve(".refused/taxpayers.csv.problem.json");
        awaitExists(problem);
        awaitExists(folder.resolve(".refused/taxpayers.csv"));
        assertThat(Files.readString(problem)).contains("not your resource");
        assertThat(submitted).singleElement().satisfies(b -> assertThat(b.mediaType()).isEqualTo("text/csv"));
    }

    @Test
    void filesOutsideTheDepartmentResourceLayoutOrOfOtherTypesAreLeftAlone() throws Exception {
        Files.writeString(root.resolve("stray.json"), "[]");
        Path folder = Files.createDirectories(root.resolve("hz-tjj/330100-ECO-001"));
        Files.writeString(folder.resolve("notes.txt"), "统计口径说明");
        Path marker = Files.createDirectories(root.resolve("hz-tjj/330100-ECO-002"));
        Files.writeString(marker.resolve("gdp.json"), "[{}]");

        awaitExists(marker.resolve(".done/gdp.json.receipt.json"));
        assertThat(root.resolve("stray.json")).exists();
        assertThat(folder.resolve("notes.txt")).exists();
        assertThat(submitted).extracting(DroppedBatch::resourceCode).containsExactly("330100-ECO-002");
    }

    private void awaitExists(Path path) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!Files.exists(path) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        if (!Files.exists(path)) {
            assertThat(path).as("files: %s", listing()).exists();
        }
    }

    /** The files under the drop root, for a failure message; the route may move one while it is listed. */
    private String listing() {
        try (var tree = Files.walk(root)) {
            return tree.map(root::relativize).toList().toString();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return "(not listed: " + e.getMessage() + ")";
        }
    }
}
