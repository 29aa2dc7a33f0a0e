package app.touchbase.bench;

import java.util.stream.Stream;

/**
 * The settings an app under measurement starts with: the defaults a user gets. The test settings on the same class
 * path check the outbox every 200 ms and look for deadlines every 5 s; measured with them, the app would spend on
 * polling what a user's never does.
 */
final class AsAUserRunsIt {

    /** A configuration name with no file behind it, so the tests' {@code application.properties} is not read. */
    private static final String NO_TEST_SETTINGS = "--spring.config.name=touchbase-benchmark";

    private AsAUserRunsIt() {
    }

    static String[] with(String... args) {
        return Stream.concat(Stream.of(NO_TEST_SETTINGS), Stream.of(args)).toArray(String[]::new);
    }
}
