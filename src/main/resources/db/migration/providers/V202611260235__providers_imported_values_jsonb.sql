-- The last imported value of each field moves from a row per field (provider_imported_value) to one jsonb object
-- in the provider's row: a first import wrote about 20 rows per provider for these values alone, which kept the
-- import under its throughput budget (docs/benchmarks.md). Same content: field -> value.
alter table provider add column imported_values jsonb not null default '{}'::jsonb;

update provider p
   set imported_values = v.imported
  from (select provider_id, jsonb_object_agg(field, value) as imported
          from provider_imported_value
         where value is not null
         group by provider_id) v
 where v.provider_id = p.id;

drop table provider_imported_value;
