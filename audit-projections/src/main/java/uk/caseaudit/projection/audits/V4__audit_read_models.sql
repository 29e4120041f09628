-- The audits read models (the audits list, the judgement trends, the programme and engagement)
-- answer as at any day D and as known at any instant T. They share one store, kept by the
-- "audits" processor: a version row per audit per event, holding the audit's whole state after
-- that event. The audit as at (D, T) is its version with the highest seq among those effective
-- by D and recorded by T (an audit's effective days never go back, so that is its state then).
-- It replaces the "now only" audit_view of V2.
DROP TABLE audit_view;

CREATE TABLE audit_version (
    audit_id                 VARCHAR(64)              NOT NULL,
    -- The aggregate sequence number of the event: a redelivered event finds its row and is skipped.
    seq                      BIGINT                   NOT NULL,
    -- The event's effective day (scheduled, submitted, moderated or declared on).
    effective_from           DATE                     NOT NULL,
    -- When the event was stored (with its zone, so no daylight-saving hour is ambiguous).
    recorded_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_month              CHAR(7)                  NOT NULL,
    child_reference          VARCHAR(64)              NOT NULL,
    team                     VARCHAR(200)             NOT NULL,
    service_area             VARCHAR(100)             NOT NULL,
    audit_type               VARCHAR(20)              NOT NULL,
    auditor                  VARCHAR(200)             NOT NULL,
    due_date                 DATE                     NOT NULL,
    scheduled_on             DATE                     NOT NULL,
    -- Null until the auditor's judgements are submitted, as are within_timescale and engagement.
    submitted_on             DATE,
    within_timescale         BOOLEAN,
    engagement_social_worker VARCHAR(20),
    engagement_team_manager  VARCHAR(20),
    engagement_child         VARCHAR(20),
    engagement_parent        VARCHAR(20),
    moderation_revisions     INTEGER                  NOT NULL,
    inadmissible             BOOLEAN                  NOT NULL,
    declared_on              DATE,
    inadmissibility_reason   VARCHAR(2000),
    status                   VARCHAR(20)              NOT NULL,
    CONSTRAINT audit_version_pk PRIMARY KEY (audit_id, seq)
);
-- Every table is asked for a range of audit months, often for one team.
CREATE INDEX audit_version_month_ix ON audit_version (audit_month, team);
CREATE INDEX audit_version_team_ix ON audit_version (team, audit_month);

-- The full set of graded practice areas of each version: the auditor's grade and the latest
-- moderated grade of the area so far (null while it was never moderated).
CREATE TABLE audit_grade_version (
    audit_id        VARCHAR(64) NOT NULL,
    seq             BIGINT      NOT NULL,
    practice_area   VARCHAR(30) NOT NULL,
    auditor_grade   VARCHAR(20) NOT NULL,
    moderated_grade VARCHAR(20),
    CONSTRAINT audit_grade_version_pk PRIMARY KEY (audit_id, seq, practice_area),
    CONSTRAINT audit_grade_version_version_fk FOREIGN KEY (audit_id, seq) REFERENCES audit_version (audit_id, seq)
);
CREATE INDEX audit_grade_version_area_ix ON audit_grade_version (practice_area, audit_id, seq);

-- The new tables start empty: forget the "audits" processor's position so that it rebuilds them
-- from the first event at the next start.
DELETE FROM TokenEntry WHERE processorName = 'audits';
