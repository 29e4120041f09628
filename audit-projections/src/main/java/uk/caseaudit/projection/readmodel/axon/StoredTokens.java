package uk.caseaudit.projection.readmodel.axon;

import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The tokens of a processor's segments as stored in {@code TokenEntry}, read without claiming them (Axon's token store
 * only fetches by claiming), so any node can tell how far every segment is, whichever node holds it. A stored token
 * can lag behind its segment: a segment stores its token after each batch it handles, and only now and then while no
 * event of its own arrives.
 */
@Component
public class StoredTokens {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;

    public StoredTokens(JdbcTemplate jdbc, @Qualifier("serializer") Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Each segment's stored token (null for a segment that has none yet). */
    public Map<Integer, TrackingToken> of(String processor) {
        Map<Integer, TrackingToken> tokens = new HashMap<>();
        jdbc.query("SELECT segment, token, tokenType FROM TokenEntry WHERE processorName = ?", (ResultSet row) -> {
            byte[] token = row.getBytes("token");
            String type = row.getString("tokenType");
            tokens.put(row.getInt("segment"), token == null || type == null ? null : (TrackingToken) serializer
                    .deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null)));
        }, processor);
        return tokens;
    }

    /** Each segment's position: that of the lower bound of its stored token, 0 when it has none. */
    public Map<Integer, Long> positions(String processor) {
        Map<Integer, Long> positions = new HashMap<>();
        of(processor).forEach((segment, token) -> positions.put(segment, position(token).orElse(0)));
        return positions;
    }

    /** The position of a token's lower bound (where a replaying token has got to). */
    public static OptionalLong position(TrackingToken token) {
        TrackingToken lowerBound = WrappedToken.unwrapLowerBound(token);
        return lowerBound == null ? OptionalLong.empty() : lowerBound.position();
    }
}
