package app.touchbase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Touchbase: a self-hosted personal CRM that keeps you in touch with the people who matter. */
@SpringBootApplication
public class TouchbaseApplication {

    public static void main(String[] args) {
        SpringApplication.run(TouchbaseApplication.class, args);
    }
}
