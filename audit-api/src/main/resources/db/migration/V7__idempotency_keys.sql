-- Idempotency-Key of command requests: the key row is written in the same transaction as the
-- command's events (so a repeat can never store anything twice), its answer just after.
CREATE TABLE idempotency_key (
    key_id          VARCHAR(300)  NOT NULL,
    request_hash    CHAR(64)      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status INTEGER,
    location        VARCHAR(500),
    etag            VARCHAR(40),
    body            VARCHAR(4000),
    CONSTRAINT idempotency_key_pk PRIMARY KEY (key_id)
);
