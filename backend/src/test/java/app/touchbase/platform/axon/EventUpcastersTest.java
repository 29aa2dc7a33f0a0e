package app.touchbase.platform.axon;

import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.PhoneNumber;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Each revision's upcaster, one step at a time: an event of an older revision comes out current, its added fields written as empty. */
class EventUpcastersTest {

    private static final JacksonSerializer SERIALIZER = JacksonSerializer.defaultSerializer();
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cadence.api.TouchSnoozed | 2 | {\"contactId\":\"c\",\"owner\":\"o\",\"until\":\"2026-03-01\",\"snoozedAt\":\"2026-02-01T10:00:00Z\"} | 3 | ruleId",
            "cadence.api.CadenceSet | 2 | {\"contactId\":\"c\",\"owner\":\"o\",\"every\":\"P1M\",\"startsOn\":\"2026-02-01\",\"setAt\":\"2026-02-01T10:00:00Z\"} | 3 | firstDueOn",
            "importing.api.ImportRecorded | 2 | {\"importId\":\"i\",\"owner\":\"o\",\"contacts\":[],\"recordedAt\":\"2026-02-01T10:00:00Z\"} | 5 | circleId",
            "importing.api.ImportRecorded | | {\"importId\":\"i\",\"owner\":\"o\",\"contacts\":[{\"contactId\":\"c\",\"person\":{}}],\"recordedAt\":\"2026-02-01T10:00:00Z\"} | 5 | circleId",
            "contact.api.ContactAdded | | {\"contactId\":\"c\",\"owner\":\"o\",\"addedAt\":\"2026-02-01T10:00:00Z\"} | 3 | owner",
            "contact.api.ContactAdded | 2 | {\"contactId\":\"c\",\"owner\":\"o\",\"details\":{\"name\":\"Ada\"},\"addedAt\":\"2026-02-01T10:00:00Z\"} | 3 | phoneNumbers",
            "contact.api.ContactDetailsChanged | 2 | {\"contactId\":\"c\",\"owner\":\"o\",\"details\":{\"name\":\"Ada\"},\"changedAt\":\"2026-02-01T10:00:00Z\"} | 3 | phoneNumbers",
    })
    void anOlderRevisionComesOutCurrentWithItsAddedFieldEmpty(String type, String revision, String payload, String current, String field) {
        IntermediateEventRepresentation upcast = upcast("app.touchbase." + type, revision, payload);
        JsonNode json = upcast.getData(JsonNode.class).getData();
        assertThat(upcast.getType().getRevision()).isEqualTo(current);
        assertThat(json.has(field)).as("%s is written down", field).isTrue();
        if (type.endsWith("ImportRecorded") && revision == null) {
            assertThat(json.get("contacts").get(0).has("cadence")).isTrue();
            assertThat(json.get("contacts").get(0).get("firstDueOn").isNull()).isTrue();
            assertThat(json.get("contacts").get(0).get("dateIds").isEmpty()).isTrue();
            assertThat(json.get("contacts").get(0).get("person").get("dates").isArray()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "contact.api.ContactAdded | 1 | {\"contactId\":\"c\",\"owner\":\"o\",\"details\":{\"name\":\"Ada\",\"emails\":[]},\"addedAt\":\"2026-02-01T10:00:00Z\"} | 3 | /details",
            "contact.api.ContactAdded | | {\"contactId\":\"c\",\"owner\":\"o\",\"details\":{\"name\":\"Ada\"},\"addedAt\":\"2026-02-01T10:00:00Z\"} | 3 | /details",
            "contact.api.ContactDetailsChanged | 1 | {\"contactId\":\"c\",\"owner\":\"o\",\"details\":{\"name\":\"Ada\"},\"changedAt\":\"2026-02-01T10:00:00Z\"} | 3 | /details",
            "importing.api.ImportRecorded | 4 | {\"importId\":\"i\",\"owner\":\"o\",\"contacts\":[{\"contactId\":\"c\",\"person\":{\"details\":{\"name\":\"Ada\"}}}],\"recordedAt\":\"2026-02-01T10:00:00Z\"} | 5 | /contacts/0/person/details",
    })
    void detailsWrittenBeforePostalAddressesGetNone(String type, String revision, String payload, String current, String details) {
        IntermediateEventRepresentation upcast = upcast("app.touchbase." + type, revision, payload);
        JsonNode json = upcast.getData(JsonNode.class).getData();
        assertThat(upcast.getType().getRevision()).isEqualTo(current);
        assertThat(json.at(details).get("addresses").isArray()).isTrue();
        assertThat(json.at(details).get("addresses").isEmpty()).isTrue();
        assertThat(json.at(details).get("name").asText()).as("the rest is left as it was").isEqualTo("Ada");
    }

    @Test
    void phonesWrittenBeforeTheyWereReadAreReadWithoutARegion() throws Exception {
        String payload = "{\"contactId\":\"00000000-0000-4000-8000-000000000001\",\"owner\":\"o\",\"details\":{\"name\":\"Ada\","
                + "\"phones\":[\"+44 20 7946 0958 x12\",\"020 7946 0958\"]},\"addedAt\":\"2026-02-01T10:00:00Z\"}";
        JsonNode json = upcast("app.touchbase.contact.api.ContactAdded", "2", payload).getData(JsonNode.class).getData();
        assertThat(json.get("phoneNumbers").isNull()).as("written down as not read").isTrue();

        ContactAdded added = JSON.treeToValue(json, ContactAdded.class);
        assertThat(added.phoneNumbers()).as("a number that says its country is understood; a national one is kept as written")
                .containsExactly(new PhoneNumber("+44 20 7946 0958 x12", "+442079460958", "12"), new PhoneNumber("020 7946 0958", null, null));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "cadence.api.TouchSnoozed | 3 | {\"ruleId\":\"lunch\"}",
            "contact.api.ContactAdded | 3 | {\"owner\":\"o\"}"})
    void aCurrentEventIsLeftAsItIs(String type, String revision, String payload) {
        IntermediateEventRepresentation upcast = upcast("app.touchbase." + type, revision, payload);
        assertThat(upcast.getType().getRevision()).isEqualTo(revision);
        assertThat(upcast.getData(String.class).getData()).isEqualTo(payload);
    }

    private static IntermediateEventRepresentation upcast(String type, String revision, String payload) {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Contact", "c", 0, "e",
                Instant.parse("2026-02-01T10:00:00Z"), type, revision, payload, "{}");
        List<IntermediateEventRepresentation> upcast = EventUpcasters.chain((owner, moment) -> ZoneOffset.UTC)
                .upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER))).toList();
        assertThat(upcast).hasSize(1);
        return upcast.get(0);
    }
}
