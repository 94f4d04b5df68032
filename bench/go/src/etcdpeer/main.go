// etcdpeer: the Go side of bench-peers. It runs the phases of bench/bench.pl
// with Go's reference client (go.etcd.io/etcd/clientv3, 3.4, from Debian's
// golang-etcd-server-dev) and prints the same fields, so bench/peers.pl can
// put the two side by side. Built offline in GOPATH mode by `make bench-peers`.
//
// It never starts a server: --endpoints is required (bench/peers.pl starts a
// fresh etcd for each run). CPU figures come from
// clock_gettime(CLOCK_PROCESS_CPUTIME_ID): every thread of the process,
// the Go runtime's (scheduler, garbage collector) included.
//
// This is a benchmark, not a test.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"go.etcd.io/etcd/clientv3"
	"go.uber.org/zap"
)

type options struct {
	endpoints  string
	serverPid  int
	n          int
	valueSize  int
	keys       int
	phases     string
	timeout    float64
	prefix     string
	json       bool
	writer     string
	conc       int
	backlog    int
	backlogTxn int
	rangeKVs   int
	rangeReads int
	watches    int
}

var opt options

// phase results; the JSON field names are bench/bench.pl's
type result struct {
	Phase            string   `json:"phase"`
	Op               string   `json:"op"`
	Unit             string   `json:"unit"`
	Concurrency      int      `json:"concurrency"`
	N                int      `json:"n"`
	Ops              int64    `json:"ops"`
	Errors           int64    `json:"errors"`
	BadResponses     int64    `json:"bad_responses"`
	Finished         bool     `json:"finished"`
	FirstError       *string  `json:"first_error"`
	WallS            float64  `json:"wall_s"`
	OpsPerS          *float64 `json:"ops_per_s"`
	CPUS             float64  `json:"cpu_s"`
	UserS            float64  `json:"user_s"`
	SysS             float64  `json:"sys_s"`
	CPUUsPerOp       float64  `json:"cpu_us_per_op"`
	AvgLatencyUs     *float64 `json:"avg_latency_us"`
	P50Us            *float64 `json:"p50_us"`
	P99Us            *float64 `json:"p99_us"`
	ServerCPUUsPerOp *float64 `json:"server_cpu_us_per_op"`
	PeakRSSKB        *int64   `json:"peak_rss_kb"`
	CreateS          *float64 `json:"create_s,omitempty"`
	RSSDeltaKB       *int64   `json:"rss_delta_kb,omitempty"`
	BytesPerWatch    *float64 `json:"bytes_per_watch,omitempty"`
	Flagged          bool     `json:"flagged"`
}

// tally: what a phase counts while it runs (shared by goroutines)
type tally struct {
	ops, errors, bad int64
	mu               sync.Mutex
	firstError       *string
}

func (t *tally) fail(bad bool, msg string) {
	atomic.AddInt64(&t.errors, 1)
	if bad {
		atomic.AddInt64(&t.bad, 1)
	}
	t.mu.Lock()
	if t.firstError == nil {
		t.firstError = &msg
	}
	t.mu.Unlock()
}

// ---------------------------------------------------------------------------
// clocks and /proc

type timespec struct{ sec, nsec int64 }

const clockProcessCPUTimeID = 2 // CLOCK_PROCESS_CPUTIME_ID on Linux

// CPU seconds (user+sys, all threads) used by this process so far.
func cpuNow() float64 {
	var ts timespec
	_, _, e := syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockProcessCPUTimeID, uintptr(unsafe.Pointer(&ts)), 0)
	if e != 0 {
		panic("clock_gettime(CLOCK_PROCESS_CPUTIME_ID): " + e.Error())
	}
	return float64(ts.sec) + float64(ts.nsec)/1e9
}

func userSys() (float64, float64) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	tv := func(t syscall.Timeval) float64 { return float64(t.Sec) + float64(t.Usec)/1e6 }
	return tv(ru.Utime), tv(ru.Stime)
}

// /proc reports CPU times in USER_HZ, which Linux fixes at 100.
const clkTck = 100

// CPU seconds used so far by another process (the server), or -1.
func procCPU(pid int) float64 {
	if pid <= 0 {
		return -1
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return -1
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return -1
	}
	f := strings.Fields(s[i+1:]) // f[0] is field 3 (state)
	if len(f) < 13 {
		return -1
	}
	u, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (u + st) / clkTck
}

func statusKB(field string) int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return -1
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, field+":") {
			v := strings.Fields(line[len(field)+1:])
			if len(v) > 0 {
				n, _ := strconv.ParseInt(v[0], 10, 64)
				return n
			}
		}
	}
	return -1
}

// Resets VmHWM to the current RSS, so the peak read after a phase is that
// phase's (Linux >= 4.0). Returns false where it cannot.
func resetPeakRSS() bool {
	return os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) == nil
}

// ---------------------------------------------------------------------------
// measuring

type meter struct {
	cpu0, u0, s0, srv0 float64
	wall0              time.Time
	peakOK             bool
}

func startMeter() *meter {
	m := &meter{peakOK: resetPeakRSS()}
	m.srv0 = procCPU(opt.serverPid)
	m.u0, m.s0 = userSys()
	m.cpu0 = cpuNow()
	m.wall0 = time.Now()
	return m
}

// fills the clock fields of r; ops is the number of units (ops, events, kvs)
func (m *meter) stop(r *result, t *tally, conc int) {
	wall := time.Since(m.wall0).Seconds()
	cpu := cpuNow() - m.cpu0
	u1, s1 := userSys()
	srv1 := procCPU(opt.serverPid)
	r.Ops = atomic.LoadInt64(&t.ops)
	r.Errors = atomic.LoadInt64(&t.errors)
	r.BadResponses = atomic.LoadInt64(&t.bad)
	r.FirstError = t.firstError
	r.WallS = wall
	r.CPUS = cpu
	r.UserS = u1 - m.u0
	r.SysS = s1 - m.s0
	ops := r.Ops
	if ops == 0 {
		ops = 1
	}
	if wall > 0 {
		v := float64(r.Ops) / wall
		r.OpsPerS = &v
	}
	r.CPUUsPerOp = cpu / float64(ops) * 1e6
	if r.Ops > 0 && conc > 0 {
		v := wall * float64(conc) / float64(r.Ops) * 1e6
		r.AvgLatencyUs = &v
	}
	if m.srv0 >= 0 && srv1 >= 0 {
		v := (srv1 - m.srv0) / float64(ops) * 1e6
		r.ServerCPUUsPerOp = &v
	}
	if m.peakOK {
		v := statusKB("VmHWM")
		r.PeakRSSKB = &v
	}
}

// nearest-rank percentile of sorted latencies (seconds), in microseconds
func percentile(sorted []float64, q float64) *float64 {
	if len(sorted) == 0 {
		return nil
	}
	i := int(q*float64(len(sorted))+0.999999999) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(sorted) {
		i = len(sorted) - 1
	}
	v := sorted[i] * 1e6
	return &v
}

// ---------------------------------------------------------------------------
// the client and its data

var (
	cli   *clientv3.Client
	value string
	keys  []string
)

func phaseCtx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), time.Duration(opt.timeout*float64(time.Second)))
}

// Issues n calls of op ("put" or "get") on keys[i % len(keys)] (put: of
// value), keeping conc of them in flight: conc goroutines, each starting its
// next call when its previous one returns. With conc 1, records each call's
// latency into lat[i]. keyOf names the key of the i-th call.
func runOps(ctx context.Context, t *tally, op string, conc, n int, keyOf func(int) string, lat []float64) bool {
	if conc > n {
		conc = n
	}
	var next int64 = -1
	var wg sync.WaitGroup
	for g := 0; g < conc; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(atomic.AddInt64(&next, 1))
				if i >= n {
					return
				}
				key := keyOf(i)
				var t0 time.Time
				if lat != nil {
					t0 = time.Now()
				}
				if op == "put" {
					resp, err := cli.Put(ctx, key, value)
					if err != nil {
						t.fail(false, err.Error())
					} else if resp.Header == nil || resp.Header.Revision == 0 {
						t.fail(true, "put response without header.revision")
					}
				} else {
					resp, err := cli.Get(ctx, key)
					if err != nil {
						t.fail(false, err.Error())
					} else if len(resp.Kvs) == 0 || len(resp.Kvs[0].Value) != opt.valueSize {
						msg := "get returned no value"
						if len(resp.Kvs) > 0 {
							msg = fmt.Sprintf("get returned %d-byte value", len(resp.Kvs[0].Value))
						}
						t.fail(true, msg)
					}
				}
				if lat != nil {
					lat[i] = time.Since(t0).Seconds()
				}
				atomic.AddInt64(&t.ops, 1)
			}
		}()
	}
	wg.Wait()
	return ctx.Err() == nil
}

func keyOfBench(i int) string { return keys[i%len(keys)] }

func phaseOps(name, op string, conc int) *result {
	r := &result{Phase: name, Op: op, Unit: "op", Concurrency: conc, N: opt.n}
	var lat []float64
	if conc == 1 {
		lat = make([]float64, opt.n)
	}
	ctx, cancel := phaseCtx()
	defer cancel()
	t := &tally{}
	m := startMeter()
	r.Finished = runOps(ctx, t, op, conc, opt.n, keyOfBench, lat)
	m.stop(r, t, conc)
	if lat != nil {
		lat = lat[:r.Ops]
		sort.Float64s(lat)
		r.P50Us = percentile(lat, 0.50)
		r.P99Us = percentile(lat, 0.99)
	}
	return r
}

// Reads one watch channel until want events have come, checking that they
// are PUTs in revision order (a transaction's events share one revision);
// returns false on error or timeout.
func countEvents(ctx context.Context, t *tally, wch clientv3.WatchChan, want int64) bool {
	var lastRev int64
	for atomic.LoadInt64(&t.ops) < want {
		select {
		case <-ctx.Done():
			t.fail(false, "timeout")
			return false
		case resp, ok := <-wch:
			if !ok {
				t.fail(false, "watch channel closed")
				return false
			}
			if err := resp.Err(); err != nil {
				t.fail(false, err.Error())
				return false
			}
			for _, ev := range resp.Events {
				atomic.AddInt64(&t.ops, 1)
				if ev.Type != clientv3.EventTypePut || ev.Kv.ModRevision < lastRev {
					t.fail(true, "event out of order or not a PUT")
				}
				lastRev = ev.Kv.ModRevision
			}
		}
	}
	return true
}

// Opens a prefix watch and waits for its creation.
func openWatch(ctx context.Context, t *tally, prefix string, opts ...clientv3.OpOption) (clientv3.WatchChan, bool) {
	opts = append(opts, clientv3.WithPrefix(), clientv3.WithCreatedNotify())
	wch := cli.Watch(ctx, prefix, opts...)
	select {
	case resp, ok := <-wch:
		if !ok || resp.Err() != nil || !resp.Created {
			msg := "watch not created"
			if ok && resp.Err() != nil {
				msg = resp.Err().Error()
			}
			t.fail(false, msg)
			return nil, false
		}
	case <-ctx.Done():
		t.fail(false, "timeout creating the watch")
		return nil, false
	}
	return wch, true
}

// watch-cN: one prefix watch; a process of its own (this program with
// --writer) pipelines n puts under it. CPU is the watcher's only.
func phaseWatch(name string, conc int) *result {
	r := &result{Phase: name, Op: "watch", Unit: "event", Concurrency: conc, N: opt.n}
	prefix := opt.prefix + "watch/"
	ctx, cancel := phaseCtx()
	defer cancel()
	t := &tally{}
	wch, ok := openWatch(ctx, t, prefix)
	m := startMeter()
	var cmd *exec.Cmd
	if ok {
		cmd = exec.Command(os.Args[0], "--writer", prefix, "--endpoints", opt.endpoints,
			"-n", strconv.Itoa(opt.n), "--conc", strconv.Itoa(conc),
			"--keys", strconv.Itoa(opt.keys), "--value-size", strconv.Itoa(opt.valueSize))
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.fail(false, "writer: "+err.Error())
			ok = false
		}
	}
	if ok {
		r.Finished = countEvents(ctx, t, wch, int64(opt.n))
	}
	m.stop(r, t, 0)
	if cmd != nil && cmd.Process != nil {
		if err := cmd.Wait(); err != nil {
			t.fail(false, "the writer process failed: "+err.Error())
			r.Errors, r.FirstError = atomic.LoadInt64(&t.errors), t.firstError
		}
	}
	return r
}

// watch-self-cN: one prefix watch, and the same client pipelines n puts
// under it; CPU per event covers both.
func phaseWatchSelf(name string, conc int) *result {
	r := &result{Phase: name, Op: "watch-self", Unit: "event", Concurrency: conc, N: opt.n}
	prefix := opt.prefix + "watchself/"
	ctx, cancel := phaseCtx()
	defer cancel()
	t, tp := &tally{}, &tally{}
	wch, ok := openWatch(ctx, t, prefix)
	if !ok {
		m := startMeter()
		m.stop(r, t, 0)
		return r
	}
	m := startMeter()
	done := make(chan bool, 1)
	go func() {
		done <- runOps(ctx, tp, "put", conc, opt.n, func(i int) string {
			return fmt.Sprintf("%s%06d", prefix, i%opt.keys)
		}, nil)
	}()
	r.Finished = countEvents(ctx, t, wch, int64(opt.n))
	r.Finished = <-done && r.Finished
	if tp.errors > 0 {
		t.fail(false, "put: "+*tp.firstError)
	}
	m.stop(r, t, 0)
	return r
}

// Writes n puts of value under prefix (over --keys keys) as transactions of
// per puts each (the last may have fewer), 100 in flight (not measured).
func fillTxn(ctx context.Context, prefix string, n, per int) error {
	txns := (n + per - 1) / per
	var next int64 = -1
	var wg sync.WaitGroup
	var mu sync.Mutex
	var first error
	for g := 0; g < 100 && g < txns; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				t := int(atomic.AddInt64(&next, 1))
				if t >= txns {
					return
				}
				var ops []clientv3.Op
				for i := t * per; i < (t+1)*per && i < n; i++ {
					ops = append(ops, clientv3.OpPut(fmt.Sprintf("%s%06d", prefix, i%opt.keys), value))
				}
				if _, err := cli.Txn(ctx).Then(ops...).Commit(); err != nil {
					mu.Lock()
					if first == nil {
						first = err
					}
					mu.Unlock()
					return
				}
			}
		}()
	}
	wg.Wait()
	return first
}

// catchup: a backlog of --backlog puts is written first (not measured), in
// transactions of --backlog-txn, then one prefix watch from the revision
// before it receives them all.
func phaseCatchup(name string) *result {
	n := opt.backlog
	r := &result{Phase: name, Op: "catchup", Unit: "event", Concurrency: 0, N: n}
	prefix := opt.prefix + "catchup/"
	ctx, cancel := phaseCtx()
	defer cancel()
	t := &tally{}
	start, err := cli.Get(ctx, prefix+"none")
	if err != nil {
		t.fail(false, "get: "+err.Error())
		m := startMeter()
		m.stop(r, t, 0)
		return r
	}
	if err := fillTxn(ctx, prefix, n, opt.backlogTxn); err != nil {
		t.fail(false, "writing the backlog: "+err.Error())
		m := startMeter()
		m.stop(r, t, 0)
		return r
	}
	m := startMeter()
	wch := cli.Watch(ctx, prefix, clientv3.WithPrefix(), clientv3.WithRev(start.Header.Revision+1))
	r.Finished = countEvents(ctx, t, wch, int64(n))
	m.stop(r, t, 0)
	return r
}

// range: --range-kvs pairs are written under one prefix (not measured), then
// read --range-reads times, each a whole-prefix get. Units are kvs.
func phaseRange(name string) *result {
	n := opt.rangeKVs
	r := &result{Phase: name, Op: "range", Unit: "kv", Concurrency: 0, N: n * opt.rangeReads}
	prefix := opt.prefix + "wholeread/" // not bench.pl prefix-get's range/
	ctx, cancel := phaseCtx()
	defer cancel()
	t, tp := &tally{}, &tally{}
	if !runOps(ctx, tp, "put", 1000, n, func(i int) string {
		return fmt.Sprintf("%s%06d", prefix, i)
	}, nil) || tp.errors > 0 {
		t.fail(false, "writing the range failed")
		m := startMeter()
		m.stop(r, t, 0)
		return r
	}
	m := startMeter()
	for i := 0; i < opt.rangeReads; i++ {
		resp, err := cli.Get(ctx, prefix, clientv3.WithPrefix())
		if err != nil {
			t.fail(false, err.Error())
			break
		}
		if len(resp.Kvs) != n || len(resp.Kvs[n-1].Value) != opt.valueSize {
			t.fail(true, fmt.Sprintf("range returned %d kvs", len(resp.Kvs)))
		}
		atomic.AddInt64(&t.ops, int64(len(resp.Kvs)))
	}
	r.Finished = t.errors == 0
	m.stop(r, t, 0)
	return r
}

// watches: --watches watches on distinct keys of one client, all created
// (time until the last is confirmed), and the RSS they added.
func phaseWatches(name string) *result {
	n := opt.watches
	r := &result{Phase: name, Op: "watches", Unit: "watch", Concurrency: 0, N: n}
	ctx, cancel := phaseCtx()
	defer cancel()
	wctx, wcancel := context.WithCancel(ctx)
	t := &tally{}
	rss0 := statusKB("VmRSS")
	m := startMeter()
	chans := make([]clientv3.WatchChan, n)
	for i := 0; i < n; i++ {
		chans[i] = cli.Watch(wctx, fmt.Sprintf("%smany/%06d", opt.prefix, i), clientv3.WithCreatedNotify())
	}
	r.Finished = true
	for _, wch := range chans {
		select {
		case resp, ok := <-wch:
			if !ok || resp.Err() != nil || !resp.Created {
				t.fail(false, "watch not created")
			} else {
				atomic.AddInt64(&t.ops, 1)
			}
		case <-ctx.Done():
			t.fail(false, "timeout")
			r.Finished = false
		}
		if !r.Finished {
			break
		}
	}
	m.stop(r, t, 0)
	rss1 := statusKB("VmRSS")
	cs := r.WallS
	r.CreateS = &cs
	d := rss1 - rss0
	r.RSSDeltaKB = &d
	b := float64(d) * 1024 / float64(n)
	r.BytesPerWatch = &b
	wcancel()
	return r
}

// ---------------------------------------------------------------------------

func writerMain() int {
	ctx, cancel := phaseCtx()
	defer cancel()
	t := &tally{}
	conc := opt.conc
	if conc <= 0 {
		conc = 1000
	}
	runOps(ctx, t, "put", conc, opt.n, func(i int) string {
		return fmt.Sprintf("%s%06d", opt.writer, i%opt.keys)
	}, nil)
	if t.errors > 0 {
		fmt.Fprintf(os.Stderr, "writer: %d errors, first: %s\n", t.errors, *t.firstError)
		return 1
	}
	return 0
}

func main() {
	flag.StringVar(&opt.endpoints, "endpoints", os.Getenv("ETCD_ENDPOINTS"), "host:port,... of the etcd to measure against (required)")
	flag.IntVar(&opt.serverPid, "server-pid", 0, "pid of the etcd, for its CPU per operation")
	flag.IntVar(&opt.n, "n", 20000, "operations per phase")
	flag.IntVar(&opt.n, "ops", 20000, "same as -n")
	flag.IntVar(&opt.valueSize, "value-size", 100, "bytes per value")
	flag.IntVar(&opt.keys, "keys", 1000, "distinct keys the operations are spread over")
	flag.StringVar(&opt.phases, "phases", "seq-put,seq-get,put-c100,get-c100,put-c1000,get-c1000,watch-c1000,watch-self-c1000,catchup,range,watches", "comma-separated phases (as bench/bench.pl's)")
	flag.Float64Var(&opt.timeout, "timeout", 300, "give up on a phase after this many seconds")
	flag.StringVar(&opt.prefix, "prefix", "bench/", "key prefix")
	flag.BoolVar(&opt.json, "json", false, "print JSON")
	flag.StringVar(&opt.writer, "writer", "", "internal: only pipeline the puts of a watch phase under this prefix")
	flag.IntVar(&opt.conc, "conc", 0, "internal: calls in flight of the writer")
	flag.IntVar(&opt.backlog, "backlog", 100000, "events written before the catchup phase's watch")
	flag.IntVar(&opt.backlogTxn, "backlog-txn", 10, "puts per transaction (events per revision) of that backlog")
	flag.IntVar(&opt.rangeKVs, "range-kvs", 20000, "kvs under the prefix the range phase reads")
	flag.IntVar(&opt.rangeReads, "range-reads", 5, "whole-prefix reads in the range phase")
	flag.IntVar(&opt.watches, "watches", 10000, "watches the watches phase creates")
	flag.Parse()
	if opt.endpoints == "" {
		fmt.Fprintln(os.Stderr, "etcdpeer: --endpoints (or ETCD_ENDPOINTS) is required")
		os.Exit(2)
	}
	if opt.n <= 0 || opt.keys <= 0 || opt.valueSize < 0 || opt.backlog <= 0 || opt.backlogTxn <= 0 || opt.backlogTxn > opt.keys || opt.rangeKVs <= 0 || opt.rangeReads <= 0 || opt.watches <= 0 {
		fmt.Fprintln(os.Stderr, "etcdpeer: counts must be > 0")
		os.Exit(2)
	}

	var err error
	lc := zap.NewProductionConfig()
	lc.Level = zap.NewAtomicLevelAt(zap.ErrorLevel)
	cli, err = clientv3.New(clientv3.Config{
		Endpoints:   strings.Split(opt.endpoints, ","),
		DialTimeout: 10 * time.Second,
		LogConfig:   &lc,
	})
	if err != nil {
		fmt.Fprintln(os.Stderr, "etcdpeer: "+err.Error())
		os.Exit(1)
	}
	defer cli.Close()

	rnd := rand.New(rand.NewSource(time.Now().UnixNano()))
	vb := make([]byte, opt.valueSize)
	for i := range vb {
		vb[i] = byte('a' + rnd.Intn(26))
	}
	value = string(vb)
	if opt.writer != "" {
		os.Exit(writerMain())
	}
	keys = make([]string, opt.keys)
	for i := range keys {
		keys[i] = fmt.Sprintf("%s%06d", opt.prefix, i)
	}

	// every key gets a value first, so get phases always find one
	{
		ctx, cancel := phaseCtx()
		t := &tally{}
		if !runOps(ctx, t, "put", 100, len(keys), keyOfBench, nil) || t.errors > 0 {
			msg := "timeout"
			if t.firstError != nil {
				msg = *t.firstError
			}
			fmt.Fprintf(os.Stderr, "prefill failed: %d errors, first: %s\n", t.errors, msg)
			os.Exit(1)
		}
		cancel()
	}

	reCN := regexp.MustCompile(`^(put|get)-c([0-9]+)$`)
	reW := regexp.MustCompile(`^watch-c([0-9]+)$`)
	reWS := regexp.MustCompile(`^watch-self-c([0-9]+)$`)
	var results []*result
	for _, p := range strings.Split(opt.phases, ",") {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		var r *result
		if m := reCN.FindStringSubmatch(p); m != nil {
			c, _ := strconv.Atoi(m[2])
			r = phaseOps(p, m[1], c)
		} else if p == "seq-put" || p == "seq-get" {
			r = phaseOps(p, p[4:], 1)
		} else if m := reW.FindStringSubmatch(p); m != nil {
			c, _ := strconv.Atoi(m[1])
			r = phaseWatch(p, c)
		} else if m := reWS.FindStringSubmatch(p); m != nil {
			c, _ := strconv.Atoi(m[1])
			r = phaseWatchSelf(p, c)
		} else if p == "catchup" {
			r = phaseCatchup(p)
		} else if p == "range" {
			r = phaseRange(p)
		} else if p == "watches" {
			r = phaseWatches(p)
		} else {
			fmt.Fprintf(os.Stderr, "etcdpeer: unknown phase '%s'\n", p)
			os.Exit(2)
		}
		r.Flagged = r.Errors > 0 || !r.Finished
		results = append(results, r)
	}

	failed := false
	for _, r := range results {
		failed = failed || r.Flagged
	}
	hwm, rss := statusKB("VmHWM"), statusKB("VmRSS")
	if opt.json {
		out := map[string]interface{}{
			"config": map[string]interface{}{
				"client":      "go.etcd.io/etcd/clientv3 (Debian golang-etcd-server-dev)",
				"n":           opt.n,
				"value_size":  opt.valueSize,
				"keys":        opt.keys,
				"backlog":     opt.backlog,
				"backlog_txn": opt.backlogTxn,
				"range_kvs":   opt.rangeKVs,
				"range_reads": opt.rangeReads,
				"watches":     opt.watches,
				"endpoints":   strings.Split(opt.endpoints, ","),
				"cpu_clock":   "CLOCK_PROCESS_CPUTIME_ID",
			},
			"phases":     results,
			"max_rss_kb": hwm, // since the last phase's reset: see peak_rss_kb per phase
			"rss_kb":     rss,
			"ok":         !failed,
		}
		enc := json.NewEncoder(os.Stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	} else {
		fmt.Printf("Go clientv3 at %s; %d ops per phase, %d-byte values over %d keys\n\n", opt.endpoints, opt.n, opt.valueSize, opt.keys)
		f := "%-17s %5s %8s %8s %10s %12s %8s %8s %9s %6s %s\n"
		fmt.Printf(f, "phase", "conc", "units", "wall s", "units/s", "CPU us/unit", "p50 us", "p99 us", "peak MiB", "errors", "")
		orDash := func(p *float64, fm string) string {
			if p == nil {
				return "-"
			}
			return fmt.Sprintf(fm, *p)
		}
		for _, r := range results {
			peak := "-"
			if r.PeakRSSKB != nil {
				peak = fmt.Sprintf("%.1f", float64(*r.PeakRSSKB)/1024)
			}
			flag := ""
			if r.Flagged {
				flag = "<-- ERRORS"
				if r.FirstError != nil {
					flag += ": " + *r.FirstError
				}
			}
			fmt.Printf(f, r.Phase, strconv.Itoa(r.Concurrency), strconv.FormatInt(r.Ops, 10)+" "+r.Unit,
				fmt.Sprintf("%.3f", r.WallS), orDash(r.OpsPerS, "%.0f"), fmt.Sprintf("%.2f", r.CPUUsPerOp),
				orDash(r.P50Us, "%.0f"), orDash(r.P99Us, "%.0f"), peak, strconv.FormatInt(r.Errors, 10), flag)
			if r.BytesPerWatch != nil {
				fmt.Printf("  %d watches created in %.3f s, %.0f bytes of RSS per watch\n", opt.watches, *r.CreateS, *r.BytesPerWatch)
			}
		}
	}
	if failed {
		os.Exit(1)
	}
}
