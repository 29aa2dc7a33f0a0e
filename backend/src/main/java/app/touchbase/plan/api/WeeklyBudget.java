package app.touchbase.plan.api;

/** How many people a week the owner means to get in touch with; answers {@link FetchWeeklyBudget}. */
public record WeeklyBudget(String owner, int peoplePerWeek) {

    public static final int DEFAULT = 3;
    public static final int MIN = 1;
    public static final int MAX = 20;
}
