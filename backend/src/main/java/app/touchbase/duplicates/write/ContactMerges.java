package app.touchbase.duplicates.write;

import app.touchbase.contact.api.GiveBackMerged;
import app.touchbase.contact.api.MarkNotDuplicate;
import app.touchbase.contact.api.MergeInto;
import app.touchbase.contact.api.MergedItems;
import app.touchbase.contact.api.TakeInMerged;
import app.touchbase.contact.api.UndoMergeInto;
import app.touchbase.duplicates.api.DismissDuplicatePair;
import app.touchbase.duplicates.api.MergeContacts;
import app.touchbase.duplicates.api.UndoMerge;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.api.UnknownContactException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * A merge, its undo and a dismissed pair each touch two contacts. Both contacts' commands run inside this command's
 * unit of work: their events are stored together when it ends, and if the second contact refuses, the first one's
 * events are dropped with it, so a merge is never half done.
 */
@Component
class ContactMerges {

    private final CommandGateway commands;

    ContactMerges(CommandGateway commands) {
        this.commands = commands;
    }

    @CommandHandler
    void handle(MergeContacts command) {
        Inputs.requireOwner(command.owner());
        UUID kept = Inputs.requirePresent(command.keptContactId(), "keptContactId", "The contact to keep");
        UUID merged = Inputs.requirePresent(command.mergedContactId(), "mergedContactId", "The contact to merge away");
        Inputs.requirePresent(command.details(), "details", "The details to keep");
        requireTwo(kept, merged, "mergedContactId");
        MergedItems items = commands.sendAndWait(new MergeInto(merged, command.owner(), kept));
        commands.sendAndWait(new TakeInMerged(kept, command.owner(), merged, command.details(), items));
    }

    @CommandHandler
    void handle(UndoMerge command) {
        Inputs.requireOwner(command.owner());
        UUID merged = Inputs.requirePresent(command.mergedContactId(), "mergedContactId", "The merged contact");
        UUID kept = commands.sendAndWait(new UndoMergeInto(merged, command.owner()));
        try {
            commands.sendAndWait(new GiveBackMerged(kept, command.owner(), merged));
        } catch (UnknownContactException erased) {
            // the kept contact was erased since, and its copies with it: the merged one comes back on its own
        }
    }

    @CommandHandler
    void handle(DismissDuplicatePair command) {
        Inputs.requireOwner(command.owner());
        UUID one = Inputs.requirePresent(command.contactId(), "contactId", "The contact");
        UUID other = Inputs.requirePresent(command.otherContactId(), "otherContactId", "The other contact");
        requireTwo(one, other, "otherContactId");
        commands.sendAndWait(new MarkNotDuplicate(one, command.owner(), other));
        commands.sendAndWait(new MarkNotDuplicate(other, command.owner(), one));
    }

    private static void requireTwo(UUID one, UUID other, String field) {
        if (one.equals(other)) {
            throw new InvalidInputException(field, "Choose two different contacts: that is the same contact twice.");
        }
    }
}
