package app.touchbase.ui.base;

import com.vaadin.flow.router.BeforeEnterEvent;

import java.util.Optional;
import java.util.UUID;

/** The id a page's address names; an address with a malformed id names nothing (the page says so). */
public final class RouteIds {

    private RouteIds() {
    }

    public static Optional<UUID> of(BeforeEnterEvent event, String parameter) {
        return event.getRouteParameters().get(parameter).flatMap(RouteIds::parse);
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
