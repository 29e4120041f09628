package uk.caseaudit.projection.readmodel;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a read model's versions are rows of its table: the columns, in the order of {@link #values}, and the way back.
 * The first columns are the record's id, {@code seq}, {@code effective_from} and {@code recorded_at}.
 *
 * @param <V> the read model's version type
 */
public interface Rows<V extends Version<V>> {

    List<String> columns();

    /** The version's values for {@link #columns}, as JDBC parameters (see {@link AsAt#sqlDate}, {@link AsAt#utc}). */
    Object[] values(V version);

    V read(ResultSet row) throws SQLException;

    /**
     * Reads what the versions keep in other tables (rows per version, say); {@code copy} names the copy of such a
     * table to read. Nothing by default.
     */
    default void readDetails(List<V> versions, UnaryOperator<String> copy) {
    }

    /** Stores what the versions keep in other tables, in the copies {@code copy} names. Nothing by default. */
    default void insertDetails(List<V> versions, UnaryOperator<String> copy) {
    }

    /** A {@code DATE} column's day; null stays null. */
    static LocalDate day(ResultSet row, String column) throws SQLException {
        Date day = row.getDate(column);
        return day == null ? null : day.toLocalDate();
    }
}
