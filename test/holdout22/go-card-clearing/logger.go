package main

import (
	"fmt"
	"io"
	"sync"
)

type Level int

const (
	LevelDebug Level = iota
	LevelInfo
	LevelWarn
)

// Logger is a small leveled logger writing one line per message.
type Logger struct {
	mu    sync.Mutex
	level Level
	out   io.Writer
}

func NewLogger(out io.Writer, level Level) *Logger {
	return &Logger{out: out, level: level}
}

func (l *Logger) Enabled(level Level) bool { return level >= l.level }

func (l *Logger) logf(level Level, tag, format string, args ...interface{}) {
	if !l.Enabled(level) {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	fmt.Fprintf(l.out, tag+" "+format+"\n", args...)
}

func (l *Logger) Debugf(format string, args ...interface{}) {
	l.logf(LevelDebug, "DEBUG", format, args...)
}
func (l *Logger) Infof(format string, args ...interface{}) {
	l.logf(LevelInfo, "INFO", format, args...)
}
func (l *Logger) Warnf(format string, args ...interface{}) {
	l.logf(LevelWarn, "WARN", format, args...)
}
