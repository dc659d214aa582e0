-- Accounts created by the demo seeding are flagged, so that they can be disabled whenever the application runs
-- without demo data (their password is public). The flag is set at creation from now on.
alter table account add column demo boolean not null default false;

-- Accounts seeded by earlier versions: one of the eight fixed demo e-mails AND created by the demo seeding (its
-- audit entry DEMO_CREATED exists). An account that merely uses a demo-looking address is not flagged.
update account set demo = true
where email in ('director@demo.ambassade.test', 'admin@demo.ambassade.test', 'animator@demo.ambassade.test',
                'editor@demo.ambassade.test', 'counselor@demo.ambassade.test', 'ambassador@demo.ambassade.test',
                'candidate@demo.ambassade.test', 'resident@demo.ambassade.test')
  and exists (select 1 from audit_entry e
              where e.object_type = 'Account' and e.object_id = account.id::text and e.action = 'DEMO_CREATED');

create index account_demo_idx on account (id) where demo;
