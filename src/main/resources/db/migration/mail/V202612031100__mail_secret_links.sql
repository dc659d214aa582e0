-- Secret links (reset, invitation…) are issued when the e-mail is delivered: the row keeps the request only,
-- its bodies hold a placeholder (see SecretLink).
alter table outbox_mail add column secret_link_purpose varchar(64);
alter table outbox_mail add column secret_link_subject bigint;
alter table outbox_mail add constraint outbox_mail_secret_link_complete
    check ((secret_link_purpose is null) = (secret_link_subject is null));

-- Bodies written before this version hold clear set-password links that every staff member could read:
-- blank them out (the tokens themselves are revoked by the accounts migration that follows).
update outbox_mail
   set body_text = regexp_replace(body_text, '/password/reset\?token=[A-Za-z0-9_-]+', '/password/reset?token=revoked', 'g'),
       body_html = regexp_replace(body_html, '/password/reset\?token=[A-Za-z0-9_-]+', '/password/reset?token=revoked', 'g')
 where body_text like '%/password/reset?token=%' or body_html like '%/password/reset?token=%';
