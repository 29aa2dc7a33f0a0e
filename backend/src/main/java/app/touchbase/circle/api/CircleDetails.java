package app.touchbase.circle.api;

import app.touchbase.cadence.api.CircleColour;
import app.touchbase.shared.api.Personal;

/** What a circle is called and how it shows: "Quarterly list", "people I want to see four times a year", blue. */
public record CircleDetails(@Personal String name, @Personal String description, CircleColour colour) {

    public static final int MAX_NAME = 60;
    public static final int MAX_DESCRIPTION = 300;

    public CircleDetails {
        name = name == null ? null : name.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        colour = colour == null ? CircleColour.BLUE : colour;
    }

    public static CircleDetails named(String name) {
        return new CircleDetails(name, null, null);
    }
}
