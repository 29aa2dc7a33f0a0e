package app.touchbase.mail.automation;

import app.touchbase.reminder.api.FetchReminderPreferences;
import app.touchbase.reminder.api.ReminderPreferences;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

import java.time.ZoneOffset;

/** Reads the accounts read model; an account it does not know yet gets the defaults until its settings arrive as events. */
@Component
class QueriedReminderPreferences implements ReminderPreferencesLookup {

    private final QueryGateway queries;

    QueriedReminderPreferences(QueryGateway queries) {
        this.queries = queries;
    }

    @Override
    public ReminderPreferences of(String accountId) {
        return queries.query(new FetchReminderPreferences(accountId), ResponseTypes.optionalInstanceOf(ReminderPreferences.class))
                .join()
                .orElseGet(() -> ReminderPreferences.defaults(accountId, ZoneOffset.UTC));
    }
}
