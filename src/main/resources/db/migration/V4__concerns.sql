-- The concern context: categories (data an administrator maintains), concerns, their immutable
-- timeline and their attachments. Instants are UTC DATETIME(6).

create table category (
  id         bigint       not null auto_increment primary key,
  code       varchar(30)  not null,
  name_da    varchar(120) not null,
  name_en    varchar(120) not null,
  vum_theme  varchar(120) not null comment 'the VUM theme(s) the municipality follows up in',
  sort_order int          not null default 0,
  active     boolean      not null default true,
  version    int          not null default 0,
  constraint category_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

insert into category (code, name_da, name_en, vum_theme, sort_order) values
  ('NOISE', 'Støj og naboklager', 'Noise and neighbour conflict', 'Relationer', 10),
  ('HYGIENE', 'Hygiejne, lugt eller misligholdelse af boligen', 'Hygiene, smell or neglect of the flat', 'Praktiske opgaver / Egenomsorg', 20),
  ('RENT', 'Huslejerestance', 'Rent arrears', 'Samfundsliv', 30),
  ('DAMAGE', 'Skader på boligen', 'Damage to the flat', 'Praktiske opgaver', 40),
  ('WELFARE', 'Bekymring for beboerens trivsel', 'Worry for the tenant''s welfare', 'Mentale funktioner / Sundhedsforhold', 50),
  ('THREATS', 'Trusler eller vold', 'Threats or violence', 'Relationer / Mentale funktioner', 60);

create table concern (
  id                bigint        not null auto_increment primary key,
  public_id         char(36)      not null comment 'the opaque id in addresses',
  tenant_id         bigint        not null,
  association_id    bigint        not null comment 'whose concern it is: the tenant''s association when filed',
  unit_id           bigint        not null comment 'the adult unit covering the tenant''s department when filed',
  category_id       bigint        not null,
  urgency           varchar(10)   not null,
  description       varchar(4000) not null,
  happened_at       datetime(6)   null,
  location          varchar(200)  null,
  status            varchar(20)   not null,
  filed_by          varchar(100)  not null,
  filed_by_name     varchar(120)  not null,
  filed_at          datetime(6)   not null,
  assignee_worker_id bigint       null comment 'null: the unit''s housing-social team',
  route_explanation varchar(1000) not null comment 'why it went where it went, in Danish',
  acknowledged_at   datetime(6)   null,
  first_reply_at    datetime(6)   null,
  resolved_at       datetime(6)   null,
  outcome           varchar(30)   null,
  version           int           not null default 0,
  constraint concern_public_id unique (public_id),
  constraint concern_tenant foreign key (tenant_id) references tenant (id),
  constraint concern_association foreign key (association_id) references housing_association (id),
  constraint concern_unit foreign key (unit_id) references unit (id),
  constraint concern_category foreign key (category_id) references category (id),
  constraint concern_assignee foreign key (assignee_worker_id) references worker (id),
  constraint concern_urgency check (urgency in ('ACUTE', 'URGENT', 'NORMAL')),
  constraint concern_status check (status in ('NEW', 'ACKNOWLEDGED', 'AWAITING_INFO', 'RESOLVED', 'REOPENED', 'CLOSED')),
  index concern_association_filed (association_id, filed_at),
  index concern_assignee_status (assignee_worker_id, status, filed_at),
  index concern_unit_status (unit_id, status, filed_at),
  index concern_tenant (tenant_id, filed_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- The timeline: every event, in order, never changed. The association sees only the events marked
-- for it; internal notes are never marked.
create table concern_event (
  id                     bigint        not null auto_increment primary key,
  concern_id             bigint        not null,
  occurred_at            datetime(6)   not null,
  actor                  varchar(100)  not null,
  actor_name             varchar(120)  not null,
  kind                   varchar(20)   not null,
  text                   varchar(4000) null,
  visible_to_association boolean       not null,
  assignee_name          varchar(120)  null comment 'for routing and hand-over: to whom',
  outcome                varchar(30)   null,
  constraint concern_event_concern foreign key (concern_id) references concern (id),
  index concern_event_concern (concern_id, occurred_at, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- Attachments live in the database: backed up with it, stored in the same transaction (ADR 9).
create table concern_attachment (
  id            bigint       not null auto_increment primary key,
  public_id     char(36)     not null,
  concern_id    bigint       not null,
  event_id      bigint       not null comment 'the event it came with: its visibility is the event''s',
  file_name     varchar(200) not null,
  content_type  varchar(60)  not null comment 'detected from the content, not the name',
  size_bytes    int          not null,
  sha256        char(64)     not null,
  content       longblob     not null,
  uploaded_at   datetime(6)  not null,
  constraint concern_attachment_public_id unique (public_id),
  constraint concern_attachment_concern foreign key (concern_id) references concern (id),
  constraint concern_attachment_event foreign key (event_id) references concern_event (id),
  constraint concern_attachment_size check (size_bytes > 0 and size_bytes <= 10485760),
  index concern_attachment_concern (concern_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;
