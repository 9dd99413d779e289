// Command goclean clusters synthetic delivery locations with k-means and
// writes a compact text summary per cluster. Buffers and patterns are reused.
package main

import (
	"bufio"
	"flag"
	"io"
	"log"
	"os"
	"runtime/pprof"
)

func main() {
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			log.Fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			log.Fatal(err)
		}
		defer func() {
			pprof.StopCPUProfile()
			f.Close()
		}()
	}
	if run(io.Discard) == 0 {
		os.Exit(1)
	}
}

func run(out io.Writer) int {
	lines := generateInput(120000, 7)
	points, err := parseAll(lines)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(out)
	defer w.Flush()
	written := 0
	var buf []byte
	for _, k := range []int{8, 16, 24, 32} {
		km := newKMeans(points, k)
		km.fit(220)
		for c := 0; c < k; c++ {
			buf = km.appendSummary(buf[:0], c)
			n, _ := w.Write(buf)
			written += n
		}
	}
	return written
}
