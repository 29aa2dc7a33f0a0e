package app.touchbase.plan.api;

/** How to reach someone: a label ("Email", "LinkedIn") and a working link (mailto:, tel:, sms:, https:), or none. */
public record Reach(String label, String href) {

    public static final Reach NOWHERE = new Reach("No address or number recorded", null);

    public boolean linked() {
        return href != null;
    }
}
