-- Until this version the clear set-password links were stored in outbox bodies that every staff member could
-- read: every link still unused is revoked (whoever needs one asks again; an administrator who lost access
-- uses `java -jar ambassade.jar admin reset-link <email>`).
update password_token set used_at = now() where used_at is null;
