package app.touchbase.importing.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Small ways of reading cells that several CSV layouts share. */
final class CsvCells {

    private CsvCells() {
    }

    /** The non-empty cells of the columns, joined by spaces; null if all are empty. */
    static String joined(Map<String, String> values, String... columns) {
        return Stream.of(columns).map(values::get).map(PersonBuilder::clean).filter(Objects::nonNull)
                .reduce((a, b) -> a + " " + b).orElse(null);
    }

    /** A name from its parts, with a prefix and suffix only around a name: "Mrs." alone is no one's name. */
    static String fullName(Map<String, String> values, String prefix, String suffix, String... parts) {
        String core = joined(values, parts);
        return core == null ? null : Stream.of(PersonBuilder.clean(values.get(prefix)), core, PersonBuilder.clean(values.get(suffix)))
                .filter(Objects::nonNull).collect(Collectors.joining(" "));
    }

    static void leftOutNumber(Map<String, String> values, String column, String kind, PersonBuilder person) {
        String number = PersonBuilder.clean(values.get(column));
        if (number != null) {
            person.warn("left out the " + kind + " number '" + number + "': only phone numbers to call or text are kept");
        }
    }

    /** A fact such as "Spouse: Ann" from a column that has no field of its own. */
    static void fact(Map<String, String> values, String column, String topic, PersonBuilder person) {
        person.fact(column, topic, values.get(column));
    }

    /**
     * A postal address spread over columns, as Outlook and Thunderbird write it: the street columns (each may hold
     * several lines), a PO box column (null where the layout has none), then city, region, postal code and country;
     * {@code label} ("Home", "Work") leads it.
     */
    static void address(Map<String, String> values, String label, List<String> streets, String poBox, String city,
                        String region, String postalCode, String country, PersonBuilder person) {
        List<String> lines = new ArrayList<>();
        streets.stream().map(values::get).map(PersonBuilder::clean).filter(Objects::nonNull).flatMap(String::lines).forEach(lines::add);
        String box = poBox == null ? null : PersonBuilder.clean(values.get(poBox));
        if (box != null) {
            lines.add("PO Box " + box);
        }
        person.address(label, PersonBuilder.addressLines(lines, values.get(city), values.get(region), values.get(postalCode),
                values.get(country)));
    }

    static void web(String url, PersonBuilder person) {
        person.fact("Website", "Web", url);
    }

    /** A birthday in three columns, the year possibly empty. */
    static void birthday(String year, String month, String day, PersonBuilder person) {
        String m = PersonBuilder.clean(month);
        String d = PersonBuilder.clean(day);
        String y = PersonBuilder.clean(year);
        if (m == null && d == null) {
            return;
        }
        String asWritten = (y == null ? "" : y + "-") + m + "-" + d;
        try {
            person.birthday(y == null ? null : Integer.valueOf(y), Integer.valueOf(m), Integer.valueOf(d), asWritten);
        } catch (NumberFormatException e) {
            person.warn("left out the birthday '" + asWritten + "': year, month and day are not numbers");
        }
    }

    /** A whole date in one cell, in any form {@link ExportDates} knows; Outlook writes 0/0/00 for none. */
    static void birthday(String cell, PersonBuilder person) {
        String text = PersonBuilder.clean(cell);
        if (text == null || text.matches("0[/.]0[/.].*")) {
            return;
        }
        LocalDate date = ExportDates.parse(text).orElse(null);
        if (date == null) {
            person.warn("left out the birthday '" + text + "': it is not a date like 5/17/1990 or 1990-05-17");
        } else {
            person.birthday(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), text);
        }
    }
}
