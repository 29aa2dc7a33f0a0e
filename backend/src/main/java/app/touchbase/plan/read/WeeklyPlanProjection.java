package app.touchbase.plan.read;

import app.touchbase.contact.api.ContactErased;
import app.touchbase.plan.WeeklyPlanState;
import app.touchbase.plan.api.WeeklyBudgetSet;
import app.touchbase.plan.api.WeeklyPlanEvent;
import app.touchbase.platform.axon.ReadModels;
import app.touchbase.platform.readmodel.ReadModelCollection;
import app.touchbase.shared.api.AccountDeleted;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

/** The recorded weekly plans (folded with {@link WeeklyPlanState}) and each owner's weekly budget. */
@Component
@ProcessingGroup(ReadModels.PROCESSING_GROUP)
public class WeeklyPlanProjection {

    static final String PLANS = "weekly_plan";
    static final String BUDGETS = "weekly_budget";

    private final ReadModelCollection<WeeklyPlanRow> plans;
    private final ReadModelCollection<WeeklyBudgetRow> budgets;

    public WeeklyPlanProjection(MongoDatabase touchbaseDatabase) {
        this.plans = ReadModelCollection.of(touchbaseDatabase, PLANS, WeeklyPlanRow.class);
        this.budgets = ReadModelCollection.of(touchbaseDatabase, BUDGETS, WeeklyBudgetRow.class);
        plans.stored().createIndex(Indexes.ascending("owner", "weekStart"));
    }

    @EventHandler
    void on(WeeklyPlanEvent event) {
        WeeklyPlanState current = plans.findById(event.planId())
                .map(WeeklyPlanRow::state)
                .orElse(WeeklyPlanState.NONE);
        WeeklyPlanState next = current.after(event);
        if (!next.equals(current)) {
            plans.put(WeeklyPlanRow.of(next));
        }
    }

    @EventHandler
    void on(WeeklyBudgetSet event) {
        budgets.put(new WeeklyBudgetRow(event.accountId(), event.peoplePerWeek()));
    }

    @EventHandler
    void on(ContactErased event) {
        plans.updateMany(and(eq("owner", event.owner()), eq("items.contactId", event.contactId())),
                Updates.pull("items", new Document("contactId", event.contactId())));
    }

    @EventHandler
    void on(AccountDeleted event) {
        plans.deleteMany(eq("owner", event.accountId()));
        budgets.delete(event.accountId());
    }

    @ResetHandler
    void reset() {
        plans.deleteMany(new Document());
        budgets.deleteMany(new Document());
    }
}
