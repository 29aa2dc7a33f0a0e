package app.touchbase.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Give the account a new password without the current one. Only the installation itself sends it: a restored backup
 * holds no password hashes, so the restore sets a one-time password and prints it. Never stored or printed in clear.
 */
public record ResetPassword(@TargetAggregateIdentifier String accountId, String newPassword) {

    @Override
    public String toString() {
        return "ResetPassword[accountId=" + accountId + "]";
    }
}
