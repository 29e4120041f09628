-- PostgreSQL refuses to commit a transaction that appended events later than the append time limit after its
-- timestamp (DomainEventEntry.appendedAt, V12): the check runs inside the database at commit, on the database's
-- clock, whoever appends, so a transaction held up after the service's own check (AppendTimeLimit) cannot commit
-- late either. The limit is the session setting case_audit.append_timeout (the postgres profile sets it from
-- case-audit.events.append-timeout on every connection); 3 seconds where it is not set.
CREATE FUNCTION case_audit_append_time_limit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    time_limit interval := COALESCE(NULLIF(current_setting('case_audit.append_timeout', true), '')::interval,
                                    interval '3 seconds');
BEGIN
    IF clock_timestamp() > LEAST(now(), NEW.appendedAt) + time_limit THEN
        RAISE EXCEPTION 'events appended at % are committed after the append time limit of %: rolled back',
            LEAST(now(), NEW.appendedAt), time_limit
            USING ERRCODE = 'CA001';
    END IF;
    RETURN NULL;
END $$;

-- Deferred: runs at commit, once for each event the transaction appended.
CREATE CONSTRAINT TRIGGER domain_event_entry_append_time_limit
    AFTER INSERT ON DomainEventEntry
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION case_audit_append_time_limit();
