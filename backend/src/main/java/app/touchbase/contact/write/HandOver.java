package app.touchbase.contact.write;

import app.touchbase.contact.NextTouchState;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.MergedItems;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** What a contact merged away hands over, read from its current state; sorted, so the same state hands over the same list. */
final class HandOver {

    private HandOver() {
    }

    static MergedItems of(ContactLedger ledger, NextTouchState touch) {
        List<MergedItems.Touch> touches = ledger.touchValues.entrySet().stream()
                .filter(entry -> ledger.liveInteractions.contains(entry.getKey()))
                .map(entry -> new MergedItems.Touch(entry.getKey(), entry.getValue().type(), entry.getValue().occurredOn(),
                        entry.getValue().direction(), entry.getValue().notes(), ledger.awaitingReply.contains(entry.getKey())))
                .sorted(Comparator.comparing(MergedItems.Touch::occurredOn).thenComparing(MergedItems.Touch::interactionId))
                .toList();
        List<Fact> facts = ledger.factValues.entrySet().stream()
                .filter(entry -> ledger.liveFacts.contains(entry.getKey()))
                .map(entry -> new Fact(entry.getKey(), entry.getValue().topic(), entry.getValue().text(), entry.getValue().about(),
                        entry.getValue().recordedAt()))
                .sorted(Comparator.comparing(Fact::recordedAt).thenComparing(Fact::factId))
                .toList();
        List<MergedItems.Date> dates = ledger.importantDates.entrySet().stream()
                .map(entry -> new MergedItems.Date(entry.getKey(), entry.getValue().label(), entry.getValue().day(),
                        entry.getValue().year(), entry.getValue().noticeDays()))
                .sorted(Comparator.comparing(MergedItems.Date::dateId))
                .toList();
        List<MergedItems.Promise> promises = Stream.concat(
                        ledger.openFollowUps.entrySet().stream().map(entry ->
                                new MergedItems.Promise(entry.getKey(), entry.getValue().text(), entry.getValue().dueOn())),
                        ledger.keptFollowUps.entrySet().stream().map(entry -> new MergedItems.Promise(entry.getKey(),
                                entry.getValue().text(), entry.getValue().dueOn(), entry.getValue().completedAt())))
                .sorted(Comparator.comparing(MergedItems.Promise::followUpId))
                .toList();
        List<NextTouchState.RulePlan> ownRules = touch.rules().values().stream().filter(plan -> !plan.rule().fromCircle())
                .sorted(Comparator.comparing(plan -> plan.rule().ruleId())).toList();
        Map<String, LocalDate> ruleSnoozes = new HashMap<>();
        ownRules.stream().filter(plan -> plan.snoozedUntil() != null)
                .forEach(plan -> ruleSnoozes.put(plan.rule().ruleId(), plan.snoozedUntil()));
        return new MergedItems(touches, facts, dates, promises,
                ownRules.stream().map(NextTouchState.RulePlan::rule).toList(),
                touch.circles().keySet().stream().sorted().map(UUID::fromString).toList(),
                ledger.remindedOccasions, touch.snoozedUntil(), ruleSnoozes);
    }
}
