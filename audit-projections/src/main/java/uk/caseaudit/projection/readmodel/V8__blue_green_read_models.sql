-- Blue/green read models: a rebuild must never leave clients looking at an empty or half-built table.
-- Each read-model table T now exists twice, T_a and T_b, and clients read the view T, which selects
-- from the live copy. A rebuild (a replay from the first event) empties the other copy, fills it while
-- clients go on reading the live one, and once it has caught up with the stream the view T is
-- replaced by one over the rebuilt copy. read_model_slot records, per read model, the live copy and the
-- one being rebuilt (see ReadModelTables in audit-projections).
CREATE TABLE read_model_slot (
    read_model    VARCHAR(64) NOT NULL,
    -- 'a' or 'b': the copy the views select from.
    live          CHAR(1)     NOT NULL,
    -- The copy being rebuilt, null when none is.
    building      CHAR(1),
    -- During a rebuild: the event position the live copy had reached when the rebuild started (it is
    -- frozen there until the switch), so reads asking for that position or an earlier one need not wait.
    live_position BIGINT,
    -- During a rebuild: the head of the event stream when it started; clients are switched to the rebuilt
    -- copy once every segment of the read model's processor has processed it.
    rebuild_to    BIGINT,
    CONSTRAINT read_model_slot_pk PRIMARY KEY (read_model),
    CONSTRAINT read_model_slot_live_ck CHECK (live IN ('a', 'b')),
    CONSTRAINT read_model_slot_building_ck CHECK (building IS NULL OR (building IN ('a', 'b') AND building <> live))
);
INSERT INTO read_model_slot (read_model, live) VALUES ('audits', 'a');
INSERT INTO read_model_slot (read_model, live) VALUES ('register', 'a');
INSERT INTO read_model_slot (read_model, live) VALUES ('action-tracker', 'a');


-- audit_version: the existing table becomes copy a; copy b is the same table, empty.
ALTER TABLE audit_version RENAME TO audit_version_a;
ALTER TABLE audit_version_a RENAME CONSTRAINT audit_version_pk TO audit_version_a_pk;
ALTER INDEX audit_version_month_ix RENAME TO audit_version_a_month_ix;
ALTER INDEX audit_version_team_ix RENAME TO audit_version_a_team_ix;
CREATE TABLE audit_version_b (
    audit_id                 VARCHAR(64)              NOT NULL,
    seq                      BIGINT                   NOT NULL,
    effective_from           DATE                     NOT NULL,
    recorded_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_month              CHAR(7)                  NOT NULL,
    child_reference          VARCHAR(64)              NOT NULL,
    team                     VARCHAR(200)             NOT NULL,
    service_area             VARCHAR(100)             NOT NULL,
    audit_type               VARCHAR(20)              NOT NULL,
    auditor                  VARCHAR(200)             NOT NULL,
    due_date                 DATE                     NOT NULL,
    scheduled_on             DATE                     NOT NULL,
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
    CONSTRAINT audit_version_b_pk PRIMARY KEY (audit_id, seq)
);
CREATE INDEX audit_version_b_month_ix ON audit_version_b (audit_month, team);
CREATE INDEX audit_version_b_team_ix ON audit_version_b (team, audit_month);
CREATE VIEW audit_version AS SELECT * FROM audit_version_a;

-- audit_grade_version: the existing table becomes copy a; copy b is the same table, empty.
ALTER TABLE audit_grade_version RENAME TO audit_grade_version_a;
ALTER TABLE audit_grade_version_a RENAME CONSTRAINT audit_grade_version_pk TO audit_grade_version_a_pk;
ALTER TABLE audit_grade_version_a RENAME CONSTRAINT audit_grade_version_version_fk TO audit_grade_version_a_version_fk;
ALTER INDEX audit_grade_version_area_ix RENAME TO audit_grade_version_a_area_ix;
CREATE TABLE audit_grade_version_b (
    audit_id        VARCHAR(64) NOT NULL,
    seq             BIGINT      NOT NULL,
    practice_area   VARCHAR(30) NOT NULL,
    auditor_grade   VARCHAR(20) NOT NULL,
    moderated_grade VARCHAR(20),
    CONSTRAINT audit_grade_version_b_pk PRIMARY KEY (audit_id, seq, practice_area),
    CONSTRAINT audit_grade_version_b_version_fk FOREIGN KEY (audit_id, seq) REFERENCES audit_version_b (audit_id, seq)
);
CREATE INDEX audit_grade_version_b_area_ix ON audit_grade_version_b (practice_area, audit_id, seq);
CREATE VIEW audit_grade_version AS SELECT * FROM audit_grade_version_a;

-- action_version: the existing table becomes copy a; copy b is the same table, empty.
ALTER TABLE action_version RENAME TO action_version_a;
ALTER TABLE action_version_a RENAME CONSTRAINT action_version_pk TO action_version_a_pk;
ALTER INDEX action_version_cohort_ix RENAME TO action_version_a_cohort_ix;
ALTER INDEX action_version_child_ix RENAME TO action_version_a_child_ix;
CREATE TABLE action_version_b (
    action_id         VARCHAR(64)   NOT NULL,
    seq               BIGINT        NOT NULL,
    effective_from    DATE          NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_id          VARCHAR(64)   NOT NULL,
    cohort            CHAR(7)       NOT NULL,
    child_reference   VARCHAR(64)   NOT NULL,
    team              VARCHAR(200)  NOT NULL,
    service_area      VARCHAR(100)  NOT NULL,
    owner             VARCHAR(200)  NOT NULL,
    description       VARCHAR(2000) NOT NULL,
    focus             VARCHAR(10)   NOT NULL,
    agreed_on         DATE          NOT NULL,
    original_due_date DATE          NOT NULL,
    due_date          DATE          NOT NULL,
    completed_on      DATE,
    completed_late    BOOLEAN,
    escalated_on      DATE,
    cancelled_on      DATE,
    CONSTRAINT action_version_b_pk PRIMARY KEY (action_id, seq)
);
CREATE INDEX action_version_b_cohort_ix ON action_version_b (cohort, team);
CREATE INDEX action_version_b_child_ix ON action_version_b (child_reference);
CREATE VIEW action_version AS SELECT * FROM action_version_a;

-- case_of_concern_version: the existing table becomes copy a; copy b is the same table, empty.
ALTER TABLE case_of_concern_version RENAME TO case_of_concern_version_a;
ALTER TABLE case_of_concern_version_a RENAME CONSTRAINT case_of_concern_version_pk TO case_of_concern_version_a_pk;
ALTER INDEX case_of_concern_version_effective_ix RENAME TO case_of_concern_version_a_effective_ix;
ALTER INDEX case_of_concern_version_team_ix RENAME TO case_of_concern_version_a_team_ix;
ALTER INDEX case_of_concern_version_raised_ix RENAME TO case_of_concern_version_a_raised_ix;
CREATE TABLE case_of_concern_version_b (
    case_of_concern_id   VARCHAR(64)   NOT NULL,
    seq                  BIGINT        NOT NULL,
    effective_from       DATE          NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_id             VARCHAR(64)   NOT NULL,
    child_reference      VARCHAR(64)   NOT NULL,
    team                 VARCHAR(200)  NOT NULL,
    service_area         VARCHAR(100)  NOT NULL,
    audit_month          CHAR(7)       NOT NULL,
    worker               VARCHAR(200),
    category             VARCHAR(20)   NOT NULL,
    category_since       DATE          NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    raised_on            DATE          NOT NULL,
    raised_by            VARCHAR(200),
    concerns             VARCHAR(4000) NOT NULL,
    reviewed_since_reset BOOLEAN       NOT NULL,
    last_review_on       DATE,
    last_assurance       VARCHAR(4000),
    last_reviewed_by     VARCHAR(200),
    closed_on            DATE,
    sign_off_rationale   VARCHAR(4000),
    sign_off_by          VARCHAR(200),
    last_refusal_on      DATE,
    last_refusal_reason  VARCHAR(2000),
    reopened_on          DATE,
    reopen_reason        VARCHAR(2000),
    CONSTRAINT case_of_concern_version_b_pk PRIMARY KEY (case_of_concern_id, seq)
);
CREATE INDEX case_of_concern_version_b_effective_ix ON case_of_concern_version_b (effective_from);
CREATE INDEX case_of_concern_version_b_team_ix ON case_of_concern_version_b (team, effective_from);
CREATE INDEX case_of_concern_version_b_raised_ix ON case_of_concern_version_b (raised_on, seq);
CREATE VIEW case_of_concern_version AS SELECT * FROM case_of_concern_version_a;
