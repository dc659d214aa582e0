-- The actor is stored as an account id (or a non-personal label such as 'system'), never as an e-mail address:
-- the name is looked up when the log is read. Entries also keep the establishment (provider id) staff acted for.
alter table audit_entry add column actor_account_id bigint;
alter table audit_entry add column establishment_id bigint;
alter table audit_entry alter column actor drop not null;

-- Existing entries: an actor that is an account's e-mail becomes that account's id. An e-mail that matches no
-- account (none is ever deleted, so only test or hand-written labels) is replaced by 'unknown': the log must hold
-- no e-mail address (docs/audit.md). Other labels ('system', 'cli', ...) are kept as they are.
-- The table is append-only (triggers): this one-off rewrite disables them for its own transaction, as the owner.
alter table audit_entry disable trigger audit_entry_no_update;

update audit_entry e set actor_account_id = a.id, actor = null
from account a
where e.actor is not null and a.email = lower(e.actor);

update audit_entry set actor = 'unknown' where actor like '%@%';

alter table audit_entry enable trigger audit_entry_no_update;

alter table audit_entry add constraint audit_entry_one_actor check (num_nonnulls(actor, actor_account_id) = 1);
create index audit_entry_actor_account_idx on audit_entry (actor_account_id) where actor_account_id is not null;
create index audit_entry_establishment_idx on audit_entry (establishment_id) where establishment_id is not null;
