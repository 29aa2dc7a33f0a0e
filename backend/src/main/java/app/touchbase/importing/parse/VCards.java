package app.touchbase.importing.parse;

import app.touchbase.importing.api.ImportFormat;
import app.touchbase.shared.api.InvalidInputException;
import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Birthday;
import ezvcard.property.Categories;
import ezvcard.property.Email;
import ezvcard.property.Note;
import ezvcard.property.RawProperty;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;
import ezvcard.property.Url;
import ezvcard.util.PartialDate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * vCard files of version 2.1, 3.0 or 4.0, many cards a file, read with ez-vcard: grouped properties ({@code item1.EMAIL}),
 * photos (ignored), birthdays with or without a year, CATEGORIES as tags, the preferred email address and phone number
 * first. Each row is numbered by the line its card begins on.
 */
final class VCards {

    private static final String HOW_WE_MET = "How we met: ";
    /** Apple Contacts writes a birthday without a year in this year (and names it in X-APPLE-OMIT-YEAR). */
    private static final int APPLE_NO_YEAR = PersonBuilder.APPLE_NO_YEAR;
    private static final Set<Character.UnicodeScript> EAST_ASIAN = EnumSet.of(Character.UnicodeScript.HAN,
            Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA, Character.UnicodeScript.HANGUL);

    private VCards() {
    }

    static ParsedFile read(DecodedText decoded) {
        CardOutline outline = CardOutline.of(decoded.text());
        List<VCard> cards;
        try (VCardReader reader = new VCardReader(decoded.text())) {
            reader.setDefaultQuotedPrintableCharset(outline.quotedPrintable());
            cards = reader.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (cards.isEmpty()) {
            throw new InvalidInputException("file", "The vCard file holds no card (nothing between BEGIN:VCARD and END:VCARD).");
        }
        if (cards.size() > CsvTable.MAX_ROWS) {
            throw new InvalidInputException("file", "The file has more than " + CsvTable.MAX_ROWS
                    + " cards; import it in parts of at most " + CsvTable.MAX_ROWS + ".");
        }
        List<ParsedRow> rows = new ArrayList<>();
        for (int i = 0; i < cards.size(); i++) {
            rows.add(person(outline.lineOf(i, cards.size()), cards.get(i)));
        }
        return new ParsedFile(ImportFormat.VCARD, rows, Stream.of(decoded.note(), outline.note()).filter(Objects::nonNull).toList());
    }

    private static ParsedRow person(int row, VCard card) {
        PersonBuilder person = new PersonBuilder();
        String structured = structuredName(card.getStructuredName());
        if (isCompanyCard(card)) {
            // Apple shows such a card by its company, but the name of the person on it is still theirs
            person.name(structured);
        }
        person.name(card.getFormattedName() == null ? null : card.getFormattedName().getValue());
        person.name(structured);
        preferredFirst(card.getEmails(), Email::getPref, email -> email.getTypes().contains(EmailType.PREF)).stream()
                .map(Email::getValue).forEach(person::email);
        for (Telephone tel : preferredFirst(card.getTelephoneNumbers(), Telephone::getPref,
                phone -> phone.getTypes().contains(TelephoneType.PREF))) {
            String number = tel.getText() != null ? tel.getText() : tel.getUri() == null ? null
                    : tel.getUri().getNumber() + (tel.getUri().getExtension() == null ? "" : " x" + tel.getUri().getExtension());
            if (tel.getTypes().contains(TelephoneType.FAX) || tel.getTypes().contains(TelephoneType.PAGER)) {
                String kind = tel.getTypes().contains(TelephoneType.FAX) ? "fax" : "pager";
                person.warn("left out the " + kind + " number '" + number + "': only phone numbers to call or text are kept");
            } else {
                person.phone(number);
            }
        }
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
        card.getAddresses().forEach(address -> address(address, person));
        card.getNotes().stream().map(Note::getValue).filter(Objects::nonNull).forEach(note -> note(note, person));
        card.getUrls().stream().map(Url::getValue).filter(Objects::nonNull).forEach(url -> CsvCells.web(url, person));
        VCardExtras.facts(card, person);
        return person.build(row);
    }

    /** ADR: PO box, extended address and street lines, then locality, region, postal code and country; TYPE as a label. */
    private static void address(Address address, PersonBuilder person) {
        List<String> streets = new ArrayList<>();
        address.getPoBoxes().forEach(box -> streets.add(box.isBlank() ? box : "PO Box " + box.strip()));
        streets.addAll(address.getExtendedAddresses());
        address.getStreetAddresses().forEach(street -> streets.addAll(street.lines().toList()));
        String label = address.getTypes().stream().filter(type -> !AddressType.PREF.equals(type))
                .map(AddressType::getValue).findFirst().orElse(null);
        person.address(label, PersonBuilder.addressLines(streets, address.getLocality(), address.getRegion(),
                address.getPostalCode(), address.getCountry()));
    }

    /** Touchbase's own export starts the note with the "How we met" line; it goes back to its field. */
    private static void note(String note, PersonBuilder person) {
        if (note.startsWith(HOW_WE_MET)) {
            int end = note.indexOf('\n') < 0 ? note.length() : note.indexOf('\n');
            person.howWeMet(note.substring(HOW_WE_MET.length(), end));
            person.note(note.substring(end));
        } else {
            person.note(note);
        }
    }

    private static String structuredName(StructuredName structured) {
        if (structured == null) {
            return null;
        }
        if (isEastAsian(structured.getFamily()) && isEastAsian(structured.getGiven())) {
            // Chinese, Japanese and Korean names are written family name first
            return structured.getFamily().strip() + " " + structured.getGiven().strip();
        }
        return Stream.of(structured.getPrefixes().stream(), Stream.of(structured.getGiven()),
                        structured.getAdditionalNames().stream(), Stream.of(structured.getFamily()), structured.getSuffixes().stream())
                .flatMap(part -> part)
                .filter(Objects::nonNull).filter(part -> !part.isBlank())
                .reduce((a, b) -> a + " " + b).orElse(null);
    }

    private static boolean isEastAsian(String name) {
        return name != null && !name.isBlank() && name.strip().codePoints().filter(Character::isLetter)
                .mapToObj(Character.UnicodeScript::of)
                .allMatch(script -> EAST_ASIAN.contains(script));
    }

    private static boolean isCompanyCard(VCard card) {
        RawProperty showAs = card.getExtendedProperty("X-ABSHOWAS");
        return showAs != null && "COMPANY".equalsIgnoreCase(String.valueOf(showAs.getValue()).strip());
    }

    /**
     * The preferred ones first: vCard 4.0 ranks with PREF=1..100 (1 most preferred), 2.1 and 3.0 mark one with
     * TYPE=pref; the rest keep the file's order.
     */
    private static <T> List<T> preferredFirst(List<T> values, Function<T, Integer> pref, Predicate<T> markedPreferred) {
        return values.stream().sorted(Comparator.comparingInt(value -> pref.apply(value) != null ? pref.apply(value)
                : markedPreferred.test(value) ? 1 : Integer.MAX_VALUE)).toList();
    }

    private static void birthday(Birthday birthday, PersonBuilder person) {
        if (birthday == null) {
            return;
        }
        Temporal date = birthday.getDate();
        PartialDate partial = birthday.getPartialDate();
        if (date != null && date.isSupported(ChronoField.MONTH_OF_YEAR)) {
            boolean yearOmitted = date.isSupported(ChronoField.YEAR) && (date.get(ChronoField.YEAR) == APPLE_NO_YEAR
                    || String.valueOf(date.get(ChronoField.YEAR)).equals(birthday.getParameter("X-APPLE-OMIT-YEAR")));
            person.birthday(date.isSupported(ChronoField.YEAR) && !yearOmitted ? date.get(ChronoField.YEAR) : null,
                    date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH), String.valueOf(date));
        } else if (partial != null) {
            person.birthday(partial.getYear(), partial.getMonth(), partial.getDate(), partial.toString());
        } else if (birthday.getText() != null) {
            person.warn("left out the birthday '" + birthday.getText() + "': it is not a date");
        }
    }
}
