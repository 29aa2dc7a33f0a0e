package app.touchbase.platform.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/** The data file and the folder Touchbase makes for it can be read by the account it runs as, and nobody else. */
class OwnerOnlyDataFileTest {

    @TempDir
    Path home;

    @Test
    void aNewDataFileAndItsNewFolderAreTheOwnersAlone() throws Exception {
        Path file = home.resolve("data").resolve("touchbase.mv");
        try (MongoEndpoint endpoint = MongoEndpoint.embeddedFile(file)) {
            assertThat(endpoint.connectionString()).startsWith("mongodb://127.0.0.1:");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void anExistingFolderKeepsItsPermissions() throws Exception {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = home.resolve("touchbase.mv");
        MongoEndpoint.embeddedFile(file).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home))).isEqualTo("rwxr-xr-x");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void theStartCheckMakesAMissingFolderTheOwnersAloneToo() throws Exception {
        Path file = home.resolve("checked").resolve("touchbase.mv");
        assertThat(DataFolderCheck.problem(file, 0)).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }
}
