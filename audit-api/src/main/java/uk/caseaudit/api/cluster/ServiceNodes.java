package uk.caseaudit.api.cluster;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The nodes of the service on this database ({@code service_node}): their heartbeats, and which are alive. */
@Component
class ServiceNodes {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration nodeTimeout;

    ServiceNodes(JdbcTemplate jdbc, Clock clock, @Value("${case-audit.cluster.node-timeout}") Duration nodeTimeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.nodeTimeout = nodeTimeout;
    }

    /** Records that the node is alive now. */
    void heartbeat(String node) {
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.update("UPDATE service_node SET last_seen = ? WHERE node_id = ?", now, node) == 0) {
            jdbc.update("INSERT INTO service_node (node_id, last_seen) VALUES (?, ?)", node, now);
        }
    }

    /** The node leaves at once (it stops): it no longer counts as alive. */
    void leave(String node) {
        jdbc.update("DELETE FROM service_node WHERE node_id = ?", node);
    }

    /** The nodes whose heartbeat is more recent than the node timeout, by id, with their last heartbeat. */
    Map<String, Instant> alive() {
        Map<String, Instant> alive = new TreeMap<>();
        jdbc.query("SELECT node_id, last_seen FROM service_node WHERE last_seen > ?", (ResultSet row) -> {
            alive.put(row.getString("node_id"), row.getTimestamp("last_seen").toInstant());
        }, Timestamp.from(clock.instant().minus(nodeTimeout)));
        return alive;
    }
}
