-- Memberships (the ambassador title), their history, charter signatures, yearly commitments and renewal reminders.

-- An accepted new application waiting for the candidate to sign the charter: not a membership yet (a membership is
-- ACTIVE, SUSPENDED, WITHDRAWN or LAPSED, ../PRODUCT.md §3). Signing it opens the membership.
create table membership_offer (
    id bigserial primary key,
    provider_id bigint not null,
    application_id bigint not null unique,
    applicant_account_id bigint,
    score_percent numeric(5, 2),
    grid_version int not null default 0,
    offered_at timestamptz not null,
    signed_at timestamptz,
    membership_id bigint
);
create index membership_offer_open on membership_offer (provider_id) where signed_at is null;

create table membership (
    id bigserial primary key,
    provider_id bigint not null,
    application_id bigint,
    status varchar(16) not null check (status in ('ACTIVE', 'SUSPENDED', 'WITHDRAWN', 'LAPSED')),
    start_date date not null,
    next_renewal_date date not null,
    score_percent numeric(5, 2),
    grid_version int not null default 0,
    renewal_application_id bigint,
    renewal_submitted_on date,
    ended_on date,
    demo boolean not null default false,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version bigint not null default 0
);
-- one live membership per provider; former ones stay for the history
create unique index membership_live_provider on membership (provider_id) where status in ('ACTIVE', 'SUSPENDED');
create index membership_status_start on membership (status, start_date, id);
create index membership_renewal on membership (next_renewal_date) where status in ('ACTIVE', 'SUSPENDED');

create table membership_history (
    id bigserial primary key,
    membership_id bigint not null references membership (id),
    at timestamptz not null,
    kind varchar(32) not null,
    account_id bigint,
    reason text,
    detail text
);
create index membership_history_membership on membership_history (membership_id, at);

-- Each signature of a charter version: the text as shown (its SHA-256), in the language shown, by whom.
create table membership_charter_signature (
    id bigserial primary key,
    membership_id bigint not null references membership (id),
    charter_version int not null,
    language varchar(2) not null,
    text_sha256 varchar(64) not null check (length(text_sha256) = 64),
    signer_account_id bigint,
    signer_name text not null,
    signed_at timestamptz not null,
    unique (membership_id, charter_version)
);

-- A new charter version asks each active ambassador once to sign it again.
create table membership_charter_request (
    membership_id bigint not null references membership (id),
    charter_version int not null,
    requested_at timestamptz not null,
    primary key (membership_id, charter_version)
);

create table membership_commitment (
    membership_id bigint not null references membership (id),
    year int not null,
    kind varchar(32) not null,
    ticked_at timestamptz not null,
    ticked_by_account_id bigint,
    primary key (membership_id, year, kind)
);

-- A renewal reminder sent: one row per membership, kind and due date, written with the e-mail (insert-if-absent), so
-- that each reminder goes once whatever the number of nodes or restarts.
create table membership_reminder (
    membership_id bigint not null references membership (id),
    kind varchar(8) not null,
    due_date date not null,
    sent_at timestamptz not null,
    primary key (membership_id, kind, due_date)
);
