-- The shelter-to-home pathway (#17, ADR 26): a citizen's stay at a §110 shelter from intake to a
-- recommendation, the weekly resident review, the shelter's observations along VUM, the case
-- worker's requests for documentation, and — for those recommended for their own home — the one
-- link into the register (stay.tenant_id). Nothing here ever reaches a housing association.

create table shelter (
  id       bigint       not null auto_increment primary key,
  code     varchar(20)  not null comment 'what shelter staff''s "shelter" claim names',
  name     varchar(120) not null,
  address  varchar(200) not null,
  places   int          not null,
  version  int          not null default 0,
  constraint shelter_code unique (code),
  constraint shelter_places check (places > 0)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- The municipality's case workers (myndighedssagsbehandlere): they sign in with the role
-- case-worker; the shelters they are outposted to decide whose stays they see.
create table case_worker (
  id       bigint       not null auto_increment primary key,
  username varchar(100) not null comment 'the Keycloak user',
  name     varchar(120) not null,
  email    varchar(200) null,
  phone    varchar(30)  null,
  active   boolean      not null default true,
  version  int          not null default 0,
  constraint case_worker_username unique (username)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

create table shelter_case_worker (
  shelter_id     bigint not null,
  case_worker_id bigint not null,
  primary key (shelter_id, case_worker_id),
  constraint shelter_case_worker_shelter foreign key (shelter_id) references shelter (id),
  constraint shelter_case_worker_worker foreign key (case_worker_id) references case_worker (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- One stay = one citizen at one shelter from intake. The CPR number as the register keeps it
-- (AES-GCM bound to the stay, blind index); one person has one open stay at a time across all
-- shelters — the unique key on open_person, which is the index while the stay is open and null
-- (never equal) once it has ended. (VARCHAR, not CHAR as tenant.cpr_index: a CHAR's padding depends
-- on the session's sql_mode, so MariaDB refuses it in a stored expression.)
create table stay (
  id                 bigint        not null auto_increment primary key,
  shelter_id         bigint        not null,
  first_name         varchar(80)   not null,
  last_name          varchar(80)   not null,
  cpr_encrypted      varchar(100)  not null comment 'AES-256-GCM, bound to the stay; never the plain number',
  cpr_index          varchar(64)   not null comment 'HMAC-SHA-256 blind index',
  intake_date        date          not null,
  case_worker_id     bigint        null comment 'the responsible case worker',
  housing_advisor_id bigint        null comment 'the shelter''s housing advisor (a worker), if any',
  status             varchar(12)   not null,
  clarified_on       date          null,
  recommended_on     date          null,
  outcome            varchar(20)   null comment 'what was recommended',
  support            varchar(20)   null comment 'own home: the support track''s worker type, or NONE',
  justification      varchar(4000) null,
  recommended_by     varchar(100)  null,
  approved_by        varchar(100)  null comment 'the second case worker, where the setting asks for one',
  approved_at        datetime(6)   null,
  ended_on           date          null comment 'moved out',
  tenant_id          bigint        null comment 'the referred tenant the stay became (municipality only)',
  created_at         datetime(6)   not null, -- UTC
  created_by         varchar(100)  not null,
  version            int           not null default 0,
  open_person        varchar(64) as (if(ended_on is null, cpr_index, null)) persistent,
  constraint stay_one_open unique (open_person),
  constraint stay_shelter foreign key (shelter_id) references shelter (id),
  constraint stay_case_worker foreign key (case_worker_id) references case_worker (id),
  constraint stay_housing_advisor foreign key (housing_advisor_id) references worker (id),
  constraint stay_tenant foreign key (tenant_id) references tenant (id),
  constraint stay_tenant_once unique (tenant_id),
  constraint stay_status check (status in ('STAYING', 'CLARIFIED', 'RECOMMENDED', 'MOVED_OUT')),
  constraint stay_outcome check (outcome is null or outcome in
    ('OWN_HOME', 'CARE_HOME_107', 'CARE_HOME_108', 'SPECIAL_HOUSING', 'OTHER')),
  constraint stay_support check (support is null or support in
    ('NONE', 'HOUSING_ADVISOR', 'SUPPORT_CONTACT', 'HOME_SUPPORT')),
  constraint stay_recommended check (status not in ('RECOMMENDED') or
    (outcome is not null and recommended_on is not null and justification is not null)),
  constraint stay_ended check (ended_on is null or ended_on >= intake_date),
  index stay_shelter_open (shelter_id, ended_on, intake_date),
  index stay_cpr (cpr_index)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- The adult assessment method's themes (VUM 2.0), maintained as data like concern categories.
create table vum_theme (
  id         bigint       not null auto_increment primary key,
  code       varchar(30)  not null,
  name_da    varchar(120) not null,
  name_en    varchar(120) not null,
  sort_order int          not null,
  active     boolean      not null default true,
  version    int          not null default 0,
  constraint vum_theme_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

insert into vum_theme (code, name_da, name_en, sort_order) values
  ('HOME', 'Boevne og praktiske opgaver i hjemmet', 'Ability to live in a home, practical tasks', 1),
  ('SELF_CARE', 'Egenomsorg', 'Self-care', 2),
  ('HEALTH', 'Sundhed', 'Health', 3),
  ('RELATIONS', 'Sociale forhold og relationer', 'Social circumstances and relations', 4),
  ('ACTIVITY', 'Aktivitet og deltagelse', 'Activity and participation', 5),
  ('SURROUNDINGS', 'Omgivelser', 'Surroundings', 6);

-- The case worker asks the shelter to document something more closely.
create table documentation_request (
  id          bigint        not null auto_increment primary key,
  stay_id     bigint        not null,
  theme_id    bigint        not null,
  question    varchar(2000) not null,
  due_on      date          not null,
  asked_at    datetime(6)   not null, -- UTC
  asked_by    varchar(100)  not null,
  answered_at datetime(6)   null comment 'when the shelter''s first observation citing it was recorded',
  version     int           not null default 0,
  constraint documentation_request_stay foreign key (stay_id) references stay (id),
  constraint documentation_request_theme foreign key (theme_id) references vum_theme (id),
  index documentation_request_open (answered_at, due_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- What the shelter's staff saw, dated, under a theme, rated on the municipality's scale.
create table observation (
  id          bigint        not null auto_increment primary key,
  stay_id     bigint        not null,
  theme_id    bigint        not null,
  observed_on date          not null,
  rating      varchar(10)   not null,
  text        varchar(4000) not null,
  request_id  bigint        null comment 'the documentation request it answers',
  recorded_at datetime(6)   not null, -- UTC
  recorded_by varchar(100)  not null,
  constraint observation_stay foreign key (stay_id) references stay (id),
  constraint observation_theme foreign key (theme_id) references vum_theme (id),
  constraint observation_request foreign key (request_id) references documentation_request (id),
  constraint observation_rating check (rating in ('NONE', 'MILD', 'MODERATE', 'SEVERE', 'COMPLETE')),
  index observation_stay_theme (stay_id, theme_id, observed_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- The observations a recommendation builds on.
create table recommendation_citation (
  stay_id        bigint not null,
  observation_id bigint not null,
  primary key (stay_id, observation_id),
  constraint recommendation_citation_stay foreign key (stay_id) references stay (id),
  constraint recommendation_citation_observation foreign key (observation_id) references observation (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- The weekly resident review (beboergennemgang): one per shelter per week.
create table review_meeting (
  id                bigint       not null auto_increment primary key,
  shelter_id        bigint       not null,
  week_of           date         not null comment 'the Monday of its week',
  held_on           date         null comment 'null while it is an agenda',
  case_worker_id    bigint       null comment 'the case worker who attended; null: none did',
  other_attendees   varchar(500) null,
  recorded_by       varchar(100) null,
  version           int          not null default 0,
  constraint review_meeting_week unique (shelter_id, week_of),
  constraint review_meeting_shelter foreign key (shelter_id) references shelter (id),
  constraint review_meeting_case_worker foreign key (case_worker_id) references case_worker (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- A resident on a review's agenda, with the note and the agreed next step.
create table review_item (
  id         bigint        not null auto_increment primary key,
  meeting_id bigint        not null,
  stay_id    bigint        not null,
  position   int           not null,
  note       varchar(2000) null,
  next_step  varchar(500)  null,
  step_owner varchar(120)  null,
  step_due   date          null,
  added_by   varchar(100)  not null,
  constraint review_item_once unique (meeting_id, stay_id),
  constraint review_item_meeting foreign key (meeting_id) references review_meeting (id),
  constraint review_item_stay foreign key (stay_id) references stay (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;
