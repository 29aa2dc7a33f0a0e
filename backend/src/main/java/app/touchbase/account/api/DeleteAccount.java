package app.touchbase.account.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Deletes the account and erases everything personal in it for good; the owner gives the password. */
public record DeleteAccount(@TargetAggregateIdentifier String accountId, String password) {

    @Override
    public String toString() {
        return "DeleteAccount[accountId=" + accountId + "]";
    }
}
