package app.touchbase.account.api;

public record LoginAccount(String accountId, String passwordHash) {

    @Override
    public String toString() {
        return "LoginAccount[accountId=" + accountId + "]";
    }
}
