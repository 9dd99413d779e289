-- The API's requeue sweep reads unfinished reports across tenants, oldest first.
CREATE INDEX reports_unfinished ON reports (created_at) WHERE status IN ('queued', 'running');
-- /metrics reads recent reports across tenants by creation time.
CREATE INDEX reports_created ON reports (created_at);
