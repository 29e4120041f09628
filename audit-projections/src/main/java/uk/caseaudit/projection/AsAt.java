package uk.caseaudit.projection;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The two time axes of every read-model query: facts effective on or before {@code date} (the day,
 * in Europe/London) and recorded by the service at or before {@code knownAt}. A report printed at
 * T and asked again later with {@code knownAt=T} comes out the same, whatever was back-dated since.
 */
public record AsAt(LocalDate date, Instant knownAt) {

    /** The date as a JDBC parameter. */
    public Date sqlDate() {
        return Date.valueOf(date);
    }

    /** The known-at instant as a JDBC parameter for a {@code TIMESTAMP WITH TIME ZONE} column. */
    public OffsetDateTime sqlKnownAt() {
        return utc(knownAt);
    }

    /** An instant as a JDBC parameter for a {@code TIMESTAMP WITH TIME ZONE} column, in UTC. */
    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The same recorded-time axis on another day (e.g. each month end of a series). */
    public AsAt on(LocalDate otherDate) {
        return new AsAt(otherDate, knownAt);
    }
}
