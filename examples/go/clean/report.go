package main

import (
	"io"
	"text/template"
)

// reportTmpl is parsed once, when the program starts.
var reportTmpl = template.Must(template.New("report").Parse(`Sensor report
input sha256 {{.Fingerprint}}
readings {{.Count}}, rejected {{.Rejected}}, calibration trace {{printf "%.4f" .Trace}}
{{range .Sites}}site-{{.Site}}  n={{.Count}}  median={{printf "%.3f" .Median}}
{{end}}lowest  {{with .Lowest}}{{.Sensor}} at site-{{.Site}}: {{.Value}}{{end}}
`))

type reportData struct {
	Fingerprint string
	Count       int
	Rejected    int
	Trace       float64
	Sites       []SiteMedian
	Lowest      Reading
}

// renderReport executes the report template once.
func renderReport(w io.Writer, rs []Reading, med []SiteMedian, trace float64, sum string, rejected int) error {
	d := reportData{Fingerprint: sum, Count: len(rs), Rejected: rejected, Trace: trace, Sites: med}
	if len(rs) > 0 {
		d.Lowest = rs[0]
	}
	return reportTmpl.Execute(w, d)
}
