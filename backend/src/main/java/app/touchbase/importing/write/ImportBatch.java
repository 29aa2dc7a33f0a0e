package app.touchbase.importing.write;

import app.touchbase.importing.api.FailImport;
import app.touchbase.importing.api.FinishImport;
import app.touchbase.importing.api.FinishUndo;
import app.touchbase.importing.api.ImportFailed;
import app.touchbase.importing.api.ImportFinished;
import app.touchbase.importing.api.ImportRecorded;
import app.touchbase.importing.api.ImportState;
import app.touchbase.importing.api.ImportUndoStarted;
import app.touchbase.importing.api.ImportUndone;
import app.touchbase.importing.api.PlannedContact;
import app.touchbase.importing.api.RecordImport;
import app.touchbase.importing.api.UndoImport;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One imported file: what it adds, and whether that is running, done, failed or undone. */
@Aggregate
public class ImportBatch {

    @AggregateIdentifier
    private UUID importId;
    private String owner;
    private ImportState state;
    private List<UUID> contactIds;

    protected ImportBatch() {
    }

    @CommandHandler
    public ImportBatch(RecordImport command, Clock clock) {
        Inputs.requirePresent(command.importId(), "importId", "The import id");
        Inputs.requireOwner(command.owner());
        if (command.contacts().isEmpty()) {
            throw new InvalidInputException("rows", "Choose at least one row to import.");
        }
        apply(new ImportRecorded(command.importId(), command.owner(), command.fileName(), command.format(), command.contacts(),
                clock.instant(), command.circleId()));
    }

    @CommandHandler
    public void handle(FinishImport command, Clock clock) {
        requireOwnedBy(command.owner());
        if (state == ImportState.RUNNING) {
            apply(new ImportFinished(importId, owner, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(FailImport command, Clock clock) {
        requireOwnedBy(command.owner());
        if (state == ImportState.RUNNING) {
            apply(new ImportFailed(importId, owner, command.problem(), clock.instant()));
        }
    }

    @CommandHandler
    public void handle(UndoImport command, Clock clock) {
        requireOwnedBy(command.owner());
        switch (state) {
            case DONE -> apply(new ImportUndoStarted(importId, owner, contactIds, clock.instant()));
            case RUNNING -> throw new CommandRejectedException("The import is still running: undo it when it has finished.");
            case UNDOING, UNDONE -> throw new CommandRejectedException("This import was already undone.");
            case FAILED -> throw new CommandRejectedException("This import failed and kept nothing, so there is nothing to undo.");
        }
    }

    @CommandHandler
    public void handle(FinishUndo command, Clock clock) {
        requireOwnedBy(command.owner());
        if (state == ImportState.UNDOING) {
            apply(new ImportUndone(importId, owner, clock.instant()));
        }
    }

    private void requireOwnedBy(String requester) {
        if (!Objects.equals(owner, requester)) {
            throw new CommandRejectedException("There is no such import.");
        }
    }

    @EventSourcingHandler
    void on(ImportRecorded event) {
        importId = event.importId();
        owner = event.owner();
        state = ImportState.RUNNING;
        contactIds = event.contacts().stream().map(PlannedContact::contactId).toList();
    }

    @EventSourcingHandler
    void on(ImportFinished event) {
        state = ImportState.DONE;
    }

    @EventSourcingHandler
    void on(ImportFailed event) {
        state = ImportState.FAILED;
    }

    @EventSourcingHandler
    void on(ImportUndoStarted event) {
        state = ImportState.UNDOING;
    }

    @EventSourcingHandler
    void on(ImportUndone event) {
        state = ImportState.UNDONE;
    }
}
