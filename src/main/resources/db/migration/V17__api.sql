-- The REST API's own state (#18, ADR 27).

-- A filing's Idempotency-Key: the client's key, a fingerprint of the body it came with and the
-- concern it filed. Inserted in the filing's transaction before the concern, so two identical POSTs
-- at once file once (the second waits on the key, then finds the first's concern), and a key sent
-- again with another body is refused. A refused filing rolls its key back with it.
create table api_idempotency (
  client         varchar(100) not null comment 'the Keycloak client (azp) that sent the key',
  idem_key       varchar(100) not null,
  body_sha256    binary(32)   not null,
  concern_public_id char(36)  null,
  created_at     datetime(6)  not null,
  primary key (client, idem_key),
  key api_idempotency_created (created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;

-- Each client's token bucket: tokens left and when they were last counted (epoch milliseconds),
-- one row per client; a call takes a token with one UPDATE that only matches a bucket holding one,
-- so every node of a cluster counts the same calls.
create table api_rate (
  client      varchar(100) not null primary key,
  tokens      double       not null,
  refilled_at bigint       not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_bin;
