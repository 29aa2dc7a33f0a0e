package app.touchbase.ui.duplicates;

import app.touchbase.contact.api.Channel;
import app.touchbase.contact.api.ContactDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The details a merge keeps, field by field: a single value comes from one contact or the other, a list from one, the
 * other, or both united. Where the two agree, or only one has a value, there is nothing to choose: the value there is
 * is kept. Which contact is which is the pair's order, not which one stays.
 */
final class MergedDetails {

    /** Where one field's value comes from. */
    enum Source {
        FIRST, SECOND, BOTH
    }

    private MergedDetails() {
    }

    static boolean differ(ContactDetails first, ContactDetails second, Function<ContactDetails, ?> field) {
        Object mine = field.apply(first);
        Object theirs = field.apply(second);
        return !Objects.equals(mine, theirs) && !isEmpty(mine) && !isEmpty(theirs);
    }

    /** The value of a field there was nothing to choose for: the first contact's, or the second's when the first has none. */
    static <T> T either(ContactDetails first, ContactDetails second, Function<ContactDetails, T> field) {
        T mine = field.apply(first);
        return isEmpty(mine) ? field.apply(second) : mine;
    }

    static <T> T pick(ContactDetails first, ContactDetails second, Function<ContactDetails, T> field, Source source) {
        if (source == null) {
            return either(first, second, field);
        }
        return source == Source.SECOND ? field.apply(second) : field.apply(first);
    }

    static List<String> pickList(ContactDetails first, ContactDetails second, Function<ContactDetails, List<String>> field,
                                 Source source) {
        if (source == null || source == Source.BOTH) {
            List<String> united = new ArrayList<>(field.apply(first));
            field.apply(second).stream().filter(value -> united.stream().noneMatch(value::equalsIgnoreCase)).forEach(united::add);
            return united;
        }
        return source == Source.SECOND ? field.apply(second) : field.apply(first);
    }

    static ContactDetails of(ContactDetails first, ContactDetails second, Choices choices) {
        return new ContactDetails(
                pick(first, second, ContactDetails::name, choices.name()),
                pickList(first, second, ContactDetails::emails, choices.emails()),
                pickList(first, second, ContactDetails::phones, choices.phones()),
                pick(first, second, ContactDetails::company, choices.company()),
                pick(first, second, ContactDetails::role, choices.role()),
                pick(first, second, ContactDetails::preferredChannel, choices.preferredChannel()),
                pick(first, second, ContactDetails::howWeMet, choices.howWeMet()),
                pickList(first, second, ContactDetails::tags, choices.tags()),
                pickList(first, second, ContactDetails::addresses, choices.addresses()));
    }

    /** What the owner chose per field; {@code null} where there was nothing to choose. */
    record Choices(Source name, Source emails, Source phones, Source company, Source role, Source preferredChannel,
                   Source howWeMet, Source tags, Source addresses) {
    }

    private static boolean isEmpty(Object value) {
        return value == null || value instanceof List<?> list && list.isEmpty();
    }

    static String show(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof List<?> list) {
            List<String> entries = list.stream().map(String::valueOf).toList();
            // an entry that spans lines (a postal address) is shown on one, and entries are then parted more clearly
            boolean multiLine = entries.stream().anyMatch(entry -> entry.contains("\n"));
            return entries.isEmpty() ? "(none)" : multiLine
                    ? String.join(" / ", entries.stream().map(entry -> entry.replace("\n", ", ")).toList())
                    : String.join(", ", entries);
        }
        return value instanceof Channel channel ? channel.label() : value.toString();
    }
}
