-- versus store schema, version 1. One script for SQLite and PostgreSQL: the few vendor differences
-- are Flyway placeholders filled in by dev.versus.store.Migrations:
--   ${row_id}  an auto-increment surrogate key (SQLite INTEGER PRIMARY KEY AUTOINCREMENT,
--              PostgreSQL BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY)
--   ${bytes}   a binary column (SQLite BLOB, PostgreSQL BYTEA)
-- Conventions: wall-clock times are *_us columns (microseconds since the Unix epoch, UTC);
-- request timings are *_ns columns (nanoseconds since the run's time origin, see RequestRow);
-- absent values are NULL; JSON is stored as TEXT; text columns are TEXT (no length limits, so both
-- vendors accept the same values).

CREATE TABLE runs (
  id                      TEXT               NOT NULL PRIMARY KEY,
  kind                    TEXT               NOT NULL,
  title                   TEXT               NOT NULL,
  status                  TEXT               NOT NULL,
  started_us              BIGINT             NOT NULL,
  finished_us             BIGINT,
  config_json             TEXT,
  summary_json            TEXT,
  simulated               BOOLEAN            NOT NULL,
  shard_count             INTEGER            NOT NULL
);
CREATE INDEX runs_started ON runs (started_us);

CREATE TABLE request_records (
  id                      ${row_id},
  run_id                  TEXT               NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  shard                   INTEGER            NOT NULL,
  seq                     BIGINT             NOT NULL,
  model_key               TEXT               NOT NULL,
  load_level              TEXT               NOT NULL,
  warmup                  BOOLEAN            NOT NULL,
  intended_send_ns        BIGINT,
  sent_ns                 BIGINT             NOT NULL,
  first_byte_ns           BIGINT,
  first_token_ns          BIGINT,
  first_answer_token_ns   BIGINT,
  last_byte_ns            BIGINT,
  itl_gaps                ${bytes},
  prompt_tokens_server    INTEGER,
  output_tokens_server    INTEGER,
  reasoning_tokens_server INTEGER,
  prompt_tokens_client    INTEGER,
  output_tokens_client    INTEGER,
  usage_source            TEXT               NOT NULL,
  http_status             INTEGER,
  finish_reason           TEXT,
  error_class             TEXT,
  error_message           TEXT
);
CREATE INDEX request_records_run_model ON request_records (run_id, model_key);

CREATE TABLE eval_results (
  id                      ${row_id},
  run_id                  TEXT               NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  suite                   TEXT               NOT NULL,
  case_id                 TEXT               NOT NULL,
  model_key               TEXT               NOT NULL,
  repeat_index            INTEGER            NOT NULL,
  scorer                  TEXT               NOT NULL,
  prompt                  TEXT               NOT NULL,
  expected                TEXT,
  response                TEXT,
  extracted_answer        TEXT,
  score                   DOUBLE PRECISION   NOT NULL,
  passed                  BOOLEAN            NOT NULL,
  details_json            TEXT,
  latency_ns              BIGINT,
  prompt_tokens           INTEGER,
  output_tokens           INTEGER,
  cost_usd                DOUBLE PRECISION,
  cached                  BOOLEAN            NOT NULL,
  error_class             TEXT,
  error_message           TEXT
);
CREATE INDEX eval_results_run ON eval_results (run_id, model_key);

CREATE TABLE gateway_logs (
  request_id              TEXT               NOT NULL PRIMARY KEY,
  time_us                 BIGINT             NOT NULL,
  api_key_hash            TEXT,
  route                   TEXT               NOT NULL,
  requested_model         TEXT,
  backend                 TEXT,
  decision_reason         TEXT,
  guard_json              TEXT,
  streamed                BOOLEAN            NOT NULL,
  prompt_tokens           INTEGER,
  output_tokens           INTEGER,
  reasoning_tokens        INTEGER,
  cost_usd                DOUBLE PRECISION,
  ttft_ns                 BIGINT,
  latency_ns              BIGINT,
  http_status             INTEGER,
  error_class             TEXT,
  error_message           TEXT,
  redacted                BOOLEAN            NOT NULL,
  prompt                  TEXT,
  response                TEXT
);
CREATE INDEX gateway_logs_time ON gateway_logs (time_us);
CREATE INDEX gateway_logs_route_time ON gateway_logs (route, time_us);

CREATE TABLE histogram_intervals (
  id                      ${row_id},
  run_id                  TEXT               NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
  shard                   INTEGER            NOT NULL,
  model_key               TEXT               NOT NULL,
  load_level              TEXT               NOT NULL,
  metric                  TEXT               NOT NULL,
  start_ns                BIGINT             NOT NULL,
  duration_ns             BIGINT             NOT NULL,
  histogram               ${bytes}           NOT NULL
);
CREATE INDEX histogram_intervals_run ON histogram_intervals (run_id, metric);
