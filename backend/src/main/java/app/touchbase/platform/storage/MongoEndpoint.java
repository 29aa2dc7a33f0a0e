package app.touchbase.platform.storage;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import app.touchbase.platform.storage.index.IndexedBackend;
import app.touchbase.platform.storage.index.IndexedMemoryBackend;
import app.touchbase.platform.storage.index.QueriesAnsweredByScan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

/** The MongoDB Touchbase talks to: an embedded server started here, or an external one. */
public final class MongoEndpoint implements AutoCloseable {

    private final String connectionString;
    private final MongoServer embeddedServer;
    private final QueriesAnsweredByScan scans;

    private MongoEndpoint(String connectionString, MongoServer embeddedServer, QueriesAnsweredByScan scans) {
        this.connectionString = connectionString;
        this.embeddedServer = embeddedServer;
        this.scans = scans;
    }

    public static MongoEndpoint start(StorageProperties properties) {
        return start(properties, new StorageFaults());
    }

    public static MongoEndpoint start(StorageProperties properties, StorageFaults faults) {
        return switch (properties.mode()) {
            case EMBEDDED_MEMORY -> embedded(new IndexedMemoryBackend());
            case EMBEDDED_FILE -> embeddedFile(properties.file(), properties.fileUpkeep(), faults);
            case EXTERNAL -> new MongoEndpoint(properties.uri(), null, null);
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

    private static <B extends MongoBackend & IndexedBackend> MongoEndpoint embedded(B backend) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        return new MongoEndpoint(server.getConnectionString(), server, backend.queriesAnsweredByScan());
    }

    public String connectionString() {
        return connectionString;
    }

    /** What the embedded server answered by reading whole collections; nothing for an external MongoDB. */
    public Optional<QueriesAnsweredByScan> queriesAnsweredByScan() {
        return Optional.ofNullable(scans);
    }

    @Override
    public void close() {
        if (embeddedServer != null) {
            embeddedServer.shutdown();
        }
    }
}
