package app.touchbase.platform.privacy;

import app.touchbase.platform.storage.StorageMode;
import app.touchbase.platform.storage.StorageProperties;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.eventhandling.GenericEventMessage;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static com.mongodb.client.model.Filters.eq;

/**
 * What was erased, by key id and the id of the erased key material, and when (nothing personal, nothing secret). It
 * is kept in the database and, with the data file, in a list in its folder ({@code touchbase-erasures.txt}) that a
 * restore into a new data file there still reads: keep that list with your backups, and an erased person stays erased
 * whatever backup is restored.
 */
@Component
public class ErasedKeys {

    static final String COLLECTION = "erased_data_keys";
    static final String LIST = "touchbase-erasures.txt";
    private static final String CONTACT_KEY = "contact-";
    private static final String ACCOUNT_KEY = "account-";

    private final MongoCollection<Document> erasures;
    private final Path list;
    private final Set<UUID> erasedContacts = ConcurrentHashMap.newKeySet();
    private final Set<String> erasedForGood = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> accountsErasedAt = new ConcurrentHashMap<>();

    ErasedKeys(MongoDatabase touchbaseDatabase, StorageProperties storage) {
        this.erasures = touchbaseDatabase.getCollection(COLLECTION);
        this.list = storage.mode() == StorageMode.EMBEDDED_FILE ? listBeside(storage.file()) : null;
        erasedAt().forEach(this::remember);
    }

    /** One list per data folder, so a backup restored into a new data file there still honours it. */
    static Path listBeside(Path dataFile) {
        return dataFile.toAbsolutePath().resolveSibling(LIST);
    }

    /** The moment is taken on Axon's clock, which stamps the events it is compared with. */
    void record(String keyId, String fingerprint, String owner, String contactId) {
        Instant at = GenericEventMessage.clock.instant();
        erasures.replaceOne(eq("_id", fingerprint), new Document("_id", fingerprint).append("keyId", keyId).append("owner", owner)
                .append("contactId", contactId).append("erasedAt", Date.from(at)), new ReplaceOptions().upsert(true));
        if (list != null) {
            append(fingerprint + "\t" + at);
        }
        remember(fingerprint, at);
    }

    private void append(String line) {
        try {
            if (!Files.exists(list)) {
                Files.createDirectories(list.toAbsolutePath().getParent());
            }
            Files.writeString(list, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the list of erasures " + list, e);
        }
    }

    Set<String> fingerprints() {
        return erasedAt().keySet();
    }

    /** Every erased key's fingerprint and when it was erased, from the database and the list. */
    private Map<String, Instant> erasedAt() {
        Map<String, Instant> all = new HashMap<>();
        erasures.find().forEach(erasure -> all.put(erasure.getString("_id"), erasure.getDate("erasedAt").toInstant()));
        if (list != null && Files.exists(list)) {
            try {
                Files.readAllLines(list, StandardCharsets.UTF_8).stream().map(String::strip).filter(line -> !line.isEmpty())
                        .forEach(line -> {
                            String[] parts = line.split("\t");
                            all.putIfAbsent(parts[0], parts.length > 1 ? Instant.parse(parts[1]) : Instant.MAX);
                        });
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the list of erasures " + list, e);
            }
        }
        return all;
    }

    private void remember(String fingerprint, Instant at) {
        String keyId = fingerprint.substring(0, fingerprint.indexOf('#'));
        if (!keyId.startsWith(ACCOUNT_KEY)) {
            erasedForGood.add(keyId);
        }
        if (keyId.startsWith(CONTACT_KEY)) {
            erasedContacts.add(UUID.fromString(keyId.substring(CONTACT_KEY.length())));
        } else if (keyId.startsWith(ACCOUNT_KEY)) {
            String owner = new String(Base64.getUrlDecoder().decode(keyId.substring(ACCOUNT_KEY.length())), StandardCharsets.UTF_8);
            accountsErasedAt.merge(owner, at, (earlier, later) -> later.isAfter(earlier) ? later : earlier);
        }
    }

    /** A contact's or a touch's key that was erased: unlike an account's, it never comes back. */
    boolean isErasedForGood(String keyId) {
        return erasedForGood.contains(keyId);
    }

    public boolean isErasedContact(UUID contactId) {
        return erasedContacts.contains(contactId);
    }

    /** Whether something the owner recorded at {@code moment} belongs to an account deleted since. */
    public boolean isFromDeletedAccount(String owner, Instant moment) {
        Instant erasedAt = accountsErasedAt.get(owner);
        return erasedAt != null && !moment.isAfter(erasedAt);
    }
}
