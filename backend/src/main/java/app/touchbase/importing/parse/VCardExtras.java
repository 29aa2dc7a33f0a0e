package app.touchbase.importing.parse;

import ezvcard.VCard;
import ezvcard.property.DateOrTimeProperty;
import ezvcard.property.RawProperty;
import ezvcard.property.Related;

import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a card says about a person beyond the contact's own fields, kept as facts: nicknames, anniversaries (vCard 4.0
 * ANNIVERSARY, 3.0 X-ANNIVERSARY, Apple's labelled X-ABDATE) and related people (RELATED, Apple's labelled
 * X-ABRELATEDNAMES, Evolution's X-SPOUSE) and social profiles (Apple's X-SOCIALPROFILE, RFC 9554's SOCIALPROFILE).
 */
final class VCardExtras {

    /** Apple writes its own labels as {@code _$!<Spouse>!$_}; a label the owner typed stands as it is. */
    private static final Pattern APPLE_LABEL = Pattern.compile("_\\$!<(.*)>!\\$_");

    private VCardExtras() {
    }

    static void facts(VCard card, PersonBuilder person) {
        card.getNicknames().stream().flatMap(nickname -> nickname.getValues().stream())
                .forEach(nickname -> person.fact("Nickname", nickname));
        if (card.getAnniversary() != null) {
            person.dated("Anniversary", date(card.getAnniversary()));
        }
        card.getExtendedProperties("X-ANNIVERSARY").forEach(raw -> person.dated("Anniversary", raw.getValue()));
        card.getExtendedProperties("X-TOUCHBASE-DATE").forEach(raw -> TouchbaseCsv.labelledDate(raw.getValue(), person));
        card.getExtendedProperties("X-ABDATE").forEach(raw -> person.dated(label(card, raw, "Date"), raw.getValue()));
        for (Related related : card.getRelations()) {
            String who = related.getText() != null ? related.getText() : related.getUri();
            String kind = related.getTypes().isEmpty() ? "Related" : capitalised(related.getTypes().iterator().next().getValue());
            if (who != null) {
                person.fact(kind, who);
            }
        }
        card.getExtendedProperties("X-ABRELATEDNAMES").forEach(raw -> person.fact(label(card, raw, "Related"), raw.getValue()));
        card.getExtendedProperties("X-SPOUSE").forEach(raw -> person.fact("Spouse", raw.getValue()));
        for (String name : new String[]{"X-SOCIALPROFILE", "SOCIALPROFILE"}) {
            card.getExtendedProperties(name).forEach(raw -> person.fact("Social profile", "Social profile"
                    + (raw.getParameters().getType() == null ? "" : " (" + raw.getParameters().getType().toLowerCase(Locale.ROOT) + ")"),
                    raw.getValue()));
        }
    }

    private static String date(DateOrTimeProperty property) {
        Temporal date = property.getDate();
        if (date != null && date.isSupported(ChronoField.DAY_OF_MONTH)) {
            return date.isSupported(ChronoField.YEAR)
                    ? String.format(Locale.ROOT, "%04d-%02d-%02d", date.get(ChronoField.YEAR), date.get(ChronoField.MONTH_OF_YEAR),
                    date.get(ChronoField.DAY_OF_MONTH))
                    : String.format(Locale.ROOT, "--%02d-%02d", date.get(ChronoField.MONTH_OF_YEAR), date.get(ChronoField.DAY_OF_MONTH));
        }
        return Objects.toString(property.getPartialDate() != null ? property.getPartialDate() : property.getText(), "");
    }

    /** The X-ABLabel of the same group ({@code item1.X-ABDATE} and {@code item1.X-ABLabel}). */
    private static String label(VCard card, RawProperty property, String otherwise) {
        if (property.getGroup() == null) {
            return otherwise;
        }
        return card.getExtendedProperties("X-ABLABEL").stream()
                .filter(label -> property.getGroup().equalsIgnoreCase(label.getGroup()))
                .map(RawProperty::getValue).filter(Objects::nonNull).findFirst()
                .map(label -> {
                    Matcher apple = APPLE_LABEL.matcher(label);
                    return apple.matches() ? apple.group(1) : label;
                })
                .orElse(otherwise);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
