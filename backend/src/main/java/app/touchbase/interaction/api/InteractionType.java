package app.touchbase.interaction.api;

/** Kinds of touch a person can log. */
public enum InteractionType {
    EMAIL("Email"),
    CALL("Call"),
    COFFEE_OR_LUNCH("Coffee or lunch"),
    MEETING("Meeting"),
    MESSAGE("Message"),
    ARTICLE_SENT("Article sent"),
    INTRODUCTION("Introduction"),
    FAVOR_GIVEN("Favor given"),
    FAVOR_RECEIVED("Favor received"),
    HOLIDAY_NOTE("Holiday note"),
    OTHER("Other touch");

    private final String label;

    InteractionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
