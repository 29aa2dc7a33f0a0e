package app.touchbase.importing.parse;

import app.touchbase.shared.api.InvalidInputException;

import java.util.List;

/** Recognises what kind of contact file an upload is, and reads it. */
public final class ContactFiles {

    /** How far down a LinkedIn export's header row may be, below its notes. */
    static final int HEADER_SEARCH_LINES = 30;

    private ContactFiles() {
    }

    public static ParsedFile read(byte[] content) {
        String text = FileText.decode(content);
        if (VCards.matches(text)) {
            return VCards.read(text);
        }
        List<String> lines = text.lines().limit(HEADER_SEARCH_LINES).toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (LinkedInConnections.MARKERS.stream().allMatch(line::contains)) {
                return LinkedInConnections.read(CsvTable.parse(text, i));
            }
        }
        CsvTable table = CsvTable.parse(text, 0);
        if (GoogleContacts.matches(table.header())) {
            return GoogleContacts.read(table);
        }
        String first = lines.isEmpty() ? "" : lines.get(0);
        throw new InvalidInputException("file", "This is not a LinkedIn Connections.csv, a Google Contacts CSV or a vCard (.vcf) "
                + "file: its first line is \"" + (first.length() > 80 ? first.substring(0, 80) + "…" : first) + "\".");
    }
}
