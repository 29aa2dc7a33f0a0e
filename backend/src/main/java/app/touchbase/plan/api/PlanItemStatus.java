package app.touchbase.plan.api;

/** Where one person of a week's plan stands. Open and moved ones roll into the next week's plan first. */
public enum PlanItemStatus {
    OPEN("To do"),
    DONE("Done"),
    SKIPPED("Skipped"),
    MOVED("Next week");

    private final String label;

    PlanItemStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean rollsOver() {
        return this == OPEN || this == MOVED;
    }
}
