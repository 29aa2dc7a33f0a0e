package app.touchbase.contact.write;

import app.touchbase.cadence.RuleLimits;
import app.touchbase.cadence.api.ApplyCircleRules;
import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.CircleRulesApplied;
import app.touchbase.cadence.api.CircleRulesWithdrawn;
import app.touchbase.cadence.api.ClearCadence;
import app.touchbase.cadence.api.ClearKeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.cadence.api.KeepInTouchRuleCleared;
import app.touchbase.cadence.api.KeepInTouchRuleSet;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.cadence.api.SetKeepInTouchRule;
import app.touchbase.cadence.api.SnoozeStopped;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.cadence.api.StopSnoozing;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.cadence.api.WithdrawCircleRules;
import app.touchbase.contact.ContactDetailsRules;
import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.OccasionRules;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactErased;
import app.touchbase.contact.api.ContactMergedInto;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.ContactUnmerged;
import app.touchbase.contact.api.DuplicateMergeUndone;
import app.touchbase.contact.api.DuplicateMergedIn;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.GiveBackMerged;
import app.touchbase.contact.api.MarkNotDuplicate;
import app.touchbase.contact.api.MergeInto;
import app.touchbase.contact.api.MergedItems;
import app.touchbase.contact.api.NotDuplicateMarked;
import app.touchbase.contact.api.PhoneNumber;
import app.touchbase.contact.api.TakeInMerged;
import app.touchbase.contact.api.UndoMergeInto;
import app.touchbase.contact.api.CorrectFact;
import app.touchbase.contact.api.EraseContact;
import app.touchbase.contact.api.EraseContactWithAccount;
import app.touchbase.contact.api.FactCorrected;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.FactRemoved;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.RemoveFact;
import app.touchbase.contact.api.RestoreContact;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.followup.api.AddFollowUp;
import app.touchbase.followup.api.ChangeFollowUp;
import app.touchbase.followup.api.CompleteFollowUp;
import app.touchbase.followup.api.FollowUpAdded;
import app.touchbase.followup.api.FollowUpChanged;
import app.touchbase.followup.api.FollowUpCompleted;
import app.touchbase.followup.api.FollowUpRemoved;
import app.touchbase.followup.api.RemoveFollowUp;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importantdate.api.ChangeImportantDate;
import app.touchbase.importantdate.api.ImportantDateAdded;
import app.touchbase.importantdate.api.ImportantDateChanged;
import app.touchbase.importantdate.api.ImportantDateRemoved;
import app.touchbase.importantdate.api.Occurrences;
import app.touchbase.importantdate.api.RemoveImportantDate;
import app.touchbase.interaction.api.CorrectInteraction;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.EraseTouchText;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.MarkReplied;
import app.touchbase.interaction.api.RemoveInteraction;
import app.touchbase.interaction.api.Reply;
import app.touchbase.interaction.api.ReplyAwaited;
import app.touchbase.interaction.api.ReplyReceived;
import app.touchbase.interaction.api.TouchTextErased;
import app.touchbase.platform.privacy.PersonalDataKeys;
import app.touchbase.reminder.api.QueueReminder;
import app.touchbase.reminder.api.RecordReminderSent;
import app.touchbase.reminder.api.ReminderOccasion;
import app.touchbase.reminder.api.ReminderQueued;
import app.touchbase.reminder.api.ReminderSent;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.api.UnknownContactException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person in one owner's network: the consistency boundary for everything said about them.
 * It decides only what needs consistency (ownership, archived state, which interactions exist);
 * everything else is derived by the read side.
 */
@Aggregate(cache = "contactCache")
public class Contact {

    /** A touch reminder may be queued a day early: the planner and the contact may see the owner's zone differently for a moment. */
    static final int TOUCH_REMINDER_LEAD_DAYS = 1;

    @AggregateIdentifier
    private UUID contactId;
    private final ContactLedger ledger = new ContactLedger();
    private NextTouchState touch;

    protected Contact() {
    }

    @CommandHandler
    public Contact(AddContact command, Clock clock, OwnerZones zones) {
        Inputs.requirePresent(command.contactId(), "contactId", "The contact id");
        Inputs.requireOwner(command.owner());
        ContactDetailsRules.validate(command.details());
        apply(new ContactAdded(command.contactId(), command.owner(), command.details(),
                phoneNumbers(command.details(), command.owner(), zones), clock.instant()));
    }

    /** Saved unchanged, details whose phones the owner's region now reads otherwise are stored again, read anew. */
    @CommandHandler
    public void handle(UpdateContactDetails command, Clock clock, OwnerZones zones) {
        requireActive(command.owner());
        ContactDetailsRules.validate(command.details());
        List<PhoneNumber> numbers = phoneNumbers(command.details(), ledger.owner, zones);
        if (!command.details().equals(ledger.details) || !numbers.equals(ledger.phoneNumbers)) {
            apply(new ContactDetailsChanged(contactId, ledger.owner, command.details(), numbers, clock.instant()));
        }
    }

    /** The details' phones read in the owner's home region (the country of the owner's time zone) as it is now. */
    private static List<PhoneNumber> phoneNumbers(ContactDetails details, String owner, OwnerZones zones) {
        return PhoneNumber.readAll(details.phones(), PhoneNumber.regionOf(zones.zoneOf(owner)));
    }

    @CommandHandler
    public void handle(RecordFact command, Clock clock) {
        requireActive(command.owner());
        Inputs.requirePresent(command.factId(), "factId", "The fact id");
        validateFact(command.topic(), command.text());
        if (ledger.facts.contains(command.factId())) {
            throw new CommandRejectedException("This fact was already recorded.");
        }
        apply(new FactRecorded(contactId, ledger.owner, command.factId(), blankToNull(command.topic()),
                command.text().strip(), command.about(), clock.instant()));
    }

    @CommandHandler
    public void handle(CorrectFact command, Clock clock) {
        requireActive(command.owner());
        requireLiveFact(command.factId());
        validateFact(command.topic(), command.text());
        apply(new FactCorrected(contactId, ledger.owner, command.factId(), blankToNull(command.topic()),
                command.text().strip(), command.about(), clock.instant()));
    }

    @CommandHandler
    public void handle(RemoveFact command, Clock clock) {
        requireActive(command.owner());
        requireLiveFact(command.factId());
        apply(new FactRemoved(contactId, ledger.owner, command.factId(), clock.instant()));
    }

    private static void validateFact(String topic, String text) {
        Inputs.limitLength(topic, "topic", "Topic", RecordFact.MAX_TOPIC);
        Inputs.requireText(text, "text", "The fact", RecordFact.MAX_TEXT);
    }

    private void requireLiveFact(UUID factId) {
        Inputs.requirePresent(factId, "factId", "The fact id");
        if (!ledger.liveFacts.contains(factId)) {
            throw new CommandRejectedException("That fact is not among " + ledger.details.name() + "'s (was it removed?).");
        }
    }

    @CommandHandler
    public void handle(LogInteraction command, Clock clock, OwnerZones zones) {
        requireActive(command.owner());
        Inputs.requirePresent(command.interactionId(), "interactionId", "The interaction id");
        InteractionRules.validate(command.type(), command.occurredOn(), command.notes(), zones.today(ledger.owner, clock));
        if (ledger.loggedInteractions.contains(command.interactionId())) {
            throw new CommandRejectedException("This interaction was already logged.");
        }
        apply(new InteractionLogged(contactId, ledger.owner, command.interactionId(), command.type(), command.occurredOn(),
                directionOrNeutral(command.direction()), blankToNull(command.notes()), clock.instant()));
        if (command.reply() == Reply.AWAIT) {
            apply(new ReplyAwaited(contactId, ledger.owner, command.interactionId(), clock.instant()));
        } else if (command.reply() == Reply.RECEIVED) {
            receiveReplies(clock);
        }
    }

    @CommandHandler
    public void handle(MarkReplied command, Clock clock) {
        requireActive(command.owner());
        if (ledger.awaitingReply.isEmpty()) {
            throw new CommandRejectedException("You are not waiting for a reply from " + ledger.details.name() + ".");
        }
        receiveReplies(clock);
    }

    private void receiveReplies(Clock clock) {
        List.copyOf(ledger.awaitingReply).forEach(interactionId ->
                apply(new ReplyReceived(contactId, ledger.owner, interactionId, clock.instant())));
    }

    @CommandHandler
    public void handle(CorrectInteraction command, Clock clock, OwnerZones zones) {
        requireActive(command.owner());
        requireLiveInteraction(command.interactionId());
        InteractionRules.validate(command.type(), command.occurredOn(), command.notes(), zones.today(ledger.owner, clock));
        apply(new InteractionCorrected(contactId, ledger.owner, command.interactionId(), command.type(), command.occurredOn(),
                directionOrNeutral(command.direction()), blankToNull(command.notes()), clock.instant()));
    }

    @CommandHandler
    public void handle(RemoveInteraction command, Clock clock) {
        requireActive(command.owner());
        requireLiveInteraction(command.interactionId());
        apply(new InteractionRemoved(contactId, ledger.owner, command.interactionId(), clock.instant()));
    }

    @CommandHandler
    public void handle(SetCadence command, Clock clock, OwnerZones zones) {
        requireActive(command.owner());
        CadenceRules.validateCadence(command.every());
        NextTouchState.RulePlan current = touch.rules().get(KeepInTouchRule.CADENCE);
        boolean unchanged = current != null && current.rule().every().equals(command.every())
                && (command.firstDueOn() == null || command.firstDueOn().equals(current.firstDueOn()));
        if (!unchanged) {
            LocalDate today = zones.today(ledger.owner, clock);
            CadenceRules.validateFirstDue(command.firstDueOn(), command.every(), today);
            apply(new CadenceSet(contactId, ledger.owner, command.every(), today, command.firstDueOn(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(SetKeepInTouchRule command, Clock clock, OwnerZones zones) {
        requireActive(command.owner());
        KeepInTouchRule rule = command.rule();
        if (rule != null && rule.ruleId() != null && rule.fromCircle()) {
            changeCircleRuleForThisContact(rule, clock, zones);
            return;
        }
        CadenceRules.validateRule(rule, (int) touch.rules().values().stream().map(NextTouchState.RulePlan::rule)
                .filter(other -> !other.fromCircle() && !other.ruleId().equals(rule.ruleId())).count());
        NextTouchState.RulePlan current = touch.rules().get(rule.ruleId());
        if (current == null || !current.rule().equals(rule)) {
            apply(new KeepInTouchRuleSet(contactId, ledger.owner, rule, zones.today(ledger.owner, clock), clock.instant()));
        }
    }

    /** A circle's rule, changed for this contact alone ("every 6 months for Grace"); the circle's version comes back on clearing. */
    private void changeCircleRuleForThisContact(KeepInTouchRule rule, Clock clock, OwnerZones zones) {
        NextTouchState.RulePlan current = touch.rules().get(rule.ruleId());
        if (current == null) {
            throw new CommandRejectedException(ledger.details.name() + " is not in that rule's circle (any more).");
        }
        RuleLimits.validateNameAndPeriod(rule);
        if (!current.rule().equals(rule)) {
            apply(new KeepInTouchRuleSet(contactId, ledger.owner, rule, zones.today(ledger.owner, clock), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(ClearKeepInTouchRule command, Clock clock) {
        requireActive(command.owner());
        if (KeepInTouchRule.CADENCE.equals(command.ruleId())) {
            throw new InvalidInputException("ruleId", "The cadence is cleared as the cadence, not as a rule.");
        }
        NextTouchState.RulePlan plan = touch.rules().get(command.ruleId());
        if (plan != null && plan.rule().fromCircle() && !plan.overridden()) {
            throw new CommandRejectedException("This rule comes with a circle: change it on the circle, or take "
                    + ledger.details.name() + " out of the circle.");
        }
        if (plan != null) {
            apply(new KeepInTouchRuleCleared(contactId, ledger.owner, command.ruleId(), clock.instant()));
        }
    }

    /**
     * Sent by a circle, not by a person: an archived contact still takes it (archive drops every due date anyway), and
     * a first due day that has passed by the time it arrives counts from today instead.
     */
    @CommandHandler
    public void handle(ApplyCircleRules command, Clock clock, OwnerZones zones) {
        requireOwnedBy(command.owner());
        Inputs.requirePresent(command.circle(), "circle", "The circle");
        command.rules().forEach(RuleLimits::validate);
        LocalDate today = zones.today(ledger.owner, clock);
        Map<String, LocalDate> firstDueOn = new HashMap<>(command.firstDueOn());
        firstDueOn.values().removeIf(day -> !day.isAfter(today));
        CircleRulesApplied applied = new CircleRulesApplied(contactId, ledger.owner, command.circle(), command.rules(), today,
                firstDueOn, clock.instant());
        if (!touch.after(applied).equals(touch)) {
            apply(applied);
        }
    }

    @CommandHandler
    public void handle(WithdrawCircleRules command, Clock clock) {
        requireOwnedBy(command.owner());
        if (command.circleId() != null && touch.circles().containsKey(command.circleId().toString())) {
            apply(new CircleRulesWithdrawn(contactId, ledger.owner, command.circleId(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(ClearCadence command, Clock clock) {
        requireActive(command.owner());
        if (touch.cadence() != null) {
            apply(new CadenceCleared(contactId, ledger.owner, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(SnoozeTouch command, Clock clock, OwnerZones zones) {
        requireActive(command.owner());
        if (!touch.hasRules()) {
            throw new CommandRejectedException(ledger.details.name() + " has no cadence, so there is nothing to snooze: set a cadence first.");
        }
        if (command.ruleId() != null && !touch.rules().containsKey(command.ruleId())) {
            throw new CommandRejectedException("That rule is not among " + ledger.details.name() + "'s rules (was it removed?).");
        }
        CadenceRules.validateSnooze(command.until(), zones.today(ledger.owner, clock));
        apply(new TouchSnoozed(contactId, ledger.owner, command.until(), clock.instant(), command.ruleId()));
    }

    @CommandHandler
    public void handle(StopSnoozing command, Clock clock) {
        requireActive(command.owner());
        if (touch.anySnoozeInEffect()) {
            apply(new SnoozeStopped(contactId, ledger.owner, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(ArchiveContact command, Clock clock) {
        requireOwnedBy(command.owner());
        if (!ledger.archived) {
            apply(new ContactArchived(contactId, ledger.owner, clock.instant()));
        }
    }

    /**
     * The keys go once the event is stored: an erasure that failed to be recorded erases nothing. The contact as
     * loaded, its opened details and notes, leaves the cache then too; a later command reads the sealed events.
     */
    @CommandHandler
    public void handle(EraseContact command, Clock clock, PersonalDataKeys keys, Cache contactCache) {
        requireOwnedBy(command.owner());
        String name = ledger.details.name();
        if (command.typedName() == null || name == null || !name.strip().equalsIgnoreCase(command.typedName().strip())) {
            throw new InvalidInputException("typedName", "Type the contact's name, " + name + ", to confirm the erasure.");
        }
        erase(clock, keys, contactCache);
    }

    @CommandHandler
    public void handle(EraseContactWithAccount command, Clock clock, PersonalDataKeys keys, Cache contactCache) {
        requireOwnedBy(command.owner());
        erase(clock, keys, contactCache);
    }

    private void erase(Clock clock, PersonalDataKeys keys, Cache contactCache) {
        apply(new ContactErased(contactId, ledger.owner, clock.instant()));
        String owner = ledger.owner;
        UUID erased = contactId;
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> {
            contactCache.remove(erased.toString());
            keys.eraseContact(owner, erased);
        });
    }

    @CommandHandler
    public void handle(EraseTouchText command, Clock clock, PersonalDataKeys keys) {
        requireOwnedBy(command.owner());
        Inputs.requirePresent(command.interactionId(), "interactionId", "The interaction id");
        if (!ledger.loggedInteractions.contains(command.interactionId())) {
            throw new CommandRejectedException("That touch is not in " + ledger.details.name() + "'s history.");
        }
        if (ledger.erasedTouchTexts.contains(command.interactionId())) {
            return;
        }
        apply(new TouchTextErased(contactId, ledger.owner, command.interactionId(), clock.instant()));
        String owner = ledger.owner;
        UUID touch = command.interactionId();
        CurrentUnitOfWork.get().afterCommit(unitOfWork -> keys.eraseTouch(owner, touch));
    }

    @CommandHandler
    public void handle(RestoreContact command, Clock clock) {
        requireOwnedBy(command.owner());
        if (ledger.mergedInto != null) {
            throw new CommandRejectedException(ledger.details.name() + " was merged into another contact: undo the merge"
                    + " instead of restoring.");
        }
        if (ledger.archived) {
            apply(new ContactRestored(contactId, ledger.owner, clock.instant()));
        }
    }

    /** This contact is merged away: it hands over what it holds, says into whom it was merged, and is archived. */
    @CommandHandler
    public MergedItems handle(MergeInto command, Clock clock) {
        requireMergeable(command.owner());
        Inputs.requirePresent(command.keptContactId(), "keptContactId", "The contact to keep");
        requireOther(command.keptContactId(), "keptContactId");
        MergedItems items = HandOver.of(ledger, touch);
        apply(new ContactMergedInto(contactId, ledger.owner, command.keptContactId(), clock.instant(), items.circleIds()));
        apply(new ContactArchived(contactId, ledger.owner, clock.instant()));
        return items;
    }

    /**
     * This contact is kept: it records the merge (with the ids of the copies to come, so an undo removes exactly them),
     * takes the chosen details and copies of what the merged-away contact handed over, as the events it always records.
     */
    @CommandHandler
    public void handle(TakeInMerged command, Clock clock, OwnerZones zones) {
        requireMergeable(command.owner());
        UUID merged = Inputs.requirePresent(command.mergedContactId(), "mergedContactId", "The contact to merge");
        requireOther(merged, "mergedContactId");
        if (ledger.mergesIn.containsKey(merged)) {
            throw new CommandRejectedException("That contact is already merged into " + ledger.details.name() + ".");
        }
        ContactDetailsRules.validate(command.details());
        MergedItems items = command.items() == null ? MergedItems.NONE : command.items();
        Instant now = clock.instant();
        LocalDate today = zones.today(ledger.owner, clock);
        TakeIn takeIn = TakeIn.plan(merged, ledger.mergeCounts.getOrDefault(merged, 0) + 1, items, ledger, touch, today);
        apply(new DuplicateMergedIn(contactId, ledger.owner, merged, takeIn.ids(takeIn.touches()), takeIn.ids(takeIn.facts()),
                takeIn.ids(takeIn.dates()), takeIn.ids(takeIn.promises()),
                takeIn.rules().stream().map(KeepInTouchRule::ruleId).toList(), takeIn.circleIds(), takeIn.remindedOccasions(), now,
                takeIn.snoozedUntil()));
        if (!command.details().equals(ledger.details)) {
            apply(new ContactDetailsChanged(contactId, ledger.owner, command.details(),
                    phoneNumbers(command.details(), ledger.owner, zones), now));
        }
        for (TakeIn.Copy<MergedItems.Touch> copy : takeIn.touches()) {
            MergedItems.Touch touched = copy.original();
            apply(new InteractionLogged(contactId, ledger.owner, copy.id(), touched.type(), touched.occurredOn(),
                    directionOrNeutral(touched.direction()), touched.notes(), now));
            if (touched.awaitingReply()) {
                apply(new ReplyAwaited(contactId, ledger.owner, copy.id(), now));
            }
        }
        for (TakeIn.Copy<Fact> copy : takeIn.facts()) {
            Fact fact = copy.original();
            apply(new FactRecorded(contactId, ledger.owner, copy.id(), fact.topic(), fact.text(), fact.about(),
                    fact.recordedAt() == null ? now : fact.recordedAt()));
        }
        for (TakeIn.Copy<MergedItems.Date> copy : takeIn.dates()) {
            MergedItems.Date date = copy.original();
            apply(new ImportantDateAdded(contactId, ledger.owner, copy.id(), date.label(), date.day(), date.year(),
                    date.noticeDays(), now));
        }
        for (TakeIn.Copy<MergedItems.Promise> copy : takeIn.promises()) {
            apply(new FollowUpAdded(contactId, ledger.owner, copy.id(), copy.original().text(), copy.original().dueOn(), now));
            if (copy.original().completedAt() != null) {
                apply(new FollowUpCompleted(contactId, ledger.owner, copy.id(), copy.original().completedAt()));
            }
        }
        for (KeepInTouchRule rule : takeIn.rules()) {
            if (KeepInTouchRule.CADENCE.equals(rule.ruleId())) {
                apply(new CadenceSet(contactId, ledger.owner, rule.every(), today, null, now));
            } else {
                apply(new KeepInTouchRuleSet(contactId, ledger.owner, rule, today, now));
            }
        }
        takeIn.ruleSnoozes().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(snooze -> apply(new TouchSnoozed(contactId, ledger.owner, snooze.getValue(), now, snooze.getKey())));
        if (takeIn.snoozedUntil() != null) {
            apply(new TouchSnoozed(contactId, ledger.owner, takeIn.snoozedUntil(), now));
        }
    }

    /** The merged-away contact comes back: it is no longer merged, and is restored. Answers the contact it was merged into. */
    @CommandHandler
    public UUID handle(UndoMergeInto command, Clock clock) {
        requireOwnedBy(command.owner());
        UUID kept = ledger.mergedInto;
        if (kept == null) {
            throw new CommandRejectedException(ledger.details.name() + " is not merged into another contact (was the merge"
                    + " undone already?).");
        }
        apply(new ContactUnmerged(contactId, ledger.owner, kept, clock.instant(), ledger.circlesLeft));
        apply(new ContactRestored(contactId, ledger.owner, clock.instant()));
        return kept;
    }

    /**
     * The kept contact gives back what a merge brought: the copies still there are removed, the rules it took are
     * cleared, and the details are set back to what they were just before the merge.
     */
    @CommandHandler
    public void handle(GiveBackMerged command, Clock clock, OwnerZones zones) {
        requireOwnedBy(command.owner());
        UUID merged = Inputs.requirePresent(command.mergedContactId(), "mergedContactId", "The merged contact");
        ContactLedger.MergeIn mergeIn = ledger.mergesIn.get(merged);
        if (mergeIn == null) {
            throw new CommandRejectedException("That contact is not merged into " + ledger.details.name() + ".");
        }
        if (ledger.mergedInto != null) {
            throw new CommandRejectedException(ledger.details.name() + " was merged into another contact since: undo that"
                    + " merge first.");
        }
        DuplicateMergedIn took = mergeIn.merge();
        Instant now = clock.instant();
        took.interactionIds().stream().filter(ledger.liveInteractions::contains)
                .forEach(id -> apply(new InteractionRemoved(contactId, ledger.owner, id, now)));
        took.factIds().stream().filter(ledger.liveFacts::contains)
                .forEach(id -> apply(new FactRemoved(contactId, ledger.owner, id, now)));
        took.dateIds().stream().filter(ledger.importantDates::containsKey)
                .forEach(id -> apply(new ImportantDateRemoved(contactId, ledger.owner, id, now)));
        took.followUpIds().stream().filter(id -> ledger.openFollowUps.containsKey(id) || keptBefore(ledger.keptFollowUps.get(id), took))
                .forEach(id -> apply(new FollowUpRemoved(contactId, ledger.owner, id, now)));
        for (String ruleId : took.ruleIds()) {
            if (KeepInTouchRule.CADENCE.equals(ruleId) && touch.cadence() != null) {
                apply(new CadenceCleared(contactId, ledger.owner, now));
            } else if (!KeepInTouchRule.CADENCE.equals(ruleId) && touch.rules().containsKey(ruleId)) {
                apply(new KeepInTouchRuleCleared(contactId, ledger.owner, ruleId, now));
            }
        }
        if (took.snoozedUntil() != null && took.snoozedUntil().equals(touch.snoozedUntil())) {
            snoozeAgainUntil(mergeIn.snoozedBefore(), zones.today(ledger.owner, clock), now);
        }
        if (!mergeIn.detailsBefore().equals(ledger.details)) {
            apply(new ContactDetailsChanged(contactId, ledger.owner, mergeIn.detailsBefore(),
                    phoneNumbers(mergeIn.detailsBefore(), ledger.owner, zones), now));
        }
        apply(new DuplicateMergeUndone(contactId, ledger.owner, merged, took.circleIds(), now));
    }

    /** A promise that came in kept (one kept since the merge is the owner's doing on this contact, and stays). */
    private static boolean keptBefore(ContactLedger.KeptPromise kept, DuplicateMergedIn merge) {
        return kept != null && !kept.completedAt().isAfter(merge.mergedAt());
    }

    /**
     * The snooze of the whole contact goes back to {@code before}. There is no event that ends it alone: when it is to
     * end, every snooze stops and those of single rules that still run are recorded again.
     */
    private void snoozeAgainUntil(LocalDate before, LocalDate today, Instant now) {
        if (before != null && before.isAfter(today)) {
            apply(new TouchSnoozed(contactId, ledger.owner, before, now));
            return;
        }
        Map<String, LocalDate> ruleSnoozes = new HashMap<>();
        touch.rules().forEach((ruleId, plan) -> {
            if (plan.snoozedUntil() != null && plan.snoozedUntil().isAfter(today)) {
                ruleSnoozes.put(ruleId, plan.snoozedUntil());
            }
        });
        apply(new SnoozeStopped(contactId, ledger.owner, now));
        ruleSnoozes.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(snooze -> apply(new TouchSnoozed(contactId, ledger.owner, snooze.getValue(), now, snooze.getKey())));
    }

    @CommandHandler
    public void handle(MarkNotDuplicate command, Clock clock) {
        requireOwnedBy(command.owner());
        UUID other = Inputs.requirePresent(command.otherContactId(), "otherContactId", "The other contact");
        if (other.equals(contactId)) {
            throw new InvalidInputException("otherContactId", "Choose two different contacts: one is never a duplicate of itself.");
        }
        if (!ledger.notDuplicates.contains(other)) {
            apply(new NotDuplicateMarked(contactId, ledger.owner, other, clock.instant()));
        }
    }

    private void requireMergeable(String requester) {
        requireOwnedBy(requester);
        if (ledger.mergedInto != null) {
            throw new CommandRejectedException(ledger.details.name() + " was already merged into another contact.");
        }
        if (ledger.archived) {
            throw new CommandRejectedException(ledger.details.name() + " is archived: restore the contact before merging.");
        }
    }

    private void requireOther(UUID otherContactId, String field) {
        if (otherContactId.equals(contactId)) {
            throw new InvalidInputException(field, "A contact cannot be merged with itself: choose two different contacts.");
        }
    }

    @CommandHandler
    public void handle(AddImportantDate command, Clock clock, OwnerZones zones) {
        requireActive(command.owner());
        OccasionRules.validate(command, zones.today(ledger.owner, clock));
        if (ledger.importantDates.containsKey(command.dateId())) {
            throw new CommandRejectedException("This date was already added.");
        }
        apply(new ImportantDateAdded(contactId, ledger.owner, command.dateId(), command.label().strip(), command.day(),
                command.year(), command.noticeDays(), clock.instant()));
    }

    @CommandHandler
    public void handle(ChangeImportantDate command, Clock clock, OwnerZones zones) {
        requireActive(command.owner());
        OccasionRules.validate(command, zones.today(ledger.owner, clock));
        requireLiveDate(command.dateId());
        ContactLedger.DateValues changed = new ContactLedger.DateValues(command.label().strip(), command.day(), command.year(),
                command.noticeDays());
        if (!changed.equals(ledger.importantDates.get(command.dateId()))) {
            apply(new ImportantDateChanged(contactId, ledger.owner, command.dateId(), changed.label(), changed.day(),
                    changed.year(), changed.noticeDays(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(RemoveImportantDate command, Clock clock) {
        requireActive(command.owner());
        requireLiveDate(command.dateId());
        apply(new ImportantDateRemoved(contactId, ledger.owner, command.dateId(), clock.instant()));
    }

    private void requireLiveDate(UUID dateId) {
        if (!ledger.importantDates.containsKey(dateId)) {
            throw new CommandRejectedException("That date is not among " + ledger.details.name() + "'s dates (was it removed?).");
        }
    }

    @CommandHandler
    public void handle(AddFollowUp command, Clock clock, OwnerZones zones) {
        requireActive(command.owner());
        OccasionRules.validate(command, zones.today(ledger.owner, clock));
        if (ledger.followUps.contains(command.followUpId())) {
            throw new CommandRejectedException("This follow-up was already added.");
        }
        apply(new FollowUpAdded(contactId, ledger.owner, command.followUpId(), command.text().strip(), command.dueOn(),
                clock.instant()));
    }

    @CommandHandler
    public void handle(CompleteFollowUp command, Clock clock) {
        requireOwnedBy(command.owner());
        Inputs.requirePresent(command.followUpId(), "followUpId", "The follow-up id");
        if (!ledger.followUps.contains(command.followUpId())) {
            throw new CommandRejectedException("That follow-up is not among " + ledger.details.name() + "'s follow-ups.");
        }
        if (ledger.openFollowUps.containsKey(command.followUpId())) {
            apply(new FollowUpCompleted(contactId, ledger.owner, command.followUpId(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(ChangeFollowUp command, Clock clock, OwnerZones zones) {
        requireActive(command.owner());
        OccasionRules.validate(command, zones.today(ledger.owner, clock));
        requireOpenFollowUp(command.followUpId());
        ContactLedger.PromiseValues changed = new ContactLedger.PromiseValues(command.text().strip(), command.dueOn());
        if (!changed.equals(ledger.openFollowUps.get(command.followUpId()))) {
            apply(new FollowUpChanged(contactId, ledger.owner, command.followUpId(), changed.text(), changed.dueOn(),
                    clock.instant()));
        }
    }

    @CommandHandler
    public void handle(RemoveFollowUp command, Clock clock) {
        requireActive(command.owner());
        Inputs.requirePresent(command.followUpId(), "followUpId", "The follow-up id");
        requireOpenFollowUp(command.followUpId());
        apply(new FollowUpRemoved(contactId, ledger.owner, command.followUpId(), clock.instant()));
    }

    private void requireOpenFollowUp(UUID followUpId) {
        if (!ledger.openFollowUps.containsKey(followUpId)) {
            throw new CommandRejectedException("That promise is not among " + ledger.details.name()
                    + "'s open promises (was it kept or removed?).");
        }
    }

    /** Queues a reminder for the occasions not reminded about yet; answers the id of the queued reminder, or null. */
    @CommandHandler
    public UUID handle(QueueReminder command, Clock clock, OwnerZones zones) {
        requireOwnedBy(command.owner());
        if (ledger.archived) {
            return null;
        }
        List<ReminderOccasion> fresh = command.occasions().stream()
                .filter(occasion -> !ledger.remindedOccasions.contains(occasion.key()))
                .filter(occasion -> stillCurrent(occasion, zones.today(ledger.owner, clock)))
                .toList();
        if (fresh.isEmpty()) {
            return null;
        }
        UUID reminderId = UUID.randomUUID();
        apply(new ReminderQueued(contactId, ledger.owner, reminderId, fresh, clock.instant()));
        return reminderId;
    }

    @CommandHandler
    public void handle(RecordReminderSent command) {
        requireOwnedBy(command.owner());
        if (!ledger.queuedReminders.contains(command.reminderId())) {
            throw new CommandRejectedException("No such reminder was queued for " + ledger.details.name() + ".");
        }
        if (!ledger.sentReminders.contains(command.reminderId())) {
            apply(new ReminderSent(contactId, ledger.owner, command.reminderId(), command.sentTo(), command.sentAt()));
        }
    }

    /**
     * A reminder planned from an older picture of the contact (a touch logged since, a date removed or moved, a
     * follow-up done or moved) is dropped: the contact, not the planner, has the last word.
     */
    private boolean stillCurrent(ReminderOccasion occasion, LocalDate today) {
        return switch (occasion.kind()) {
            case TOUCH -> touch.schedule().stream()
                    .filter(due -> occasion.key().equals(ReminderOccasion.touchKey(due.rule().ruleId(), due.nextTouchOn())))
                    .anyMatch(due -> !due.nextTouchOn().isAfter(today.plusDays(TOUCH_REMINDER_LEAD_DAYS)));
            case IMPORTANT_DATE -> ledger.importantDates.containsKey(occasion.subjectId())
                    && Occurrences.nextOnOrAfter(ledger.importantDates.get(occasion.subjectId()).day(), occasion.on()).equals(occasion.on());
            case FOLLOW_UP -> ledger.openFollowUps.containsKey(occasion.subjectId())
                    && ledger.openFollowUps.get(occasion.subjectId()).dueOn().equals(occasion.on());
        };
    }

    /** An erased contact is gone for every purpose: even its owner is told it does not exist. */
    private void requireOwnedBy(String requester) {
        if (!Objects.equals(ledger.owner, requester) || ledger.erased) {
            throw new UnknownContactException(contactId);
        }
    }

    private void requireActive(String requester) {
        requireOwnedBy(requester);
        if (ledger.mergedInto != null) {
            throw new CommandRejectedException(ledger.details.name() + " was merged into another contact: change that one instead.");
        }
        if (ledger.archived) {
            throw new CommandRejectedException(ledger.details.name() + " is archived: restore the contact first.");
        }
    }

    private void requireLiveInteraction(UUID interactionId) {
        Inputs.requirePresent(interactionId, "interactionId", "The interaction id");
        if (!ledger.liveInteractions.contains(interactionId)) {
            throw new CommandRejectedException("That interaction is not in " + ledger.details.name() + "'s history (was it removed?).");
        }
    }

    private static Direction directionOrNeutral(Direction direction) {
        return direction == null ? Direction.NEUTRAL : direction;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(ContactEvent event) {
        if (event instanceof ContactAdded added) {
            contactId = added.contactId();
            touch = NextTouchState.NONE;
        }
        touch = touch.after(event);
        ledger.record(event, touch);
    }
}
