-- The selection's rules become destination settings the director edits (docs/settings.md, "Selection rules").
-- The defaults are those of the former installation properties ambassade.selection.*.
alter table destination
    add column reapply_delay_months integer not null default 12 check (reapply_delay_months between 0 and 60),
    add column animator_may_decline_without_visit boolean not null default false,
    add column committee_skippable_for_passing_renewals boolean not null default false,
    add column retention_years integer not null default 3 check (retention_years between 1 and 10);
