package app.touchbase.importing.parse;

import app.touchbase.shared.api.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSV file read by column name from its header row, which need not be the first line (LinkedIn puts notes above
 * it). The columns may be separated by commas, semicolons (Excel in many European locales) or tabs, whichever splits
 * the header row into the most columns. Rows with no values at all are left out; the others are numbered by the line
 * of the file they begin on.
 */
final class CsvTable {

    static final int MAX_ROWS = 10_000;

    interface RowReader {
        ParsedRow read(int line, CSVRecord record, Map<String, String> values);
    }

    private static final Pattern PARSER_LINE = Pattern.compile("(?:startline|line) (\\d+)");

    private final List<String> header;
    private final List<CSVRecord> records;
    private final LineNumbers lines;
    private final Delimiter delimiter;

    private CsvTable(List<String> header, List<CSVRecord> records, LineNumbers lines, Delimiter delimiter) {
        this.header = header;
        this.records = records;
        this.lines = lines;
        this.delimiter = delimiter;
    }

    /** Reads the CSV that starts at the line {@code headerLine} (0 for the first line) of the text. */
    static CsvTable parse(String text, int headerLine) {
        String fromHeader = text.lines().skip(headerLine).reduce(new StringBuilder(), (all, line) -> all.append(line).append('\n'),
                StringBuilder::append).toString();
        Delimiter delimiter = Delimiter.of(fromHeader.lines().findFirst().orElse(""));
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter.character()).setIgnoreEmptyLines(true)
                .setTrim(true).get().parse(new StringReader(fromHeader))) {
            List<CSVRecord> all = new ArrayList<>();
            for (CSVRecord record : parser) {
                all.add(record);
                if (all.size() > MAX_ROWS + 1) {
                    throw new InvalidInputException("file", "The file has more than " + MAX_ROWS
                            + " rows; import it in parts of at most " + MAX_ROWS + ".");
                }
            }
            if (all.isEmpty()) {
                throw new InvalidInputException("file", "The file has no header row.");
            }
            List<String> names = all.get(0).toList().stream().map(name -> name.replace("\uFEFF", "").strip()).toList();
            return new CsvTable(names, all.subList(1, all.size()), new LineNumbers(fromHeader, headerLine), delimiter);
        } catch (UncheckedIOException | IllegalStateException broken) {
            throw new InvalidInputException("file", brokenFile(broken.getMessage(), headerLine));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parser's message names its own classes; say what is wrong, and where, in words a person can act on. */
    static String brokenFile(String parserMessage, int headerLine) {
        Matcher line = PARSER_LINE.matcher(parserMessage == null ? "" : parserMessage);
        String where = line.find() ? " near line " + (Integer.parseInt(line.group(1)) + headerLine) : "";
        return "The CSV file is broken" + where + ": a quoted value is not closed, or a quote inside a value is not doubled. "
                + "Open the file in a spreadsheet and save it as CSV again.";
    }

    List<String> header() {
        return header;
    }

    /** How the columns are separated, if not by commas: said in the preview, since Excel chooses it by locale. */
    List<String> notes() {
        return delimiter == Delimiter.COMMA ? List.of() : List.of("Columns are separated by " + delimiter.label() + ".");
    }

    List<ParsedRow> rows(RowReader reader) {
        List<ParsedRow> rows = new ArrayList<>();
        for (CSVRecord record : records) {
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.size() && i < record.size(); i++) {
                values.merge(header.get(i), record.get(i), (first, second) -> first.isBlank() ? second : first);
            }
            if (values.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(reader.read(lines.lineAt(record.getCharacterPosition()), record, values));
        }
        return rows;
    }
}
