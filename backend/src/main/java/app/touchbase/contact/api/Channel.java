package app.touchbase.contact.api;

/** The way a contact prefers to be reached. */
public enum Channel {
    EMAIL("Email"),
    PHONE("Phone"),
    MESSAGE("Text message"),
    VIDEO_CALL("Video call"),
    IN_PERSON("In person"),
    SOCIAL("Social network");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
