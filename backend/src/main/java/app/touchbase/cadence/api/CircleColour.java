package app.touchbase.cadence.api;

import java.util.Locale;

/** The colour of a circle's chip; a fixed palette keeps every chip readable on the page. */
public enum CircleColour {
    BLUE("#1d4ed8"), GREEN("#15803d"), TEAL("#0f766e"), PURPLE("#7e22ce"), PINK("#be185d"), RED("#b91c1c"),
    ORANGE("#c2410c"), AMBER("#a16207"), SLATE("#475569");

    private final String hex;

    CircleColour(String hex) {
        this.hex = hex;
    }

    /** A colour dark enough for white text on it. */
    public String hex() {
        return hex;
    }

    public String label() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
