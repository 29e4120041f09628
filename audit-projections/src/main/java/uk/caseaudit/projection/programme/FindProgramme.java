package uk.caseaudit.projection.programme;

import java.time.YearMonth;
import uk.caseaudit.projection.readmodel.AsAt;

/**
 * Finds, per audit month {@code from} to {@code to}, how the programme stood as at {@code asAt}: audits scheduled,
 * completed within timescale, late, inadmissible and analysed, and each party's engagement; only the audits of
 * {@code team} when it is not null. Answers a {@link ProgrammeView}.
 */
public record FindProgramme(YearMonth from, YearMonth to, String team, AsAt asAt) {
}
