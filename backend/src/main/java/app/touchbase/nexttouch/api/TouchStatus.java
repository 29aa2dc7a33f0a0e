package app.touchbase.nexttouch.api;

/** Where a contact stands against its cadence, computed when asked (never stored). Listed in the order of urgency. */
public enum TouchStatus {
    OVERDUE("Overdue"),
    DUE("Due"),
    DUE_SOON("Due soon"),
    SNOOZED("Snoozed"),
    OK("In touch"),
    NO_CADENCE("No cadence"),
    ARCHIVED("Archived");

    private final String label;

    TouchStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
