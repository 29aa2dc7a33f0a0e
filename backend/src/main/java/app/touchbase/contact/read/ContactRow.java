package app.touchbase.contact.read;

import app.touchbase.contact.ContactCard;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.PhoneNumber;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One contact of the owner's address book. Searches look through {@code searchText}: the card's text in lower case,
 * then each phone's E.164 digits (or the digits written when it could not be read) behind {@link #PHONE_MARK}, all in
 * one field so that an index of it can judge a search without reading the card. The tag filter looks through
 * {@code details.tags}, and pages are sorted by {@code sortName}. {@code circles} and {@code ruleIds} are kept for the
 * circle and "no rule yet" filters. Public only because the driver's record codec reads
 * the components reflectively; nothing outside this package uses it.
 */
public record ContactRow(@BsonId UUID contactId, String owner, Details details, List<PhoneEntry> phoneNumbers,
                         String searchText, String sortName, boolean archived, Instant addedAt,
                         List<FactEntry> facts, List<CircleRef> circles, List<String> ruleIds) {

    /** Begins the line of a phone's digits: no one types it, so a search for a number finds only phones. */
    static final char PHONE_MARK = '\u0001';

    static ContactRow of(ContactCard card) {
        return new ContactRow(card.contactId(), card.owner(), Details.of(card.details()),
                card.phoneNumbers().stream().map(PhoneEntry::of).toList(), searchText(card),
                sortName(card.details()), card.archived(), card.addedAt(),
                card.facts().stream().map(FactEntry::of).toList(), card.circles(), card.ruleIds());
    }

    ContactCard card() {
        return new ContactCard(contactId, owner, details.view(), numbers(), archived, addedAt,
                facts == null ? List.of() : facts.stream().map(FactEntry::view).toList(), circles, ruleIds);
    }

    ContactSummary view() {
        return new ContactSummary(contactId, details.view(), numbers(), archived, addedAt, circles,
                ruleIds != null && !ruleIds.isEmpty());
    }

    /** A row stored before phones were read has none: its phones are read without a region until it is built again. */
    private List<PhoneNumber> numbers() {
        return phoneNumbers == null ? null : phoneNumbers.stream().map(PhoneEntry::view).toList();
    }

    /**
     * Lower-cased name, company, role, emails, postal addresses and facts, one to a line, then a line for each phone's
     * digits behind the mark: what a search looks through.
     */
    static String searchText(ContactCard card) {
        ContactDetails details = card.details();
        Stream<String> text = Stream.of(Stream.of(details.name(), details.company(), details.role()), details.emails().stream(),
                        details.addresses().stream(), card.facts().stream().map(Fact::text))
                .flatMap(values -> values)
                .filter(value -> value != null)
                .map(value -> value.toLowerCase(Locale.ROOT));
        Stream<String> phones = card.phoneNumbers().stream().map(PhoneNumber::searchDigits).filter(digits -> !digits.isEmpty())
                .map(digits -> PHONE_MARK + digits);
        return Stream.concat(text, phones).collect(Collectors.joining("\n"));
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

    public record PhoneEntry(String written, String e164, String extension) {

        static PhoneEntry of(PhoneNumber number) {
            return new PhoneEntry(number.written(), number.e164(), number.extension());
        }

        PhoneNumber view() {
            return new PhoneNumber(written, e164, extension);
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
