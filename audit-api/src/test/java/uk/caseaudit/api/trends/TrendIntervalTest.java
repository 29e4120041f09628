package uk.caseaudit.api.trends;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import uk.caseaudit.projection.trends.TrendInterval;

class TrendIntervalTest {

    @Test
    void a_quarter_is_labelled_by_the_financial_year_that_starts_in_april() {
        assertThat(TrendInterval.QUARTER.periodOf(YearMonth.of(2019, 1))).isEqualTo("2018-19 Q4");
        assertThat(TrendInterval.QUARTER.periodOf(YearMonth.of(2018, 3))).isEqualTo("2017-18 Q4");
        assertThat(TrendInterval.QUARTER.periodOf(YearMonth.of(2018, 4))).isEqualTo("2018-19 Q1");
        assertThat(TrendInterval.QUARTER.periodOf(YearMonth.of(2018, 6))).isEqualTo("2018-19 Q1");
        assertThat(TrendInterval.QUARTER.periodOf(YearMonth.of(2018, 7))).isEqualTo("2018-19 Q2");
        assertThat(TrendInterval.QUARTER.periodOf(YearMonth.of(2018, 9))).isEqualTo("2018-19 Q2");
        assertThat(TrendInterval.QUARTER.periodOf(YearMonth.of(2018, 10))).isEqualTo("2018-19 Q3");
        assertThat(TrendInterval.QUARTER.periodOf(YearMonth.of(2018, 12))).isEqualTo("2018-19 Q3");
    }

    @Test
    void the_financial_year_label_wraps_at_the_century() {
        assertThat(TrendInterval.QUARTER.periodOf(YearMonth.of(1999, 4))).isEqualTo("1999-00 Q1");
        assertThat(TrendInterval.QUARTER.periodOf(YearMonth.of(2000, 2))).isEqualTo("1999-00 Q4");
    }

    @Test
    void a_month_is_labelled_by_itself() {
        assertThat(TrendInterval.MONTH.periodOf(YearMonth.of(2019, 1))).isEqualTo("2019-01");
    }
}
