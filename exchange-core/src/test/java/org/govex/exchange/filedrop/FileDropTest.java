package org.govex.exchange.filedrop;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.govex.exchange.config.GovexConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Departments publish by leaving files in drop/<department>/<resource code>/. */
@QuarkusTest
class FileDropTest {

    @Inject
    GovexConfig config;

    @Inject
    org.apache.camel.CamelContext camel;

    @Test
    void theDropRouteRuns() {
        assertThat(camel.getRoute(org.govex.adapters.filedrop.FileDropRoute.ROUTE_ID)).isNotNull();
    }

    @Test
    void aBatchForAnUnknownResourceIsRefusedWithAProblemBesideIt() throws Exception {
        String code = "999999-" + UUID.randomUUID().toString().substring(0, 6);
        Path folder = Files.createDirectories(config.dataDir().resolve("drop/hz-gaj").resolve(code));
        Files.writeString(folder.resolve("persons.ndjson"),
                "{\"idNumber\":\"330106199001011237\",\"name\":\"陈晓明\"}\n");

        Path problem = folder.resolve(".refused/persons.ndjson.problem.json");
        awaitExists(problem);
        assertThat(Files.readString(problem))
                .contains("\"status\" : 404")
                .contains(code)
                .contains("drop:hz-gaj/" + code + "/persons.ndjson");
    }

    @Test
    void aFolderThatIsNoProviderDepartmentIsRefused() throws Exception {
        Path folder = Files.createDirectories(config.dataDir().resolve("drop/not-a-department/330100-X"));
        String name = "batch-" + UUID.randomUUID().toString().substring(0, 6) + ".csv";
        Files.writeString(folder.resolve(name), "idNumber,name\n330106199001011237,陈晓明\n");

        Path problem = folder.resolve(".refused/" + name + ".problem.json");
        awaitExists(problem);
        assertThat(Files.readString(problem)).contains("\"status\" : 403").contains("not-a-department");
    }

    static void awaitExists(Path path) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Files.exists(path) && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertThat(path).exists();
    }
}
