package app.touchbase.account.write;

import app.touchbase.account.AccountsProperties;
import app.touchbase.account.api.RegisterAccount;
import app.touchbase.shared.api.CommandRejectedException;
import app.touchbase.shared.api.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Opens accounts. A user name can be taken only once, so it is checked against the existing accounts before the
 * new one is created; the password is hashed here and never leaves this method in clear. Unless
 * {@code touchbase.accounts.open-registration} is on, only the first account of an installation is opened.
 */
@Component
class AccountRegistrar {

    static final String CLOSED = "This Touchbase opens no more accounts: ask the person who runs it to open one for you.";

    private final Configuration axon;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final FirstAccountClaim firstAccount;
    private final boolean openRegistration;

    AccountRegistrar(Configuration axon, PasswordEncoder passwords, Clock clock, FirstAccountClaim firstAccount,
                     AccountsProperties settings) {
        this.axon = axon;
        this.passwords = passwords;
        this.clock = clock;
        this.firstAccount = firstAccount;
        this.openRegistration = settings.openRegistration();
    }

    @CommandHandler
    public String handle(RegisterAccount command) throws Exception {
        String accountId = AccountRules.accountId(command.username());
        AccountRules.validateRegistration(command, accountId);
        Repository<Account> accounts = axon.repository(Account.class);
        Optional<Aggregate<Account>> existing = existing(accounts, accountId);
        if (existing.isPresent() && !existing.get().invoke(Account::deleted)) {
            throw new InvalidInputException("username", "The user name '" + accountId + "' is taken: choose another.");
        }
        if (!openRegistration && !firstAccount.claim(accountId, clock.instant())) {
            throw new CommandRejectedException(CLOSED);
        }
        try {
            if (existing.isPresent()) {
                existing.get().execute(account -> account.reopen(command.displayName(), passwords.encode(command.password()),
                        command.zone(), clock.instant()));
                return accountId;
            }
            accounts.newInstance(() -> new Account(accountId, command.displayName(), passwords.encode(command.password()),
                    command.zone(), clock.instant()));
        } catch (Exception failed) {
            if (!openRegistration) {
                firstAccount.release(accountId);
            }
            throw failed;
        }
        return accountId;
    }

    private static Optional<Aggregate<Account>> existing(Repository<Account> accounts, String accountId) {
        try {
            return Optional.of(accounts.load(accountId));
        } catch (AggregateNotFoundException free) {
            return Optional.empty();
        }
    }
}
