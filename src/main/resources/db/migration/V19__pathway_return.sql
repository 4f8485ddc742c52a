-- A recommendation the second case worker sends back (#17, where the setting asks for a second
-- case worker's approval): who sent it back, when and why — shown on the resident's page until the
-- next recommendation. The recommendation itself is cleared, so the stay is as it was before it.
alter table stay
  add column returned_by   varchar(100)  null comment 'the case worker who sent the last recommendation back',
  add column returned_at   datetime(6)   null,
  add column return_reason varchar(2000) null;
