-- At most one open case of concern per child: a row per child with an open case, written in the
-- same transaction as the event that opens or closes the case. The primary key makes the second
-- of two racing requests fail, and its whole transaction (events included) roll back.
CREATE TABLE open_case_of_concern (
    child_reference    VARCHAR(64) NOT NULL,
    case_of_concern_id VARCHAR(64) NOT NULL,
    CONSTRAINT open_case_of_concern_pk PRIMARY KEY (child_reference)
);
