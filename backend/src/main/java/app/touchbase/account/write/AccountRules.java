package app.touchbase.account.write;

import app.touchbase.account.api.RegisterAccount;
import app.touchbase.cadence.CadenceLimits;
import app.touchbase.reminder.api.ChangeReminderPreferences;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;

import java.time.Period;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;

/** What an account must look like. */
final class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._@-]{3,50}");
    static final int MAX_DISPLAY_NAME = 100;

    private AccountRules() {
    }

    static String accountId(String username) {
        Inputs.requireText(username, "username", "User name", 50);
        String id = username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(id).matches()) {
            throw new InvalidInputException("username",
                    "A user name has 3 to 50 letters, digits, dots, dashes, underscores or @, without spaces.");
        }
        return id;
    }

    static void validateRegistration(RegisterAccount command, String accountId) {
        validateProfile(command.displayName(), command.zone());
        PasswordRules.validate(command.password(), accountId, "password");
    }

    static void validateSettings(String displayName, ZoneId zone, Period defaultCadence) {
        validateProfile(displayName, zone);
        if (defaultCadence != null) {
            CadenceLimits.validate(defaultCadence, "defaultCadence");
        }
    }

    static void validateReminderPreferences(ChangeReminderPreferences command) {
        Inputs.requirePresent(command.sendAt(), "sendAt", "The time reminders are sent at");
        String email = command.email();
        if (email != null && !email.isBlank()) {
            Inputs.requireEmail(email.strip(), "email");
        } else if (command.remindersOn()) {
            throw new InvalidInputException("email", "Reminders need an email address to go to.");
        }
    }

    private static void validateProfile(String displayName, ZoneId zone) {
        Inputs.requireText(displayName, "displayName", "Your name", MAX_DISPLAY_NAME);
        Inputs.requirePresent(zone, "zone", "The time zone");
    }
}
