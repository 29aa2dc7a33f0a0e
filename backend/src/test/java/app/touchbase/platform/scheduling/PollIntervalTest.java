package app.touchbase.platform.scheduling;

import app.touchbase.TouchbaseTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.BindException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PollIntervalTest {

    @Test
    void aPollIntervalUnderFiveSecondsIsRefusedAtStartWithTheMinimum() {
        assertThatThrownBy(() -> new SpringApplicationBuilder(TouchbaseTestApplication.class)
                .run("--touchbase.scheduling.poll-interval=2s").close())
                .hasRootCauseInstanceOf(IllegalArgumentException.class)
                .rootCause().hasMessage("touchbase.scheduling.poll-interval must be at least 5s, was 2000ms");
    }

    @Test
    void theRefusalIsABindingErrorSoSpringBootReportsItWithoutAStackTrace() {
        Throwable failure = null;
        try {
            new SpringApplicationBuilder(TouchbaseTestApplication.class).run("--touchbase.scheduling.poll-interval=1s").close();
        } catch (Exception e) {
            failure = e;
        }
        assertThat(failure).isNotNull();
        boolean bindFailure = false;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            bindFailure |= cause instanceof BindException;
        }
        assertThat(bindFailure).as("a BindException, which Spring Boot's failure analyzer turns into a plain report").isTrue();
    }
}
