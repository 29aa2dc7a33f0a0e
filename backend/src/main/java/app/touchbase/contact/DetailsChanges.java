package app.touchbase.contact;

import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What changed between two versions of a contact's details, in words: "email grace@yale.edu added · company changed from IBM to US Navy". */
public final class DetailsChanges {

    private DetailsChanges() {
    }

    public static String between(ContactDetails before, ContactDetails after) {
        List<String> changes = new ArrayList<>();
        value(changes, "name", before.name(), after.name());
        list(changes, "email", before.emails(), after.emails());
        list(changes, "phone", before.phones(), after.phones());
        value(changes, "company", before.company(), after.company());
        value(changes, "role", before.role(), after.role());
        value(changes, "preferred channel", label(before.preferredChannel()), label(after.preferredChannel()));
        value(changes, "how we met", before.howWeMet(), after.howWeMet());
        list(changes, "tag", before.tags(), after.tags());
        list(changes, "address", oneLine(before.addresses()), oneLine(after.addresses()));
        return changes.isEmpty() ? null : String.join(" · ", changes);
    }

    private static void value(List<String> changes, String what, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        changes.add(before == null ? what + " set to " + after
                : after == null ? what + " " + before + " removed"
                : what + " changed from " + before + " to " + after);
    }

    private static void list(List<String> changes, String what, List<String> before, List<String> after) {
        after.stream().filter(value -> !before.contains(value)).forEach(added -> changes.add(what + " " + added + " added"));
        before.stream().filter(value -> !after.contains(value)).forEach(removed -> changes.add(what + " " + removed + " removed"));
    }

    private static List<String> oneLine(List<String> addresses) {
        return addresses.stream().map(address -> address.replace("\n", ", ")).toList();
    }

    private static String label(Channel channel) {
        return channel == null ? null : channel.label().toLowerCase(Locale.ROOT);
    }

    /** The details as the timeline keeps them beside an entry, to compare the next change with. */
    public static Document stored(ContactDetails details) {
        return new Document("name", details.name()).append("emails", details.emails()).append("phones", details.phones())
                .append("company", details.company()).append("role", details.role())
                .append("preferredChannel", details.preferredChannel() == null ? null : details.preferredChannel().name())
                .append("howWeMet", details.howWeMet()).append("tags", details.tags())
                .append("addresses", details.addresses());
    }

    public static ContactDetails read(Document stored) {
        String channel = stored.getString("preferredChannel");
        return new ContactDetails(stored.getString("name"), stored.getList("emails", String.class), stored.getList("phones", String.class),
                stored.getString("company"), stored.getString("role"), channel == null ? null : Channel.valueOf(channel),
                stored.getString("howWeMet"), stored.getList("tags", String.class), stored.getList("addresses", String.class));
    }
}
