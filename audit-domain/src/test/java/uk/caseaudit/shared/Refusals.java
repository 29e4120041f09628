package uk.caseaudit.shared;

import static org.hamcrest.Matchers.equalTo;

import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/** Matches a command refused for breaking one exact {@link Rule}. */
public final class Refusals {

    private Refusals() {
    }

    public static Matcher<RuleViolation> violationOf(Rule rule) {
        return new FeatureMatcher<>(equalTo(rule), "a violation of", "rule") {
            @Override
            protected Rule featureValueOf(RuleViolation violation) {
                return violation.rule();
            }
        };
    }
}
