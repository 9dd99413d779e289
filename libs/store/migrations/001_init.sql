-- Tenants, their tokens and services; profiles, reports and one row per finding.
-- Every table that holds tenant data carries tenant_id so each query can filter by it.

CREATE TABLE tenants (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name       text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Only the sha256 of a token is kept: a leaked database does not leak credentials.
CREATE TABLE tokens (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id  uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  token_hash bytea NOT NULL UNIQUE,
  label      text,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE INDEX tokens_tenant ON tokens (tenant_id);

CREATE TABLE services (
  id         uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id  uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  name       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (tenant_id, name)
);

CREATE TABLE profiles (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  service_id  uuid NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  digest      text NOT NULL,
  blob_key    text NOT NULL,
  format      text,
  bytes       bigint NOT NULL,
  commit_sha  text,
  repo        text,
  pr          integer,
  labels      jsonb NOT NULL DEFAULT '{}'::jsonb,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- A resubmitted profile is the same row: the submission is idempotent.
  UNIQUE (tenant_id, service_id, digest)
);
CREATE INDEX profiles_service_time ON profiles (tenant_id, service_id, received_at DESC);

CREATE TABLE reports (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  tenant_id     uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  profile_id    uuid NOT NULL REFERENCES profiles (id) ON DELETE CASCADE,
  service_id    uuid NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  -- '' is the profile's default sample type, so the unique key below holds for it too.
  sample_type   text NOT NULL DEFAULT '',
  status        text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  report        jsonb,
  error_code    text,
  error_message text,
  attempts      integer NOT NULL DEFAULT 0,
  created_at    timestamptz NOT NULL DEFAULT now(),
  started_at    timestamptz,
  finished_at   timestamptz,
  UNIQUE (profile_id, sample_type)
);
CREATE INDEX reports_service_time ON reports (tenant_id, service_id, created_at DESC);

CREATE TABLE findings (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  tenant_id   uuid NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
  report_id   uuid NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  service_id  uuid NOT NULL REFERENCES services (id) ON DELETE CASCADE,
  ordinal     integer NOT NULL,
  rule_id     text NOT NULL,
  category    text NOT NULL,
  detector    text NOT NULL,
  severity    text NOT NULL,
  confidence  double precision NOT NULL,
  title       text NOT NULL,
  share       double precision NOT NULL,
  value       double precision NOT NULL,
  unit        text NOT NULL,
  file        text,
  line        integer,
  function    text,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (report_id, ordinal)
);
-- The queries of PR comments and digests: per service over time, by category, by rule, by source line.
CREATE INDEX findings_service_time ON findings (tenant_id, service_id, created_at DESC);
CREATE INDEX findings_category ON findings (tenant_id, category, created_at DESC);
CREATE INDEX findings_rule ON findings (tenant_id, rule_id, created_at DESC);
CREATE INDEX findings_location ON findings (tenant_id, file, line) WHERE file IS NOT NULL;
CREATE INDEX findings_report ON findings (report_id);
