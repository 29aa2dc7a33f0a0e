package app.touchbase.plan.read;

import app.touchbase.plan.WeeklyPlanState;
import app.touchbase.plan.api.PlannedContact;
import org.bson.codecs.pojo.annotations.BsonId;

import java.time.LocalDate;
import java.util.List;

/** One recorded week's plan. Public only for the driver's record codec. */
public record WeeklyPlanRow(@BsonId String planId, String owner, LocalDate weekStart, int budget, List<PlannedContact> items) {

    static WeeklyPlanRow of(WeeklyPlanState state) {
        return new WeeklyPlanRow(state.planId(), state.owner(), state.weekStart(), state.budget(), state.items());
    }

    WeeklyPlanState state() {
        return new WeeklyPlanState(planId, owner, weekStart, budget, items);
    }
}
