-- Append-only audit log: the database itself refuses UPDATE, DELETE and TRUNCATE.
create table audit_entry (
    id bigint generated always as identity primary key,
    at timestamptz not null default now(),
    actor text not null,
    object_type text not null,
    object_id text,
    action text not null,
    reason text,
    changes jsonb not null default '[]'::jsonb
);
create index audit_entry_at_idx on audit_entry (at desc);
create index audit_entry_object_idx on audit_entry (object_type, object_id);
create index audit_entry_actor_idx on audit_entry (actor);

create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op;
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
