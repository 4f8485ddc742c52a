-- Webhooks for the associations' systems (#18, ADR 27): an HTTPS address per API client, told of
-- what the municipality did on the association's concerns (acknowledged, replied, information
-- requested, resolved) — ids and the kind only; the client fetches the rest with its token.

create table webhook (
  id             bigint       not null auto_increment primary key,
  client         varchar(100) not null comment 'the API client (Keycloak client id) it serves',
  association_id bigint       not null,
  url            varchar(500) not null,
  secret         varchar(64)  not null comment 'the HMAC key the receiver checks signatures with',
  active         boolean      not null default true,
  created_at     datetime(6)  not null,
  version        int          not null default 0,
  constraint webhook_client unique (client),
  constraint webhook_association foreign key (association_id) references housing_association (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- One event for one webhook, written in the transaction of the step that caused it and delivered
-- by the same outbox pattern as mail (ADR 11): claimed with FOR UPDATE SKIP LOCKED and a lease,
-- retried with back-off, given up after the last try, sent again on an administrator's request.
create table webhook_delivery (
  id                bigint       not null auto_increment primary key,
  webhook_id        bigint       not null,
  event_id          char(36)     not null,
  kind              varchar(40)  not null,
  concern_public_id char(36)     not null,
  occurred_at       datetime(6)  not null,
  status            varchar(10)  not null default 'PENDING',
  attempts          int          not null default 0,
  next_attempt_at   datetime(6)  not null,
  claimed_by        varchar(40)  null,
  claimed_until     datetime(6)  null,
  delivered_at      datetime(6)  null,
  last_status       int          null,
  last_error        varchar(300) null,
  created_at        datetime(6)  not null,
  constraint webhook_delivery_event unique (webhook_id, event_id),
  constraint webhook_delivery_webhook foreign key (webhook_id) references webhook (id),
  key webhook_delivery_due (status, next_attempt_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
