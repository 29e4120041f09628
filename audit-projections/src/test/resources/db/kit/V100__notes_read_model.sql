-- A read model of the kit's tests: a note's text, per event, in two copies behind a view.
CREATE TABLE note_version_a (
    note_id        VARCHAR(64)              NOT NULL,
    seq            BIGINT                   NOT NULL,
    effective_from DATE                     NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    text           VARCHAR(64)              NOT NULL,
    CONSTRAINT note_version_a_pk PRIMARY KEY (note_id, seq)
);
CREATE TABLE note_version_b (
    note_id        VARCHAR(64)              NOT NULL,
    seq            BIGINT                   NOT NULL,
    effective_from DATE                     NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    text           VARCHAR(64)              NOT NULL,
    CONSTRAINT note_version_b_pk PRIMARY KEY (note_id, seq)
);
CREATE VIEW note_version AS SELECT * FROM note_version_a;
