-- Housing staff's "Mine henvendelser" shows their association's open concerns, newest first, and
-- counts them. With only (association_id, filed_at) MariaDB walked all of an association's concerns
-- — a tenth of a million after ten years, nearly all closed — to count the few hundred still open
-- (#15: 1.5 s for the raw statements at a million concerns). The workers' and the units' queues
-- already have their status in the index; now the associations' do too.
alter table concern add index concern_association_status (association_id, status, filed_at);
