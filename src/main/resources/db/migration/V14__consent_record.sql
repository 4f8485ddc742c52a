-- Consent as a record, not a field (#16 part 2): given, refused or withdrawn, on which day, who
-- recorded it, what it covers — may the association know the contact person's name and phone, may
-- it know the kind of support — and until when. Every change is a new row: the newest decides, the
-- rest is the history. tenant.consent and tenant.consent_date mirror the newest row.
create table tenant_consent (
  id            bigint       not null auto_increment primary key,
  tenant_id     bigint       not null,
  state         varchar(10)  not null,
  names_contact boolean      not null comment 'the association may know the contact person''s name and phone',
  support_kind  boolean      not null comment 'the association may know the kind of support',
  given_on      date         not null comment 'the day the tenant gave, refused or withdrew it',
  expires_on    date         null comment 'the last day it holds; null: until withdrawn',
  recorded_at   datetime(6)  not null, -- UTC
  recorded_by   varchar(100) not null,
  constraint tenant_consent_tenant foreign key (tenant_id) references tenant (id),
  constraint tenant_consent_state check (state in ('GIVEN', 'REFUSED', 'WITHDRAWN')),
  constraint tenant_consent_scope check (state = 'GIVEN' or (names_contact = 0 and support_kind = 0)),
  constraint tenant_consent_expiry check (expires_on is null or expires_on >= given_on),
  index tenant_consent_newest (tenant_id, recorded_at, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- What the register held so far becomes each tenant's first record: a consent given covered both.
insert into tenant_consent
  (tenant_id, state, names_contact, support_kind, given_on, expires_on, recorded_at, recorded_by)
select id, consent, consent = 'GIVEN', consent = 'GIVEN', coalesce(consent_date, referral_date),
       null, utc_timestamp(6), 'migration V14'
from tenant;

-- Without consent to name a worker, the association is told the team and the team's phone.
alter table unit add column team_phone varchar(30) null comment 'the housing-social team''s phone' after team_email;

-- Servicelovens §99 anonymous support: the association never learns that the SKP exists.
alter table assignment add column anonymous boolean not null default false
  comment '§99 anonymous: never named or hinted at to the association';
