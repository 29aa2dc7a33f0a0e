package app.touchbase.mail.links;

import app.touchbase.mail.MailProperties;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.setOnInsert;

/**
 * The key links in mails are signed with: {@code touchbase.mail.link-secret} when set, else a random key made once
 * and kept in the database, so links keep working across restarts and on every instance.
 */
@Component
class LinkSecret {

    private static final String ID = "mail-link-signing-key";
    static final int SHORTEST_KEY_BYTES = 32;

    private final byte[] key;

    LinkSecret(MongoDatabase touchbaseDatabase, MailProperties properties) {
        String configured = properties.linkSecret();
        this.key = configured.isBlank() ? stored(touchbaseDatabase.getCollection("secrets")) : checked(configured.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] checked(byte[] configured) {
        if (configured.length < SHORTEST_KEY_BYTES) {
            throw new IllegalStateException("touchbase.mail.link-secret is " + configured.length + " bytes long; it must be at least "
                    + SHORTEST_KEY_BYTES + ": use a long random value (for example the output of `openssl rand -base64 48`), or leave it unset.");
        }
        return configured;
    }

    byte[] key() {
        return key.clone();
    }

    private static byte[] stored(MongoCollection<Document> secrets) {
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        secrets.updateOne(eq("_id", ID), setOnInsert("value", Base64.getEncoder().encodeToString(fresh)),
                new UpdateOptions().upsert(true));
        return Base64.getDecoder().decode(secrets.find(eq("_id", ID)).first().getString("value"));
    }
}
