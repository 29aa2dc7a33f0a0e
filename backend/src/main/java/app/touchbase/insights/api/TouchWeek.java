package app.touchbase.insights.api;

import app.touchbase.interaction.api.InteractionType;

import java.time.LocalDate;
import java.util.Map;

/** The live touches of one week (from {@code weekStart}, seven days) by type; types without touches are left out. */
public record TouchWeek(LocalDate weekStart, Map<InteractionType, Integer> byType) {

    public TouchWeek {
        byType = Map.copyOf(byType);
    }

    public int of(InteractionType type) {
        return byType.getOrDefault(type, 0);
    }

    public int total() {
        return byType.values().stream().mapToInt(Integer::intValue).sum();
    }
}
