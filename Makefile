# EV::Etcd - the one entry point.
#
#   make deps             install what is missing (Debian 12, as root; idempotent)
#   make                  build blib/ at the repo root (prove -b t/ works from here)
#   make test             deps + build + every test against throwaway etcd servers
#   make test-asan        the same suite against a build with AddressSanitizer + UBSan
#   make test-leaks       chosen tests under valgrind memcheck: nothing lost, no invalid access
#   make demo             a throwaway etcd and eg/demo.pl against it
#   make generate         proto/ + codegen/api_map.toml + templates/ -> generated/
#   make check-generated  regenerate and fail on any difference
#   make sync-proto ETCD_SRC=<etcd source tree>   re-import etcd's .proto files
#   make bench            benchmarks (not tests) against a throwaway etcd
#   make bench-peers      the same side by side with Go's clientv3, ratios (BENCH_QUICK=1: smoke)
#   make clean

PERL    ?= /usr/bin/perl
PYTHON  ?= /usr/bin/python3
CC      ?= cc
VERSION := $(shell sed -n "s/^our \$$VERSION = '\(.*\)';/\1/p" lib/EV/Etcd.pm)

DEB_PACKAGES = build-essential pkg-config perl libev-perl libev-dev libgrpc-dev \
  libprotobuf-c-dev protobuf-c-compiler protobuf-compiler python3 python3-jinja2 \
  python3-protobuf etcd-server etcd-client openssl libssl-dev git libfuture-perl \
  golang-go golang-etcd-server-dev

# Perl's build configuration, evaluated only when a build needs it.
perlcfg  = $(shell $(PERL) -MConfig -e 'print $$Config{$(1)}')
EV_INC   = $(shell $(PERL) -MFile::Basename -e 'require EV; print dirname($$INC{"EV.pm"})')
CFLAGS_ALL = $(call perlcfg,ccflags) $(call perlcfg,cccdlflags) -O2 -g -Wall -Wextra \
  -Wno-unused-parameter -Wno-missing-field-initializers \
  -I$(call perlcfg,archlibexp)/CORE -I$(EV_INC) -Iruntime -Igenerated -Igenerated/proto \
  -DVERSION=\"$(VERSION)\" -DXS_VERSION=\"$(VERSION)\" $(EXTRA_CFLAGS)
LDLIBS_ALL = -lgrpc -lgpr -lprotobuf-c -lcrypto -lpthread

RUNTIME_SRC   = $(wildcard runtime/*.c)
GENERATED_SRC = generated/ee_convert.c generated/ee_tables.c $(sort $(wildcard generated/proto/*/*.pb-c.c))
OBJS = $(patsubst %.c,build/%.o,$(RUNTIME_SRC) $(GENERATED_SRC)) build/xs/Etcd.o
SO   = blib/arch/auto/EV/Etcd/Etcd.so
PM   = blib/lib/EV/Etcd.pm
# the recipes (Session, Mutex, Election, STM, Namespace, Mirror): pure Perl
RECIPES_PM = $(patsubst lib/%,blib/lib/%,$(wildcard lib/EV/Etcd/*.pm))

TESTS ?= t/

.PHONY: all deps build test demo generate check-generated sync-proto bench clean

all: build

build: $(SO) $(PM) $(RECIPES_PM)

deps:
	@missing=$$(for p in $(DEB_PACKAGES); do \
	    dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; \
	  done); \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else echo "make deps: all Debian packages present"; fi

$(PM): lib/EV/Etcd.pm
	@mkdir -p $(dir $@)
	cp $< $@

blib/lib/EV/Etcd/%.pm: lib/EV/Etcd/%.pm
	@mkdir -p $(dir $@)
	cp $< $@

$(SO): $(OBJS)
	@mkdir -p $(dir $@)
	$(CC) $(call perlcfg,lddlflags) -o $@ $(OBJS) $(LDLIBS_ALL)

build/xs/Etcd.c: xs/Etcd.xs generated/ee_methods.xsh
	@mkdir -p $(dir $@)
	$(PERL) -MExtUtils::ParseXS -e 'ExtUtils::ParseXS->new->process_file(filename => "xs/Etcd.xs", output => "$@.tmp", typemap => ["$(call perlcfg,privlibexp)/ExtUtils/typemap"], prototypes => 0, linenumbers => 1)'
	mv $@.tmp $@

build/%.o: %.c runtime/ee.h generated/ee_convert.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -c $< -o $@

build/generated/proto/%.o: generated/proto/%.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_ALL) -Wno-unused -c $< -o $@

build/xs/Etcd.o: build/xs/Etcd.c runtime/ee.h generated/ee_convert.h
	$(CC) $(CFLAGS_ALL) -Ixs -c $< -o $@

# process.c and grpc_private.c share runtime/grpc_private.h
build/runtime/process.o build/runtime/grpc_private.o: runtime/grpc_private.h
build-asan/runtime/process.o build-asan/runtime/grpc_private.o: runtime/grpc_private.h

test: deps build
	$(PERL) -MTest::Harness -e 'exit 0' && prove -b -It/lib -r $(TESTS)

# ---- make test-asan -------------------------------------------------------
# The module built with -fsanitize=address,undefined into build-asan/ and
# blib-asan/ (the normal build/ and blib/ stay as they are), and the whole
# suite run against it.  Perl itself is not instrumented: the ASan runtime is
# preloaded (it must come first), leak detection is off (perl's own
# allocations at exit), and any report, ASan's or UBSan's, ends the process
# with an error, so the test fails.  float-cast-overflow is not part of gcc's
# -fsanitize=undefined: it is asked for, as (int64_t) of a huge NV is one of
# the things this run is for.
ASAN_CC      ?= gcc
ASAN_CFLAGS   = -fsanitize=address,undefined -fsanitize=float-cast-overflow \
  -fno-sanitize-recover=all -fno-omit-frame-pointer -O1
ASAN_OBJS     = $(patsubst build/%,build-asan/%,$(OBJS))
ASAN_SO       = blib-asan/arch/auto/EV/Etcd/Etcd.so
ASAN_PM       = blib-asan/lib/EV/Etcd.pm
ASAN_RECIPES_PM = $(patsubst lib/%,blib-asan/lib/%,$(wildcard lib/EV/Etcd/*.pm))
ASAN_RUNTIME  = $(shell $(ASAN_CC) -print-file-name=libasan.so)
ASAN_ENV      = LD_PRELOAD=$(ASAN_RUNTIME) \
  ASAN_OPTIONS=detect_leaks=0:halt_on_error=1:abort_on_error=1:exitcode=86 \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

.PHONY: build-asan test-asan
build-asan: $(ASAN_SO) $(ASAN_PM) $(ASAN_RECIPES_PM)

$(ASAN_PM): lib/EV/Etcd.pm
	@mkdir -p $(dir $@)
	cp $< $@

blib-asan/lib/EV/Etcd/%.pm: lib/EV/Etcd/%.pm
	@mkdir -p $(dir $@)
	cp $< $@

$(ASAN_SO): $(ASAN_OBJS)
	@mkdir -p $(dir $@)
	$(ASAN_CC) $(call perlcfg,lddlflags) $(ASAN_CFLAGS) -o $@ $(ASAN_OBJS) $(LDLIBS_ALL)

build-asan/xs/Etcd.o: build/xs/Etcd.c runtime/ee.h generated/ee_convert.h
	@mkdir -p $(dir $@)
	$(ASAN_CC) $(CFLAGS_ALL) $(ASAN_CFLAGS) -Ixs -c $< -o $@

build-asan/%.o: %.c runtime/ee.h generated/ee_convert.h
	@mkdir -p $(dir $@)
	$(ASAN_CC) $(CFLAGS_ALL) -Wno-unused $(ASAN_CFLAGS) -c $< -o $@

test-asan: deps build-asan
	@test -f "$(ASAN_RUNTIME)" || { echo "test-asan: no ASan runtime for $(ASAN_CC)"; exit 1; }
	$(ASAN_ENV) $(PERL) -Iblib-asan/arch -Iblib-asan/lib -MEV::Etcd -e 'exit 0'
	$(ASAN_ENV) prove -Iblib-asan/arch -Iblib-asan/lib -It/lib -r $(TESTS)

# ---- make test-leaks ------------------------------------------------------
# Chosen test files (KV, errors, lifecycle, call_stream, auth, snapshot,
# watch, keepalive, observe, the cancel and refused-batch paths, churn) run
# under valgrind memcheck (--leak-check=full) against the normal build, one
# log per process in build/leaks/.  It fails when a test fails, and
# (t/valgrind/check-logs.pl) on any "definitely" or "indirectly" lost block
# whose stack passes through EV::Etcd (Etcd.so, ee_*/eeg_* frames, our
# source files) and on any invalid read, write or free.  t/valgrind/ee.supp
# names the one-time allocations (glibc TLS, gRPC's threads, absl's pool)
# kept out of the report; PERL_DESTRUCT_LEVEL=2 makes perl free its own
# data at exit.
# EV_ETCD_CHURN_SCALE runs t/75-churn.t at 5%.  About 3 minutes;
# LEAK_TESTS=t/32-observe.t make test-leaks runs a part.
# Self-contained: everything it needs is in this block.
DEB_PACKAGES += valgrind
LEAK_TESTS ?= t/10-kv.t t/12-errors.t t/16-lifecycle.t t/17-destroy-streams.t t/19-call-stream.t \
  t/23-auth.t t/26-snapshot.t t/30-watch.t t/31-keepalive.t t/32-observe.t \
  t/71-regress-one-final-error-on-destroy-in-callback.t t/72-regress-cancel-wins-over-queued-answer.t \
  t/73-regress-batch-start-failure.t t/75-churn.t t/82-regress-no-stream-for-nothing-after-login.t
LEAK_LOGS   = build/leaks
LEAK_VALGRIND = valgrind --tool=memcheck --leak-check=full \
  --show-leak-kinds=definite,indirect,possible --suppressions=t/valgrind/ee.supp \
  --num-callers=50 --log-file=$(CURDIR)/$(LEAK_LOGS)/%p.log

.PHONY: test-leaks
test-leaks: deps build
	rm -rf $(LEAK_LOGS) && mkdir -p $(LEAK_LOGS)
	@status=0; \
	PERL5LIB=$(CURDIR)/blib/arch:$(CURDIR)/blib/lib:$(CURDIR)/t/lib PERL_DESTRUCT_LEVEL=2 \
	  EV_ETCD_CHURN_SCALE=0.05 prove --timer --exec '$(LEAK_VALGRIND) $(PERL)' $(LEAK_TESTS) || status=1; \
	$(PERL) t/valgrind/check-logs.pl $(LEAK_LOGS)/*.log || status=1; \
	exit $$status

# always a throwaway etcd: never the etcd you may run on 127.0.0.1:2379
demo: deps build
	$(PERL) -It/lib -MEtcdTest -e 'my $$e = EtcdTest->start(name => "demo"); $$ENV{ETCD_ENDPOINTS} = $$e->endpoint; my $$rc = system($$^X, "-Mblib", "eg/demo.pl"); $$e->stop; exit($$rc ? 1 : 0)'

generate:
	$(PYTHON) codegen/generate.py

check-generated:
	@$(PYTHON) codegen/generate.py >/dev/null || exit 1
	@if [ -n "$$(git status --porcelain -- generated/)" ]; then \
	  git status --porcelain -- generated/; \
	  echo "check-generated: generated/ does not match its inputs."; \
	  echo "Fix: make generate && git add generated/ && git commit"; exit 1; \
	fi
	@echo "check-generated: generated/ matches proto/, codegen/ and templates/"

sync-proto:
	@test -n "$(ETCD_SRC)" || { echo "usage: make sync-proto ETCD_SRC=<etcd source tree>"; exit 2; }
	$(PYTHON) codegen/sync_proto.py --src $(ETCD_SRC)
	$(PYTHON) codegen/generate.py

bench: deps build
	$(PERL) -Mblib -It/lib bench/bench.pl $(BENCH_ARGS)

# ---- make bench-peers ------------------------------------------------------
# bench/bench.pl and a Go program of ours on Go's reference client
# (bench/go/src/etcdpeer, go.etcd.io/etcd/clientv3 3.4) side by side:
# alternating runs, a fresh etcd for each, medians and ratios (bench/peers.pl).
# The Go program is built offline in GOPATH mode from Debian's golang-go and
# golang-etcd-server-dev (sources in /usr/share/gocode): no module is fetched.
# BENCH_QUICK=1: tiny sizes, a smoke check. BENCH_PEERS_ARGS: more options
# (perl -Mblib bench/peers.pl --help). Not part of make test or CI.
# Needs golang-go and golang-etcd-server-dev (in DEB_PACKAGES).
GO          ?= go
GO_PEER      = build/etcdpeer
GO_PEER_ENV  = GO111MODULE=off GOPATH=$(CURDIR)/bench/go:/usr/share/gocode \
  GOFLAGS=-mod=mod GOPROXY=off GOCACHE=$(CURDIR)/build/go-cache

.PHONY: bench-peers
$(GO_PEER): $(wildcard bench/go/src/etcdpeer/*.go)
	@mkdir -p $(dir $@)
	cd bench/go/src/etcdpeer && env $(GO_PEER_ENV) $(GO) build -o $(CURDIR)/$@ .

bench-peers: deps build $(GO_PEER)
	$(PERL) -Mblib -It/lib bench/peers.pl --go $(GO_PEER) $(if $(BENCH_QUICK),--quick) $(BENCH_PEERS_ARGS)

clean:
	rm -rf build blib build-asan blib-asan
