package app.touchbase.platform.storage;

import app.touchbase.replay.RebuildingApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A data folder Touchbase can't write stops it at start with one sentence as the first line of output. The real
 * variants mount a small tmpfs (read-only, or filled up); where mounting is not allowed they are skipped with the reason.
 */
class DataFolderCheckTest {

    @TempDir
    Path folder;
    final List<Path> mounts = new ArrayList<>();

    @AfterEach
    void unmount() throws Exception {
        for (Path mount : mounts) {
            run("umount", mount.toString());
        }
    }

    @Test
    void aWritableFolderWithRoomPasses() {
        assertThat(DataFolderCheck.problem(folder.resolve("data/touchbase.mv"), 1024)).isEmpty();
    }

    @Test
    void aFolderThatIsAFileIsRefusedInOneSentence() throws IOException {
        Files.writeString(folder.resolve("data"), "not a folder");
        Path file = folder.resolve("data/touchbase.mv");
        assertThat(DataFolderCheck.problem(file, 1024))
                .contains("Touchbase can't write " + file + ": " + folder.resolve("data") + " is not a folder");
    }

    @Test
    void tooLittleRoomIsRefusedInOneSentence() {
        Path file = folder.resolve("touchbase.mv");
        assertThat(DataFolderCheck.problem(file, Long.MAX_VALUE)).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("Touchbase can't write " + file + ": the disk is full ("));
    }

    @Test
    void aReadOnlyFileSystemStopsTheProcessWithOneSentenceFirst() throws Exception {
        Path mount = mountTmpfs("4m");
        Path file = mount.resolve("touchbase.mv");
        Files.writeString(file, "an existing data file");
        Assumptions.assumeTrue(run("mount", "-o", "remount,ro", mount.toString()) == 0, "could not remount the tmpfs read-only");

        Started app = start(file);

        assertThat(app.status()).isEqualTo(StorageCheckAtStart.EXIT_STATUS);
        assertThat(app.firstLine()).isEqualTo("Touchbase can't write " + file + ": read-only file system");
        assertThat(app.output()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFullDiskStopsTheProcessWithOneSentenceFirst() throws Exception {
        Path mount = mountTmpfs("2m");
        fill(mount.resolve("filler"));
        Path file = mount.resolve("data/touchbase.mv");

        Started app = start(file);

        assertThat(app.status()).isEqualTo(StorageCheckAtStart.EXIT_STATUS);
        assertThat(app.firstLine()).startsWith("Touchbase can't write " + file + ": the disk is full");
        assertThat(app.output()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    record Started(int status, String output) {
        String firstLine() {
            return output.lines().findFirst().orElse("");
        }
    }

    private Started start(Path file) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), RebuildingApp.class.getName(),
                "--touchbase.storage.mode=embedded-file", "--touchbase.storage.file=" + file)
                .redirectErrorStream(true).start();
        String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Started(app.exitValue(), output);
    }

    private Path mountTmpfs(String size) throws Exception {
        Path mount = Files.createDirectory(folder.resolve("mnt"));
        int status = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", mount.toString());
        if (status != 0) {
            String reason = "mounting a tmpfs is not allowed here (needs root and CAP_SYS_ADMIN): skipped";
            System.out.println(getClass().getSimpleName() + ": " + reason);
            Assumptions.abort(reason);
        }
        mounts.add(0, mount);
        return mount;
    }

    private static void fill(Path filler) throws IOException {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
    }

    private static int run(String... command) throws Exception {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (IOException notAvailable) {
            return -1;
        }
    }
}
