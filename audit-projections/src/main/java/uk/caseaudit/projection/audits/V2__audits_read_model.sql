-- The audits read model: one row per audit as it stands now.
CREATE TABLE audit_view (
    audit_id        VARCHAR(64)  NOT NULL,
    audit_month     CHAR(7)      NOT NULL,
    child_reference VARCHAR(64)  NOT NULL,
    team            VARCHAR(200) NOT NULL,
    service_area    VARCHAR(100) NOT NULL,
    audit_type      VARCHAR(20)  NOT NULL,
    auditor         VARCHAR(200) NOT NULL,
    due_date        DATE         NOT NULL,
    scheduled_on    DATE         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    -- The aggregate sequence number of the last event applied: a redelivered event is skipped.
    version         BIGINT       NOT NULL,
    CONSTRAINT audit_view_pk PRIMARY KEY (audit_id)
);
CREATE INDEX audit_view_month_ix ON audit_view (audit_month, team);
