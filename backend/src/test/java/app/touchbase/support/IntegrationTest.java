package app.touchbase.support;

import app.touchbase.TouchbaseTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The whole backend: real Axon, the real MongoDB wire protocol (embedded server in memory), a movable clock.
 * Tests share one context, so each test works in a fresh owner's network.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = TouchbaseTestApplication.class)
@Import(TestClockConfiguration.class)
public @interface IntegrationTest {
}
