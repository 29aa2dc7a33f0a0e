package app.touchbase.importing.parse;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates as contact exports write them: {@code 06 Jan 2019} and {@code 6-Jan-19} (LinkedIn), {@code 1/8/18, 6:14 PM}
 * (LinkedIn 2017–2018), {@code 5/17/1990} (Outlook, US), {@code 17.05.1990} (Outlook, German), {@code 2019-01-06} and {@code 2019-01-06 18:14:00 UTC}. A
 * time of day after the date is ignored.
 */
final class ExportDates {

    private static final List<DateTimeFormatter> FORMS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT),
            form("d MMM uuuu"),
            form("d MMMM uuuu"),
            form("MMM d uuuu"),
            form("MMMM d uuuu"),
            form("d-MMM-uu"),
            form("d-MMM-uuuu"),
            form("M/d/uuuu"),
            form("d.M.uuuu"),
            new DateTimeFormatterBuilder().appendPattern("M/d/").appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT));

    private ExportDates() {
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String date = withoutTime(text.replace('\u00A0', ' ').replace('\u202F', ' ').replace(",", " ").strip());
        for (DateTimeFormatter form : FORMS) {
            try {
                return Optional.of(LocalDate.parse(date, form));
            } catch (DateTimeParseException notThisOne) {
                // try the next way of writing it
            }
        }
        return Optional.empty();
    }

    /** Drops a time such as "6:14 PM" or "18:14:00 UTC" (and the "T" of ISO date-times) after the date. */
    private static String withoutTime(String text) {
        String date = text.replaceFirst("(?i)[ T]+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(\\s*[AP]M)?(\\s*(UTC|GMT|Z|[+-]\\d{2}:?\\d{2}))?$", "");
        return date.replaceAll("\\s+", " ").strip();
    }

    private static DateTimeFormatter form(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH)
                .withResolverStyle(ResolverStyle.STRICT);
    }
}
