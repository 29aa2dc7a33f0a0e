package app.touchbase.importing;

import app.touchbase.cadence.CadenceLimits;
import app.touchbase.cadence.CadenceStagger;
import app.touchbase.circle.api.AddToCircle;
import app.touchbase.circle.api.CircleSummary;
import app.touchbase.circle.api.FetchCircle;
import app.touchbase.importing.api.ImportPreview;
import app.touchbase.importing.api.PlannedContact;
import app.touchbase.importing.api.PreviewImport;
import app.touchbase.importing.api.PreviewRow;
import app.touchbase.importing.api.RecordImport;
import app.touchbase.importing.api.RowStatus;
import app.touchbase.importing.api.StartImport;
import app.touchbase.shared.OwnerZones;
import app.touchbase.shared.api.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Starts an import: reads the file again, checks every chosen row, and records the plan as one event. Nothing is
 * stored when any check fails; once recorded, {@link ImportRunner} adds the contacts.
 */
@Component
class ContactImporter {

    /** The plan is one event, and a MongoDB document holds at most 16 MB: notes are what can make it large. */
    static final long MAX_NOTE_CHARACTERS = 4_000_000;

    private final ImportPlanner planner;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final OwnerZones zones;
    private final Clock clock;

    ContactImporter(ImportPlanner planner, CommandGateway commands, QueryGateway queries, OwnerZones zones, Clock clock) {
        this.planner = planner;
        this.queries = queries;
        this.commands = commands;
        this.zones = zones;
        this.clock = clock;
    }

    @CommandHandler
    int handle(StartImport command) {
        if (command.importId() == null) {
            throw new InvalidInputException("importId", "The import id is required.");
        }
        ImportPreview preview = planner.handle(new PreviewImport(command.owner(), command.fileName(), command.content()));
        Map<Integer, PreviewRow> rows = preview.rows().stream().collect(Collectors.toMap(PreviewRow::row, Function.identity()));
        Set<Integer> chosen = new HashSet<>(command.rows() == null ? List.of() : command.rows());
        if (chosen.isEmpty()) {
            throw new InvalidInputException("rows", "Choose at least one row to import.");
        }
        if (command.cadence() != null) {
            CadenceLimits.validate(command.cadence(), "cadence");
        }
        if (command.circleId() != null) {
            requireOpenCircle(command.owner(), command.circleId());
        }
        List<Integer> numbers = chosen.stream().sorted().toList();
        List<LocalDate> firstDue = command.cadence() == null ? List.of()
                : CadenceStagger.firstDueDays(numbers.size(), command.cadence(), zones.today(command.owner(), clock));
        List<PlannedContact> plan = new ArrayList<>();
        for (Integer number : numbers) {
            PreviewRow row = rows.get(number);
            if (row == null) {
                throw new InvalidInputException("rows", "The file has no row " + number + ".");
            }
            if (row.status() == RowStatus.SKIPPED) {
                throw new InvalidInputException("rows", "Row " + number + " can't be imported: " + row.reason());
            }
            List<UUID> factIds = row.person().notes().stream().map(note -> UUID.randomUUID()).toList();
            plan.add(new PlannedContact(UUID.randomUUID(), row.person(),
                    row.person().birthday() == null ? null : UUID.randomUUID(), factIds, command.cadence(),
                    command.cadence() == null ? null : firstDue.get(plan.size()),
                    row.person().dates().stream().map(date -> UUID.randomUUID()).toList()));
        }
        long noteCharacters = plan.stream().flatMap(contact -> contact.person().notes().stream()).mapToLong(String::length).sum();
        if (noteCharacters > MAX_NOTE_CHARACTERS) {
            throw new InvalidInputException("file", "The notes in this file add up to " + noteCharacters / 1_000_000
                    + " million characters, too much for one import: split the file into smaller ones.");
        }
        String fileName = command.fileName() == null || command.fileName().isBlank() ? "contacts" : command.fileName().strip();
        commands.sendAndWait(new RecordImport(command.importId(), command.owner(), fileName, preview.format(), plan,
                command.circleId()));
        return plan.size();
    }

    private void requireOpenCircle(String owner, UUID circleId) {
        CircleSummary circle = queries.query(new FetchCircle(owner, circleId), ResponseTypes.optionalInstanceOf(CircleSummary.class))
                .join()
                .orElseThrow(() -> new InvalidInputException("circleId", "That circle is not among yours (was it deleted?): choose another."));
        if (circle.archived()) {
            throw new InvalidInputException("circleId", circle.details().name() + " is archived: restore it or choose another circle.");
        }
        if (circle.members().size() >= AddToCircle.MAX_MEMBERS) {
            throw new InvalidInputException("circleId", circle.details().name() + " is full: choose another circle.");
        }
    }
}
