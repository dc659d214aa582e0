-- A committee session's hour, in the destination's time zone (null: a session recorded with its date only)
alter table committee_session add column starts_at time;
