package app.touchbase.importing.parse;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** The CSV layouts known by their header row, the more particular ones first. */
final class CsvLayouts {

    private record Layout(Predicate<List<String>> matches, Function<CsvTable, ParsedFile> reader) {
    }

    private static final List<Layout> LAYOUTS = List.of(
            new Layout(TouchbaseCsv::matches, TouchbaseCsv::read),
            new Layout(LinkedInImportedContacts::matches, LinkedInImportedContacts::read),
            new Layout(ThunderbirdCsv::matches, ThunderbirdCsv::read),
            new Layout(OutlookCsv::matches, OutlookCsv::read),
            new Layout(GoogleContacts::matches, GoogleContacts::read));

    private CsvLayouts() {
    }

    /** The file read in the first layout its header fits, or null when it fits none. */
    static ParsedFile read(CsvTable table) {
        return LAYOUTS.stream().filter(layout -> layout.matches().test(table.header())).findFirst()
                .map(layout -> layout.reader().apply(table)).orElse(null);
    }
}
