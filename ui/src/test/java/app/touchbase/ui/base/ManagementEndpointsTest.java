package app.touchbase.ui.base;

import app.touchbase.ui.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Health and metrics answer on the management port without signing in, and not on the application's port. */
@ServerTest
class ManagementEndpointsTest {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;

    static HttpResponse<String> get(int port, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void livenessReadinessWithTheReadModelsAndMetricsAreOnTheManagementPortOnly() throws Exception {
        assertThat(managementPort).isNotEqualTo(port);
        HttpResponse<String> liveness = get(managementPort, "/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        await().untilAsserted(() -> {
            HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"readModels\":{\"status\":\"UP\"").contains("caught up");
        });
        assertThat(get(managementPort, "/actuator/metrics/jvm.memory.used").statusCode()).isEqualTo(200);
        HttpResponse<String> outbox = get(managementPort, "/actuator/metrics/touchbase.outbox.mails?tag=status:waiting");
        assertThat(outbox.statusCode()).isEqualTo(200);
        assertThat(outbox.body()).contains("\"name\":\"touchbase.outbox.mails\"").contains("\"statistic\":\"VALUE\"");
        HttpResponse<String> behind = get(managementPort, "/actuator/metrics/touchbase.read.models.behind");
        assertThat(behind.statusCode()).isEqualTo(200);
        assertThat(behind.body()).contains("\"value\":0.0");
        assertThat(get(port, "/actuator/metrics/touchbase.outbox.mails").body()).doesNotContain("touchbase.outbox.mails");

        HttpResponse<String> onTheAppPort = get(port, "/actuator/health");
        assertThat(onTheAppPort.body()).doesNotContain("\"status\"");
    }
}
