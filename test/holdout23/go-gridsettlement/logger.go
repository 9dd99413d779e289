package main

import (
	"fmt"
	"io"
	"time"
)

type Level int

const (
	LevelDebug Level = iota
	LevelInfo
	LevelWarn
)

var levelTags = [...]string{"DEBUG", "INFO", "WARN"}

// Logger is a small leveled logger; callers check Enabled before building
// expensive messages.
type Logger struct {
	out   io.Writer
	level Level
}

func NewLogger(out io.Writer, level Level) *Logger { return &Logger{out: out, level: level} }

func (l *Logger) Enabled(level Level) bool { return level >= l.level }

func (l *Logger) logf(level Level, format string, args ...interface{}) {
	if !l.Enabled(level) {
		return
	}
	fmt.Fprintf(l.out, "%s %-5s %s\n", time.Now().UTC().Format(time.RFC3339), levelTags[level], fmt.Sprintf(format, args...))
}

func (l *Logger) Debugf(format string, args ...interface{}) { l.logf(LevelDebug, format, args...) }
func (l *Logger) Infof(format string, args ...interface{})  { l.logf(LevelInfo, format, args...) }
func (l *Logger) Warnf(format string, args ...interface{})  { l.logf(LevelWarn, format, args...) }
