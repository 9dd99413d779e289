// Package profiling starts and stops the runtime/pprof profiles of the example
// programs. Every output is optional: an empty path records nothing.
package profiling

import (
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// Options name the files to write. CPU is a CPU profile (100 Hz sampling),
// Mutex a contention profile (every contended Lock recorded), Allocs the
// allocation profile (runtime.MemProfileRate, default one sample per 512 KiB).
type Options struct {
	CPU    string
	Mutex  string
	Allocs string
}

// Start begins the profiles and returns the function that writes them.
func Start(o Options) (stop func() error, err error) {
	if o.Mutex != "" {
		runtime.SetMutexProfileFraction(1)
	}
	var cpu *os.File
	if o.CPU != "" {
		cpu, err = os.Create(o.CPU)
		if err != nil {
			return nil, err
		}
		if err := pprof.StartCPUProfile(cpu); err != nil {
			cpu.Close()
			return nil, fmt.Errorf("start CPU profile: %w", err)
		}
	}
	return func() error {
		if cpu != nil {
			pprof.StopCPUProfile()
			if err := cpu.Close(); err != nil {
				return err
			}
		}
		if o.Mutex != "" {
			if err := write("mutex", o.Mutex); err != nil {
				return err
			}
			runtime.SetMutexProfileFraction(0)
		}
		if o.Allocs != "" {
			// The allocation profile is as of the last GC; run one so the
			// figures include the whole run.
			runtime.GC()
			if err := write("allocs", o.Allocs); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

// write saves a named runtime profile as gzipped pprof (debug=0).
func write(name, path string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := pprof.Lookup(name).WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("write %s profile: %w", name, err)
	}
	return f.Close()
}

// FromEnv fills empty fields from HOTPATH_CPU_PROFILE, HOTPATH_MUTEX_PROFILE
// and HOTPATH_ALLOCS_PROFILE.
func (o *Options) FromEnv() {
	if o.CPU == "" {
		o.CPU = os.Getenv("HOTPATH_CPU_PROFILE")
	}
	if o.Mutex == "" {
		o.Mutex = os.Getenv("HOTPATH_MUTEX_PROFILE")
	}
	if o.Allocs == "" {
		o.Allocs = os.Getenv("HOTPATH_ALLOCS_PROFILE")
	}
}
