-- Demo data (demo mode only) is marked, like the demo providers, accounts and memberships.
alter table application add column demo boolean not null default false;
alter table committee_session add column demo boolean not null default false;
