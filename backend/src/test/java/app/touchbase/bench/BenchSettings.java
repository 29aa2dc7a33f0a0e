package app.touchbase.bench;

/**
 * A benchmark's settings, given as {@code -Dbench.…} to Maven. The {@code bench} profile passes every setting on to
 * the benchmark's own JVM, blank when it was not given, so a blank value means the benchmark's own default.
 */
public final class BenchSettings {

    private BenchSettings() {
    }

    public static String text(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    public static int number(String name, int fallback) {
        String value = text(name, null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not \"" + value + "\"");
        }
    }

    public static boolean flag(String name, boolean fallback) {
        String value = text(name, null);
        if (value == null) {
            return fallback;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(name + " must be true or false, not \"" + value + "\"");
        }
        return Boolean.parseBoolean(value);
    }
}
