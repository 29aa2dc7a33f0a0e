package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;
import app.touchbase.shared.api.InvalidInputException;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.util.PartialDate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * vCard files of version 2.1, 3.0 or 4.0, many cards a file, read with ez-vcard: grouped properties ({@code item1.EMAIL}),
 * photos (ignored), birthdays with or without a year, CATEGORIES as tags.
 */
final class VCards {

    private VCards() {
    }

    static boolean matches(String text) {
        return text.stripLeading().regionMatches(true, 0, "BEGIN:VCARD", 0, "BEGIN:VCARD".length());
    }

    static ParsedFile read(String text) {
        List<VCard> cards = Ezvcard.parse(text).all();
        if (cards.isEmpty()) {
            throw new InvalidInputException("file", "The vCard file holds no card (nothing between BEGIN:VCARD and END:VCARD).");
        }
        if (cards.size() > CsvTable.MAX_ROWS) {
            throw new InvalidInputException("file", "The file has more than " + CsvTable.MAX_ROWS
                    + " cards; import it in parts of at most " + CsvTable.MAX_ROWS + ".");
        }
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            rows.add(person(i + 1, cards.get(i)));
        }
        return new ParsedFile(ImportFormat.VCARD, rows);
    }

    private static ParsedRow person(int row, VCard card) {
        PersonBuilder person = new PersonBuilder();
        person.name(card.getFormattedName() == null ? null : card.getFormattedName().getValue());
        StructuredName structured = card.getStructuredName();
        if (structured != null) {
            person.name(Stream.concat(Stream.concat(structured.getPrefixes().stream(), Stream.of(structured.getGiven())),
                            Stream.concat(structured.getAdditionalNames().stream(), Stream.of(structured.getFamily())))
                    .filter(Objects::nonNull).filter(part -> !part.isBlank())
                    .reduce((a, b) -> a + " " + b).orElse(null));
        }
        card.getEmails().stream().map(Email::getValue).forEach(person::email);
        card.getTelephoneNumbers().stream()
                .map(tel -> tel.getText() != null ? tel.getText() : tel.getUri() == null ? null : tel.getUri().getNumber())
                .forEach(person::phone);
        if (card.getOrganization() != null && !card.getOrganization().getValues().isEmpty()) {
            person.company(card.getOrganization().getValues().get(0));
        }
        if (!card.getTitles().isEmpty()) {
            person.role(card.getTitles().get(0).getValue());
        }
        if (!person.hasName()) {
            person.name(person.firstEmail());
        }
        if (!person.hasName()) {
            return ParsedRow.skipped(row, "The card has no name (FN or N) and no email address.");
        }
        card.getCategoriesList().stream().map(Categories::getValues).flatMap(List::stream).forEach(person::tag);
        birthday(card.getBirthday(), person);
        card.getNotes().stream().map(Note::getValue).forEach(person::note);
        card.getUrls().stream().map(Url::getValue).filter(Objects::nonNull).map(url -> "Web: " + url).forEach(person::note);
        return person.build(row);
    }

    private static void birthday(Birthday birthday, PersonBuilder person) {
        if (birthday == null) {
            return;
        }
        Temporal date = birthday.getDate();
        PartialDate partial = birthday.getPartialDate();
        if (date != null && date.isSupported(ChronoField.MONTH_OF_YEAR)) {
            person.birthday(date.isSupported(ChronoField.YEAR) ? date.get(ChronoField.YEAR) : null,
                    date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH), String.valueOf(date));
        } else if (partial != null) {
            person.birthday(partial.getYear(), partial.getMonth(), partial.getDate(), partial.toString());
        } else if (birthday.getText() != null) {
            person.warn("left out the birthday '" + birthday.getText() + "': it is not a date");
        }
    }
}
