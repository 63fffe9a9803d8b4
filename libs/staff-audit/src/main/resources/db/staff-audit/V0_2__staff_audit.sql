-- The staff audit trail (this library, staff-audit): one row per staff action, written in the action's transaction.
-- Every service that records staff actions lists db/staff-audit in quarkus.flyway.locations.
-- details holds ids, slugs, counts and rules only, never personal data.
create table staff_audit (
    id          uuid primary key,
    occurred_at timestamptz not null,
    actor       text not null,
    action      text not null,
    subject     text,
    details     jsonb not null default '{}'
);

-- newest first, whole trail or one staff member's or one subject's
create index staff_audit_newest on staff_audit (occurred_at desc, id desc);
create index staff_audit_actor on staff_audit (actor, occurred_at desc);
create index staff_audit_subject on staff_audit (subject, occurred_at desc);
