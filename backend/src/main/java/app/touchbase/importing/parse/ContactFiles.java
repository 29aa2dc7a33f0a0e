package app.touchbase.importing.parse;

import app.touchbase.shared.api.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/** Recognises what kind of contact file an upload is, and reads it. */
public final class ContactFiles {

    /** How far down a LinkedIn export's header row may be, below its notes. */
    static final int HEADER_SEARCH_LINES = 30;

    private ContactFiles() {
    }

    public static ParsedFile read(byte[] content) {
        if (VCardText.matches(content)) {
            return VCards.read(VCardText.decode(content));
        }
        DecodedText decoded = FileText.decode(content);
        String text = decoded.text();
        List<String> lines = text.lines().limit(HEADER_SEARCH_LINES).toList();
        for (int i = 0; i < lines.size(); i++) {
            if (LinkedInConnections.isHeader(lines.get(i))) {
                CsvTable table = CsvTable.parse(text, i);
                return withNotes(LinkedInConnections.read(table), decoded, table);
            }
        }
        CsvTable table = CsvTable.parse(text, 0);
        ParsedFile file = CsvLayouts.read(table);
        if (file != null) {
            return withNotes(file, decoded, table);
        }
        String first = lines.isEmpty() ? "" : lines.get(0);
        throw new InvalidInputException("file", "This is not a contact file Touchbase knows (LinkedIn, Google Contacts, Outlook, "
                + "Thunderbird or Touchbase CSV, or a vCard .vcf file): its first line is \""
                + (first.length() > 80 ? first.substring(0, 80) + "…" : first) + "\". Export the contacts again in one of these.");
    }

    private static ParsedFile withNotes(ParsedFile file, DecodedText decoded, CsvTable table) {
        List<String> notes = new ArrayList<>();
        notes.add(decoded.note());
        notes.addAll(table.notes());
        notes.addAll(file.notes());
        return new ParsedFile(file.format(), file.rows(), notes);
    }
}
