package app.touchbase.asof.read;

import app.touchbase.cadence.api.CircleRef;
import app.touchbase.contact.DetailsChanges;
import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.api.Fact;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.nexttouch.NextTouchView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What is different now from a past moment, in words: "email changed from … to …", "rule Cadence changed from …",
 * "joined the circle …", "promise done: …", "important date changed from … to …".
 */
final class ChangesSince {

    private ChangesSince() {
    }

    static List<String> between(ContactHistory then, ContactHistory now, LocalDate day, LocalDate today, Instant asOf) {
        List<String> changes = new ArrayList<>();
        String details = DetailsChanges.between(then.card.details(), now.card.details());
        if (details != null) {
            changes.addAll(List.of(details.split(" · ")));
        }
        if (then.card.archived() != now.card.archived()) {
            changes.add(now.card.archived() ? "archived" : "restored");
        }
        facts(changes, then.card.facts(), now.card.facts());
        for (CircleRef circle : now.card.circles()) {
            if (then.card.circles().stream().noneMatch(before -> before.circleId().equals(circle.circleId()))) {
                changes.add("joined the circle " + circle.name());
            }
        }
        for (CircleRef circle : then.card.circles()) {
            if (now.card.circles().stream().noneMatch(after -> after.circleId().equals(circle.circleId()))) {
                changes.add("left the circle " + circle.name());
            }
        }
        rules(changes, then.nextTouch.rules(), now.nextTouch.rules());
        long logged = now.touches.values().stream().filter(touch -> ContactAsOfQueries.RecordedAt.after(touch.loggedAt(), asOf)).count();
        if (logged > 0) {
            changes.add(logged == 1 ? "1 touch logged since" : logged + " touches logged since");
        }
        promises(changes, then, now);
        dates(changes, then.dates, now.dates);
        LocalDate nextThen = NextTouchView.of(then.nextTouch, day).nextTouchOn();
        LocalDate nextNow = NextTouchView.of(now.nextTouch, today).nextTouchOn();
        if (!Objects.equals(nextThen, nextNow)) {
            changes.add(nextThen == null ? "next touch set to " + nextNow
                    : nextNow == null ? "no next touch any more (was " + nextThen + ")"
                    : "next touch changed from " + nextThen + " to " + nextNow);
        }
        return changes;
    }

    /** A promise added, changed, kept (done) or taken back; "taken back" is what removing an open promise is called. */
    private static void promises(List<String> changes, ContactHistory then, ContactHistory now) {
        for (FollowUp open : now.followUps.values()) {
            FollowUp before = then.followUps.get(open.followUpId());
            if (before == null) {
                changes.add("promise added: " + words(open));
            } else if (!before.text().equals(open.text()) || !before.dueOn().equals(open.dueOn())) {
                changes.add("promise changed from " + words(before) + " to " + words(open));
            }
        }
        for (FollowUp closed : now.closedFollowUps.values()) {
            if (then.closedFollowUps.containsKey(closed.followUpId())) {
                continue;
            }
            boolean kept = now.keptFollowUps.contains(closed.followUpId());
            changes.add(then.followUps.containsKey(closed.followUpId())
                    ? (kept ? "promise done: " : "promise taken back: ") + words(then.followUps.get(closed.followUpId()))
                    : (kept ? "promise added and done: " : "promise added and taken back: ") + words(closed));
        }
    }

    private static String words(FollowUp promise) {
        return "\"" + promise.text() + "\" by " + promise.dueOn();
    }

    private static void dates(List<String> changes, Map<UUID, ImportantDate> before, Map<UUID, ImportantDate> after) {
        after.forEach((dateId, date) -> {
            ImportantDate earlier = before.get(dateId);
            if (earlier == null) {
                changes.add("important date added: " + words(date));
            } else if (!words(earlier).equals(words(date))) {
                changes.add("important date changed from " + words(earlier) + " to " + words(date));
            }
        });
        before.forEach((dateId, date) -> {
            if (!after.containsKey(dateId)) {
                changes.add("important date removed: " + words(date));
            }
        });
    }

    /** "Birthday on 9 December 1906, reminder 3 days before", in the words of the contact page. */
    private static String words(ImportantDate date) {
        return date.label() + " on " + date.day().getDayOfMonth() + " "
                + date.day().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                + (date.year() == null ? "" : " " + date.year())
                + (date.noticeDays() == 0 ? ", reminder on the day" : ", reminder " + date.noticeDays() + " days before");
    }

    private static void facts(List<String> changes, List<Fact> before, List<Fact> after) {
        for (Fact fact : after) {
            Fact earlier = before.stream().filter(old -> old.factId().equals(fact.factId())).findFirst().orElse(null);
            if (earlier == null) {
                changes.add("fact added: " + words(fact));
            } else if (!earlier.equals(fact)) {
                changes.add("fact changed from " + words(earlier) + " to " + words(fact));
            }
        }
        before.stream().filter(old -> after.stream().noneMatch(fact -> fact.factId().equals(old.factId())))
                .forEach(removed -> changes.add("fact removed: " + words(removed)));
    }

    private static String words(Fact fact) {
        return fact.topic() == null ? fact.text() : fact.topic() + ": " + fact.text();
    }

    private static void rules(List<String> changes, Map<String, NextTouchState.RulePlan> before, Map<String, NextTouchState.RulePlan> after) {
        after.forEach((ruleId, plan) -> {
            NextTouchState.RulePlan earlier = before.get(ruleId);
            if (earlier == null) {
                changes.add("rule " + plan.rule().label() + " added: " + plan.rule().describe());
            } else if (!earlier.rule().describe().equals(plan.rule().describe())) {
                changes.add("rule " + plan.rule().label() + " changed from " + earlier.rule().describe() + " to " + plan.rule().describe());
            }
        });
        before.forEach((ruleId, plan) -> {
            if (!after.containsKey(ruleId)) {
                changes.add("rule " + plan.rule().label() + " removed");
            }
        });
    }
}
