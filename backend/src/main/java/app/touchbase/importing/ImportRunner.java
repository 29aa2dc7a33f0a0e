package app.touchbase.importing;

import app.touchbase.cadence.api.SetCadence;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.contact.api.AddContact;
import app.touchbase.contact.api.ArchiveContact;
import app.touchbase.contact.api.RecordFact;
import app.touchbase.importantdate.api.AddImportantDate;
import app.touchbase.importing.api.FailImport;
import app.touchbase.importing.api.FinishImport;
import app.touchbase.importing.api.FinishUndo;
import app.touchbase.importing.api.ImportRecorded;
import app.touchbase.importing.api.ImportUndoStarted;
import app.touchbase.importing.api.ImportedDate;
import app.touchbase.importing.api.PlannedContact;
import app.touchbase.platform.axon.NearHeadProcessors;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import app.touchbase.shared.api.TouchbaseException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Carries out recorded imports: adds each planned contact with its birthday and notes, then marks the import done.
 * Every id was chosen when the import was recorded, so after a crash the import simply runs again from the start
 * and what was already added stays added once. If a contact can't be added, those already added are archived again
 * and the import is marked failed: a file is imported whole or not at all.
 */
@Component
@ProcessingGroup(ImportRunner.PROCESSING_GROUP)
class ImportRunner {

    static final String PROCESSING_GROUP = "imports";
    private static final Logger LOG = LoggerFactory.getLogger(ImportRunner.class);

    private final CommandGateway commands;
    private final Map<UUID, AtomicInteger> progress = new ConcurrentHashMap<>();

    ImportRunner(CommandGateway commands) {
        this.commands = commands;
    }

    @Configuration(proxyBeanMethods = false)
    static class Processing {

        @Bean
        ConfigurerModule importProcessing() {
            return NearHeadProcessors.startingNearHead(PROCESSING_GROUP);
        }
    }

    /** Contacts handled so far by a running import or undo on this instance. */
    Optional<Integer> progress(UUID importId) {
        return Optional.ofNullable(progress.get(importId)).map(AtomicInteger::get);
    }

    @EventHandler
    @DisallowReplay
    void on(ImportRecorded event) {
        AtomicInteger done = new AtomicInteger();
        progress.put(event.importId(), done);
        List<PlannedContact> contacts = event.contacts();
        try {
            for (PlannedContact contact : contacts) {
                add(event.owner(), contact);
                done.incrementAndGet();
            }
            joinCircle(event);
            commands.sendAndWait(new FinishImport(event.importId(), event.owner()));
            LOG.info("Imported {} contacts from {}", contacts.size(), event.fileName());
        } catch (RuntimeException failure) {
            LOG.error("Importing {} failed at contact {} of {}; archiving the ones added", event.fileName(), done.get() + 1,
                    contacts.size(), failure);
            contacts.subList(0, Math.min(done.get() + 1, contacts.size())).forEach(contact -> archive(event.owner(), contact));
            String problem = failure instanceof TouchbaseException ? failure.getMessage() : "an unexpected error";
            commands.sendAndWait(new FailImport(event.importId(), event.owner(),
                    "Contact " + (done.get() + 1) + " could not be added (" + problem + "), so nothing was kept."));
        } finally {
            progress.remove(event.importId());
        }
    }

    @EventHandler
    @DisallowReplay
    void on(ImportUndoStarted event) {
        AtomicInteger done = new AtomicInteger();
        progress.put(event.importId(), done);
        try {
            for (UUID contactId : event.contactIds()) {
                archive(event.owner(), contactId);
                done.incrementAndGet();
            }
            commands.sendAndWait(new FinishUndo(event.importId(), event.owner()));
        } finally {
            progress.remove(event.importId());
        }
    }

    private void add(String owner, PlannedContact contact) {
        try {
            commands.sendAndWait(new AddContact(contact.contactId(), owner, contact.person().details()));
        } catch (ConcurrencyException alreadyAdded) {
            LOG.info("Contact {} was added before a restart; going on", contact.contactId());
        }
        if (contact.birthdayId() != null) {
            once(new AddImportantDate(contact.contactId(), owner, contact.birthdayId(), "Birthday", contact.person().birthday(),
                    contact.person().birthYear(), AddImportantDate.DEFAULT_NOTICE_DAYS));
        }
        for (int i = 0; i < contact.dateIds().size() && i < contact.person().dates().size(); i++) {
            ImportedDate date = contact.person().dates().get(i);
            once(new AddImportantDate(contact.contactId(), owner, contact.dateIds().get(i), date.label(), date.day(),
                    date.year(), AddImportantDate.DEFAULT_NOTICE_DAYS));
        }
        for (int i = 0; i < contact.factIds().size(); i++) {
            once(new RecordFact(contact.contactId(), owner, contact.factIds().get(i), "Imported", contact.person().notes().get(i), null));
        }
        if (contact.cadence() != null) {
            setCadence(owner, contact);
        }
    }

    /** An import resumed days after it was recorded may find a planned first due day already past: it counts from today then. */
    private void setCadence(String owner, PlannedContact contact) {
        try {
            commands.sendAndWait(new SetCadence(contact.contactId(), owner, contact.cadence(), contact.firstDueOn()));
        } catch (InvalidInputException firstDueDayPassed) {
            commands.sendAndWait(new SetCadence(contact.contactId(), owner, contact.cadence()));
        }
    }

    /** The contacts are kept even if their circle was archived or deleted while they were being added. */
    private void joinCircle(ImportRecorded event) {
        if (event.circleId() == null) {
            return;
        }
        try {
            commands.sendAndWait(new AddToCircle(event.circleId(), event.owner(),
                    event.contacts().stream().map(PlannedContact::contactId).toList()));
        } catch (TouchbaseException circleGone) {
            LOG.warn("The imported contacts could not join their circle: {}", circleGone.getMessage());
        }
    }

    /** A birthday or fact that is already there was added before a restart. */
    private void once(Object command) {
        try {
            commands.sendAndWait(command);
        } catch (CommandRejectedException alreadyThere) {
            LOG.debug("Skipped on resume: {}", alreadyThere.getMessage());
        }
    }

    private void archive(String owner, PlannedContact contact) {
        archive(owner, contact.contactId());
    }

    private void archive(String owner, UUID contactId) {
        try {
            commands.sendAndWait(new ArchiveContact(contactId, owner));
        } catch (RuntimeException notThere) {
            LOG.debug("Nothing to archive for {}: {}", contactId, notThere.getMessage());
        }
    }
}
