package app.touchbase.plan.api;

import app.touchbase.nexttouch.api.TouchStatus;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One person of a week's plan as the owner sees it.
 *
 * @param touchStatus where their most urgent rule stands today (null once they have no rule any more)
 * @param why         what put them high in the plan: "overdue 12 days · a promise is late"
 * @param reach       the best way to get in touch
 * @param balance     what was given and asked of them in the last twelve months
 */
public record PlanItem(UUID contactId, String name, PlanSource source, PlanItemStatus status, TouchStatus touchStatus,
                       LocalDate nextTouchOn, String why, Reach reach, GiveAndAsk balance) {

    public PlanItem withStatus(PlanItemStatus newStatus) {
        return new PlanItem(contactId, name, source, newStatus, touchStatus, nextTouchOn, why, reach, balance);
    }
}
