package app.touchbase.plan.read;

import app.touchbase.cadence.api.CadencePreset;
import app.touchbase.plan.api.Capacity;
import app.touchbase.plan.api.WeeklyBudget;

import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Whether the rules of everyone fit in the weekly budget, in plain words, with fixes when they don't. */
final class CapacityMaths {

    static final Period YEARLY = Period.ofYears(1);

    private CapacityMaths() {
    }

    static Capacity check(List<PersonLoad> people, int budget) {
        double need = people.stream().mapToDouble(PersonLoad::perWeek).sum();
        if (people.isEmpty()) {
            return new Capacity(budget, 0, 0, true, "Nobody has a keep-in-touch rule yet, so your budget of "
                    + perWeek(budget) + " is free.", List.of());
        }
        String ask = "Your rules for " + count(people.size(), "person", "people") + " (most of them " + CadencePreset.describe(mostCommon(people))
                + ") ask for " + about(need) + " a week";
        boolean fits = need <= budget + 0.05;
        if (fits) {
            return new Capacity(budget, people.size(), need, true, ask + "; your budget of " + perWeek(budget) + " covers that.", List.of());
        }
        return new Capacity(budget, people.size(), need, false, ask + ", over your budget of " + perWeek(budget)
                + ": about " + Math.round(need - budget) + " a week would pile up.", fixes(people, budget, need));
    }

    private static List<String> fixes(List<PersonLoad> people, int budget, double need) {
        List<String> fixes = new ArrayList<>();
        busiestCircle(people).ifPresent(fixes::add);
        int enough = (int) Math.ceil(need - 0.05);
        fixes.add(enough <= WeeklyBudget.MAX
                ? "Raise your budget to " + enough + " a week."
                : "Even the largest budget, " + WeeklyBudget.MAX + " a week, is not enough: the rules themselves need to ask for less.");
        int toMove = peopleToMoveToYearly(people, budget, need);
        if (toMove > 0) {
            fixes.add("Move " + count(toMove, "person", "people") + " you see most often to a yearly circle.");
        } else {
            fixes.add("Even with everyone yearly it would not fit: raise the budget or take people out of your circles.");
        }
        return fixes;
    }

    /** "Lengthen the Friends circle from every 3 months to twice a year: about 8 fewer a week." */
    private static java.util.Optional<String> busiestCircle(List<PersonLoad> people) {
        Map<String, Double> byCircle = people.stream().filter(person -> person.circle() != null)
                .collect(Collectors.groupingBy(PersonLoad::circle, Collectors.summingDouble(PersonLoad::perWeek)));
        return byCircle.entrySet().stream()
                .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(busiest -> {
                    Period now = mostCommon(people.stream().filter(person -> busiest.getKey().equals(person.circle())).toList());
                    return "Lengthen the " + busiest.getKey() + " circle from " + CadencePreset.describe(now) + " to "
                            + CadencePreset.describe(now.multipliedBy(2).normalized()) + ": about "
                            + Math.max(1, Math.round(busiest.getValue() / 2)) + " fewer a week.";
                });
    }

    /** How many of the most frequent people would have to go yearly to fit; 0 when even that is not enough. */
    private static int peopleToMoveToYearly(List<PersonLoad> people, int budget, double need) {
        double yearly = 7 / PersonLoad.days(YEARLY);
        List<Double> savings = people.stream().map(person -> person.perWeek() - yearly).filter(saving -> saving > 0)
                .sorted(Comparator.reverseOrder()).toList();
        double left = need;
        for (int moved = 0; moved < savings.size(); moved++) {
            left -= savings.get(moved);
            if (left <= budget + 0.05) {
                return moved + 1;
            }
        }
        return 0;
    }

    private static Period mostCommon(List<PersonLoad> people) {
        return people.stream().map(PersonLoad::every).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream()
                .max(Map.Entry.<Period, Long>comparingByValue()
                        .thenComparing(entry -> -PersonLoad.days(entry.getKey())))
                .map(Map.Entry::getKey).orElseThrow();
    }

    static String about(double touches) {
        if (touches < 0.5) {
            return "less than one touch";
        }
        long rounded = Math.round(touches);
        return "about " + rounded + (rounded == 1 ? " touch" : " touches");
    }

    private static String perWeek(int budget) {
        return budget + " a week";
    }

    private static String count(int number, String one, String many) {
        return number + " " + (number == 1 ? one : many);
    }
}
