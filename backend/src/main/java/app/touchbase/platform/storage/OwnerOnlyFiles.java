package app.touchbase.platform.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** The data file holds a whole network: only the account Touchbase runs as may read it. */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    /** Creates the folder (owner only) if it is missing; a folder that already exists keeps its permissions. */
    static void createFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            restrict(folder, "rwx------");
        }
    }

    /** Creates an empty file that only the owner may read, from its first byte on. */
    static void createFile(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
    }

    static void restrictFile(Path file) {
        try {
            if (Files.exists(file)) {
                restrict(file, "rw-------");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make " + file + " readable by its owner only", e);
        }
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (Files.getFileAttributeView(path, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
