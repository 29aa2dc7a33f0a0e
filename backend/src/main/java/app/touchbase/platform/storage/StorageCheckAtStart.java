package app.touchbase.platform.storage;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.unit.DataSize;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Before anything else starts (no banner, no log line yet): an embedded data file that can't be written stops the
 * process with one sentence and exit status 1, instead of an application that starts and fails every command.
 * {@code touchbase.storage.min-free-space} (default 100MB) is the room the disk must have.
 */
public class StorageCheckAtStart implements EnvironmentPostProcessor, Ordered {

    public static final int EXIT_STATUS = 1;
    static final DataSize DEFAULT_MIN_FREE_SPACE = DataSize.ofMegabytes(100);

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String mode = environment.getProperty("touchbase.storage.mode", "embedded-file");
        if (!mode.toUpperCase(Locale.ROOT).replace('-', '_').equals(StorageMode.EMBEDDED_FILE.name())) {
            return;
        }
        Path file = Path.of(environment.getProperty("touchbase.storage.file", "data/touchbase.mv"));
        DataSize minFree = environment.getProperty("touchbase.storage.min-free-space", DataSize.class, DEFAULT_MIN_FREE_SPACE);
        DataFolderCheck.problem(file, minFree.toBytes()).ifPresent(problem -> {
            System.err.println(problem);
            System.err.flush();
            System.exit(EXIT_STATUS);
        });
    }

    /** After every other source of settings, so the file checked is the file that will be opened. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
