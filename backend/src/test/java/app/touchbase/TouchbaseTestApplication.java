package app.touchbase;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The backend on its own, as the web application would start it, for integration tests. */
@SpringBootApplication
public class TouchbaseTestApplication {
}
