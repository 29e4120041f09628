package uk.caseaudit.projection.readmodel;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The two time axes of every read-model query: facts effective on or before {@code date} (the day,
 * in Europe/London) and recorded by the service at or before {@code knownAt}. A report printed at
 * T and asked again later with {@code knownAt=T} comes out the same, whatever was back-dated since.
 *
 * <p>A read model keeps a version of each record per event, with its {@code effective_from} day and
 * {@code recorded_at} instant; {@link #latestVersions} is the SQL that picks each record's version as at
 * (D, T), and {@link #arguments} its parameters.
 */
public record AsAt(LocalDate date, Instant knownAt) {

    /**
     * The condition that keeps, of the versions {@code alias} in {@code table} (a row per record, in
     * {@code idColumn}, and {@code seq}), each record's version as at (D, T): the one with the highest seq among
     * those effective by D and recorded by T. A record with no such version is left out. Its parameters are
     * {@link #arguments}.
     */
    public static String latestVersions(String alias, String table, String idColumn) {
        if (alias.equals("w")) {
            throw new IllegalArgumentException("The versions' alias must not be w, the subquery's");
        }
        return alias + ".effective_from <= ? AND " + alias + ".recorded_at <= ?"
                + " AND " + alias + ".seq = (SELECT MAX(w.seq) FROM " + table + " w"
                + " WHERE w." + idColumn + " = " + alias + "." + idColumn
                + " AND w.effective_from <= ? AND w.recorded_at <= ?)";
    }

    /**
     * The parameters of {@link #latestVersions}, in order (D, T, D, T), in a new list to which a query adds its
     * own.
     */
    public List<Object> arguments() {
        Date day = sqlDate(date);
        OffsetDateTime instant = utc(knownAt);
        return new ArrayList<>(List.of(day, instant, day, instant));
    }

    /** A day as a JDBC parameter for a {@code DATE} column; null stays null. */
    public static Date sqlDate(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
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
