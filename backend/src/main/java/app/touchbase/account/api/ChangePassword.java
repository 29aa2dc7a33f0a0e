package app.touchbase.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Replace the password; the current one must be given. Neither is ever stored or printed. */
public record ChangePassword(@TargetAggregateIdentifier String accountId, String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "ChangePassword[accountId=" + accountId + "]";
    }
}
