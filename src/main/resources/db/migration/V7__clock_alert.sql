-- Escalation: each clock of each concern warns once (75 %) and escalates once (100 %). The primary
-- key makes a second instance's identical attempt a no-op, so two portals never alert twice.
create table clock_alert (
  concern_id bigint      not null,
  clock_kind varchar(20) not null,
  level      varchar(10) not null,
  created_at datetime(6) not null,
  primary key (concern_id, clock_kind, level),
  constraint clock_alert_concern foreign key (concern_id) references concern (id),
  constraint clock_alert_level check (level in ('WARNING', 'OVERDUE'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;
