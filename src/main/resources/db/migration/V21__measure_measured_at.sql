-- When a measure last changed, kept by MariaDB itself: set on insert and on every update that
-- changes the row (the keeper's upsert of a concern measured again). The response-time figures are
-- kept by the portal until the newest of these moves (ADR 30); the index answers max() at once.
alter table concern_measure
  add column measured_at datetime(6) not null default current_timestamp(6)
    on update current_timestamp(6) comment 'the database''s time of the last change to the row',
  add index concern_measure_measured (measured_at);
