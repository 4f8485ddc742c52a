-- The figures' summary: one row per concern with its business-time durations, kept current by the
-- portal (MeasureKeeper) so that medians, 90th percentiles and shares within target are SQL
-- aggregations over this table — never rows loaded into Java. Business minutes cannot be computed
-- in SQL (holidays, working hours, pauses), so the portal computes them once per change.
create table concern_measure (
  concern_id         bigint      not null primary key,
  concern_version    int         not null comment 'the concern''s version measured: a newer one is re-measured',
  filed_at           datetime(6) not null,
  filed_month        date        not null comment 'first day of the month filed, Copenhagen time',
  association_id     bigint      not null,
  department_id      bigint      not null,
  unit_id            bigint      not null,
  category_id        bigint      not null,
  urgency            varchar(10) not null,
  worker_type        varchar(20) null comment 'the assignee''s worker type; null while with the team',
  ack_minutes        int         null comment 'business minutes from filing to acknowledgement',
  ack_met            tinyint(1)  null,
  reply_minutes      int         null comment 'business minutes from filing to the first reply',
  reply_met          tinyint(1)  null,
  resolution_minutes int         null comment 'business minutes to resolution, less the pauses',
  resolution_met     tinyint(1)  null comment 'null: no target (acute)',
  constraint concern_measure_concern foreign key (concern_id) references concern (id),
  index concern_measure_month (filed_month, unit_id),
  index concern_measure_association (association_id, filed_month),
  index concern_measure_category (category_id, filed_month)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_danish_ci;
