-- versus store schema, version 2: limits shared by gateway replicas (DESIGN §10).
-- Used only on PostgreSQL (dev.versus.gateway.SharedConcurrencyLimiter, SharedRateLimiter); the
-- tables are created on SQLite too, so that both vendors keep one schema version, and stay empty.
-- Times are *_us columns: microseconds since the Unix epoch (UTC) on the writing replica's clock.

-- One row per slot of a shared concurrency cap: slot 0..cap-1 of limiter `limiter`. A free slot
-- has a NULL lease; a held one names the replica (owner), the acquisition (lease) and when the
-- lease ends unless its owner renews it (expires_us), so a crashed replica's slots come back.
CREATE TABLE limiter_leases (
  limiter                 TEXT               NOT NULL,
  slot                    INTEGER            NOT NULL,
  owner                   TEXT,
  lease                   TEXT,
  expires_us              BIGINT,
  PRIMARY KEY (limiter, slot)
);
CREATE INDEX limiter_leases_owner ON limiter_leases (owner);

-- One token bucket per key (e.g. an API key's or a backend's requests per minute): tokens left
-- at updated_us; refilled continuously on each use.
CREATE TABLE rate_buckets (
  bucket                  TEXT               NOT NULL PRIMARY KEY,
  tokens                  DOUBLE PRECISION   NOT NULL,
  updated_us              BIGINT             NOT NULL
);
