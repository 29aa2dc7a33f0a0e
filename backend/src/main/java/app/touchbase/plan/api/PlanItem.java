package app.touchbase.plan.api;

import app.touchbase.contact.api.AwaitedReply;
import app.touchbase.contact.api.Fact;
import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.followup.api.FollowUp;
import app.touchbase.importantdate.api.ImportantDate;
import app.touchbase.nexttouch.api.TouchStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One person of a week's plan as the owner sees it, with what to bring up.
 *
 * @param touchStatus where their most urgent rule stands today (null once they have no rule any more)
 * @param why         what put them high in the plan: "overdue 12 days · a promise is late"
 * @param reach       the best way to get in touch
 * @param balance     what was given and asked of them in the last twelve months
 * @param lastTouch   the last touch and what was said (null before the first)
 * @param facts       what is worth mentioning, most recent first (at most {@link #FACTS_SHOWN})
 * @param datesSoon   their important dates in the next two weeks, soonest first
 * @param promises    what the owner promised them and has not done yet, earliest due first
 * @param waiting     the touch whose reply the owner waits for (null when not waiting)
 * @param offer       what to offer rather than ask: "Congratulate them: “started at Acme”"
 */
public record PlanItem(UUID contactId, String name, PlanSource source, PlanItemStatus status, TouchStatus touchStatus,
                       LocalDate nextTouchOn, String why, Reach reach, GiveAndAsk balance, InteractionRecord lastTouch,
                       List<Fact> facts, List<ImportantDate> datesSoon, List<FollowUp> promises, AwaitedReply waiting,
                       String offer) {

    public static final int FACTS_SHOWN = 3;

    public PlanItem {
        facts = List.copyOf(facts);
        datesSoon = List.copyOf(datesSoon);
        promises = List.copyOf(promises);
    }

    /** Someone just pulled in, before the read models tell more about them. */
    public static PlanItem pulledIn(UUID contactId, String name) {
        return new PlanItem(contactId, name, PlanSource.PULLED_IN, PlanItemStatus.OPEN, null, null, "", Reach.NOWHERE, null,
                null, List.of(), List.of(), List.of(), null, null);
    }

    public PlanItem withStatus(PlanItemStatus newStatus) {
        return new PlanItem(contactId, name, source, newStatus, touchStatus, nextTouchOn, why, reach, balance, lastTouch,
                facts, datesSoon, promises, waiting, offer);
    }
}
