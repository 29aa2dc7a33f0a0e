package app.touchbase.contact;

import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleColour;
import app.touchbase.cadence.api.CircleRef;
import app.touchbase.cadence.api.CircleRulesApplied;
import app.touchbase.cadence.api.CircleRulesWithdrawn;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRuleCleared;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.FactCorrected;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.FactRemoved;
import app.touchbase.shared.api.ContactEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ContactCardTest {

    static final UUID GRACE = UUID.randomUUID();
    static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");
    static final LocalDate DAY = LocalDate.of(2026, 3, 1);

    static ContactCard fold(List<ContactEvent> events) {
        ContactCard card = ContactCard.NONE;
        for (ContactEvent event : events) {
            card = card.after(event);
        }
        return card;
    }

    @Test
    void factsCirclesRulesAndArchivingFoldIntoTheCard() {
        UUID kids = UUID.randomUUID();
        UUID trip = UUID.randomUUID();
        CircleRef friends = new CircleRef(UUID.randomUUID(), "Friends", CircleColour.values()[0]);
        KeepInTouchRule quarterly = new KeepInTouchRule("quarterly", "Quarterly", Period.ofMonths(3), Set.of());
        ContactCard card = fold(List.of(
                new ContactAdded(GRACE, "ada", ContactDetails.named("Grace Hopper"), AT),
                new FactRecorded(GRACE, "ada", kids, "Kids", "Two", null, AT),
                new FactRecorded(GRACE, "ada", trip, "Trip", "Lisbon", null, AT),
                new FactCorrected(GRACE, "ada", kids, "Kids", "Two daughters", null, AT),
                new FactRemoved(GRACE, "ada", trip, AT),
                new CadenceSet(GRACE, "ada", Period.ofMonths(1), DAY, AT),
                new CircleRulesApplied(GRACE, "ada", friends, List.of(quarterly), DAY, Map.of(), AT),
                new KeepInTouchRuleCleared(GRACE, "ada", quarterly.ofCircle(friends).ruleId(), AT),
                new ContactArchived(GRACE, "ada", AT)));

        assertThat(card.details().name()).isEqualTo("Grace Hopper");
        assertThat(card.facts()).singleElement().satisfies(fact -> assertThat(fact.text()).isEqualTo("Two daughters"));
        assertThat(card.circles()).containsExactly(friends);
        assertThat(card.ruleIds()).as("a circle rule's own version dropped: the circle's rule stays")
                .containsExactly(KeepInTouchRule.CADENCE, quarterly.ofCircle(friends).ruleId());
        assertThat(card.archived()).isTrue();

        ContactCard left = card.after(new CircleRulesWithdrawn(GRACE, "ada", friends.circleId(), AT));
        assertThat(left.circles()).isEmpty();
        assertThat(left.ruleIds()).containsExactly(KeepInTouchRule.CADENCE);
    }

    @Test
    void anEventSeenTwiceChangesNothingTheSecondTime() {
        UUID kids = UUID.randomUUID();
        ContactAdded added = new ContactAdded(GRACE, "ada", ContactDetails.named("Grace Hopper"), AT);
        FactRecorded fact = new FactRecorded(GRACE, "ada", kids, "Kids", "Two", null, AT);
        ContactCard once = fold(List.of(added, fact));
        assertThat(fold(List.of(added, fact, added, fact))).isEqualTo(once);
        assertThat(ContactCard.NONE.after(fact)).as("nothing before the contact was added").isEqualTo(ContactCard.NONE);
    }
}
