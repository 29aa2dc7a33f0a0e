package app.touchbase.platform.axon;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaimsKeptInProcessTest {

    static final String PROCESSOR = "read-models";

    final MongoServer server = new MongoServer(new MemoryBackend());
    final AtomicInteger tokenWrites = new AtomicInteger();
    final MongoClient client = client(server.bind());
    final AtomicLong nanos = new AtomicLong(42);
    final TokenStore tokens = new ClaimsKeptInProcess(MongoTokenStore.builder()
            .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, "touchbase").build())
            .serializer(JacksonSerializer.defaultSerializer())
            .nodeId(AxonStorageConfiguration.EMBEDDED_NODE_ID)
            .build(), Duration.ofMinutes(1), nanos::get);

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anIdleClaimIsWrittenOncePerIntervalAndEveryTokenAtOnce() {
        tokens.initializeTokenSegments(PROCESSOR, 1);
        tokens.fetchToken(PROCESSOR, 0);
        int afterClaim = tokenWrites.get();

        for (int second = 0; second < 59; second++) {
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
            tokens.extendClaim(PROCESSOR, 0);
        }
        assertThat(tokenWrites.get()).as("extensions within the minute").isEqualTo(afterClaim);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        tokens.extendClaim(PROCESSOR, 0);
        assertThat(tokenWrites.get()).as("the extension a minute later").isEqualTo(afterClaim + 1);

        tokens.storeToken(new GlobalSequenceTrackingToken(7), PROCESSOR, 0);
        assertThat(tokenWrites.get()).as("a token is stored at once").isEqualTo(afterClaim + 2);
        assertThat(tokens.fetchToken(PROCESSOR, 0)).isEqualTo(new GlobalSequenceTrackingToken(7));
        int afterFetch = tokenWrites.get();
        tokens.extendClaim(PROCESSOR, 0);
        assertThat(tokenWrites.get()).as("a fresh store or claim counts as an extension").isEqualTo(afterFetch);
    }

    @Test
    void aReleasedClaimIsNotTakenForStillHeld() {
        tokens.initializeTokenSegments(PROCESSOR, 1);
        tokens.fetchToken(PROCESSOR, 0);
        tokens.releaseClaim(PROCESSOR, 0);

        assertThatThrownBy(() -> tokens.extendClaim(PROCESSOR, 0)).isInstanceOf(UnableToClaimTokenException.class);
    }

    private MongoClient client(InetSocketAddress address) {
        CommandListener counter = new CommandListener() {
            @Override
            public void commandStarted(CommandStartedEvent event) {
                if (event.getCommandName().equals("update") || event.getCommandName().equals("findAndModify")) {
                    tokenWrites.incrementAndGet();
                }
            }
        };
        return MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://localhost:" + address.getPort()))
                .addCommandListener(counter)
                .build());
    }
}
