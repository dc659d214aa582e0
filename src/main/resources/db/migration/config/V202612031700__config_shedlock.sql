-- ShedLock's lock table (net.javacrumbs.shedlock, JdbcTemplateLockProvider with the database's clock): a scheduled
-- job annotated @SchedulerLock runs on one node at a time. The application role gets select/insert/update/delete
-- like on any table (ApplicationRoleGrants); it never needs DDL for it.
create table if not exists shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
