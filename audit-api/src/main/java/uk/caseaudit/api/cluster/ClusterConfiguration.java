package uk.caseaudit.api.cluster;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.UUID;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import uk.caseaudit.projection.readmodel.BlueGreen;
import uk.caseaudit.projection.readmodel.axon.ReadModelTokenStore;
import uk.caseaudit.projection.readmodel.ReadModels;

/**
 * Several nodes on one database: each node has an id of its own, under which it claims the segments of the read
 * models' processors in the token store ({@code TokenEntry.owner}).
 */
@Configuration(proxyBeanMethods = false)
class ClusterConfiguration {

    /** This node's id: {@code case-audit.cluster.node-id}, or the JVM's name and a random suffix when blank. */
    @Bean
    NodeId nodeId(@Value("${case-audit.cluster.node-id:}") String configured) {
        return new NodeId(configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : configured);
    }

    /**
     * Axon's JDBC token store, claiming under this node's id (Axon's default, the JVM's name, would make two
     * nodes in one JVM, or two containers with one host name, the same owner); a read model's first build over stored
     * events is a rebuild ({@link ReadModelTokenStore}).
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, @Qualifier("serializer") Serializer serializer,
                          NodeId node, BlueGreen tables, ReadModels readModels,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return new ReadModelTokenStore(JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .schema(TokenSchema.builder().build()) // Axon's own TokenEntry table (migration V1)
                .nodeId(node.value())
                .claimTimeout(claimTimeout)
                .contentType(byte[].class), tables, readModels);
    }

    /** The id under which this node claims segments and writes its heartbeat. */
    record NodeId(String value) {
    }
}
