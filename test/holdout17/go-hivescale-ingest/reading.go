package main

import (
	"reflect"
	"strconv"
	"strings"
	"time"
)

// AcousticBands is the number of 62.5 Hz bands reported by the hive microphones.
const AcousticBands = 16

// Reading is one decoded scale report. Limits follow the sensor data sheets.
type Reading struct {
	At          time.Time
	HiveRef     string
	WeightKg    float64                `validate:"min=0,max=180"`
	BroodTempC  float64                `validate:"min=-10,max=48"`
	AmbientC    float64                `validate:"min=-35,max=50"`
	HumidityPct float64                `validate:"min=0,max=100"`
	BatteryV    float64                `validate:"min=2.9,max=4.35"`
	RSSI        int                    `validate:"min=-140,max=0"`
	Acoustic    [AcousticBands]float64 `validate:"each,min=0,max=130"`
}

// parseReading decodes one gateway line.
func parseReading(line string, r *Reading) error {
	var fields [9]string
	n := 0
	for n < len(fields)-1 {
		i := strings.IndexByte(line, ',')
		if i < 0 {
			break
		}
		fields[n] = line[:i]
		line = line[i+1:]
		n++
	}
	fields[n] = line
	n++
	if n != len(fields) {
		return Errorf(KindInvalid, "expected %d fields, got %d", len(fields), n)
	}
	ts, err := strconv.ParseInt(fields[0], 10, 64)
	if err != nil {
		return Errorf(KindInvalid, "bad timestamp %q", fields[0])
	}
	r.At = time.Unix(ts, 0).UTC()
	r.HiveRef = fields[1]
	vals := [...]*float64{&r.WeightKg, &r.BroodTempC, &r.AmbientC, &r.HumidityPct, &r.BatteryV}
	for i, dst := range vals {
		v, err := strconv.ParseFloat(fields[2+i], 64)
		if err != nil {
			return Errorf(KindInvalid, "bad number %q", fields[2+i])
		}
		*dst = v
	}
	rssi, err := strconv.Atoi(fields[7])
	if err != nil {
		return Errorf(KindInvalid, "bad rssi %q", fields[7])
	}
	r.RSSI = rssi
	bands := fields[8]
	for b := 0; b < AcousticBands; b++ {
		j := strings.IndexByte(bands, ';')
		tok := bands
		if j >= 0 {
			tok = bands[:j]
			bands = bands[j+1:]
		} else if b != AcousticBands-1 {
			return Errorf(KindInvalid, "short acoustic vector")
		}
		tenths, err := strconv.Atoi(tok)
		if err != nil {
			return Errorf(KindInvalid, "bad acoustic band %q", tok)
		}
		r.Acoustic[b] = float64(tenths) / 10
	}
	return nil
}

// validateStruct checks every field carrying a `validate` tag against its
// declared limits. Array fields tagged "each" are checked element-wise.
func validateStruct(v interface{}) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Ptr {
		rv = rv.Elem()
	}
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		field := rt.Field(i)
		tag, ok := field.Tag.Lookup("validate")
		if !ok {
			continue
		}
		fv := rv.Field(i)
		rules := strings.Split(tag, ",")
		each := false
		if rules[0] == "each" {
			each = true
			rules = rules[1:]
		}
		if each && (fv.Kind() == reflect.Array || fv.Kind() == reflect.Slice) {
			for j := 0; j < fv.Len(); j++ {
				if err := checkRules(field.Name, fv.Index(j), rules); err != nil {
					return err
				}
			}
			continue
		}
		if err := checkRules(field.Name, fv, rules); err != nil {
			return err
		}
	}
	return nil
}

func checkRules(name string, fv reflect.Value, rules []string) error {
	var x float64
	switch fv.Kind() {
	case reflect.Float32, reflect.Float64:
		x = fv.Float()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x = float64(fv.Int())
	default:
		return nil
	}
	for _, rule := range rules {
		key, val, found := strings.Cut(rule, "=")
		if !found {
			continue
		}
		limit, err := strconv.ParseFloat(val, 64)
		if err != nil {
			return Errorf(KindInvalid, "bad limit in rule %q on %s", rule, name)
		}
		switch key {
		case "min":
			if x < limit {
				return Errorf(KindRange, "%s=%g below %g", name, x, limit)
			}
		case "max":
			if x > limit {
				return Errorf(KindRange, "%s=%g above %g", name, x, limit)
			}
		}
	}
	return nil
}
