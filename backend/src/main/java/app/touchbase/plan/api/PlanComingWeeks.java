package app.touchbase.plan.api;

/** This week and the next ones, up to {@value #MAX_WEEKS}, with everyone due spread by priority; answers {@link ComingWeeks}. */
public record PlanComingWeeks(String owner, int weeks) {

    public static final int MAX_WEEKS = 12;
}
