package app.touchbase.platform.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import app.touchbase.platform.storage.index.IndexedMemoryBackend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The MongoDB Touchbase talks to: an embedded server started here, or an external one. */
public final class MongoEndpoint implements AutoCloseable {

    private final String connectionString;
    private final MongoServer embeddedServer;

    private MongoEndpoint(String connectionString, MongoServer embeddedServer) {
        this.connectionString = connectionString;
        this.embeddedServer = embeddedServer;
    }

    public static MongoEndpoint start(StorageProperties properties) {
        return start(properties, new StorageFaults());
    }

    public static MongoEndpoint start(StorageProperties properties, StorageFaults faults) {
        return switch (properties.mode()) {
            case EMBEDDED_MEMORY -> embedded(new IndexedMemoryBackend());
            case EMBEDDED_FILE -> embeddedFile(properties.file(), properties.fileUpkeep(), faults);
            case EXTERNAL -> new MongoEndpoint(properties.uri(), null);
        };
    }

    public static MongoEndpoint embeddedFile(Path file) {
        return embeddedFile(file, StorageProperties.FileUpkeep.DEFAULTS, new StorageFaults());
    }

    public static MongoEndpoint embeddedFile(Path file, StorageProperties.FileUpkeep upkeep, StorageFaults faults) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            if (parent != null) {
                OwnerOnlyFiles.createFolder(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the folder for the data file " + file, e);
        }
        MongoEndpoint endpoint = embedded(new DurableH2Backend(file.toString(), upkeep, faults));
        OwnerOnlyFiles.restrictFile(file);
        return endpoint;
    }

    private static MongoEndpoint embedded(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return new MongoEndpoint(server.getConnectionString(), server);
    }

    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        if (embeddedServer != null) {
            embeddedServer.shutdown();
        }
    }
}
