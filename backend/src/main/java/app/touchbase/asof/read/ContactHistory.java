package app.touchbase.asof.read;

import app.touchbase.contact.ContactCard;
import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateChanged;
import app.touchbase.importantdate.api.ImportantDateRemoved;
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
 * circles, rules), the next-touch state, the live touches, the open follow-ups and the important dates (without their
 * next occurrence, which depends on the day looked from).
 */
final class ContactHistory {

    ContactCard card = ContactCard.NONE;
    NextTouchState nextTouch = NextTouchState.NONE;
    final Map<UUID, InteractionRecord> touches = new LinkedHashMap<>();
    final Map<UUID, FollowUp> followUps = new LinkedHashMap<>();
    /** Promises no longer open, as they were when kept or taken back. */
    final Map<UUID, FollowUp> closedFollowUps = new LinkedHashMap<>();
    final Set<UUID> keptFollowUps = new HashSet<>();
    final Map<UUID, ImportantDate> dates = new LinkedHashMap<>();

    /** The same contact, to fold on from here without changing this one. */
    ContactHistory copy() {
        ContactHistory copy = new ContactHistory();
        copy.card = card;
        copy.nextTouch = nextTouch;
        copy.touches.putAll(touches);
        copy.followUps.putAll(followUps);
        copy.closedFollowUps.putAll(closedFollowUps);
        copy.keptFollowUps.addAll(keptFollowUps);
        copy.dates.putAll(dates);
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
            close(completed.followUpId());
            keptFollowUps.add(completed.followUpId());
        } else if (event instanceof FollowUpRemoved removed) {
            close(removed.followUpId());
        } else if (event instanceof ImportantDateAdded added) {
            dates.put(added.dateId(), new ImportantDate(added.dateId(), added.contactId(), null, added.label(), added.day(),
                    added.year(), added.noticeDays(), null));
        } else if (event instanceof ImportantDateChanged changed) {
            dates.computeIfPresent(changed.dateId(), (id, date) -> new ImportantDate(id, changed.contactId(), null, changed.label(),
                    changed.day(), changed.year(), changed.noticeDays(), null));
        } else if (event instanceof ImportantDateRemoved removed) {
            dates.remove(removed.dateId());
        } else if (event instanceof ReplyAwaited awaited) {
            touches.computeIfPresent(awaited.interactionId(), (id, touch) -> touch.awaitingReply(true));
        } else if (event instanceof ReplyReceived received) {
            touches.computeIfPresent(received.interactionId(), (id, touch) -> touch.awaitingReply(false));
        }
    }

    private void close(UUID followUpId) {
        FollowUp open = followUps.remove(followUpId);
        if (open != null) {
            closedFollowUps.put(followUpId, open);
        }
    }
}
