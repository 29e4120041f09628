package uk.caseaudit.projection.trends;

import java.time.YearMonth;

/** The periods a trend table is drawn over. */
public enum TrendInterval {
    /** One period per audit month, labelled like {@code 2018-05}. */
    MONTH {
        @Override
        public String periodOf(YearMonth month) {
            return month.toString();
        }
    },
    /**
     * One period per quarter of the financial year (April to March; Q1 = April–June), labelled like
     * {@code 2018-19 Q1}.
     */
    QUARTER {
        @Override
        public String periodOf(YearMonth month) {
            int monthOfYear = month.getMonthValue();
            int startYear = monthOfYear >= 4 ? month.getYear() : month.getYear() - 1;
            int quarter = monthOfYear >= 4 ? (monthOfYear - 4) / 3 + 1 : 4;
            return String.format("%d-%02d Q%d", startYear, (startYear + 1) % 100, quarter);
        }
    };

    /** The label of the period an audit month falls into. */
    public abstract String periodOf(YearMonth month);
}
