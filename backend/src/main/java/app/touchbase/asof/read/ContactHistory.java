package app.touchbase.asof.read;

import app.touchbase.contact.ContactCard;
import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.ReplyAwaited;
import app.touchbase.interaction.api.ReplyReceived;
import app.touchbase.shared.api.ContactEvent;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A contact folded from its events up to some moment, with the folds the read models use: the card (details, facts,
 * circles, rules), the next-touch state, the live touches and the open follow-ups.
 */
final class ContactHistory {

    ContactCard card = ContactCard.NONE;
    NextTouchState nextTouch = NextTouchState.NONE;
    final Map<UUID, InteractionRecord> touches = new LinkedHashMap<>();
    final Map<UUID, FollowUp> followUps = new LinkedHashMap<>();
    final Set<UUID> keptFollowUps = new HashSet<>();

    /** The same contact, to fold on from here without changing this one. */
    ContactHistory copy() {
        ContactHistory copy = new ContactHistory();
        copy.card = card;
        copy.nextTouch = nextTouch;
        copy.touches.putAll(touches);
        copy.followUps.putAll(followUps);
        copy.keptFollowUps.addAll(keptFollowUps);
        return copy;
    }

    void fold(ContactEvent event) {
        card = card.after(event);
        nextTouch = nextTouch.after(event);
        if (event instanceof InteractionLogged logged) {
            touches.put(logged.interactionId(), InteractionRecord.of(logged));
        } else if (event instanceof InteractionCorrected corrected) {
            touches.computeIfPresent(corrected.interactionId(), (id, touch) -> touch.correctedBy(corrected));
        } else if (event instanceof InteractionRemoved removed) {
            touches.remove(removed.interactionId());
        } else if (event instanceof FollowUpAdded added) {
            followUps.put(added.followUpId(), new FollowUp(added.followUpId(), added.contactId(), null, added.text(), added.dueOn()));
        } else if (event instanceof FollowUpChanged changed) {
            followUps.computeIfPresent(changed.followUpId(),
                    (id, open) -> new FollowUp(id, open.contactId(), null, changed.text(), changed.dueOn()));
        } else if (event instanceof FollowUpCompleted completed) {
            followUps.remove(completed.followUpId());
            keptFollowUps.add(completed.followUpId());
        } else if (event instanceof FollowUpRemoved removed) {
            followUps.remove(removed.followUpId());
        } else if (event instanceof ReplyAwaited awaited) {
            touches.computeIfPresent(awaited.interactionId(), (id, touch) -> touch.awaitingReply(true));
        } else if (event instanceof ReplyReceived received) {
            touches.computeIfPresent(received.interactionId(), (id, touch) -> touch.awaitingReply(false));
        }
    }
}
