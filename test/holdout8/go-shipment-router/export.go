package main

import (
	"bufio"
	"fmt"
	"os"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"time"
)

// exporter writes any struct as a CSV row, using `export` struct tags to
// name the columns.
type exporter struct {
	f       *os.File
	w       *bufio.Writer
	header  bool
	scratch []string
}

func newExporter(path string) (*exporter, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &exporter{f: f, w: bufio.NewWriterSize(f, 64<<10)}, nil
}

// parseExportTag splits an `export:"name,opt=val,..."` tag into the column
// name and its options.
func parseExportTag(field reflect.StructField) (string, map[string]string) {
	tag := field.Tag.Get("export")
	parts := strings.Split(tag, ",")
	name := parts[0]
	if name == "" {
		name = strings.ToLower(field.Name)
	}
	opts := map[string]string{}
	for _, p := range parts[1:] {
		if k, v, ok := strings.Cut(p, "="); ok {
			opts[k] = v
		}
	}
	return name, opts
}

// toRecord flattens a tagged struct into its sorted column names and a
// column -> value map.
func toRecord(v interface{}) ([]string, map[string]string) {
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Ptr {
		rv = rv.Elem()
	}
	rt := rv.Type()
	rec := make(map[string]string, rt.NumField())
	for i := 0; i < rt.NumField(); i++ {
		field := rt.Field(i)
		name, opts := parseExportTag(field)
		fv := rv.FieldByName(field.Name)
		switch fv.Kind() {
		case reflect.String:
			rec[name] = fv.String()
		case reflect.Int, reflect.Int64, reflect.Int32:
			rec[name] = strconv.FormatInt(fv.Int(), 10)
		case reflect.Float64, reflect.Float32:
			prec := 2
			if p, err := strconv.Atoi(opts["prec"]); err == nil {
				prec = p
			}
			rec[name] = strconv.FormatFloat(fv.Float(), 'f', prec, 64)
		case reflect.Bool:
			rec[name] = strconv.FormatBool(fv.Bool())
		default:
			if t, ok := fv.Interface().(time.Time); ok && opts["time"] != "" {
				rec[name] = t.Format(opts["time"])
			} else {
				rec[name] = fmt.Sprint(fv.Interface())
			}
		}
	}
	return columnsOf(v), rec
}

// columnsOf lists the export column names of a tagged struct, sorted.
func columnsOf(v interface{}) []string {
	t := reflect.TypeOf(v)
	if t.Kind() == reflect.Ptr {
		t = t.Elem()
	}
	cols := make([]string, 0, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		name, _ := parseExportTag(t.Field(i))
		cols = append(cols, name)
	}
	sort.Strings(cols)
	return cols
}

func (e *exporter) Write(v interface{}) {
	cols, rec := toRecord(v)
	if !e.header {
		e.w.WriteString(strings.Join(cols, ","))
		e.w.WriteByte('\n')
		e.header = true
	}
	e.scratch = e.scratch[:0]
	for _, c := range cols {
		e.scratch = append(e.scratch, rec[c])
	}
	e.w.WriteString(strings.Join(e.scratch, ","))
	e.w.WriteByte('\n')
}

func (e *exporter) Close() error {
	if err := e.w.Flush(); err != nil {
		return err
	}
	return e.f.Close()
}

// changedFields compares two values of the same struct type field by field
// and returns the export names of the fields that differ.
func changedFields(before, after interface{}) []string {
	bv := reflect.Indirect(reflect.ValueOf(before))
	av := reflect.Indirect(reflect.ValueOf(after))
	t := bv.Type()
	var changed []string
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !reflect.DeepEqual(bv.FieldByName(f.Name).Interface(), av.FieldByName(f.Name).Interface()) {
			name := f.Tag.Get("export")
			if name == "" {
				name = f.Name
			}
			changed = append(changed, name)
		}
	}
	return changed
}
