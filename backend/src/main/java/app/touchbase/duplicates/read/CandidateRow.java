package app.touchbase.duplicates.read;

import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactSummary;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One contact as the duplicate finder sees it: its details and the keys it is compared by ({@link MatchKeys}: name,
 * emails, phones, and LinkedIn profiles by the fact that names each), the contacts the owner said it is not, and
 * whether it is archived or merged into another. Public only because the driver's record codec reads the components
 * reflectively.
 */
public record CandidateRow(@BsonId UUID contactId, String owner, Details details, Keys keys, Instant addedAt, boolean archived,
                           Map<String, String> linkedIns, List<UUID> notDuplicateOf, UUID mergedInto, Instant mergedAt) {

    public CandidateRow {
        linkedIns = linkedIns == null ? Map.of() : Map.copyOf(linkedIns);
        notDuplicateOf = notDuplicateOf == null ? List.of() : List.copyOf(notDuplicateOf);
    }

    static CandidateRow added(UUID contactId, String owner, ContactDetails details, Instant addedAt) {
        return new CandidateRow(contactId, owner, Details.of(details), Keys.of(details), addedAt, false, Map.of(), List.of(), null, null);
    }

    CandidateRow withDetails(ContactDetails newDetails) {
        return new CandidateRow(contactId, owner, Details.of(newDetails), Keys.of(newDetails), addedAt, archived, linkedIns,
                notDuplicateOf, mergedInto, mergedAt);
    }

    CandidateRow withArchived(boolean newArchived) {
        return new CandidateRow(contactId, owner, details, keys, addedAt, newArchived, linkedIns, notDuplicateOf, mergedInto, mergedAt);
    }

    CandidateRow withLinkedIn(UUID factId, String profile) {
        Map<String, String> changed = new HashMap<>(linkedIns);
        if (profile == null) {
            changed.remove(factId.toString());
        } else {
            changed.put(factId.toString(), profile);
        }
        return new CandidateRow(contactId, owner, details, keys, addedAt, archived, changed, notDuplicateOf, mergedInto, mergedAt);
    }

    CandidateRow notDuplicateOf(UUID other) {
        LinkedHashSet<UUID> changed = new LinkedHashSet<>(notDuplicateOf);
        changed.add(other);
        return new CandidateRow(contactId, owner, details, keys, addedAt, archived, linkedIns, new ArrayList<>(changed), mergedInto, mergedAt);
    }

    CandidateRow mergedInto(UUID kept, Instant at) {
        return new CandidateRow(contactId, owner, details, keys, addedAt, archived, linkedIns, notDuplicateOf, kept, at);
    }

    boolean listed() {
        return !archived && mergedInto == null;
    }

    ContactSummary view() {
        return new ContactSummary(contactId, details.view(), archived, addedAt);
    }

    /** The name, emails and phone numbers as they are compared, worked out once when the details change. */
    public record Keys(String name, String writtenName, List<String> emails, List<String> phones) {

        static Keys of(ContactDetails details) {
            return new Keys(MatchKeys.name(details.name()), MatchKeys.writtenName(details.name()), details.emails().stream().map(MatchKeys::email).distinct().toList(),
                    details.phones().stream().map(MatchKeys::phone).flatMap(Optional::stream).distinct().toList());
        }
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
}
