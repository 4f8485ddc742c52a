-- Retention (#16 part 3, ADR 25): personal data is anonymised or deleted when the policy's time is
-- up, and what the figures count stays. anonymised_at marks a row done; a run's log says what each
-- run did. A scheduled run has its day as key, so two portal nodes cannot both run the same night.
alter table concern add column anonymised_at datetime(6) null comment 'when retention blanked its personal data';
alter table tenant add column anonymised_at datetime(6) null comment 'when retention blanked its personal data';
alter table concern add index concern_anonymise (anonymised_at, resolved_at);
alter table tenant add index tenant_anonymise (anonymised_at, tenancy_end_date);

create table retention_run (
  id              bigint       not null auto_increment primary key,
  started_at      datetime(6)  not null, -- UTC
  scheduled_day   date         null comment 'the night of a scheduled run: once per day across the cluster',
  started_by      varchar(100) not null,
  concerns        int          not null comment 'concerns anonymised',
  attachments     int          not null comment 'files deleted',
  tenants         int          not null comment 'tenants anonymised',
  constraint retention_run_day unique (scheduled_day)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;
