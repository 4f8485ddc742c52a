-- What the 2011 budget note measures: a home-support worker's whole caseload in citizens' own
-- homes, held against the hours that go to it. The register knows only the referred tenants; the
-- other citizens a worker supports (in their own homes or in residential facilities, boformer) are
-- counted once a month by the coordinator or imported from the municipality's case system.

-- About a third of a home-support worker's hours go to citizens in their own homes (the note).
alter table worker
  add column own_home_share decimal(4, 3) not null default 0.333
    comment 'share of the worker''s hours for citizens in their own homes',
  add constraint worker_own_home_share check (own_home_share > 0 and own_home_share <= 1);

create table citizen_count (
  id          bigint       not null auto_increment primary key,
  worker_id   bigint       not null,
  month       date         not null comment 'the first day of the month counted',
  own_home    int          not null comment 'citizens supported in their own homes who are not in the register',
  residential int          not null comment 'citizens supported in residential facilities (boformer)',
  source      varchar(10)  not null comment 'ENTERED on the page or IMPORTED from a file',
  recorded_by varchar(100) not null,
  recorded_at datetime(6)  not null,
  version     int          not null default 0,
  constraint citizen_count_month unique (worker_id, month),
  constraint citizen_count_worker foreign key (worker_id) references worker (id),
  constraint citizen_count_first_day check (dayofmonth(month) = 1),
  constraint citizen_count_counts check (own_home >= 0 and residential >= 0),
  constraint citizen_count_source check (source in ('ENTERED', 'IMPORTED'))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;
