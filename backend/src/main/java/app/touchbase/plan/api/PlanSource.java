package app.touchbase.plan.api;

/** Why someone is in a week's plan. */
public enum PlanSource {
    ROLLED_OVER("Left from last week"),
    PROPOSED("Due"),
    PULLED_IN("Added by you");

    private final String label;

    PlanSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
