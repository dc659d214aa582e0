-- The national list of current communes (INSEE COG) with the territory flag and, for communes of the
-- territory, their outline. Reference data: loaded by the application on first start, never deleted.
create table commune (
    code char(5) primary key,
    name text not null,
    type text not null,
    parent_code char(5),
    departement text,
    region text,
    postal_codes text[] not null default '{}',
    population integer,
    in_territory boolean not null default false,
    -- set when the commune leaves the territory, so that what lies there can be found and flagged
    left_territory_at timestamptz,
    centroid_lat double precision,
    centroid_lon double precision,
    outline jsonb,
    name_normalised text not null
);
create index commune_in_territory_idx on commune (code) where in_territory;
create index commune_postal_codes_idx on commune using gin (postal_codes);
create index commune_name_normalised_idx on commune (name_normalised);

-- Codes that are not current communes: delegated and associated communes, municipal arrondissements.
-- A delegated commune may share its code with the current commune (the commune row wins).
create table commune_alias (
    code char(5) primary key,
    type text not null,
    name text not null,
    current_code char(5) not null references commune (code),
    postal_codes text[] not null default '{}',
    population integer,
    name_normalised text not null
);
create index commune_alias_current_code_idx on commune_alias (current_code);
create index commune_alias_postal_codes_idx on commune_alias using gin (postal_codes);
create index commune_alias_name_normalised_idx on commune_alias (name_normalised);
