package app.touchbase.platform.privacy;

import app.touchbase.shared.api.ContactEvent;
import app.touchbase.shared.api.PersonalData;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The account an event belongs to: its {@code owner} or, for the account's own events, its {@code accountId}. */
final class EventOwners {

    private static final Map<Class<?>, Optional<Method>> ACCESSORS = new ConcurrentHashMap<>();

    private EventOwners() {
    }

    static Optional<String> of(Object payload) {
        if (payload instanceof ContactEvent event) {
            return Optional.ofNullable(event.owner());
        }
        if (payload instanceof PersonalData data) {
            return Optional.ofNullable(data.personalDataKey().owner());
        }
        return ACCESSORS.computeIfAbsent(payload.getClass(), EventOwners::accessor).map(accessor -> read(accessor, payload));
    }

    private static Optional<Method> accessor(Class<?> type) {
        if (!type.isRecord()) {
            return Optional.empty();
        }
        return Arrays.stream(type.getRecordComponents())
                .filter(component -> component.getType() == String.class)
                .filter(component -> component.getName().equals("owner") || component.getName().equals("accountId"))
                .map(RecordComponent::getAccessor)
                .findFirst();
    }

    private static String read(Method accessor, Object payload) {
        try {
            return (String) accessor.invoke(payload);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read the owner of " + payload.getClass().getName(), e);
        }
    }
}
