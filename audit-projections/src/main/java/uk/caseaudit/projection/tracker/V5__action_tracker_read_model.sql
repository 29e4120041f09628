-- The action tracker: one row per event of each audit action, holding the action's whole state
-- after that event. The action as at (day D, known at T) is its row with the highest seq among
-- those effective by D and recorded by T (effective days never go back within one action).
CREATE TABLE action_version (
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
    CONSTRAINT action_version_pk PRIMARY KEY (action_id, seq)
);
CREATE INDEX action_version_cohort_ix ON action_version (cohort, team);
CREATE INDEX action_version_child_ix ON action_version (child_reference);
