package app.touchbase.importing;

import app.touchbase.contact.OccasionRules;
import app.touchbase.contact.api.ContactPage;
import app.touchbase.contact.api.ContactSummary;
import app.touchbase.contact.api.ListAllContacts;
import app.touchbase.importing.api.ImportPreview;
import app.touchbase.importing.api.ImportedDate;
import app.touchbase.importing.api.ImportedPerson;
import app.touchbase.importing.api.PreviewImport;
import app.touchbase.importing.api.PreviewRow;
import app.touchbase.importing.api.RowStatus;
import app.touchbase.importing.parse.ContactFiles;
import app.touchbase.importing.parse.ParsedFile;
import app.touchbase.importing.parse.ParsedRow;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads a file and sorts its rows: new people, duplicates of someone in the network (same email address or same
 * name) or of an earlier row, and rows that can't be imported, each with the reason.
 */
@Component
public class ImportPlanner {

    private final QueryGateway queries;
    private final Clock clock;

    ImportPlanner(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @QueryHandler
    public ImportPreview handle(PreviewImport query) {
        ParsedFile file = ContactFiles.read(query.content());
        Known known = new Known();
        queries.query(new ListAllContacts(query.owner()), ResponseTypes.instanceOf(ContactPage.class)).join().contacts().stream()
                .filter(contact -> !contact.archived())
                .forEach(known::existing);
        List<PreviewRow> rows = new ArrayList<>();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (ParsedRow row : file.rows()) {
            rows.add(row.person() == null
                    ? new PreviewRow(row.row(), null, RowStatus.SKIPPED, row.skippedBecause(), null, row.warnings(), row.keptAs())
                    : known.sort(withPlausibleBirthYear(row, today)));
        }
        return new ImportPreview(file.format(), rows, file.notes());
    }

    /** A year a contact would refuse (before 1900, say) is left out of a birthday or another date; the day and month are kept. */
    private static ParsedRow withPlausibleBirthYear(ParsedRow row, LocalDate today) {
        ImportedPerson person = row.person();
        List<String> warnings = new ArrayList<>(row.warnings());
        if (person.birthday() != null && OccasionRules.yearProblem(person.birthday(), person.birthYear(), today) != null) {
            warnings.add("left out the birth year " + person.birthYear() + ": "
                    + OccasionRules.yearProblem(person.birthday(), person.birthYear(), today));
            person = person.withBirthYear(null);
        }
        List<ImportedDate> dates = new ArrayList<>();
        for (ImportedDate date : person.dates()) {
            String problem = OccasionRules.yearProblem(date.day(), date.year(), today);
            if (problem != null) {
                warnings.add("left out the year " + date.year() + " of " + date.label().toLowerCase(Locale.ROOT) + ": " + problem);
            }
            dates.add(problem == null ? date : new ImportedDate(date.label(), date.day(), null));
        }
        if (warnings.size() == row.warnings().size()) {
            return row;
        }
        return new ParsedRow(row.row(), person.withDates(dates), null, warnings, row.keptAs());
    }

    /** Who is in the network already, and who came earlier in the file. */
    private static final class Known {

        private record Match(UUID contactId, String name, Integer row) {
        }

        private final Map<String, Match> byEmail = new HashMap<>();
        private final Map<String, Match> byName = new HashMap<>();

        void existing(ContactSummary contact) {
            Match match = new Match(contact.contactId(), contact.details().name(), null);
            contact.details().emails().forEach(email -> byEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), match));
            byName.putIfAbsent(normalised(contact.details().name()), match);
        }

        PreviewRow sort(ParsedRow row) {
            ImportedPerson person = row.person();
            Match sameEmail = person.details().emails().stream().map(email -> byEmail.get(email.toLowerCase(Locale.ROOT)))
                    .filter(Objects::nonNull).findFirst().orElse(null);
            Match sameName = byName.get(normalised(person.details().name()));
            Match inFile = new Match(null, person.details().name(), row.row());
            person.details().emails().forEach(email -> byEmail.putIfAbsent(email.toLowerCase(Locale.ROOT), inFile));
            byName.putIfAbsent(normalised(person.details().name()), inFile);
            if (sameEmail != null) {
                return duplicate(row, sameEmail, "the same email address");
            }
            if (sameName != null) {
                return duplicate(row, sameName, "the same name");
            }
            return new PreviewRow(row.row(), person, RowStatus.NEW, null, null, row.warnings(), row.keptAs());
        }

        private static PreviewRow duplicate(ParsedRow row, Match match, String what) {
            String reason = match.row() == null
                    ? "Has " + what + " as " + match.name() + ", who is already in your network."
                    : "Has " + what + " as row " + match.row() + " of this file.";
            return new PreviewRow(row.row(), row.person(), RowStatus.DUPLICATE, reason, match.contactId(), row.warnings(),
                    row.keptAs());
        }

        private static String normalised(String name) {
            return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        }
    }
}
