package app.touchbase.contact.write;

import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.contact.api.ContactMergedInto;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.ContactUnmerged;
import app.touchbase.contact.api.DuplicateMergeUndone;
import app.touchbase.contact.api.DuplicateMergedIn;
import app.touchbase.contact.api.FactCorrected;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.FactRemoved;
import app.touchbase.contact.api.NotDuplicateMarked;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateChanged;
import app.touchbase.importantdate.api.ImportantDateRemoved;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionType;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.ReplyAwaited;
import app.touchbase.interaction.api.ReplyReceived;
import app.touchbase.interaction.api.TouchTextErased;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.reminder.api.ReminderQueued;
import app.touchbase.reminder.api.ReminderSent;
import app.touchbase.shared.api.ContactEvent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the contact aggregate must know to decide, beyond the next touch: who owns it, whether it is archived and
 * which facts, touches, dates, promises and reminders exist, and what a merge with a duplicate moved. Changed only by {@link #record}, which the aggregate
 * calls from its event sourcing handler.
 */
final class ContactLedger {

    String owner;
    ContactDetails details;
    /** The details' phones as they were read when the details were stored. */
    List<PhoneNumber> phoneNumbers = List.of();
    boolean archived;
    boolean erased;
    final Set<UUID> erasedTouchTexts = new HashSet<>();
    final Set<UUID> loggedInteractions = new HashSet<>();
    final Set<UUID> liveInteractions = new HashSet<>();
    /** Touches whose reply the owner waits for, in the order they were logged. */
    final Set<UUID> awaitingReply = new LinkedHashSet<>();
    final Set<UUID> facts = new HashSet<>();
    final Set<UUID> liveFacts = new HashSet<>();
    final Map<UUID, DateValues> importantDates = new HashMap<>();
    final Set<UUID> followUps = new HashSet<>();
    final Map<UUID, PromiseValues> openFollowUps = new HashMap<>();
    /** Promises kept, with what they said: a contact merged away hands them over too. */
    final Map<UUID, KeptPromise> keptFollowUps = new HashMap<>();
    final Set<String> remindedOccasions = new HashSet<>();
    final Set<UUID> queuedReminders = new HashSet<>();
    final Set<UUID> sentReminders = new HashSet<>();
    /** What each live touch says, to hand over when this contact is merged into another. */
    final Map<UUID, TouchValues> touchValues = new HashMap<>();
    /** What each live fact says, to hand over when this contact is merged into another. */
    final Map<UUID, FactValues> factValues = new HashMap<>();
    /** The contact this one was merged into, while the merge stands. */
    UUID mergedInto;
    /** The circles this contact left when it was merged away, to go back into on an undo. */
    List<UUID> circlesLeft = List.of();
    /** The merges into this contact that stand, by merged-away contact, with the details this contact had before each. */
    final Map<UUID, MergeIn> mergesIn = new HashMap<>();
    /** How often each contact was merged into this one, undone merges included: copies of a later merge get new ids. */
    final Map<UUID, Integer> mergeCounts = new HashMap<>();
    final Set<UUID> notDuplicates = new HashSet<>();

    /** {@code touchNow} is the next-touch state with {@code event} already folded in. */
    void record(ContactEvent event, NextTouchState touchNow) {
        if (event instanceof ContactAdded added) {
            owner = added.owner();
            details = added.details();
            phoneNumbers = added.phoneNumbers();
        } else if (event instanceof ContactDetailsChanged changed) {
            details = changed.details();
            phoneNumbers = changed.phoneNumbers();
        } else if (event instanceof FactRecorded fact) {
            facts.add(fact.factId());
            liveFacts.add(fact.factId());
            factValues.put(fact.factId(), new FactValues(fact.topic(), fact.text(), fact.about(), fact.recordedAt()));
        } else if (event instanceof FactCorrected fact) {
            FactValues before = factValues.get(fact.factId());
            factValues.put(fact.factId(), new FactValues(fact.topic(), fact.text(), fact.about(),
                    before == null ? fact.correctedAt() : before.recordedAt()));
        } else if (event instanceof FactRemoved fact) {
            liveFacts.remove(fact.factId());
            factValues.remove(fact.factId());
        } else if (event instanceof InteractionLogged logged) {
            loggedInteractions.add(logged.interactionId());
            liveInteractions.add(logged.interactionId());
            touchValues.put(logged.interactionId(), new TouchValues(logged.type(), logged.occurredOn(), logged.direction(),
                    logged.notes()));
        } else if (event instanceof InteractionCorrected corrected) {
            touchValues.put(corrected.interactionId(), new TouchValues(corrected.type(), corrected.occurredOn(),
                    corrected.direction(), corrected.notes()));
        } else if (event instanceof InteractionRemoved removed) {
            liveInteractions.remove(removed.interactionId());
            awaitingReply.remove(removed.interactionId());
            touchValues.remove(removed.interactionId());
        } else if (event instanceof ReplyAwaited awaited) {
            awaitingReply.add(awaited.interactionId());
        } else if (event instanceof ReplyReceived received) {
            awaitingReply.remove(received.interactionId());
        } else if (event instanceof ImportantDateAdded date) {
            importantDates.put(date.dateId(), new DateValues(date.label(), date.day(), date.year(), date.noticeDays()));
        } else if (event instanceof ImportantDateChanged date) {
            importantDates.put(date.dateId(), new DateValues(date.label(), date.day(), date.year(), date.noticeDays()));
        } else if (event instanceof ImportantDateRemoved date) {
            importantDates.remove(date.dateId());
        } else if (event instanceof FollowUpAdded followUp) {
            followUps.add(followUp.followUpId());
            openFollowUps.put(followUp.followUpId(), new PromiseValues(followUp.text(), followUp.dueOn()));
        } else if (event instanceof FollowUpChanged followUp) {
            PromiseValues before = openFollowUps.put(followUp.followUpId(), new PromiseValues(followUp.text(), followUp.dueOn()));
            if (before != null && !Objects.equals(before.dueOn(), followUp.dueOn())) {
                remindedOccasions.remove(ReminderOccasion.followUpKey(followUp.followUpId()));
            }
        } else if (event instanceof FollowUpCompleted followUp) {
            PromiseValues kept = openFollowUps.remove(followUp.followUpId());
            if (kept != null) {
                keptFollowUps.put(followUp.followUpId(), new KeptPromise(kept.text(), kept.dueOn(), followUp.completedAt()));
            }
        } else if (event instanceof FollowUpRemoved followUp) {
            openFollowUps.remove(followUp.followUpId());
            keptFollowUps.remove(followUp.followUpId());
        } else if (event instanceof ReminderQueued queued) {
            queuedReminders.add(queued.reminderId());
            queued.occasions().forEach(occasion -> remindedOccasions.add(occasion.key()));
        } else if (event instanceof ReminderSent sent) {
            sentReminders.add(sent.reminderId());
        } else if (event instanceof ContactArchived || event instanceof ContactRestored) {
            archived = event instanceof ContactArchived;
        } else if (event instanceof ContactErased) {
            erased = true;
            archived = true;
        } else if (event instanceof TouchTextErased erasedText) {
            erasedTouchTexts.add(erasedText.interactionId());
            touchValues.computeIfPresent(erasedText.interactionId(), (id, touch) ->
                    new TouchValues(touch.type(), touch.occurredOn(), touch.direction(), null));
        } else {
            recordMerge(event, touchNow);
        }
    }

    private void recordMerge(ContactEvent event, NextTouchState touch) {
        if (event instanceof ContactMergedInto merged) {
            mergedInto = merged.keptContactId();
            circlesLeft = merged.circleIds();
        } else if (event instanceof ContactUnmerged) {
            mergedInto = null;
            circlesLeft = List.of();
        } else if (event instanceof DuplicateMergedIn merged) {
            mergesIn.put(merged.mergedContactId(), new MergeIn(merged, details, touch.snoozedUntil()));
            mergeCounts.merge(merged.mergedContactId(), 1, Integer::sum);
            remindedOccasions.addAll(merged.remindedOccasions());
        } else if (event instanceof DuplicateMergeUndone undone) {
            mergesIn.remove(undone.mergedContactId());
        } else if (event instanceof NotDuplicateMarked marked) {
            notDuplicates.add(marked.otherContactId());
        }
    }

    /** What an important date says now. */
    record DateValues(String label, MonthDay day, Integer year, int noticeDays) {
    }

    /** What an open promise says now; a new due day makes it a new occasion to be reminded about. */
    record PromiseValues(String text, LocalDate dueOn) {
    }

    /** A promise kept: what it said, and when it was kept. */
    record KeptPromise(String text, LocalDate dueOn, Instant completedAt) {
    }

    /** What a live touch says now. */
    record TouchValues(InteractionType type, LocalDate occurredOn, Direction direction, String notes) {
    }

    /** What a live fact says now. */
    record FactValues(String topic, String text, LocalDate about, Instant recordedAt) {
    }

    /**
     * A standing merge into this contact: what it took in, and the details and the snooze of the whole contact this
     * contact had just before.
     */
    record MergeIn(DuplicateMergedIn merge, ContactDetails detailsBefore, LocalDate snoozedBefore) {
    }
}
