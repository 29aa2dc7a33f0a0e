package app.touchbase.interaction.api;

/** Whether I gave something (help, an introduction), asked for something, or neither. */
public enum Direction {
    GAVE("Gave"),
    ASKED("Asked"),
    NEUTRAL("Neutral");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
