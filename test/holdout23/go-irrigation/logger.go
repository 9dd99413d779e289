package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Level is the severity of a controller log entry.
type Level int

const (
	LevelDebug Level = iota
	LevelInfo
	LevelWarn
	LevelError
)

var levelNames = [...]string{"DEBUG", "INFO", "WARN", "ERROR"}

// Logger is the controller's leveled logger. Entries go to controller.log in
// the run directory so they can be shipped with the schedule.
type Logger struct {
	mu    sync.Mutex
	level Level
	w     *bufio.Writer
	f     *os.File
	clock func() time.Time
}

func OpenLogger(dir string, level Level) (*Logger, error) {
	f, err := os.Create(filepath.Join(dir, "controller.log"))
	if err != nil {
		return nil, err
	}
	return &Logger{level: level, w: bufio.NewWriterSize(f, 1<<16), f: f, clock: time.Now}, nil
}

func (l *Logger) Debugf(format string, args ...interface{}) {
	l.emit(LevelDebug, fmt.Sprintf(format, args...))
}

func (l *Logger) Infof(format string, args ...interface{}) {
	l.emit(LevelInfo, fmt.Sprintf(format, args...))
}

func (l *Logger) Warnf(format string, args ...interface{}) {
	l.emit(LevelWarn, fmt.Sprintf(format, args...))
}

func (l *Logger) emit(level Level, msg string) {
	if level < l.level {
		return
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	buf := make([]byte, 0, len(msg)+40)
	buf = l.clock().UTC().AppendFormat(buf, "2006-01-02T15:04:05.000Z")
	buf = append(buf, ' ')
	buf = append(buf, levelNames[level]...)
	buf = append(buf, ' ')
	buf = append(buf, msg...)
	buf = append(buf, '\n')
	l.w.Write(buf)
}

func (l *Logger) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if err := l.w.Flush(); err != nil {
		l.f.Close()
		return err
	}
	return l.f.Close()
}
