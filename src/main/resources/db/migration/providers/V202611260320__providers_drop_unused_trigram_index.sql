-- The trigram index on lower(name) served no query (the directory search is in the search index; duplicates
-- compare provider_normalized_name): each insert paid for its twenty-odd trigram entries, which slowed the
-- first import of a large flow (docs/benchmarks.md).
drop index if exists provider_name_trgm_idx;
