package app.touchbase.interaction.api;

/** What a logged touch says about a reply: nothing, "I'm waiting for their reply", or "this is their reply". */
public enum Reply {
    NONE("Nothing to wait for"),
    AWAIT("I'm waiting for their reply"),
    RECEIVED("This is their reply");

    private final String label;

    Reply(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
