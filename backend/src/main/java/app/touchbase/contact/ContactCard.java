package app.touchbase.contact;

import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.CircleRulesApplied;
import app.touchbase.cadence.api.CircleRulesWithdrawn;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRuleCleared;
import app.touchbase.cadence.api.KeepInTouchRuleSet;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.FactCorrected;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.FactRemoved;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * The one fold of a contact's events into its card: details (and their phones as read when they were stored), facts, circles and the ids of the rules it keeps, and
 * whether it is archived. The address book folds each event with it, and so does the contact as of a past moment.
 * Pure: {@link #after} returns a new card; an event seen twice changes nothing the second time.
 */
public record ContactCard(UUID contactId, String owner, ContactDetails details, List<PhoneNumber> phoneNumbers,
                          boolean archived, Instant addedAt, List<Fact> facts, List<CircleRef> circles, List<String> ruleIds) {

    /** Before the contact was added. */
    public static final ContactCard NONE = new ContactCard(null, null, null, List.of(), false, null, List.of(), List.of(),
            List.of());

    public ContactCard {
        phoneNumbers = phoneNumbers == null ? List.of() : List.copyOf(phoneNumbers);
        facts = facts == null ? List.of() : List.copyOf(facts);
        circles = circles == null ? List.of() : List.copyOf(circles);
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }

    public boolean exists() {
        return contactId != null;
    }

    public ContactCard after(ContactEvent event) {
        if (event instanceof ContactAdded added) {
            return exists() ? this : new ContactCard(added.contactId(), added.owner(), added.details(), added.phoneNumbers(),
                    false, added.addedAt(), List.of(), List.of(), List.of());
        }
        if (!exists()) {
            return this;
        }
        if (event instanceof ContactDetailsChanged changed) {
            return withDetails(changed.details(), changed.phoneNumbers());
        }
        if (event instanceof FactRecorded recorded) {
            return facts.stream().anyMatch(fact -> fact.factId().equals(recorded.factId())) ? this
                    : withFacts(append(facts, new Fact(recorded.factId(), recorded.topic(), recorded.text(), recorded.about(),
                    recorded.recordedAt())));
        }
        if (event instanceof FactCorrected corrected) {
            return withFacts(facts.stream().map(fact -> fact.factId().equals(corrected.factId())
                    ? new Fact(fact.factId(), corrected.topic(), corrected.text(), corrected.about(), fact.recordedAt()) : fact).toList());
        }
        if (event instanceof FactRemoved removed) {
            return withFacts(facts.stream().filter(fact -> !fact.factId().equals(removed.factId())).toList());
        }
        if (event instanceof CadenceSet) {
            return withRule(KeepInTouchRule.CADENCE);
        }
        if (event instanceof CadenceCleared) {
            return withoutRule(KeepInTouchRule.CADENCE);
        }
        if (event instanceof KeepInTouchRuleSet set) {
            return withRule(set.rule().ruleId());
        }
        if (event instanceof KeepInTouchRuleCleared cleared) {
            // a contact's own version of a circle's rule was dropped: the circle's rule is still there
            return cleared.ruleId().startsWith(KeepInTouchRule.CIRCLE_PREFIX) ? this : withoutRule(cleared.ruleId());
        }
        if (event instanceof CircleRulesApplied applied) {
            return inCircle(applied.circle().circleId(), applied.circle(),
                    applied.rules().stream().map(rule -> rule.ofCircle(applied.circle()).ruleId()).toList());
        }
        if (event instanceof CircleRulesWithdrawn withdrawn) {
            return inCircle(withdrawn.circleId(), null, List.of());
        }
        if (event instanceof ContactArchived || event instanceof ContactRestored) {
            return withArchived(event instanceof ContactArchived);
        }
        return this;
    }

    private ContactCard withDetails(ContactDetails newDetails, List<PhoneNumber> newNumbers) {
        return new ContactCard(contactId, owner, newDetails, newNumbers, archived, addedAt, facts, circles, ruleIds);
    }

    private ContactCard withFacts(List<Fact> newFacts) {
        return new ContactCard(contactId, owner, details, phoneNumbers, archived, addedAt, newFacts, circles, ruleIds);
    }

    private ContactCard withArchived(boolean newArchived) {
        return new ContactCard(contactId, owner, details, phoneNumbers, newArchived, addedAt, facts, circles, ruleIds);
    }

    private ContactCard withRule(String ruleId) {
        return ruleIds.contains(ruleId) ? this
                : new ContactCard(contactId, owner, details, phoneNumbers, archived, addedAt, facts, circles, append(ruleIds, ruleId));
    }

    private ContactCard withoutRule(String ruleId) {
        return new ContactCard(contactId, owner, details, phoneNumbers, archived, addedAt, facts, circles,
                ruleIds.stream().filter(id -> !id.equals(ruleId)).toList());
    }

    /**
     * Takes out what the contact had from the circle, then puts back what it has now; circles by name and rule ids
     * sorted, so the same event gives the same card.
     */
    private ContactCard inCircle(UUID circleId, CircleRef circle, List<String> circleRuleIds) {
        List<CircleRef> newCircles = new ArrayList<>(circles);
        newCircles.removeIf(existing -> existing.circleId().equals(circleId));
        if (circle != null) {
            newCircles.add(circle);
        }
        newCircles.sort(Comparator.comparing(CircleRef::name, String.CASE_INSENSITIVE_ORDER).thenComparing(CircleRef::circleId));
        List<String> newRuleIds = new ArrayList<>(ruleIds);
        newRuleIds.removeIf(ruleId -> ruleId.startsWith(KeepInTouchRule.circlePrefix(circleId)));
        newRuleIds.addAll(circleRuleIds);
        newRuleIds.sort(Comparator.naturalOrder());
        return new ContactCard(contactId, owner, details, phoneNumbers, archived, addedAt, facts, newCircles, newRuleIds);
    }

    private static <T> List<T> append(List<T> list, T value) {
        List<T> longer = new ArrayList<>(list);
        longer.add(value);
        return longer;
    }
}
