package uk.caseaudit.shared;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The day a fact took effect: given with its command, today when left out, never in the future and
 * never before the fact it follows. "Today" comes from the clock the aggregate is handed.
 */
public final class EffectiveDate {

    private EffectiveDate() {
    }

    /** The requested day, or today when none was requested; refused when it lies after today. */
    public static LocalDate resolve(LocalDate requested, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = requested == null ? today : requested;
        if (day.isAfter(today)) {
            throw new RuleViolation(Rule.EFFECTIVE_DATE_IN_FUTURE,
                    "The effective date " + day + " is after today (" + today + ").");
        }
        return day;
    }

    /** Refuses a day before the day of the fact it follows ({@code precedingFact} names that fact). */
    public static void notBefore(LocalDate day, LocalDate preceding, String precedingFact) {
        if (preceding != null && day.isBefore(preceding)) {
            throw new RuleViolation(Rule.EFFECTIVE_DATE_BEFORE_PRECEDING_FACT,
                    "The effective date " + day + " is before the day the " + precedingFact
                            + " took effect (" + preceding + ").");
        }
    }
}
