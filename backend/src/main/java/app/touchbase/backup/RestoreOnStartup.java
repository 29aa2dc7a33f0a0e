package app.touchbase.backup;

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
import java.util.ArrayList;
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
    static final List<String> REQUIRED_FIELDS = List.of(STORED.aggregateIdentifierProperty(), STORED.sequenceNumberProperty(),
            STORED.timestampProperty(), STORED.eventIdentifierProperty(), STORED.payloadTypeProperty(), STORED.payloadProperty());

    @Bean
    ConfigurerModule restoreEventLogBeforeProcessingStarts(@Value("${touchbase.restore}") Path backup, MongoTemplate axonMongoTemplate) {
        return configurer -> configurer.onInitialize(config -> config.onStart(Phase.INBOUND_EVENT_CONNECTORS - 1, () -> {
            long existing = axonMongoTemplate.eventCollection().countDocuments();
            if (existing > 0) {
                throw new IllegalStateException("touchbase.restore needs an empty installation, but this one already holds "
                        + existing + " events: start with a new data file (touchbase.storage.file) or database.");
            }
            List<Document> events = read(backup);
            if (!events.isEmpty()) {
                axonMongoTemplate.eventCollection().insertMany(events);
            }
            LOG.info("Restored {} events from {}", events.size(), backup);
        }));
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
