package app.touchbase.nexttouch.api;

/** How each of the owner's circles stands among its members' next touches; answers {@link CircleTallies}. */
public record TallyCircles(String owner) {
}
