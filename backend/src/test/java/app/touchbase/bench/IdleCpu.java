package app.touchbase.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** The CPU time this process spends (user and system, from /proc/self/stat) over a period of doing nothing. */
final class IdleCpu {

    private static final int CLOCK_TICKS_PER_SECOND = 100;

    private IdleCpu() {
    }

    static double percentOfACore(Duration period) throws IOException, InterruptedException {
        long before = cpuTicks();
        Thread.sleep(period.toMillis());
        return (cpuTicks() - before) / (double) CLOCK_TICKS_PER_SECOND / period.toSeconds() * 100;
    }

    private static long cpuTicks() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
