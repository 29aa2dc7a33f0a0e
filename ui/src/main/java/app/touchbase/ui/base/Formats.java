package app.touchbase.ui.base;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** How dates read on screen. */
public final class Formats {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.UK);
    static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    private Formats() {
    }

    public static String day(Instant instant, ZoneId zone) {
        return instant == null ? "" : instant.atZone(zone).format(DAY);
    }

    /** "27 Nov 2026, 14:05" in the owner's zone: when something was written down. */
    public static String moment(Instant instant, ZoneId zone) {
        return instant == null ? "" : MOMENT.format(instant.atZone(zone));
    }

    public static String day(LocalDate date) {
        return date == null ? "" : date.format(DAY);
    }

    /** The time zones a person can pick, sorted, always including the one they have now. */
    public static List<String> zoneIds(ZoneId current) {
        return Stream.concat(ZoneId.getAvailableZoneIds().stream(), Stream.of(current.getId())).distinct().sorted().toList();
    }

    /** Date pickers show and accept ISO dates (2026-03-01), the same in every browser language. */
    public static DatePicker isoDates(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
        picker.setPlaceholder("yyyy-mm-dd");
        return picker;
    }

    /** "3 days", "2 weeks", "5 months": how long from one day to a later one, in the largest whole unit. */
    public static String howLong(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        long months = ChronoUnit.MONTHS.between(from, to);
        if (months >= 2) {
            return months + " months";
        }
        if (days >= 14) {
            return days / 7 + " weeks";
        }
        return days == 1 ? "1 day" : days + " days";
    }
}
