package app.touchbase.plan.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Handled by the account: between {@value WeeklyBudget#MIN} and {@value WeeklyBudget#MAX} people a week. */
public record SetWeeklyBudget(@TargetAggregateIdentifier String accountId, int peoplePerWeek) {
}
