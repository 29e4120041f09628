package uk.caseaudit.api.cluster;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.caseaudit.api.cluster.ClusterConfiguration.NodeId;
import uk.caseaudit.api.openapi.ReadOperation;

@RestController
@Tag(name = "Operations")
class NodesController {

    private static final String EXAMPLE = """
            {"self":"node-a","nodes":[
              {"nodeId":"node-a","lastSeen":"2018-06-15T09:00:02Z","segments":{"action-tracker":[0,1,2,3,4,5,6,7],
               "audits":[0,1,2,3,4,5,6,7],"register":[0,1,2,3,4,5,6,7]}},
              {"nodeId":"node-b","lastSeen":"2018-06-15T09:00:01Z","segments":{"action-tracker":[8,9,10,11,12,13,14,15],
               "audits":[8,9,10,11,12,13,14,15],"register":[8,9,10,11,12,13,14,15]}}]}""";

    /** One node alive on the database: its last heartbeat and the segments it holds, by read model. */
    record NodeView(String nodeId, Instant lastSeen, Map<String, List<Integer>> segments) {
    }

    /** The nodes alive, and which of them answered. */
    record NodesView(String self, List<NodeView> nodes) {
    }

    private final JdbcTemplate jdbc;
    private final NodeId node;
    private final ServiceNodes serviceNodes;

    NodesController(JdbcTemplate jdbc, NodeId node, ServiceNodes serviceNodes) {
        this.jdbc = jdbc;
        this.node = node;
        this.serviceNodes = serviceNodes;
    }

    @GetMapping("/api/admin/nodes")
    @ReadOperation(summary = "The service's nodes", description = "Every node whose heartbeat is recent, with the "
            + "segments of each read model's processor it holds (claimed in the token store). Segments nobody holds "
            + "are being handed over, or their node died and its claims have not yet timed out.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/json",
            examples = @ExampleObject(EXAMPLE)))
    NodesView nodes() {
        Map<String, Instant> alive = serviceNodes.alive();
        Map<String, Map<String, List<Integer>>> held = new TreeMap<>();
        jdbc.query("SELECT owner, processorName, segment FROM TokenEntry WHERE owner IS NOT NULL "
                + "ORDER BY processorName, segment", (java.sql.ResultSet row) -> {
            held.computeIfAbsent(row.getString("owner"), owner -> new TreeMap<>())
                    .computeIfAbsent(row.getString("processorName"), name -> new ArrayList<>())
                    .add(row.getInt("segment"));
        });
        List<NodeView> nodes = new ArrayList<>();
        alive.forEach((id, lastSeen) -> nodes.add(new NodeView(id, lastSeen,
                held.getOrDefault(id, new LinkedHashMap<>()))));
        return new NodesView(node.value(), nodes);
    }
}
