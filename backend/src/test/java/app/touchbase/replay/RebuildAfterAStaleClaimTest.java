package app.touchbase.replay;

import app.touchbase.TouchbaseTestApplication;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.SearchContacts;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.UUID;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * On an external MongoDB an instance killed mid-rebuild leaves its claim on the read models' token for a while; the
 * next start waits for the claim to run out and then rebuilds, instead of failing to start.
 */
class RebuildAfterAStaleClaimTest {

    final MongoServer mongo = new MongoServer(new MemoryBackend());
    final String uri = uri(mongo.bind());

    @AfterEach
    void stopMongo() {
        mongo.shutdownNow();
    }

    @Test
    void aStartWaitsForTheClaimOfAKilledInstanceAndRebuilds() {
        try (ConfigurableApplicationContext app = start()) {
            app.getBean(CommandGateway.class).sendAndWait(new AddContact(UUID.randomUUID(), "owner", ContactDetails.named("Ada")));
            await().until(() -> contacts(app) == 1);
        }
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase database = client.getDatabase("touchbase");
            database.getCollection("trackingtokens").updateMany(eq("processorName", "read-models"),
                    combine(set("owner", "killed@elsewhere"), set("timestamp", System.currentTimeMillis())));
            database.getCollection(RebuildMarker.COLLECTION).updateOne(eq("_id", "read-models"), set("rebuild",
                    new Document("id", "interrupted").append("reason", "asked for before the kill")));
            database.getCollection("contact_directory").deleteMany(new Document());
        }

        try (ConfigurableApplicationContext app = start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !app.getBean(ReadModelRebuilds.class).rebuilding());
            assertThat(contacts(app)).isEqualTo(1);
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TouchbaseTestApplication.class)
                .run("--touchbase.storage.mode=external", "--touchbase.storage.uri=" + uri);
    }

    private static long contacts(ConfigurableApplicationContext app) {
        return app.getBean(QueryGateway.class).query(SearchContacts.all("owner"), ResponseTypes.instanceOf(ContactPage.class)).join().total();
    }

    private static String uri(InetSocketAddress address) {
        return "mongodb://localhost:" + address.getPort();
    }
}
