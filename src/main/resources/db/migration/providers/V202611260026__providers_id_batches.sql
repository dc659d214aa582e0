-- Provider ids are taken 50 at a time by the application (Hibernate's pooled sequence optimiser) so that inserts
-- can be batched: imports create thousands of providers, and an identity column costs one round trip per insert.
-- The column keeps a default, so an SQL insert without id still works; both draw from the same sequence (the
-- application uses the 50 values up to the one it draws) and never collide.
create sequence provider_seq increment by 50;
select setval('provider_seq', greatest((select max(id) from provider), 1));
alter table provider alter column id drop identity if exists;
alter table provider alter column id set default nextval('provider_seq');
alter sequence provider_seq owned by provider.id;
