package app.touchbase.bench;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmarks run in a JVM of their own, which sees only the settings the {@code bench} profile passes on: a setting
 * a benchmark reads but the profile leaves out would be ignored without a word, and the figures would be for its default.
 */
class BenchSettingsReachTheBenchmarkTest {

    private static final Path TEST_SOURCES = Path.of("src/test/java");
    private static final Pattern SETTING_READ = Pattern.compile("BenchSettings\\.(?:text|number|flag)\\(\"bench\\.(\\w+)\"");
    private static final Pattern READ_AROUND_THE_SETTINGS =
            Pattern.compile("(?:System\\.getProperty|Integer\\.getInteger|Long\\.getLong|Boolean\\.getBoolean)\\(\"bench\\.");

    @Test
    void theProfilePassesOnEverySettingABenchmarkReads() throws IOException {
        Set<String> read = new TreeSet<>();
        for (String source : testSources()) {
            Matcher setting = SETTING_READ.matcher(source);
            while (setting.find()) {
                read.add(setting.group(1));
            }
        }
        String pom = Files.readString(Path.of("pom.xml"));

        assertThat(read).contains("mode", "sizes", "contacts", "history", "replay");
        assertThat(pom).contains("<argument>-Xmx${bench.heap}</argument>", "<bench.heap>2g</bench.heap>");
        assertThat(read).allSatisfy(name -> {
            assertThat(pom).as("the bench profile passes bench.%s on", name)
                    .contains("<argument>-Dbench." + name + "=${bench." + name + "}</argument>");
            assertThat(pom).as("bench.%s has a blank default, so the benchmark's own applies", name)
                    .contains("<bench." + name + "></bench." + name + ">");
        });
    }

    @Test
    void everyBenchmarkReadsItsSettingsThroughBenchSettings() throws IOException {
        assertThat(testSources()).noneMatch(source -> READ_AROUND_THE_SETTINGS.matcher(source).find());
    }

    private static List<String> testSources() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                sources.add(Files.readString(file));
            }
        }
        return sources;
    }
}
