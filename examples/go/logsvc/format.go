package main

import (
	"encoding/json"
	"fmt"
)

// rollupKeys names the statistics series an entry counts in: its route and
// status class, its service, and its tenant.
func rollupKeys(e *Entry) [3]string {
	return [3]string{
		fmt.Sprintf("%s|%s|%s|%s|%dxx", e.Tenant, e.Service, e.Method, e.Labels["route"], e.Status/100),
		fmt.Sprintf("%s|%s|*", e.Tenant, e.Service),
		fmt.Sprintf("%s|*", e.Tenant),
	}
}

// archiveRecord renders the line kept in the cold archive.
func archiveRecord(e *Entry) string {
	return fmt.Sprintf("%s %-5s %s/%s %s %s status=%d latency=%dms user=%s crc=%08x msg=%q route=%s",
		e.Time, e.Level, e.Tenant, e.Service, e.Method, e.Path, e.Status, e.LatencyMs, e.User, e.Checksum, e.Message, e.Labels["route"])
}

// cloneEntry returns a deep copy of e (including its labels map), so that the
// incident copy can be enriched without touching the live entry.
func cloneEntry(e *Entry) *Entry {
	data, err := json.Marshal(e)
	if err != nil {
		panic(err)
	}
	var c Entry
	if err := json.Unmarshal(data, &c); err != nil {
		panic(err)
	}
	return &c
}
