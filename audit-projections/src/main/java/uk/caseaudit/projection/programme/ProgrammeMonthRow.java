package uk.caseaudit.projection.programme;

import java.time.YearMonth;

/**
 * One audit month of the programme, as at a day D.
 *
 * @param scheduled                the audits of the month scheduled by D
 * @param completedWithinTimescale those whose judgements were submitted by D, on or before their due date
 * @param late                     those submitted by D after their due date, and those not submitted by D whose due
 *                                 date is before D (unless declared inadmissible by D: an audit that could not be done
 *                                 is not late)
 * @param inadmissible             those declared inadmissible by D (they stay in the programme)
 * @param analysed                 those submitted by D and not declared inadmissible by D: the judgement tables' audits
 * @param engagement               each party's engagement over the audits submitted by D (inadmissible ones included)
 */
public record ProgrammeMonthRow(
        YearMonth month,
        int scheduled,
        int completedWithinTimescale,
        int late,
        int inadmissible,
        int analysed,
        EngagementView engagement) {
}
