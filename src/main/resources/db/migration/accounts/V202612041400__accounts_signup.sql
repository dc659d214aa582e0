-- Sign-up with e-mail verification (issue 9). An account created from the public sign-up page cannot log in until
-- its address is verified through the e-mailed link; every account created before (invited by staff, demo, first
-- administrator) counts as verified: its owner chose the password through a link sent to that address.
alter table account add column email_verified boolean not null default true;

-- The language of a candidate's e-mails may be Dutch (the back office itself speaks French or English).
alter table account drop constraint account_locale_check;
alter table account add constraint account_locale_check check (locale in ('fr', 'en', 'nl'));

-- Verification links are single-use, expiring tokens like the set-password links (only a SHA-256 is kept).
alter table password_token drop constraint password_token_purpose_check;
alter table password_token add constraint password_token_purpose_check
    check (purpose in ('RESET', 'INVITE', 'FIRST_ADMIN', 'VERIFY'));

-- Sign-ups (and verification e-mails asked again) are throttled per typed e-mail and per client address.
alter table login_throttle drop constraint login_throttle_kind_check;
alter table login_throttle add constraint login_throttle_kind_check
    check (kind in ('EMAIL', 'IP', 'RESET_EMAIL', 'RESET_IP', 'SIGNUP_EMAIL', 'SIGNUP_IP'));
