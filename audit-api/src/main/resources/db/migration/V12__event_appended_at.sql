-- The database's own timestamp of the transaction that appended each event: its start on PostgreSQL, on H2 the
-- start of its first statement that asked for it (in both, no later than the moment the event's position was
-- taken). The integrator feed judges a hole in the positions by it (EventFeed): every appending transaction commits
-- within case-audit.events.append-timeout of this time, or not at all (AppendTimeLimit, and on PostgreSQL the
-- trigger of db/vendor/postgresql). Events stored before this migration count as appended now.
ALTER TABLE DomainEventEntry ADD COLUMN appendedAt TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL;
