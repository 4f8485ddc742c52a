-- When a concern last changed, kept by MariaDB itself on every update of the row. The figures'
-- keeper then looks only at concerns changed since its last pass (an index range) instead of
-- comparing every concern with its measure each minute: at a million concerns that comparison
-- takes seconds. A full comparison still runs at start-up, hourly and after a change to the clock's
-- settings (ADR 12).
alter table concern
  add column changed_at datetime(6) not null default current_timestamp(6)
    on update current_timestamp(6) comment 'the database''s time of the last change to the row',
  add index concern_changed (changed_at);
