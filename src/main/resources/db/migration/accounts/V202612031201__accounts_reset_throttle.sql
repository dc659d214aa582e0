-- The throttle table also counts forgotten-password requests, per typed e-mail (RESET_EMAIL) and per
-- client address (RESET_IP), beside the login attempts (EMAIL, IP).
alter table login_throttle alter column kind type varchar(16);
alter table login_throttle drop constraint login_throttle_kind_check;
alter table login_throttle add constraint login_throttle_kind_check
    check (kind in ('EMAIL', 'IP', 'RESET_EMAIL', 'RESET_IP'));
