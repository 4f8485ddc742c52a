-- The access and change log. Append-only: rows are inserted, never updated.
create table audit_event (
  id          bigint       not null auto_increment primary key,
  occurred_at datetime(6)  not null, -- UTC
  actor       varchar(100) not null,
  actor_role  varchar(40)  null,
  action      varchar(40)  not null,
  subject     varchar(200) null,
  index audit_event_actor_time (actor, occurred_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;
