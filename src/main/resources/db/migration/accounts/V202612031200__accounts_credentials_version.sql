-- Bumped whenever the password is set, reset or changed. The session keeps the value it logged in with;
-- AccountRefreshFilter ends a session whose value is older, so a password change ends the other sessions.
alter table account add column credentials_version bigint not null default 0;
