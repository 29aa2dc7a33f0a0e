package app.touchbase.plan;

import app.touchbase.plan.api.WeeklyBudget;
import app.touchbase.shared.api.InvalidInputException;

/** What a weekly budget may be; the account checks it when it is set, a plan when it is opened. */
public final class BudgetRules {

    private BudgetRules() {
    }

    public static void requireBudget(int peoplePerWeek) {
        if (peoplePerWeek < WeeklyBudget.MIN || peoplePerWeek > WeeklyBudget.MAX) {
            throw new InvalidInputException("peoplePerWeek", "The weekly budget is " + WeeklyBudget.MIN + " to "
                    + WeeklyBudget.MAX + " people a week; " + peoplePerWeek + " is outside that.");
        }
    }
}
