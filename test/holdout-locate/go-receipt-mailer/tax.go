package main

import (
	"encoding/json"
	"net/http"
	"strconv"
)

var vatRates = map[string]float64{"DE": 0.19, "FR": 0.20, "NL": 0.21, "SE": 0.25, "PL": 0.23}

// taxHandler is the tax service: the VAT rate and amount for a country and a net total.
func taxHandler(w http.ResponseWriter, r *http.Request) {
	net, _ := strconv.ParseInt(r.URL.Query().Get("net"), 10, 64)
	rate := vatRates[r.URL.Query().Get("country")]
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(map[string]any{"rate": rate, "vat": int64(float64(net) * rate)})
}
