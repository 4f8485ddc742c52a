-- The tenancy context: the support organisation, referred tenants, who supports them and when.
-- Days are DATE (Copenhagen days, both ends included); instants are UTC DATETIME(6).

create table unit (
  id         bigint       not null auto_increment primary key,
  code       varchar(20)  not null,
  name       varchar(120) not null,
  team_name  varchar(120) not null comment 'the unit''s housing-social team (boligsocialt beredskab)',
  team_email varchar(200) null,
  version    int          not null default 0,
  constraint unit_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- Which adult unit covers a district; a department's district decides its unit.
create table district (
  id      bigint       not null auto_increment primary key,
  name    varchar(80)  not null,
  unit_id bigint       not null,
  version int          not null default 0,
  constraint district_name unique (name),
  constraint district_unit foreign key (unit_id) references unit (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

create table housing_association (
  id      bigint       not null auto_increment primary key,
  code    varchar(20)  not null,
  name    varchar(120) not null,
  version int          not null default 0,
  constraint housing_association_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

create table department (
  id             bigint       not null auto_increment primary key,
  association_id bigint       not null,
  number         varchar(20)  not null comment 'the association''s own department number',
  name           varchar(120) not null,
  address        varchar(200) not null,
  postal_code    char(4)      not null,
  city           varchar(60)  not null,
  flats          int          not null,
  district_id    bigint       not null,
  version        int          not null default 0,
  constraint department_number unique (association_id, number),
  constraint department_association foreign key (association_id) references housing_association (id),
  constraint department_district foreign key (district_id) references district (id),
  constraint department_flats check (flats >= 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

create table worker (
  id          bigint        not null auto_increment primary key,
  username    varchar(100)  null comment 'the Keycloak user, when the worker signs in',
  name        varchar(120)  not null,
  phone       varchar(30)   null,
  email       varchar(200)  null,
  worker_type varchar(20)   not null,
  unit_id     bigint        not null,
  fte         decimal(3, 2) not null,
  active      boolean       not null default true,
  version     int           not null default 0,
  constraint worker_username unique (username),
  constraint worker_unit foreign key (unit_id) references unit (id),
  constraint worker_type_known check (worker_type in ('HOUSING_ADVISOR', 'SUPPORT_CONTACT', 'HOME_SUPPORT')),
  constraint worker_fte check (fte > 0 and fte <= 1)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

create table tenant (
  id                 bigint       not null auto_increment primary key,
  first_name         varchar(80)  not null,
  last_name          varchar(80)  not null,
  cpr_encrypted      varchar(100) not null comment 'AES-256-GCM, base64; never the plain number',
  cpr_index          char(64)     not null comment 'HMAC-SHA-256 blind index, for exact search',
  phone              varchar(30)  null,
  department_id      bigint       not null,
  address            varchar(200) not null comment 'the flat: street, number, floor, door',
  referral_date      date         not null,
  move_in_date       date         not null,
  support_track      varchar(20)  not null,
  consent            varchar(10)  not null,
  consent_date       date         null,
  tenancy_end_date   date         null,
  tenancy_end_reason varchar(30)  null,
  created_at         datetime(6)  not null,
  version            int          not null default 0,
  constraint tenant_cpr unique (cpr_index),
  constraint tenant_department foreign key (department_id) references department (id),
  constraint tenant_move_in check (move_in_date >= referral_date),
  constraint tenant_track check (support_track in ('NONE', 'SHORT_TERM', 'LONG_TERM', 'SPECIAL_HOUSING')),
  constraint tenant_consent check (consent in ('GIVEN', 'REFUSED', 'WITHDRAWN')),
  constraint tenant_end check ((tenancy_end_date is null) = (tenancy_end_reason is null)),
  index tenant_department_name (department_id, last_name, first_name),
  index tenant_name (last_name, first_name),
  index tenant_referral (referral_date)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

create table assignment (
  id         bigint      not null auto_increment primary key,
  tenant_id  bigint      not null,
  worker_id  bigint      not null,
  role       varchar(20) not null,
  from_date  date        not null,
  until_date date        null,
  version    int         not null default 0,
  constraint assignment_tenant foreign key (tenant_id) references tenant (id),
  constraint assignment_worker foreign key (worker_id) references worker (id),
  constraint assignment_role check (role in ('HOUSING_ADVISOR', 'SUPPORT_CONTACT', 'HOME_SUPPORT')),
  constraint assignment_period check (until_date is null or until_date >= from_date),
  index assignment_tenant_role (tenant_id, role, from_date),
  index assignment_worker (worker_id, from_date)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

create table absence (
  id            bigint not null auto_increment primary key,
  worker_id     bigint not null,
  from_date     date   not null,
  until_date    date   null,
  substitute_id bigint not null,
  version       int    not null default 0,
  constraint absence_worker foreign key (worker_id) references worker (id),
  constraint absence_substitute foreign key (substitute_id) references worker (id),
  constraint absence_period check (until_date is null or until_date >= from_date),
  constraint absence_not_self check (substitute_id <> worker_id),
  index absence_worker (worker_id, from_date),
  index absence_substitute (substitute_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;
