-- When a concern's acknowledgement and first reply fall due (the targets' deadlines from filing, in
-- business time; neither clock pauses), so the figures can count the concerns open and overdue at
-- any moment of the past: open at t and past a deadline that had not been met by t. Every concern
-- is measured again to fill them in.
alter table concern_measure
  add column ack_due_at   datetime(6) null comment 'when the acknowledgement falls due; null: no target',
  add column reply_due_at datetime(6) null comment 'when the first reply falls due; null: no target';
update concern_measure set concern_version = -1;

-- The concerns open at some moment of a window: resolved after its start, or not at all.
alter table concern add index concern_resolved (resolved_at);
