package app.touchbase.contact.write;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.MergedItems;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the kept contact takes in from a merged-away one: every touch and promise (open or kept), the facts and dates
 * it does not have already (same words, same day), the own rules it has no rule of that id for (with their snoozes
 * still to run), the circles it is not in, and the merged contact's snooze of the whole contact when it runs later
 * than its own (neither of the two is reminded before the later day).
 * Copies get ids of their own, derived from the merged contact, the how-manieth merge of it this is, and the
 * original id: a contact may be merged, unmerged and merged again.
 */
record TakeIn(List<Copy<MergedItems.Touch>> touches, List<Copy<Fact>> facts, List<Copy<MergedItems.Date>> dates,
              List<Copy<MergedItems.Promise>> promises, List<KeepInTouchRule> rules, List<UUID> circleIds,
              Set<String> remindedOccasions, LocalDate snoozedUntil, Map<String, LocalDate> ruleSnoozes) {

    record Copy<T>(UUID id, T original) {
    }

    static TakeIn plan(UUID mergedContactId, int round, MergedItems items, ContactLedger ledger, NextTouchState touch,
                       LocalDate today) {
        List<Copy<MergedItems.Touch>> touches = items.touches().stream()
                .map(item -> new Copy<>(copyId(mergedContactId, round, item.interactionId()), item)).toList();
        Set<String> factsHeld = ledger.factValues.entrySet().stream().filter(entry -> ledger.liveFacts.contains(entry.getKey()))
                .map(entry -> factKey(entry.getValue().topic(), entry.getValue().text())).collect(Collectors.toSet());
        List<Copy<Fact>> facts = items.facts().stream()
                .filter(fact -> !factsHeld.contains(factKey(fact.topic(), fact.text())))
                .map(fact -> new Copy<>(copyId(mergedContactId, round, fact.factId()), fact)).toList();
        Map<String, String> datesHeld = new HashMap<>();
        List<Copy<MergedItems.Date>> dates = new ArrayList<>();
        for (MergedItems.Date date : items.dates()) {
            Optional<UUID> held = ledger.importantDates.entrySet().stream()
                    .filter(entry -> entry.getValue().day().equals(date.day()) && entry.getValue().label().equalsIgnoreCase(date.label()))
                    .map(Map.Entry::getKey).min(Comparator.naturalOrder());
            if (held.isPresent()) {
                datesHeld.put(date.dateId().toString(), held.get().toString());
            } else {
                dates.add(new Copy<>(copyId(mergedContactId, round, date.dateId()), date));
            }
        }
        List<Copy<MergedItems.Promise>> promises = items.promises().stream()
                .map(promise -> new Copy<>(copyId(mergedContactId, round, promise.followUpId()), promise)).toList();
        List<KeepInTouchRule> rules = rules(items, touch);
        Map<String, LocalDate> ruleSnoozes = new HashMap<>();
        rules.forEach(rule -> Optional.ofNullable(items.ruleSnoozes().get(rule.ruleId())).filter(day -> day.isAfter(today))
                .ifPresent(day -> ruleSnoozes.put(rule.ruleId(), day)));
        LocalDate snooze = items.snoozedUntil() != null && items.snoozedUntil().isAfter(today)
                && (touch.snoozedUntil() == null || items.snoozedUntil().isAfter(touch.snoozedUntil())) ? items.snoozedUntil() : null;
        return new TakeIn(touches, facts, List.copyOf(dates), promises, rules, circles(items, touch),
                reminded(items.remindedOccasions(), dates, promises, datesHeld), snooze, Map.copyOf(ruleSnoozes));
    }

    List<UUID> ids(List<? extends Copy<?>> copies) {
        return copies.stream().map(Copy::id).toList();
    }

    private static List<KeepInTouchRule> rules(MergedItems items, NextTouchState touch) {
        long ownRules = touch.rules().values().stream().filter(plan -> !plan.rule().fromCircle()).count();
        List<KeepInTouchRule> taken = new ArrayList<>();
        for (KeepInTouchRule rule : items.rules()) {
            if (!rule.fromCircle() && !touch.rules().containsKey(rule.ruleId()) && ownRules + taken.size() < KeepInTouchRule.MAX_RULES) {
                taken.add(rule);
            }
        }
        return List.copyOf(taken);
    }

    private static List<UUID> circles(MergedItems items, NextTouchState touch) {
        return items.circleIds().stream().filter(circleId -> !touch.circles().containsKey(circleId.toString())).toList();
    }

    /**
     * Touch cycles keep their keys; a date's or promise's key names the copy, or the kept contact's own date when it
     * has that date already (so a birthday both had is not reminded about twice); occasions of what was not copied are
     * dropped.
     */
    private static Set<String> reminded(Set<String> keys, List<Copy<MergedItems.Date>> dates, List<Copy<MergedItems.Promise>> promises,
                                        Map<String, String> datesHeld) {
        Map<String, String> renamed = new HashMap<>(datesHeld);
        dates.forEach(copy -> renamed.put(copy.original().dateId().toString(), copy.id().toString()));
        promises.forEach(copy -> renamed.put(copy.original().followUpId().toString(), copy.id().toString()));
        return keys.stream().map(key -> {
            if (key.startsWith("touch:")) {
                return key;
            }
            return renamed.entrySet().stream().filter(entry -> key.contains(entry.getKey())).findFirst()
                    .map(entry -> key.replace(entry.getKey(), entry.getValue())).orElse(null);
        }).filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private static String factKey(String topic, String text) {
        return (topic == null ? "" : topic.toLowerCase(Locale.ROOT)) + "\n" + text.toLowerCase(Locale.ROOT);
    }

    static UUID copyId(UUID mergedContactId, int round, UUID original) {
        return UUID.nameUUIDFromBytes(("merged:" + mergedContactId + ":" + round + ":" + original).getBytes(StandardCharsets.UTF_8));
    }
}
