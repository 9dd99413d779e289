package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
)

// Kind classifies failures so that callers can decide whether to retry,
// fall back or reject a reading.
type Kind int

const (
	KindInvalid Kind = iota + 1
	KindNotFound
	KindRange
)

func (k Kind) String() string {
	switch k {
	case KindInvalid:
		return "invalid"
	case KindNotFound:
		return "not-found"
	case KindRange:
		return "out-of-range"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Fault is the error type used across the ingest service. It records where
// it was raised so that the on-call engineer can find the origin of a reject
// in the gateway audit without a debugger.
type Fault struct {
	Kind  Kind
	Msg   string
	Stack []string
}

func (f *Fault) Error() string { return f.Kind.String() + ": " + f.Msg }

// Errorf builds a Fault with the caller's stack attached.
func Errorf(kind Kind, format string, args ...interface{}) error {
	pcs := make([]uintptr, 48)
	n := runtime.Callers(2, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	stack := make([]string, 0, n)
	for {
		fr, more := frames.Next()
		stack = append(stack, fr.Function+" ("+fr.File+":"+strconv.Itoa(fr.Line)+")")
		if !more {
			break
		}
	}
	return &Fault{Kind: kind, Msg: fmt.Sprintf(format, args...), Stack: stack}
}

// IsKind reports whether err is (or wraps) a Fault of the given kind.
func IsKind(err error, kind Kind) bool {
	var f *Fault
	return errors.As(err, &f) && f.Kind == kind
}
