package app.touchbase.plan.api;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record WeeklyBudgetSet(String accountId, int peoplePerWeek, Instant setAt) {
}
