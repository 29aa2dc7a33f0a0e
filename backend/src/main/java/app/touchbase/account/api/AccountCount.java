package app.touchbase.account.api;

/** How many accounts there are, and whether anyone may open one ({@code touchbase.accounts.open-registration}). */
public record AccountCount(long accounts, boolean registrationOpen) {

    /** The sign-in page offers to open an account: the first one, or any while registration is open. */
    public boolean canOpenAnAccount() {
        return accounts == 0 || registrationOpen;
    }
}
