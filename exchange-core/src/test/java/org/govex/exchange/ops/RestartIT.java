package org.govex.exchange.ops;

import org.govex.exchange.support.HubProcess;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged hub keeps what it was told across a clean restart and across kill -9. */
class RestartIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void principalsAndKeysSurviveRestartAndKill() throws Exception {
        Path data = HubProcess.freshDir("restart-data");
        HubProcess hub = new HubProcess(data, List.of("-Xmx512m")).start();
        try {
            String log = Files.readString(hub.log());
            assertThat(log).contains("govex hub is up").contains("杭州市公安局")
                    .contains("localhost:" + hub.port() + "/q/swagger-ui");
            assertThat(data.resolve("db/govex.mv.db")).exists();
            assertThat(data.resolve("tdb2")).isDirectory();

            HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(hub.url("/api/v1/admin/principals")))
                    .header("Authorization", "Bearer " + HubProcess.ADMIN_KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"id\":\"xh-zwfw\",\"kind\":\"SYSTEM\",\"name\":\"西湖区政务服务平台\",\"roles\":[\"CONSUMER\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            hub.close(); // SIGTERM, clean shutdown
            hub = new HubProcess(data, List.of("-Xmx512m")).start();
            assertThat(principal(hub, "xh-zwfw")).contains("西湖区政务服务平台");
            // the demo is loaded once: the log (appended across starts) shows the demo keys once
            assertThat(Files.readString(hub.log()).split("API keys \\(shown once\\)", -1)).hasSize(2);

            hub.kill(); // SIGKILL
            hub = new HubProcess(data, List.of("-Xmx512m")).start();
            assertThat(principal(hub, "xh-zwfw")).contains("西湖区政务服务平台");
            assertThat(principal(hub, "hz-gaj")).contains("杭州市公安局");
        } finally {
            hub.close();
        }
    }

    private String principal(HubProcess hub, String id) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(hub.url("/api/v1/admin/principals/" + id)))
                .header("Authorization", "Bearer " + HubProcess.ADMIN_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}
