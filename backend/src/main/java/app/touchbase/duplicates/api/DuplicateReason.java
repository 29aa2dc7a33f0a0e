package app.touchbase.duplicates.api;

/** Why two contacts look like one person. */
public enum DuplicateReason {
    SAME_EMAIL("Same email"),
    SAME_PHONE("Same phone number"),
    SAME_LINKEDIN("Same LinkedIn profile"),
    SAME_NAME("Same name"),
    SIMILAR_NAME("Similar names");

    private final String label;

    DuplicateReason(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
