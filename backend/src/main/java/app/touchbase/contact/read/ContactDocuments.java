package app.touchbase.contact.read;

import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.Fact;
import app.touchbase.platform.mongo.BsonTime;
import org.bson.Document;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/** How the contact directory stores a contact as a MongoDB document, and reads it back. */
final class ContactDocuments {

    private ContactDocuments() {
    }

    static Document details(ContactDetails details) {
        return new Document("name", details.name())
                .append("emails", details.emails())
                .append("phones", details.phones())
                .append("company", details.company())
                .append("role", details.role())
                .append("preferredChannel", details.preferredChannel() == null ? null : details.preferredChannel().name())
                .append("howWeMet", details.howWeMet())
                .append("tags", details.tags());
    }

    static ContactDetails details(Document doc) {
        String channel = doc.getString("preferredChannel");
        return new ContactDetails(doc.getString("name"), doc.getList("emails", String.class),
                doc.getList("phones", String.class), doc.getString("company"), doc.getString("role"),
                channel == null ? null : Channel.valueOf(channel), doc.getString("howWeMet"),
                doc.getList("tags", String.class));
    }

    /** Lower-cased name, company, role and emails: what a free-text search looks through. */
    static String searchText(ContactDetails details) {
        return Stream.concat(Stream.of(details.name(), details.company(), details.role()), details.emails().stream())
                .filter(value -> value != null)
                .map(value -> value.toLowerCase(Locale.ROOT))
                .reduce((left, right) -> left + "\n" + right)
                .orElse("");
    }

    static String sortName(ContactDetails details) {
        return details.name().toLowerCase(Locale.ROOT);
    }

    static Document fact(Fact fact) {
        return new Document("factId", fact.factId().toString())
                .append("topic", fact.topic())
                .append("text", fact.text())
                .append("about", BsonTime.day(fact.about()))
                .append("recordedAt", BsonTime.date(fact.recordedAt()));
    }

    static Fact fact(Document doc) {
        return new Fact(UUID.fromString(doc.getString("factId")), doc.getString("topic"), doc.getString("text"),
                BsonTime.day(doc.getString("about")), BsonTime.instant(doc.getDate("recordedAt")));
    }

    static ContactSummary summary(Document doc) {
        return new ContactSummary(UUID.fromString(doc.getString("_id")), details(doc.get("details", Document.class)),
                doc.getBoolean("archived", false), BsonTime.instant(doc.getDate("addedAt")));
    }

    static List<Fact> facts(Document doc) {
        return doc.getList("facts", Document.class, List.of()).stream().map(ContactDocuments::fact).toList();
    }
}
