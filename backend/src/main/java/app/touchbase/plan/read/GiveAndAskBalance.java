package app.touchbase.plan.read;

import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.interaction.api.Direction;
import app.touchbase.plan.api.GiveAndAsk;

import java.time.LocalDate;
import java.util.List;

/** Counts one person's live touches of the last twelve months by direction. */
final class GiveAndAskBalance {

    private GiveAndAskBalance() {
    }

    static GiveAndAsk of(List<InteractionRecord> interactions, LocalDate today) {
        LocalDate since = today.minusMonths(GiveAndAsk.MONTHS);
        int gave = 0;
        int asked = 0;
        int neutral = 0;
        for (InteractionRecord touch : interactions) {
            if (touch.occurredOn() == null || touch.occurredOn().isBefore(since) || touch.occurredOn().isAfter(today)) {
                continue;
            }
            switch (touch.direction() == null ? Direction.NEUTRAL : touch.direction()) {
                case GAVE -> gave++;
                case ASKED -> asked++;
                case NEUTRAL -> neutral++;
            }
        }
        return new GiveAndAsk(since, today, gave, asked, neutral);
    }
}
