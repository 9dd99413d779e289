package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"text/template"
	"time"
)

// The plain-text part of the receipt e-mail.
const receiptText = `Receipt for order {{.Order.ID}}

Dear {{.Order.Customer}}, thank you for your order.
{{range .Order.Items}}
  {{printf "%-14s" .Name}} {{.Quantity}} x {{money .Cents}}{{end}}

Net {{money .Net}}, VAT {{percent .Rate}}: {{money .VAT}}
Total {{money .Total}}
{{if gt .Total 10000}}Free shipping applied.{{end}}
`

var receiptFuncs = template.FuncMap{
	"money":   func(c int64) string { return fmt.Sprintf("EUR %d.%02d", c/100, c%100) },
	"percent": func(r float64) string { return strconv.FormatFloat(r*100, 'f', 0, 64) + " %" },
}

type receiptServer struct {
	taxURL string
	orders []order
}

type taxQuote struct {
	Rate float64 `json:"rate"`
	VAT  int64   `json:"vat"`
}

func (s *receiptServer) quote(country string, net int64) (taxQuote, error) {
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 4, IdleConnTimeout: 30 * time.Second}, Timeout: 5 * time.Second}
	defer client.CloseIdleConnections()
	resp, err := client.Get(fmt.Sprintf("%s/tax?country=%s&net=%d", s.taxURL, country, net))
	if err != nil {
		return taxQuote{}, err
	}
	defer resp.Body.Close()
	var q taxQuote
	err = json.NewDecoder(resp.Body).Decode(&q)
	return q, err
}

func (s *receiptServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/receipts/"))
	if err != nil || id < 0 || id >= len(s.orders) {
		http.NotFound(w, r)
		return
	}
	o := s.orders[id]
	var net int64
	for _, it := range o.Items {
		net += int64(it.Quantity) * it.Cents
	}
	q, err := s.quote(o.Country, net)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	page, err := template.New("receipt").Funcs(receiptFuncs).Parse(receiptText)
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	page.Execute(w, map[string]any{"Order": o, "Net": net, "Rate": q.Rate, "VAT": q.VAT, "Total": net + q.VAT})
}
