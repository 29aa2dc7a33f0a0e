package app.touchbase.plan.api;

/** This week's plan: the recorded one, or, before it is opened, the proposal to open it with. Answers {@link ThisWeek}. */
public record FetchThisWeek(String owner) {
}
