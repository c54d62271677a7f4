// Command pprof serves the embedded site as `signaal serve` does, with Go's
// profiler on a second loopback address, to see under load (bench/run.sh's
// wrk mix) where the server's time goes:
//
//	go run ./bench/pprof -addr 127.0.0.1:18490 -pprof 127.0.0.1:18491 &
//	wrk -t1 -c50 -d30s -s bench/rotate.lua http://127.0.0.1:18490 -- paths &
//	go tool pprof -top http://127.0.0.1:18491/debug/pprof/profile?seconds=20
//
// The profiler never shares the site's address, and signaal serve has none.
package main

import (
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/pprof"
	"os"

	"signaal"
	"signaal/internal/server"
	"signaal/internal/site"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:18490", "address to serve the site on")
	prof := flag.String("pprof", "127.0.0.1:18491", "loopback address for /debug/pprof/")
	baseURL := flag.String("base-url", "https://signaal.example", "public address of the site")
	flag.Parse()
	srv, err := server.New(site.Config{
		Content: signaal.Content(), Static: signaal.Static(), BaseURL: *baseURL,
		ExitURL: "https://www.buienradar.nl/", BrotliQuality: site.DefaultBrotliQuality,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/debug/pprof/", pprof.Index)
	mux.HandleFunc("/debug/pprof/profile", pprof.Profile)
	go func() { fmt.Fprintln(os.Stderr, http.ListenAndServe(*prof, mux)) }()
	fmt.Fprintln(os.Stderr, http.ListenAndServe(*addr, srv.Handler()))
	os.Exit(1)
}
