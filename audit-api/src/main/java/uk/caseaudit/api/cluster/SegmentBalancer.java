package uk.caseaudit.api.cluster;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.caseaudit.api.cluster.ClusterConfiguration.NodeId;
import uk.caseaudit.projection.readmodel.ReadModels;

/**
 * Shares the segments of every read model's processor between the nodes alive on the database. Each node writes a
 * heartbeat to {@code service_node}; a node holding more than its fair share (the segments divided by the nodes
 * alive, rounded up) releases the surplus, which another node's processor then claims. A node that stops releases
 * its segments at once; one that dies holds them until their claims time out
 * ({@code axon.eventhandling.tokenstore.claim-timeout}), then the survivors claim them. Axon's own processors claim
 * every free segment they can, so a node alone processes them all.
 */
@Component
class SegmentBalancer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final JdbcTemplate jdbc;
    private final EventProcessingConfiguration processing;
    private final NodeId node;
    private final ServiceNodes nodes;
    private final ReadModels readModels;
    private volatile boolean running;

    SegmentBalancer(JdbcTemplate jdbc, EventProcessingConfiguration processing, NodeId node, ServiceNodes nodes,
                    ReadModels readModels) {
        this.readModels = readModels;
        this.jdbc = jdbc;
        this.processing = processing;
        this.node = node;
        this.nodes = nodes;
    }

    /** Writes this node's heartbeat, then releases the segments it holds beyond its fair share. */
    @Scheduled(fixedDelayString = "${case-audit.cluster.heartbeat-interval}")
    void balance() {
        if (!running) {
            return;
        }
        nodes.heartbeat(node.value());
        int alive = Math.max(1, nodes.alive().size());
        if (alive < 2) {
            return;
        }
        for (String readModel : readModels.names()) {
            processing.eventProcessor(readModel, StreamingEventProcessor.class)
                    .filter(StreamingEventProcessor::isRunning)
                    .ifPresent(processor -> releaseSurplus(processor, alive));
        }
    }

    private void releaseSurplus(StreamingEventProcessor processor, int nodes) {
        Integer segments = jdbc.queryForObject("SELECT COUNT(*) FROM TokenEntry WHERE processorName = ?",
                Integer.class, processor.getName());
        if (segments == null || segments == 0) {
            return;
        }
        int fairShare = (segments + nodes - 1) / nodes;
        List<Integer> held = new ArrayList<>(processor.processingStatus().keySet());
        held.sort(null);
        for (int i = fairShare; i < held.size(); i++) {
            log.info("Read model {}: releasing segment {} ({} nodes alive, {} segments each)", processor.getName(),
                    held.get(i), nodes, fairShare);
            processor.releaseSegment(held.get(i));
        }
    }

    @Override
    public void start() {
        running = true;
        nodes.heartbeat(node.value());
    }

    /** A node that stops leaves the count of nodes alive at once. */
    @Override
    public void stop() {
        running = false;
        nodes.leave(node.value());
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
