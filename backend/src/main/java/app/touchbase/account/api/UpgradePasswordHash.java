package app.touchbase.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Store the same password hashed at a higher cost; sign-in sends it after checking the password against the old hash. */
public record UpgradePasswordHash(@TargetAggregateIdentifier String accountId, String passwordHash) {

    @Override
    public String toString() {
        return "UpgradePasswordHash[accountId=" + accountId + "]";
    }
}
