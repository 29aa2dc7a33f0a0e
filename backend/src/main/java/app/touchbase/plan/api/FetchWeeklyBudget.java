package app.touchbase.plan.api;

/** Answers {@link WeeklyBudget}, the default of {@value WeeklyBudget#DEFAULT} until the owner chose one. */
public record FetchWeeklyBudget(String owner) {
}
