package app.touchbase.platform.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether the embedded data file can be written: its folder exists or can be made, a file can be written there, the
 * file itself opens for writing, and the disk has room. Answers the one sentence to show when it can't.
 * Permission bits do not stop root, so the folder is probed by really writing to it.
 */
public final class DataFolderCheck {

    private static final int PROBE_BYTES = 64 * 1024;
    private static final long MB = 1024 * 1024;

    private DataFolderCheck() {
    }

    public static Optional<String> problem(Path file, long minFreeBytes) {
        try {
            return Optional.ofNullable(problemOrNull(file, minFreeBytes)).map(reason -> "Touchbase can't write " + file + ": " + reason);
        } catch (IOException e) {
            return Optional.of("Touchbase can't write " + file + ": " + reason(e));
        }
    }

    private static String problemOrNull(Path file, long minFreeBytes) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return folder + " is not a folder";
        }
        OwnerOnlyFiles.createFolder(folder);
        Path probe = Files.createTempFile(folder, ".touchbase-write-check", ".tmp");
        try {
            Files.write(probe, new byte[PROBE_BYTES], StandardOpenOption.SYNC);
        } finally {
            Files.deleteIfExists(probe);
        }
        if (Files.exists(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.allocate(0));
            }
        }
        long free = Files.getFileStore(folder).getUsableSpace();
        if (free < minFreeBytes) {
            return "the disk is full (" + free / MB + " MB free, at least " + minFreeBytes / MB + " MB needed)";
        }
        return null;
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String reason = e instanceof FileSystemException fileSystem && fileSystem.getReason() != null
                ? fileSystem.getReason() : String.valueOf(e.getMessage());
        return reason.toLowerCase(Locale.ROOT).contains("no space left") ? "the disk is full" : reason.toLowerCase(Locale.ROOT);
    }
}
