package main

import (
	"bytes"
	"hash/crc32"
	"io"
	"net/http"
	"strconv"
)

// maxBody bounds a batch.
const maxBody = 1 << 20

// Server is the ingestion API.
type Server struct {
	store     *Store
	archive   *Archive
	index     *Index
	incidents *Queue
}

// NewServer returns the HTTP handler of the service.
func NewServer(store *Store) http.Handler {
	s := &Server{store: store, archive: NewArchive(), index: NewIndex(), incidents: &Queue{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/v1/logs", s.handleIngest)
	return mux
}

// batchResult is what one request produced.
type batchResult struct {
	accepted, rejected int
	entries            []Entry
	records            []string
	incidents          []*Entry
}

// handleIngest takes a batch of newline-separated log lines.
func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	tenant := r.URL.Query().Get("tenant")
	if tenant == "" {
		http.Error(w, "missing tenant", http.StatusBadRequest)
		return
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		http.Error(w, "cannot read body", http.StatusBadRequest)
		return
	}

	var res batchResult
	for len(body) > 0 {
		line := body
		if i := bytes.IndexByte(body, '\n'); i >= 0 {
			line, body = body[:i], body[i+1:]
		} else {
			body = nil
		}
		if len(line) == 0 {
			continue
		}
		s.ingestLine(tenant, line, &res)
	}
	s.archive.Append(tenant, res.records)
	s.index.Add(tenant, res.entries)
	s.incidents.Push(res.incidents)

	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.WriteHeader(http.StatusAccepted)
	out := make([]byte, 0, 64)
	out = append(out, "accepted="...)
	out = strconv.AppendInt(out, int64(res.accepted), 10)
	out = append(out, " rejected="...)
	out = strconv.AppendInt(out, int64(res.rejected), 10)
	out = append(out, '\n')
	w.Write(out)
}

// ingestLine runs one log line through the pipeline.
func (s *Server) ingestLine(tenant string, raw []byte, res *batchResult) {
	e, ok := parseLine(string(raw))
	if !ok {
		res.rejected++
		return
	}
	e.Tenant = tenant
	e.Checksum = crc32.ChecksumIEEE(raw)
	e.Message = redactSecrets(e.Message)
	e.Labels = map[string]string{"tenant": tenant, "route": normalizePath(e.Path)}

	for _, key := range rollupKeys(&e) {
		s.store.Observe(key, e.LatencyMs, e.Status)
	}
	res.records = append(res.records, archiveRecord(&e))

	if isIncident(&e) {
		inc := cloneEntry(&e)
		inc.Labels["queue"] = "incidents"
		res.incidents = append(res.incidents, inc)
	}
	res.entries = append(res.entries, e)
	res.accepted++
}

// isIncident tells whether a line goes to the incident queue as well.
func isIncident(e *Entry) bool {
	return e.Status >= 500 || e.Level == "ERROR" || e.Level == "WARN"
}
