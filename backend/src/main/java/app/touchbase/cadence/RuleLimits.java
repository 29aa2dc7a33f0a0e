package app.touchbase.cadence;

import app.touchbase.cadence.api.KeepInTouchRule;
import app.touchbase.shared.Inputs;
import app.touchbase.shared.api.InvalidInputException;

/** What every keep-in-touch rule needs, a contact's own or a circle's: a plain id, a name, a period in bounds. */
public final class RuleLimits {

    private RuleLimits() {
    }

    public static void validate(KeepInTouchRule rule) {
        Inputs.requirePresent(rule, "rule", "The rule");
        Inputs.requireText(rule.ruleId(), "ruleId", "The rule id", KeepInTouchRule.MAX_ID);
        if (!KeepInTouchRule.OWN_ID.matcher(rule.ruleId()).matches()) {
            throw new InvalidInputException("ruleId", "A rule id is lower-case letters, digits and dashes (got '"
                    + rule.ruleId() + "').");
        }
        if (rule.ruleId().equals(KeepInTouchRule.CADENCE)) {
            throw new InvalidInputException("ruleId", "'" + KeepInTouchRule.CADENCE + "' is the contact's cadence: set it as the cadence.");
        }
        validateNameAndPeriod(rule);
    }

    /** A contact's own version of a circle's rule keeps the circle's id: only its name and period are checked. */
    public static void validateNameAndPeriod(KeepInTouchRule rule) {
        Inputs.requirePresent(rule, "rule", "The rule");
        Inputs.requireText(rule.label(), "label", "The rule's name", KeepInTouchRule.MAX_LABEL);
        CadenceLimits.validate(rule.every(), "every");
    }
}
