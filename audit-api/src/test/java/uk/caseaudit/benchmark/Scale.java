package uk.caseaudit.benchmark;

import java.time.YearMonth;
import java.util.Locale;

/**
 * The three sizes of generated data: how many councils, over which audit months. Every council audits about 30
 * children's cases a month, ten months a year (not August or December).
 */
enum Scale {

    /** One council, one year. */
    SMALL(1, YearMonth.of(2025, 1)),
    /** One council, ten years. */
    COUNTY(1, YearMonth.of(2016, 1)),
    /** Every English council with children's services (153), ten years. */
    NATIONAL(153, YearMonth.of(2016, 1));

    /** The last audit month of every size. */
    static final YearMonth LAST_MONTH = YearMonth.of(2025, 11);

    final int councils;
    final YearMonth firstMonth;

    Scale(int councils, YearMonth firstMonth) {
        // -Dbenchmark.nationalCouncils=N shrinks the national size, for quick experiments only.
        this.councils = councils > 1 ? Integer.getInteger("benchmark.nationalCouncils", councils) : councils;
        this.firstMonth = firstMonth;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Scale parse(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
