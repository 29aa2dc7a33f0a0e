package app.touchbase.plan.read;

import org.bson.codecs.pojo.annotations.BsonId;

/** The budget an owner chose. Public only for the driver's record codec. */
public record WeeklyBudgetRow(@BsonId String owner, int peoplePerWeek) {
}
