package app.touchbase.plan.api;

import java.time.Instant;

public record WeeklyBudgetSet(String accountId, int peoplePerWeek, Instant setAt) {
}
