package uk.caseaudit.shared;

/**
 * A command refused because it would break a domain {@link Rule}; nothing of it is stored.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;

    public RuleViolation(Rule rule, String detail) {
        super(rule.name() + ": " + detail);
        this.rule = rule;
    }

    public RuleViolation(Rule rule) {
        this(rule, rule.description());
    }

    public Rule rule() {
        return rule;
    }
}
