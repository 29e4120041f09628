package uk.caseaudit.shared;

/**
 * The domain rules a command can break; the API names the rule in its 422 answer.
 */
public enum Rule {
    EFFECTIVE_DATE_IN_FUTURE("A fact cannot take effect after today."),
    EFFECTIVE_DATE_BEFORE_PRECEDING_FACT("A fact cannot take effect before the fact it follows."),
    DUE_DATE_BEFORE_SCHEDULING("An audit cannot be due before it is scheduled.");

    private final String description;

    Rule(String description) {
        this.description = description;
    }

    /** The rule in one plain sentence, safe to show a user (it names no child). */
    public String description() {
        return description;
    }
}
