package uk.caseaudit.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a database holds, read over JDBC: each aggregate's events (their sequence numbers and stream positions),
 * every row of every read model through the views clients read, and which copy of each read model is live.
 */
record StoredState(Map<String, Map<Long, Long>> positions, Map<String, Sequence> sequences, long events,
                   long distinctEventIds, long head, Map<String, List<Map<String, Object>>> readModels,
                   Map<String, String> liveCopies) {

    /** The read models' views clients read, each with its key (every column is compared, ordered by the key). */
    static final Map<String, String> READ_MODEL_TABLES = Map.of(
            "audit_version", "audit_id, seq",
            "audit_grade_version", "audit_id, seq, practice_area",
            "action_version", "action_id, seq",
            "case_of_concern_version", "case_of_concern_id, seq");

    /** One aggregate's events: how many rows, how many distinct sequence numbers, the lowest and the highest. */
    record Sequence(long rows, long distinct, long lowest, long highest) {

        /** 0..n-1, each once: no event lost below the newest, none stored twice. */
        boolean isUnbroken() {
            return lowest == 0 && highest == rows - 1 && distinct == rows;
        }
    }

    static StoredState read(String url, String user) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            Map<String, Map<Long, Long>> positions = new HashMap<>();
            try (ResultSet rows = statement.executeQuery(
                    "SELECT aggregateIdentifier, sequenceNumber, globalIndex FROM DomainEventEntry")) {
                while (rows.next()) {
                    positions.computeIfAbsent(rows.getString(1), id -> new HashMap<>())
                            .put(rows.getLong(2), rows.getLong(3));
                }
            }
            Map<String, Sequence> sequences = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT aggregateIdentifier, COUNT(*), COUNT(DISTINCT sequenceNumber), MIN(sequenceNumber),
                           MAX(sequenceNumber)
                    FROM DomainEventEntry GROUP BY aggregateIdentifier""")) {
                while (rows.next()) {
                    sequences.put(rows.getString(1),
                            new Sequence(rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
                }
            }
            long events;
            long distinctEventIds;
            long head;
            try (ResultSet rows = statement.executeQuery("""
                    SELECT COUNT(*), COUNT(DISTINCT eventIdentifier), COALESCE(MAX(globalIndex), 0)
                    FROM DomainEventEntry""")) {
                rows.next();
                events = rows.getLong(1);
                distinctEventIds = rows.getLong(2);
                head = rows.getLong(3);
            }
            Map<String, List<Map<String, Object>>> readModels = new TreeMap<>();
            for (Map.Entry<String, String> table : READ_MODEL_TABLES.entrySet()) {
                readModels.put(table.getKey(),
                        rows(statement, "SELECT * FROM " + table.getKey() + " ORDER BY " + table.getValue()));
            }
            Map<String, String> liveCopies = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery("SELECT read_model, live FROM read_model_slot")) {
                while (rows.next()) {
                    liveCopies.put(rows.getString(1), rows.getString(2));
                }
            }
            return new StoredState(positions, sequences, events, distinctEventIds, head, readModels, liveCopies);
        }
    }

    /** The stream position of an aggregate's event, or null when it is not stored. */
    Long position(String aggregateId, long sequenceNumber) {
        return positions.getOrDefault(aggregateId, Map.of()).get(sequenceNumber);
    }

    /** The number of rows of each read-model view. */
    Map<String, Integer> readModelSizes() {
        Map<String, Integer> sizes = new TreeMap<>();
        readModels.forEach((table, rows) -> sizes.put(table, rows.size()));
        return sizes;
    }

    private static List<Map<String, Object>> rows(Statement statement, String query) throws SQLException {
        List<Map<String, Object>> result = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(query)) {
            ResultSetMetaData columns = rows.getMetaData();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= columns.getColumnCount(); column++) {
                    row.put(columns.getColumnLabel(column).toLowerCase(java.util.Locale.ROOT), rows.getObject(column));
                }
                result.add(row);
            }
        }
        return result;
    }
}
