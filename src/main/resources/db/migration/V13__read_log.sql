-- The access log becomes the read log (#16, ADR 22): every read of a tenant's data by staff, with
-- who read (user, role, unit or association), what (tenant, concern, file), the purpose (the page
-- it was read through) and the outcome. Rows are only ever inserted: the portal's database user is
-- granted SELECT and INSERT on this table and on its seals, never UPDATE or DELETE (SchemaMigration
-- grants the rest table by table).
alter table audit_event
  add column actor_unit    varchar(100) null comment 'the association or unit code of the reader' after actor_role,
  add column purpose       varchar(40)  null comment 'the page or use case the read served' after action,
  add column outcome       varchar(20)  not null default 'DONE' comment 'SHOWN, NONE (a search found nothing), REFUSED, DONE' after purpose,
  add column tenant_id     bigint       null comment 'whose data was read',
  add column concern_id    bigint       null,
  add column attachment_id bigint       null,
  add column logged_at     datetime(6)  not null default current_timestamp(6)
    comment 'the database''s own time of the insert: what the sealer orders its window by, whatever the portal''s clock',
  add index audit_event_tenant (tenant_id, occurred_at),
  add index audit_event_logged (logged_at);
update audit_event set outcome = 'REFUSED' where action = 'REFUSED';

-- The hash chain over the log: the sealer appends one seal per row in the order it finds them
-- committed; hash = SHA-256(previous hash, seq, the row's content). Append-only like the log.
create table audit_seal (
  seq       bigint      not null primary key,
  event_id  bigint      not null,
  prev_hash binary(32)  not null,
  hash      binary(32)  not null,
  sealed_at datetime(6) not null, -- UTC
  unique key audit_seal_event (event_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- The chain's head: the newest seal, and the lock that lets one sealer at a time append (a row
-- lock, so two portal nodes take turns).
create table audit_chain (
  id              tinyint     not null primary key,
  seq             bigint      not null,
  hash            binary(32)  not null,
  sealed_through  datetime(6) null comment 'logged_at of the newest row sealed'
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;
insert into audit_chain (id, seq, hash, sealed_through) values (1, 0, unhex(repeat('00', 32)), null);
