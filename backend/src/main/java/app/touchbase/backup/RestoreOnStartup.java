package app.touchbase.backup;

import app.touchbase.account.api.ResetPassword;
import app.touchbase.backup.read.StoredPasswordHashes;
import app.touchbase.platform.privacy.PersonalDataKeys;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.lifecycle.Phase;
import org.bson.Document;
import org.bson.json.JsonParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@code --touchbase.restore=FILE} puts the events of an event-log backup into an empty installation before event
 * processors start: the read models then fold them from the beginning, while automations, which start at the head of
 * the event stream, never act on restored history. The whole file is checked before anything is written.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "touchbase.restore")
class RestoreOnStartup {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreOnStartup.class);
    private static final EventEntryConfiguration STORED = EventEntryConfiguration.getDefault();
    private static final int ONE_TIME_PASSWORD_BYTES = 15;
    private static final SecureRandom RANDOM = new SecureRandom();
    static final List<String> REQUIRED_FIELDS = List.of(STORED.aggregateIdentifierProperty(), STORED.sequenceNumberProperty(),
            STORED.timestampProperty(), STORED.eventIdentifierProperty(), STORED.payloadTypeProperty(), STORED.payloadProperty());

    @Bean
    ConfigurerModule restoreEventLogBeforeProcessingStarts(@Value("${touchbase.restore}") Path backup, MongoTemplate axonMongoTemplate,
                                                           PersonalDataKeys keys) {
        return configurer -> configurer.onInitialize(config -> config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 2, () -> {
            long existing = axonMongoTemplate.eventCollection().countDocuments();
            if (existing > 0) {
                throw new IllegalStateException("touchbase.restore needs an empty installation, but this one already holds "
                        + existing + " events: start with a new data file (touchbase.storage.file) or database.");
            }
            List<Document> lines = read(backup);
            List<Document> events = lines.stream().filter(line -> !line.containsKey(PersonalDataKeys.BACKUP_LINE)).toList();
            int restoredKeys = keys.restore(lines.stream().filter(line -> line.containsKey(PersonalDataKeys.BACKUP_LINE))
                    .map(line -> line.get(PersonalDataKeys.BACKUP_LINE, Document.class)).toList());
            if (!events.isEmpty()) {
                axonMongoTemplate.eventCollection().insertMany(events);
            }
            LOG.info("Restored {} events and {} keys from {}", events.size(), restoredKeys, backup);
            events.stream().filter(StoredPasswordHashes::isRegistrationWithoutHash)
                    .map(event -> event.getString(STORED.aggregateIdentifierProperty()))
                    .forEach(accountId -> giveOneTimePassword(config.commandGateway(), accountId));
        }));
    }

    /**
     * A backup holds no password hashes. The one-time password goes to standard output, where the person restoring
     * reads it, and not to the log, which may be kept and shipped elsewhere.
     */
    private static void giveOneTimePassword(CommandGateway commands, String accountId) {
        byte[] secret = new byte[ONE_TIME_PASSWORD_BYTES];
        RANDOM.nextBytes(secret);
        String oneTime = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        commands.sendAndWait(new ResetPassword(accountId, oneTime));
        System.out.println("Restored account '" + accountId + "': sign in with the one-time password " + oneTime
                + " and choose your own at once in Settings → Password.");
    }

    static List<Document> read(Path backup) {
        List<Document> events = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(backup, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    events.add(event(line, number, backup));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the backup " + backup + ": " + e.getMessage(), e);
        }
        return events;
    }

    private static Document event(String line, int number, Path backup) {
        try {
            Document event = Document.parse(line);
            if (event.get(PersonalDataKeys.BACKUP_LINE) instanceof Document) {
                return event;
            }
            for (String field : REQUIRED_FIELDS) {
                if (!event.containsKey(field)) {
                    throw new IllegalArgumentException("Line " + number + " of " + backup + " is not a Touchbase event (no " + field
                            + "): nothing was restored.");
                }
            }
            return event;
        } catch (JsonParseException notJson) {
            throw new IllegalArgumentException("Line " + number + " of " + backup + " is not JSON: nothing was restored.", notJson);
        }
    }
}
