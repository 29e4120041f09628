-- The service's nodes on this database: each writes its heartbeat here, so every node knows how many
-- are alive and takes its fair share of each read model's segments (see SegmentBalancer).
CREATE TABLE service_node (
    node_id   VARCHAR(200)             NOT NULL,
    last_seen TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT service_node_pk PRIMARY KEY (node_id)
);
