-- What the read-model kit reads of the service's event store and of Axon's token store (the service's own V1 makes
-- them whole): the head of the stream, and each segment's token.
CREATE TABLE DomainEventEntry (
    globalIndex BIGINT NOT NULL PRIMARY KEY
);

CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokenType     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    PRIMARY KEY (processorName, segment)
);
