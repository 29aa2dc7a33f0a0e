package app.touchbase.account.write;

import app.touchbase.account.api.RegisterAccount;
import app.touchbase.shared.api.InvalidInputException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.config.Configuration;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Opens accounts. A user name can be taken only once, so it is checked against the existing accounts before the
 * new one is created; the password is hashed here and never leaves this method in clear.
 */
@Component
class AccountRegistrar {

    private final Configuration axon;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountRegistrar(Configuration axon, PasswordEncoder passwords, Clock clock) {
        this.axon = axon;
        this.passwords = passwords;
        this.clock = clock;
    }

    @CommandHandler
    public String handle(RegisterAccount command) throws Exception {
        String accountId = AccountRules.accountId(command.username());
        AccountRules.validateRegistration(command, accountId);
        Repository<Account> accounts = axon.repository(Account.class);
        try {
            accounts.load(accountId);
            throw new InvalidInputException("username", "The user name '" + accountId + "' is taken: choose another.");
        } catch (AggregateNotFoundException free) {
            accounts.newInstance(() -> new Account(accountId, command.displayName(), passwords.encode(command.password()),
                    command.zone(), clock.instant()));
            return accountId;
        }
    }
}
