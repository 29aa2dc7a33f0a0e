package app.touchbase.contact.api;

import app.touchbase.interaction.api.Direction;
import app.touchbase.interaction.api.InteractionType;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Touches as counts need them: who, what kind, which day, and whether the owner gave or asked. */
public record LoggedTouches(List<Touch> touches) {

    public LoggedTouches {
        touches = List.copyOf(touches);
    }

    public record Touch(UUID contactId, InteractionType type, LocalDate occurredOn, Direction direction) {
    }
}
