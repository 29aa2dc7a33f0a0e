package app.touchbase.contact.write;

import app.touchbase.cadence.api.CadenceCleared;
import app.touchbase.cadence.api.CadenceSet;
import app.touchbase.cadence.api.ClearCadence;
import app.touchbase.cadence.api.SetCadence;
import app.touchbase.cadence.api.SnoozeTouch;
import app.touchbase.cadence.api.TouchSnoozed;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.ContactAdded;
import app.touchbase.contact.api.ContactArchived;
import app.touchbase.contact.api.ContactDetails;
import app.touchbase.contact.api.ContactDetailsChanged;
import app.touchbase.contact.api.ContactRestored;
import app.touchbase.contact.api.FactRecorded;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.contact.api.RestoreContact;
import app.touchbase.contact.api.UpdateContactDetails;
import app.touchbase.interaction.api.CorrectInteraction;
import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionCorrected;
import app.touchbase.interaction.api.InteractionLogged;
import app.touchbase.interaction.api.InteractionRemoved;
import app.touchbase.interaction.api.LogInteraction;
import app.touchbase.interaction.api.RemoveInteraction;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.UnknownContactException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.Period;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One person in one owner's network: the consistency boundary for everything said about them.
 * It decides only what needs consistency (ownership, archived state, which interactions exist);
 * everything else is derived by the read side.
 */
@Aggregate(cache = "contactCache")
public class Contact {

    @AggregateIdentifier
    private UUID contactId;
    private String owner;
    private ContactDetails details;
    private boolean archived;
    private Period cadence;
    private final Set<UUID> loggedInteractions = new HashSet<>();
    private final Set<UUID> liveInteractions = new HashSet<>();
    private final Set<UUID> facts = new HashSet<>();

    protected Contact() {
    }

    @CommandHandler
    public Contact(AddContact command, Clock clock) {
        Inputs.requirePresent(command.contactId(), "contactId", "The contact id");
        Inputs.requireOwner(command.owner());
        ContactDetailsRules.validate(command.details());
        apply(new ContactAdded(command.contactId(), command.owner(), command.details(), clock.instant()));
    }

    @CommandHandler
    public void handle(UpdateContactDetails command, Clock clock) {
        requireActive(command.owner());
        ContactDetailsRules.validate(command.details());
        if (!command.details().equals(details)) {
            apply(new ContactDetailsChanged(contactId, owner, command.details(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(RecordFact command, Clock clock) {
        requireActive(command.owner());
        Inputs.requirePresent(command.factId(), "factId", "The fact id");
        Inputs.limitLength(command.topic(), "topic", "Topic", ContactDetailsRules.MAX_SHORT_TEXT);
        Inputs.requireText(command.text(), "text", "The fact", ContactDetailsRules.MAX_LONG_TEXT);
        if (facts.contains(command.factId())) {
            throw new CommandRejectedException("This fact was already recorded.");
        }
        apply(new FactRecorded(contactId, owner, command.factId(), blankToNull(command.topic()),
                command.text().strip(), command.about(), clock.instant()));
    }

    @CommandHandler
    public void handle(LogInteraction command, Clock clock) {
        requireActive(command.owner());
        Inputs.requirePresent(command.interactionId(), "interactionId", "The interaction id");
        InteractionRules.validate(command.type(), command.occurredAt(), command.notes(), clock.instant());
        if (loggedInteractions.contains(command.interactionId())) {
            throw new CommandRejectedException("This interaction was already logged.");
        }
        apply(new InteractionLogged(contactId, owner, command.interactionId(), command.type(), command.occurredAt(),
                directionOrNeutral(command.direction()), blankToNull(command.notes()), clock.instant()));
    }

    @CommandHandler
    public void handle(CorrectInteraction command, Clock clock) {
        requireActive(command.owner());
        requireLiveInteraction(command.interactionId());
        InteractionRules.validate(command.type(), command.occurredAt(), command.notes(), clock.instant());
        apply(new InteractionCorrected(contactId, owner, command.interactionId(), command.type(), command.occurredAt(),
                directionOrNeutral(command.direction()), blankToNull(command.notes()), clock.instant()));
    }

    @CommandHandler
    public void handle(RemoveInteraction command, Clock clock) {
        requireActive(command.owner());
        requireLiveInteraction(command.interactionId());
        apply(new InteractionRemoved(contactId, owner, command.interactionId(), clock.instant()));
    }

    @CommandHandler
    public void handle(SetCadence command, Clock clock) {
        requireActive(command.owner());
        CadenceRules.validateCadence(command.every());
        if (!command.every().equals(cadence)) {
            apply(new CadenceSet(contactId, owner, command.every(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(ClearCadence command, Clock clock) {
        requireActive(command.owner());
        if (cadence != null) {
            apply(new CadenceCleared(contactId, owner, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(SnoozeTouch command, Clock clock) {
        requireActive(command.owner());
        if (cadence == null) {
            throw new CommandRejectedException(details.name() + " has no cadence, so there is nothing to snooze: set a cadence first.");
        }
        CadenceRules.validateSnooze(command.until(), clock.instant());
        apply(new TouchSnoozed(contactId, owner, command.until(), clock.instant()));
    }

    @CommandHandler
    public void handle(ArchiveContact command, Clock clock) {
        requireOwnedBy(command.owner());
        if (!archived) {
            apply(new ContactArchived(contactId, owner, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(RestoreContact command, Clock clock) {
        requireOwnedBy(command.owner());
        if (archived) {
            apply(new ContactRestored(contactId, owner, clock.instant()));
        }
    }

    private void requireOwnedBy(String requester) {
        if (!Objects.equals(owner, requester)) {
            throw new UnknownContactException(contactId);
        }
    }

    private void requireActive(String requester) {
        requireOwnedBy(requester);
        if (archived) {
            throw new CommandRejectedException(details.name() + " is archived: restore the contact first.");
        }
    }

    private void requireLiveInteraction(UUID interactionId) {
        Inputs.requirePresent(interactionId, "interactionId", "The interaction id");
        if (!liveInteractions.contains(interactionId)) {
            throw new CommandRejectedException("That interaction is not in " + details.name() + "'s history (was it removed?).");
        }
    }

    private static Direction directionOrNeutral(Direction direction) {
        return direction == null ? Direction.NEUTRAL : direction;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @EventSourcingHandler
    void on(ContactAdded event) {
        contactId = event.contactId();
        owner = event.owner();
        details = event.details();
    }

    @EventSourcingHandler
    void on(ContactDetailsChanged event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(FactRecorded event) {
        facts.add(event.factId());
    }

    @EventSourcingHandler
    void on(InteractionLogged event) {
        loggedInteractions.add(event.interactionId());
        liveInteractions.add(event.interactionId());
    }

    @EventSourcingHandler
    void on(InteractionRemoved event) {
        liveInteractions.remove(event.interactionId());
    }

    @EventSourcingHandler
    void on(CadenceSet event) {
        cadence = event.every();
    }

    @EventSourcingHandler
    void on(CadenceCleared event) {
        cadence = null;
    }

    @EventSourcingHandler
    void on(ContactArchived event) {
        archived = true;
    }

    @EventSourcingHandler
    void on(ContactRestored event) {
        archived = false;
    }
}
