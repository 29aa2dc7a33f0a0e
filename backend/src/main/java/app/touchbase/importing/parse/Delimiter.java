package app.touchbase.importing.parse;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.Comparator;

/** The character between the columns of a CSV file. */
enum Delimiter {
    COMMA(',', "commas"),
    SEMICOLON(';', "semicolons"),
    TAB('\t', "tabs");

    private final char character;
    private final String label;

    Delimiter(char character, String label) {
        this.character = character;
        this.label = label;
    }

    char character() {
        return character;
    }

    String label() {
        return label;
    }

    /** The one that splits the header row into the most columns; commas when none splits it better. */
    static Delimiter of(String headerLine) {
        return Arrays.stream(values()).max(Comparator.comparingInt((Delimiter delimiter) -> delimiter.columns(headerLine))
                .thenComparing(delimiter -> -delimiter.ordinal())).orElse(COMMA);
    }

    private int columns(String line) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(character).get().parse(new StringReader(line))) {
            return parser.stream().findFirst().map(CSVRecord::size).orElse(0);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }
}
