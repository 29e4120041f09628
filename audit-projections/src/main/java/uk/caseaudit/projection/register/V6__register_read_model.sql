-- The case-of-concern register: one row per event of each case of concern, holding the case's whole
-- state after that event. The case as at (day D, known at T) is its row with the highest seq among
-- those effective by D and recorded by T (effective days never go back within one case).
CREATE TABLE case_of_concern_version (
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
    -- The category in force, and the day it took effect (raised, re-categorised or reopened): the
    -- Category 1 review deadline runs from that day.
    category             VARCHAR(20)   NOT NULL,
    category_since       DATE          NOT NULL,
    status               VARCHAR(10)   NOT NULL,
    raised_on            DATE          NOT NULL,
    raised_by            VARCHAR(200),
    concerns             VARCHAR(4000) NOT NULL,
    -- Whether a Head of Service review was recorded since category_since (closing needs one).
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
    CONSTRAINT case_of_concern_version_pk PRIMARY KEY (case_of_concern_id, seq)
);
-- The register as at a day (optionally for one team), and its size at each period end.
CREATE INDEX case_of_concern_version_effective_ix ON case_of_concern_version (effective_from);
CREATE INDEX case_of_concern_version_team_ix ON case_of_concern_version (team, effective_from);
-- Recurrence: the cases raised in a period (the seq 0 rows).
CREATE INDEX case_of_concern_version_raised_ix ON case_of_concern_version (raised_on, seq);
