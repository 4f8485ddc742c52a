-- The escalation's minute looks at every open concern: without an index on the status alone
-- MariaDB read all of them, a million rows at ten years' scale — 3 s of the database every minute
-- in the 200-user run of 2026-12-03, the moment the analysts' and workers' slowest requests fell in.
-- Open concerns are a few thousand at most: a short range of this index.
alter table concern add index concern_status (status);
