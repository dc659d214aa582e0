-- Every e-mail, written in the transaction of the change that causes it; delivered by the sender.
create table outbox_mail (
    id uuid primary key,
    created_at timestamptz not null default now(),
    recipient text not null,
    locale varchar(8) not null,
    template text not null,
    subject text not null,
    body_html text not null,
    body_text text not null,
    status varchar(16) not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts int not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error text,
    sent_at timestamptz
);
create index outbox_mail_pending_idx on outbox_mail (next_attempt_at) where status = 'PENDING';
create index outbox_mail_created_idx on outbox_mail (created_at desc);
