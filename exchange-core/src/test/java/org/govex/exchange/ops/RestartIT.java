package org.govex.exchange.ops;

import org.govex.exchange.testing.HubProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The packaged hub keeps what it was told across a clean restart and across kill -9. */
class RestartIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void principalsAndKeysSurviveRestartAndKill(@TempDir Path tmp) throws Exception {
        Path data = tmp.resolve("data");
        try (HubProcess hub = new HubProcess(data, Map.of())) {
            hub.start("--demo");
            String log = Files.readString(hub.log());
            assertThat(log).contains("govex hub is up").contains("杭州市公安局").contains(hub.uri("/q/swagger-ui").toString().replace("127.0.0.1", "localhost"));
            assertThat(data.resolve("db/govex.mv.db")).exists();
            assertThat(data.resolve("tdb2")).isDirectory();

            HttpResponse<String> created = http.send(HttpRequest.newBuilder(hub.uri("/api/v1/admin/principals"))
                    .header("Authorization", "Bearer " + HubProcess.ADMIN_KEY)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"id\":\"xh-zwfw\",\"kind\":\"SYSTEM\",\"name\":\"西湖区政务服务平台\",\"roles\":[\"CONSUMER\"]}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).isEqualTo(201);

            hub.stop();
            hub.start();
            assertThat(principal(hub, "xh-zwfw")).contains("西湖区政务服务平台");
            // the demo is loaded once: the second start prints no new demo keys
            assertThat(Files.readString(hub.log()).split("API keys \\(shown once\\)", -1)).hasSize(2);

            hub.kill9();
            hub.start();
            assertThat(principal(hub, "xh-zwfw")).contains("西湖区政务服务平台");
            assertThat(principal(hub, "hz-gaj")).contains("杭州市公安局");
        }
    }

    private String principal(HubProcess hub, String id) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(hub.uri("/api/v1/admin/principals/" + id))
                .header("Authorization", "Bearer " + HubProcess.ADMIN_KEY).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return r.body();
    }
}
