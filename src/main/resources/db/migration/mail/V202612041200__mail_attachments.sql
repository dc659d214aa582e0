-- Files sent with an e-mail (an invitation's ICS, minutes in PDF…), written with it in the same transaction.
-- Never a secret link: those are issued at delivery into the bodies only.
create table outbox_mail_attachment (
    mail_id uuid not null references outbox_mail (id) on delete cascade,
    position int not null check (position >= 0),
    file_name text not null,
    content_type text not null,
    size_bytes int not null check (size_bytes >= 0),
    content bytea not null,
    primary key (mail_id, position)
);
