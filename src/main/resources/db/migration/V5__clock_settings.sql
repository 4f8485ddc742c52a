-- The clock's settings, maintained by administrators: working hours per weekday, response targets
-- per urgency and clock, and extra closed days. Seeded with Copenhagen's defaults and the target
-- proposal to the associations.

create table working_hours (
  day_of_week varchar(10) not null primary key,
  opens       time        null comment 'null: closed all day',
  closes      time        null,
  version     int         not null default 0,
  constraint working_hours_window check ((opens is null) = (closes is null) and (opens is null or closes > opens))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

insert into working_hours (day_of_week, opens, closes) values
  ('MONDAY', '08:00', '16:00'), ('TUESDAY', '08:00', '16:00'), ('WEDNESDAY', '08:00', '16:00'),
  ('THURSDAY', '08:00', '16:00'), ('FRIDAY', '08:00', '15:30'), ('SATURDAY', null, null),
  ('SUNDAY', null, null);

create table response_target (
  urgency    varchar(10) not null,
  clock_kind varchar(20) not null,
  amount     int         not null,
  unit       varchar(5)  not null,
  version    int         not null default 0,
  primary key (urgency, clock_kind),
  constraint response_target_positive check (amount > 0),
  constraint response_target_unit check (unit in ('HOURS', 'DAYS'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

insert into response_target (urgency, clock_kind, amount, unit) values
  ('ACUTE', 'ACKNOWLEDGE', 2, 'HOURS'), ('ACUTE', 'FIRST_REPLY', 1, 'DAYS'),
  ('URGENT', 'ACKNOWLEDGE', 1, 'DAYS'), ('URGENT', 'FIRST_REPLY', 2, 'DAYS'),
  ('NORMAL', 'ACKNOWLEDGE', 2, 'DAYS'), ('NORMAL', 'FIRST_REPLY', 5, 'DAYS'),
  ('NORMAL', 'RESOLUTION', 20, 'DAYS');

create table closed_day (
  day    date         not null primary key,
  reason varchar(120) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;
