package app.touchbase.platform.privacy;

import app.touchbase.platform.storage.StorageMode;
import app.touchbase.platform.storage.StorageProperties;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.eq;

/**
 * What was erased, by key id and the id of the erased key material (nothing personal, nothing secret). It is kept in
 * the database and, with the data file, in a list in its folder ({@code touchbase-erasures.txt}) that a restore into
 * a new data file there still reads: keep that list with your backups, and an erased person stays erased whatever
 * backup is restored.
 */
@Component
public class ErasedKeys {

    static final String COLLECTION = "erased_data_keys";
    static final String LIST = "touchbase-erasures.txt";
    private static final String CONTACT_KEY = "contact-";

    private final MongoCollection<Document> erasures;
    private final Path list;
    private final Clock clock;
    private final Set<UUID> erasedContacts = ConcurrentHashMap.newKeySet();

    ErasedKeys(MongoDatabase touchbaseDatabase, StorageProperties storage, Clock clock) {
        this.erasures = touchbaseDatabase.getCollection(COLLECTION);
        this.list = storage.mode() == StorageMode.EMBEDDED_FILE ? listBeside(storage.file()) : null;
        this.clock = clock;
        fingerprints().forEach(this::rememberContact);
    }

    /** One list per data folder, so a backup restored into a new data file there still honours it. */
    static Path listBeside(Path dataFile) {
        return dataFile.toAbsolutePath().resolveSibling(LIST);
    }

    void record(String keyId, String fingerprint, String owner, String contactId) {
        erasures.replaceOne(eq("_id", fingerprint), new Document("_id", fingerprint).append("keyId", keyId).append("owner", owner)
                .append("contactId", contactId).append("erasedAt", Date.from(clock.instant())), new ReplaceOptions().upsert(true));
        if (list != null) {
            append(fingerprint);
        }
        rememberContact(fingerprint);
    }

    private void append(String fingerprint) {
        try {
            if (!Files.exists(list)) {
                Files.createDirectories(list.toAbsolutePath().getParent());
            }
            Files.writeString(list, fingerprint + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the list of erasures " + list, e);
        }
    }

    Set<String> fingerprints() {
        Set<String> all = new HashSet<>();
        erasures.find().forEach(erasure -> all.add(erasure.getString("_id")));
        if (list != null && Files.exists(list)) {
            try {
                Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip).filter(line -> !line.isEmpty()).forEach(all::add);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the list of erasures " + list, e);
            }
        }
        return all;
    }

    private void rememberContact(String fingerprint) {
        if (fingerprint.startsWith(CONTACT_KEY)) {
            erasedContacts.add(UUID.fromString(fingerprint.substring(CONTACT_KEY.length(), fingerprint.indexOf('#'))));
        }
    }

    public boolean isErasedContact(UUID contactId) {
        return erasedContacts.contains(contactId);
    }
}
