-- Mail that must go out, written in the same transaction as the event that causes it: if the event
-- is stored, so is its mail, and a mail server that is down only delays it. The sender claims due
-- mails for a short lease (skipping rows another portal instance holds), sends them, and marks each
-- sent once — only the holder of the claim may mark it.
create table mail_outbox (
  id              bigint       not null auto_increment primary key,
  created_at      datetime(6)  not null,
  recipient       varchar(200) not null,
  subject         varchar(200) not null,
  body            text         not null comment 'no personal data: what happened, a category and a link',
  status          varchar(10)  not null,
  attempts        int          not null default 0,
  next_attempt_at datetime(6)  not null,
  claimed_by      varchar(40)  null comment 'the sender run holding the lease',
  claimed_until   datetime(6)  null,
  last_error      varchar(500) null,
  sent_at         datetime(6)  null,
  constraint mail_outbox_status check (status in ('PENDING', 'SENT', 'FAILED')),
  -- The sender's question ("what is due?") and the admin page's ("what waits or failed?").
  index mail_outbox_due (status, next_attempt_at),
  index mail_outbox_created (created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;

-- Where the association's updates go: the filer's address as Keycloak gave it when they filed.
alter table concern add column filer_email varchar(200) null after filed_by_name;
