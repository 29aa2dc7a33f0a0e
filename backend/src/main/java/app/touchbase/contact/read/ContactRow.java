package app.touchbase.contact.read;

import app.touchbase.contact.ContactCard;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.FactRecorded;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One contact of the owner's address book. Searches look through {@code searchText}, the tag filter through
 * {@code details.tags}, and pages are sorted by {@code sortName}. {@code circles} and {@code ruleIds} are kept for the
 * circle and "no rule yet" filters. Public only because the driver's record codec reads
 * the components reflectively; nothing outside this package uses it.
 */
public record ContactRow(@BsonId UUID contactId, String owner, Details details, String searchText, String sortName,
                         boolean archived, Instant addedAt, List<FactEntry> facts, List<CircleRef> circles,
                         List<String> ruleIds) {

    static ContactRow of(ContactAdded event) {
        return new ContactRow(event.contactId(), event.owner(), Details.of(event.details()), searchText(event.details()),
                sortName(event.details()), false, event.addedAt(), List.of(), List.of(), List.of());
    }

    static ContactRow of(ContactCard card) {
        return new ContactRow(card.contactId(), card.owner(), Details.of(card.details()), searchText(card.details()),
                sortName(card.details()), card.archived(), card.addedAt(),
                card.facts().stream().map(FactEntry::of).toList(), card.circles(), card.ruleIds());
    }

    ContactCard card() {
        return new ContactCard(contactId, owner, details.view(), archived, addedAt,
                facts == null ? List.of() : facts.stream().map(FactEntry::view).toList(), circles, ruleIds);
    }

    ContactSummary view() {
        return new ContactSummary(contactId, details.view(), archived, addedAt, circles,
                ruleIds != null && !ruleIds.isEmpty());
    }

    /** Lower-cased name, company, role, emails and postal addresses: what a free-text search looks through. */
    static String searchText(ContactDetails details) {
        return Stream.of(Stream.of(details.name(), details.company(), details.role()), details.emails().stream(),
                        details.addresses().stream())
                .flatMap(values -> values)
                .filter(value -> value != null)
                .map(value -> value.toLowerCase(Locale.ROOT))
                .reduce((left, right) -> left + "\n" + right)
                .orElse("");
    }

    static String sortName(ContactDetails details) {
        return details.name().toLowerCase(Locale.ROOT);
    }

    public record Details(String name, List<String> emails, List<String> phones, String company, String role,
                          Channel preferredChannel, String howWeMet, List<String> tags, List<String> addresses) {

        static Details of(ContactDetails details) {
            return new Details(details.name(), details.emails(), details.phones(), details.company(), details.role(),
                    details.preferredChannel(), details.howWeMet(), details.tags(), details.addresses());
        }

        ContactDetails view() {
            return new ContactDetails(name, emails, phones, company, role, preferredChannel, howWeMet, tags, addresses);
        }
    }

    public record FactEntry(UUID factId, String topic, String text, LocalDate about, Instant recordedAt) {

        static FactEntry of(Fact fact) {
            return new FactEntry(fact.factId(), fact.topic(), fact.text(), fact.about(), fact.recordedAt());
        }

        Fact view() {
            return new Fact(factId, topic, text, about, recordedAt);
        }
    }
}
