-- The tenant page's history: every change a coordinator makes to a tenant, in order. Append-only.
-- Holds names and days, never the CPR number or anything about the support's content.
create table tenant_event (
  id          bigint       not null auto_increment primary key,
  tenant_id   bigint       not null,
  occurred_at datetime(6)  not null comment 'UTC',
  actor       varchar(100) not null,
  kind        varchar(30)  not null,
  worker_name varchar(120) null,
  role        varchar(20)  null,
  day         date         null,
  other_name  varchar(120) null comment 'the worker handed over from',
  reason      varchar(30)  null,
  constraint tenant_event_tenant foreign key (tenant_id) references tenant (id),
  index tenant_event_tenant_time (tenant_id, occurred_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- The coordinators' list sorts and filters by these.
create index tenant_move_in on tenant (move_in_date);
create index tenant_end on tenant (tenancy_end_date);
