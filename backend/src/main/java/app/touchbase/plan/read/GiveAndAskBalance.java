package app.touchbase.plan.read;

import app.touchbase.contact.api.InteractionRecord;
import app.touchbase.plan.api.GiveAndAsk;

import java.time.LocalDate;
import java.util.List;

/** Counts one person's live touches of the last twelve months by direction. */
final class GiveAndAskBalance {

    private GiveAndAskBalance() {
    }

    static GiveAndAsk of(List<InteractionRecord> interactions, LocalDate today) {
        GiveAndAsk balance = GiveAndAsk.none(today.minusMonths(GiveAndAsk.MONTHS), today);
        for (InteractionRecord touch : interactions) {
            if (balance.covers(touch.occurredOn())) {
                balance = balance.plus(touch.direction());
            }
        }
        return balance;
    }
}
