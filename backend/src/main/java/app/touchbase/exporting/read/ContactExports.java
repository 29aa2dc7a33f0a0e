package app.touchbase.exporting.read;

import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactProfile;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.FetchContact;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.exporting.api.ExportContacts;
import app.touchbase.exporting.api.ExportFormat;
import app.touchbase.exporting.api.ExportedFile;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.ListOpenFollowUps;
import app.touchbase.followup.api.OpenFollowUps;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDates;
import app.touchbase.importantdate.api.ListContactDates;
import app.touchbase.nexttouch.api.FetchNextTouch;
import app.touchbase.nexttouch.api.NextTouch;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.OwnerZones;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.property.Address;
import ezvcard.property.Anniversary;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Kind;
import ezvcard.property.Uid;
import ezvcard.util.PartialDate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The whole contact list as vCard 4.0 or CSV, archived contacts included and marked. */
@Component
class ContactExports {

    static final List<String> CSV_COLUMNS = List.of("Name", "Emails", "Phones", "Company", "Role", "Preferred channel",
            "How we met", "Tags", "Cadence", "Last touch", "Next touch", "Archived", "Facts", "Birthday", "Other dates",
            "Open promises", "Circles", "Addresses");
    /** Excel reads a CSV file as UTF-8 only when it starts with a byte-order mark; other readers skip it. */
    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final String BIRTHDAY = "birthday";
    static final String ANNIVERSARY = "anniversary";
    static final String LIST_SEPARATOR = "; ";
    /** Addresses span lines but never hold a blank one, so a blank line parts them in one cell. */
    static final String ADDRESS_SEPARATOR = "\n\n";

    private final QueryGateway queries;
    private final OwnerZones zones;
    private final Clock clock;

    ContactExports(QueryGateway queries, OwnerZones zones, Clock clock) {
        this.queries = queries;
        this.zones = zones;
        this.clock = clock;
    }

    @QueryHandler
    public ExportedFile handle(ExportContacts query) {
        Inputs.requireOwner(query.owner());
        Inputs.requirePresent(query.format(), "format", "The export format");
        List<Row> rows = rows(query.owner());
        String text = query.format() == ExportFormat.VCARD ? vcards(rows) : csv(rows);
        return new ExportedFile(query.format().fileName(), query.format().mediaType(), text.getBytes(StandardCharsets.UTF_8));
    }

    record Row(ContactSummary contact, List<Fact> facts, Optional<NextTouch> nextTouch, List<ImportantDate> dates,
               List<FollowUp> promises) {

        Row(ContactSummary contact, List<Fact> facts, Optional<NextTouch> nextTouch) {
            this(contact, facts, nextTouch, List.of(), List.of());
        }

        Optional<ImportantDate> birthday() {
            return dates.stream().filter(date -> date.label().equalsIgnoreCase(BIRTHDAY)).findFirst();
        }

        List<ImportantDate> otherDates() {
            return dates.stream().filter(date -> birthday().map(birthday -> !birthday.equals(date)).orElse(true)).toList();
        }
    }

    private List<Row> rows(String owner) {
        LocalDate today = zones.today(owner, clock);
        List<Row> rows = new ArrayList<>();
        for (ContactSummary contact : queries.query(new ListAllContacts(owner), ResponseTypes.instanceOf(ContactPage.class)).join().contacts()) {
            List<Fact> facts = queries.query(new FetchContact(owner, contact.contactId()),
                    ResponseTypes.optionalInstanceOf(ContactProfile.class)).join().map(ContactProfile::facts).orElse(List.of());
            Optional<NextTouch> next = queries.query(new FetchNextTouch(owner, contact.contactId()),
                    ResponseTypes.optionalInstanceOf(NextTouch.class)).join();
            List<ImportantDate> dates = queries.query(new ListContactDates(owner, contact.contactId(), today),
                    ResponseTypes.instanceOf(ImportantDates.class)).join().dates();
            List<FollowUp> promises = queries.query(new ListOpenFollowUps(owner, contact.contactId()),
                    ResponseTypes.instanceOf(OpenFollowUps.class)).join().followUps();
            rows.add(new Row(contact, facts, next, dates, promises));
        }
        return rows;
    }

    static String vcards(List<Row> rows) {
        List<VCard> cards = rows.stream().map(ContactExports::vcard).toList();
        return Ezvcard.write(cards).version(VCardVersion.V4_0).prodId(false).go();
    }

    private static VCard vcard(Row row) {
        ContactDetails details = row.contact().details();
        VCard card = new VCard();
        card.setUid(new Uid("urn:uuid:" + row.contact().contactId()));
        card.setKind(Kind.individual());
        card.setFormattedName(details.name());
        details.emails().forEach(card::addEmail);
        details.phones().forEach(card::addTelephoneNumber);
        details.addresses().forEach(text -> {
            // kept whole as its street lines: the text is the owner's own, label and all
            Address address = new Address();
            address.setStreetAddress(text);
            card.addAddress(address);
        });
        if (details.company() != null) {
            card.setOrganization(details.company());
        }
        if (details.role() != null) {
            card.addTitle(details.role());
        }
        if (!details.tags().isEmpty()) {
            Categories categories = new Categories();
            categories.getValues().addAll(details.tags());
            card.setCategories(categories);
        }
        String note = notes(details, row.facts());
        if (!note.isEmpty()) {
            card.addNote(note);
        }
        row.nextTouch().map(NextTouch::cadence).filter(Objects::nonNull)
                .ifPresent(cadence -> card.setExtendedProperty("X-TOUCHBASE-CADENCE", cadence.toString()));
        if (row.contact().archived()) {
            card.setExtendedProperty("X-TOUCHBASE-ARCHIVED", "true");
        }
        row.birthday().ifPresent(birthday -> card.setBirthday(birthday.year() == null ? new Birthday(partial(birthday))
                : new Birthday(birthday.day().atYear(birthday.year()))));
        for (ImportantDate date : row.otherDates()) {
            if (date.label().equalsIgnoreCase(ANNIVERSARY) && card.getAnniversary() == null) {
                card.setAnniversary(date.year() == null ? new Anniversary(partial(date)) : new Anniversary(date.day().atYear(date.year())));
            } else {
                card.addExtendedProperty("X-TOUCHBASE-DATE", date.label() + ": " + day(date));
            }
        }
        row.promises().forEach(promise -> card.addExtendedProperty("X-TOUCHBASE-PROMISE", promise.text() + " (due " + promise.dueOn() + ")"));
        row.contact().circles().forEach(circle -> card.addExtendedProperty("X-TOUCHBASE-CIRCLE", circle.name()));
        return card;
    }

    private static PartialDate partial(ImportantDate date) {
        return PartialDate.builder().month(date.day().getMonthValue()).date(date.day().getDayOfMonth()).build();
    }

    /** "1990-05-17", or "--05-17" without a year, as vCard and ISO 8601 write a day without its year. */
    static String day(ImportantDate date) {
        return date.year() == null ? String.format("--%02d-%02d", date.day().getMonthValue(), date.day().getDayOfMonth())
                : date.day().atYear(date.year()).toString();
    }

    private static String notes(ContactDetails details, List<Fact> facts) {
        return Stream.concat(Stream.ofNullable(details.howWeMet()).map(met -> "How we met: " + met), facts.stream().map(ContactExports::fact))
                .collect(Collectors.joining("\n"));
    }

    private static String fact(Fact fact) {
        return (fact.topic() == null ? "" : fact.topic() + ": ") + fact.text() + (fact.about() == null ? "" : " (" + fact.about() + ")");
    }

    /**
     * Text a spreadsheet would run as a formula (it starts with = + - @ or a tab) gets a leading apostrophe, so a name
     * imported from somewhere else can't do harm when the export is opened. Phone numbers are checked on input and
     * can't hold a formula.
     */
    static String inert(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String csv(List<Row> rows) {
        StringWriter out = new StringWriter();
        out.write(BYTE_ORDER_MARK);
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(CSV_COLUMNS.toArray(String[]::new)).get().print(out)) {
            for (Row row : rows) {
                ContactDetails details = row.contact().details();
                Optional<NextTouch> next = row.nextTouch().filter(touch -> touch.nextTouchOn() != null);
                printer.printRecord(inert(details.name()), inert(String.join(LIST_SEPARATOR, details.emails())),
                        String.join(LIST_SEPARATOR, details.phones()), inert(details.company()), inert(details.role()),
                        details.preferredChannel() == null ? null : details.preferredChannel().label(), inert(details.howWeMet()),
                        inert(String.join(LIST_SEPARATOR, details.tags())),
                        next.map(NextTouch::cadence).map(Object::toString).orElse(null),
                        row.nextTouch().map(NextTouch::lastTouchOn).map(Object::toString).orElse(null),
                        next.map(NextTouch::nextTouchOn).map(Object::toString).orElse(null),
                        row.contact().archived() ? "yes" : "no",
                        inert(row.facts().stream().map(ContactExports::fact).collect(Collectors.joining(LIST_SEPARATOR))),
                        row.birthday().map(ContactExports::day).orElse(null),
                        inert(row.otherDates().stream().map(date -> date.label() + ": " + day(date)).collect(Collectors.joining(LIST_SEPARATOR))),
                        inert(row.promises().stream().map(promise -> promise.text() + " (due " + promise.dueOn() + ")")
                                .collect(Collectors.joining(LIST_SEPARATOR))),
                        inert(row.contact().circles().stream().map(circle -> circle.name()).collect(Collectors.joining(LIST_SEPARATOR))),
                        inert(String.join(ADDRESS_SEPARATOR, details.addresses())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing CSV to memory failed", e);
        }
        return out.toString();
    }
}
