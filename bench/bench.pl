#!/usr/bin/perl
# bench/bench.pl - throughput and client-side CPU cost of EV::Etcd put/get.
#
# Measures, per phase: operations per second (wall clock), the CPU time the
# whole client process spent per operation (user+sys of all its threads,
# including gRPC's own, from clock_gettime(CLOCK_PROCESS_CPUTIME_ID)), the
# etcd server's CPU per operation when the bench started the server, and the
# number of failed calls, the process's peak RSS during the phase (VmHWM, reset
# before each phase through /proc/self/clear_refs) and, for sequential phases,
# the p50/p99 latency of a call. Phases: sequential put/get (each call issued
# from the previous call's callback), pipelined put/get with 100 and 1000 calls
# in flight, and the watch, catch-up, whole-prefix read and many-watches phases
# described in --help. bench/peers.pl (make bench-peers) runs the same phases
# with Go's clientv3 (bench/go/) and prints the ratios.
#
# Run it from the repo root after building the module:
#     make bench                      # or: perl -Mblib bench/bench.pl
#     perl -Mblib bench/bench.pl -n 5000 --phases seq-put,get-c100 --json
#     ETCD_ENDPOINTS=127.0.0.1:2379 perl -Mblib bench/bench.pl
# Without ETCD_ENDPOINTS (or --endpoints) it starts a throwaway etcd with
# t/lib/EtcdTest.pm (--unsafe-no-fsync, so the disk does not dominate).
# Exits 1 if any phase had errors or did not finish. This is not a test.

use strict;
use warnings;

use FindBin;
use lib "$FindBin::Bin/../t/lib";

use Getopt::Long qw(GetOptions);
use Time::HiRes ();

use EV;
use EV::Etcd;

our @ORIG_ARGV = @ARGV;
my %opt = (
    n          => 20000,
    value_size => 100,
    keys       => 1000,
    phases     => 'seq-put,seq-get,put-c100,get-c100,put-c1000,get-c1000,watch-c1000,'
                . 'prefix-get,prefix-stream,watch-self-c1000,catchup,range,watches',
    timeout    => 300,
    prefix     => 'bench/',
    backlog    => 100000,
    backlog_txn => 10,
    range_kvs  => 20000,
    range_reads => 5,
    watches    => 10000,
);
GetOptions(
    'n|ops=i'      => \$opt{n},
    'value-size=i' => \$opt{value_size},
    'keys=i'       => \$opt{keys},
    'phases=s'     => \$opt{phases},
    'endpoints=s'  => \$opt{endpoints},
    'timeout=f'    => \$opt{timeout},
    'prefix=s'     => \$opt{prefix},
    'json'         => \$opt{json},
    'server-pid=i' => \$opt{server_pid},
    'writer=s'     => \$opt{writer},
    'conc=i'       => \$opt{conc},
    'backlog=i'    => \$opt{backlog},
    'backlog-txn=i' => \$opt{backlog_txn},
    'range-kvs=i'  => \$opt{range_kvs},
    'range-reads=i' => \$opt{range_reads},
    'watches=i'    => \$opt{watches},
    'help|h'       => \$opt{help},
) or usage(2);
usage(0) if $opt{help};
require JSON::PP if $opt{json};      # only then: the measuring process stays small

sub jbool { $opt{json} ? ($_[0] ? JSON::PP::true() : JSON::PP::false()) : ($_[0] ? 1 : 0) }
die "-n must be > 0\n"           unless $opt{n} > 0;
die "--keys must be > 0\n"       unless $opt{keys} > 0;
die "--value-size must be >= 0\n" if $opt{value_size} < 0;
die "--backlog-txn must be <= --keys\n" if $opt{backlog_txn} > $opt{keys};
for (qw(backlog backlog_txn range_kvs range_reads watches)) {
    die "--" . ($_ =~ tr/_/-/r) . " must be > 0\n" unless $opt{$_} > 0;
}

sub usage {
    print STDERR <<"EOT";
usage: perl -Mblib bench/bench.pl [options]
  -n, --ops N         operations per phase (default 20000)
  --value-size BYTES  size of each value (default 100)
  --keys K            distinct keys the operations are spread over (default 1000)
  --phases LIST       comma-separated; default
                      seq-put,seq-get,put-c100,get-c100,put-c1000,get-c1000,watch-c1000,
                      prefix-get,prefix-stream,watch-self-c1000,catchup,range,watches
                      (any put-cN / get-cN works; seq-X is X-c1, with p50/p99
                      latency; watch-cN: one prefix watch receiving N-pipelined
                      puts made by a forked process with its own client; CPU is
                      the watcher's only; prefix-get / prefix-stream: N keys
                      under one prefix read whole, by one get / by range_stream
                      in its default pages; their "ops" are kvs read;
                      watch-self-cN: as watch-cN, but this client makes the
                      puts; catchup: a watch from the revision before a backlog
                      of --backlog puts written first (not measured); range:
                      --range-reads whole-prefix gets of --range-kvs kvs (the
                      whole-prefix read bench/peers.pl compares); watches:
                      --watches watches on one client, the time to create them
                      and the RSS they add)
  --backlog N         events the catchup phase catches up on (default 100000)
  --backlog-txn K     puts per transaction (so events per revision) of that
                      backlog (default 10: etcd 3.4 sends a catching-up watch
                      at most 1000 revisions every 100 ms, so with 1 the
                      server, not the client, sets the pace)
  --range-kvs N       kvs under the prefix the range phase reads (default 20000)
  --range-reads N     whole-prefix reads in the range phase (default 5)
  --watches N         watches of the watches phase (default 10000)
  --endpoints LIST    host:port,... of an existing etcd (default: \$ETCD_ENDPOINTS,
                      else a throwaway etcd is started)
  --timeout SECONDS   give up on a phase after this long (default 300)
  --prefix P          key prefix (default "bench/")
  --json              print the results as JSON instead of a table
EOT
    exit $_[0];
}

# ---------------------------------------------------------------------------
# phases

my @phases;
for my $p (split /\s*,\s*/, $opt{phases}) {
    next unless length $p;
    if ($p =~ /^watch-c(\d+)$/ && $1 > 0) {
        push @phases, { name => $p, op => 'watch', conc => $1 + 0 };
    } elsif ($p =~ /^prefix-(get|stream)$/) {
        push @phases, { name => $p, op => $p, conc => 1 };
    } elsif ($p =~ /^watch-self-c(\d+)$/ && $1 > 0) {
        push @phases, { name => $p, op => 'watch-self', conc => $1 + 0 };
    } elsif ($p eq 'catchup' || $p eq 'range' || $p eq 'watches') {
        push @phases, { name => $p, op => $p, conc => 0 };
    } elsif ($p =~ /^seq-(put|get)$/) {
        push @phases, { name => $p, op => $1, conc => 1 };
    } elsif ($p =~ /^(put|get)-c(\d+)$/ && $2 > 0) {
        push @phases, { name => $p, op => $1, conc => $2 + 0 };
    } else {
        die "unknown phase '$p' (see --help)\n";
    }
}
die "no phases selected\n" unless @phases;

# ---------------------------------------------------------------------------
# clocks

my $HAVE_CPU_CLOCK = eval {
    my $t = Time::HiRes::clock_gettime(Time::HiRes::CLOCK_PROCESS_CPUTIME_ID());
    defined $t && $t >= 0;
};

# CPU seconds (user+sys, all threads) used by this process so far. The
# fallback, times(), only has clock-tick (usually 10 ms) granularity.
sub cpu_now {
    return Time::HiRes::clock_gettime(Time::HiRes::CLOCK_PROCESS_CPUTIME_ID()) if $HAVE_CPU_CLOCK;
    my ($u, $s) = times;
    return $u + $s;
}

# /proc reports CPU times in USER_HZ, which Linux fixes at 100 (POSIX is not
# loaded, to keep the measuring process small).
my $CLK_TCK = 100;

# CPU seconds used so far by another process (the etcd we started), from
# /proc/PID/stat fields 14 and 15 (utime, stime; clock ticks).
sub proc_cpu {
    my ($pid) = @_;
    return undef unless $pid;
    open my $fh, '<', "/proc/$pid/stat" or return undef;
    my $stat = <$fh> // return undef;
    $stat =~ s/^.*\)\s+//s;               # drop "pid (comm) "
    my @f = split ' ', $stat;             # $f[0] is field 3 (state)
    return ($f[11] + $f[12]) / $CLK_TCK;
}

sub proc_status_kb {
    my ($field) = @_;
    open my $fh, '<', '/proc/self/status' or return undef;
    while (<$fh>) { return $1 + 0 if /^\Q$field\E:\s*(\d+)\s*kB/ }
    return undef;
}

# Resets VmHWM to the current RSS (Linux >= 4.0), so the peak read after a
# phase is that phase's. False where it cannot.
sub reset_peak_rss {
    open my $fh, '>', '/proc/self/clear_refs' or return 0;
    print {$fh} "5" or return 0;
    return close $fh;
}

# nearest-rank percentile of a sorted list of seconds, in microseconds
sub percentile_us {
    my ($sorted, $q) = @_;
    return undef unless @$sorted;
    my $i = int($q * @$sorted + 0.999999999) - 1;
    $i = 0 if $i < 0;
    $i = $#$sorted if $i > $#$sorted;
    return $sorted->[$i] * 1e6;
}

# ---------------------------------------------------------------------------
# server

my @endpoints;
my $ext = $opt{endpoints} // $ENV{ETCD_ENDPOINTS};
if (defined $ext && $ext =~ /\S/) {
    @endpoints = grep { length } map { s/^\s+|\s+$//gr } split /,/, $ext;
} else {
    # Start a throwaway etcd, then measure in a fresh process that holds
    # only the client (so its peak RSS is the client's, not the harness's).
    require EtcdTest;
    EtcdTest::etcd_bin()
        or die "etcd not found: install etcd-server or set ETCD_ENDPOINTS\n";
    my $server = EtcdTest->start(no_fsync => 1, name => 'bench');
    my @args = map { "-I$_" } grep { !ref } @INC;
    my $rc = system($^X, @args, $0, @ORIG_ARGV, '--endpoints', $server->endpoint,
                    '--server-pid', $server->pid);
    $server->stop;
    exit($rc == 0 ? 0 : 1);
}
my $server_pid = $opt{server_pid};

my $client = EV::Etcd->new(endpoints => [@endpoints]);

my $value = join '', map { chr(ord('a') + int rand 26) } 1 .. $opt{value_size};
my @keys  = map { sprintf '%s%06d', $opt{prefix}, $_ } 0 .. $opt{keys} - 1;

# ---------------------------------------------------------------------------
# runner

# Issues $n calls of $op, keeping $conc of them in flight: $conc are started
# up front and each callback starts the next one. Returns a result hash.
# keys => \@k: the keys to cycle through (default @keys); with conc 1 the
# latency of each call is recorded (p50_us, p99_us).
sub run_ops {
    my (%a) = @_;
    my ($op, $conc, $n) = @a{qw(op conc n)};
    my $keys = $a{keys} // \@keys;
    $conc = $n if $conc > $n;
    my $want_lat = $conc == 1;
    my (@lat, $t_issue);

    my %r = (ops => 0, errors => 0, bad => 0, first_error => undef, finished => 0);
    my ($issued, $over, $depth, $pending, $idle) = (0, 0, 0, 0, undef);
    my ($issue, $cb);

    $cb = sub {
        my ($resp, $err) = @_;
        push @lat, Time::HiRes::time() - $t_issue if $want_lat;
        $r{ops}++;
        if ($err) {
            $r{errors}++;
            $r{first_error} //= ref $err ? join(', ', map { "$_=" . ($err->{$_} // '') } sort keys %$err) : "$err";
        } elsif ($op eq 'get') {
            my $v = ref $resp eq 'HASH' && ref $resp->{kvs} eq 'ARRAY' && $resp->{kvs}[0]
                ? $resp->{kvs}[0]{value} : undef;
            if (!defined $v || length $v != $opt{value_size}) {
                $r{errors}++; $r{bad}++;
                $r{first_error} //= 'get returned ' . (defined $v ? length($v) . '-byte value' : 'no value');
            }
        } else {
            if (!(ref $resp eq 'HASH' && $resp->{header} && $resp->{header}{revision})) {
                $r{errors}++; $r{bad}++;
                $r{first_error} //= 'put response without header.revision';
            }
        }
        return if $over;
        if ($issued < $n) {
            if ($depth > 20) {
                # the callback ran synchronously inside a call (e.g. an
                # immediate error): do not recurse, start the next call from
                # the loop instead
                $pending++;
                $idle //= EV::idle(sub {
                    while ($pending > 0 && !$over) { $pending--; $issue->() }
                    undef $idle;
                });
            } else {
                $issue->();
            }
        } elsif ($r{ops} >= $n) {
            $r{finished} = 1;
            EV::break;
        }
    };

    $issue = sub {
        return if $issued >= $n;
        my $key = $keys->[$issued++ % @$keys];
        $t_issue = Time::HiRes::time() if $want_lat;
        $depth++;
        if ($op eq 'put') { $client->put($key, $value, $cb) }
        else              { $client->get($key, $cb) }
        $depth--;
    };

    EV::now_update;    # the loop's idea of "now" may be stale after setup
    my $guard = EV::timer($opt{timeout}, 0, sub { EV::break });

    my $peak_ok = reset_peak_rss();
    my $srv0 = proc_cpu($server_pid);
    my ($u0, $s0) = times;
    my $cpu0  = cpu_now();
    my $wall0 = Time::HiRes::time();

    $issue->() for 1 .. $conc;
    EV::run unless $r{finished};

    my $wall = Time::HiRes::time() - $wall0;
    my $cpu  = cpu_now() - $cpu0;
    my ($u1, $s1) = times;
    my $srv1 = proc_cpu($server_pid);
    $over = 1;
    undef $guard;
    undef $idle;
    undef $issue;    # break the $cb <-> $issue cycle

    $r{finished} ||= $r{ops} >= $n;
    $r{wall_s}   = $wall;
    $r{cpu_s}    = $cpu;
    $r{user_s}   = $u1 - $u0;
    $r{sys_s}    = $s1 - $s0;
    $r{server_cpu_s} = defined $srv0 && defined $srv1 ? $srv1 - $srv0 : undef;
    $r{issued}   = $issued;
    $r{peak_rss_kb} = $peak_ok ? proc_status_kb('VmHWM') : undef;
    if ($want_lat) {
        @lat = sort { $a <=> $b } @lat;
        $r{p50_us} = percentile_us(\@lat, 0.50);
        $r{p99_us} = percentile_us(\@lat, 0.99);
    }
    return \%r;
}

# every key gets a value first, so get phases always find one (not measured)
unless (defined $opt{writer}) {
    my $pre = run_ops(op => 'put', conc => 100, n => scalar @keys);
    if ($pre->{errors} || !$pre->{finished}) {
        die sprintf "prefill failed: %d of %d puts done, %d errors, first: %s\n",
            $pre->{ops}, scalar @keys, $pre->{errors}, $pre->{first_error} // 'timeout';
    }
}

# One prefix watch; a forked process (its own client) pipelines $n puts under
# it.  Counts events; CPU and wall time are the watching process's, from the
# first put to the last event.
sub run_watch {
    my (%a) = @_;
    my ($conc, $n) = @a{qw(conc n)};
    my $prefix = "$opt{prefix}watch/";
    my %r = (ops => 0, errors => 0, bad => 0, first_error => undef, finished => 0);
    my ($created, $last_rev) = (0, 0);
    my $w = $client->watch($prefix, { prefix => 1 }, sub {
        my ($resp, $err) = @_;
        if ($err) {
            $r{errors}++;
            $r{first_error} //= "$err->{status}: $err->{message}";
            return EV::break;
        }
        if ($resp->{created}) { $created = 1; return EV::break }
        for my $ev (@{ $resp->{events} }) {
            $r{ops}++;
            my $rev = $ev->{kv}{mod_revision};
            if ($ev->{type} ne 'PUT' || $rev <= $last_rev) { $r{bad}++; $r{errors}++ }
            $last_rev = $rev;
        }
        if ($r{ops} >= $n) { $r{finished} = 1; EV::break }
    });
    EV::now_update;
    my $guard = EV::timer($opt{timeout}, 0, sub { EV::break });
    EV::run until $created || $r{errors} || !$guard->is_active;

    my $peak_ok = reset_peak_rss();
    my $srv0 = proc_cpu($server_pid);
    my ($u0, $s0) = times;
    my $cpu0  = cpu_now();
    my $wall0 = Time::HiRes::time();
    # the writer: a process of its own (gRPC does not survive fork, so exec)
    my $pid = fork // die "fork: $!";
    if (!$pid) {
        exec $^X, (map { "-I$_" } grep { !ref } @INC), $0, '--writer', $prefix,
            '--endpoints', join(',', @endpoints), '-n', $n, '--conc', $conc,
            '--keys', $opt{keys}, '--value-size', $opt{value_size};
        die "exec: $!";
    }
    my $writer_status;                 # EV reaps children: ask it for the status
    my $cw = EV::child($pid, 0, sub { $writer_status = $_[0]->rstatus });
    EV::run unless $r{finished} || $r{errors};
    my $wall = Time::HiRes::time() - $wall0;
    my $cpu  = cpu_now() - $cpu0;
    my ($u1, $s1) = times;
    my $srv1 = proc_cpu($server_pid);
    $r{peak_rss_kb} = $peak_ok ? proc_status_kb('VmHWM') : undef;
    EV::run(EV::RUN_ONCE) until defined $writer_status || !$guard->is_active;
    if (($writer_status // 1) != 0) { $r{errors}++; $r{first_error} //= 'the writer process failed' }
    $w->cancel(sub { EV::break });
    EV::run;
    $r{wall_s} = $wall;
    $r{cpu_s} = $cpu;
    $r{user_s} = $u1 - $u0;
    $r{sys_s} = $s1 - $s0;
    $r{server_cpu_s} = defined $srv0 && defined $srv1 ? $srv1 - $srv0 : undef;
    $r{issued} = $n;
    return \%r;
}

# --writer PREFIX: only pipeline the puts of a watch phase, then exit.
if (defined $opt{writer}) {
    my ($issued, $done, $failed, $n) = (0, 0, 0, $opt{n});
    my $conc = $opt{conc} // 1000;
    my $next;
    $next = sub {
        return if $issued >= $n;
        my $i = $issued++;
        $client->put(sprintf('%s%06d', $opt{writer}, $i % $opt{keys}), $value, sub {
            $failed++ if $_[1];
            EV::break if ++$done >= $n;
            $next->();
        });
    };
    $next->() for 1 .. ($conc > $n ? $n : $conc);
    EV::run;
    exit($failed ? 1 : 0);
}

# The whole-prefix read: $n keys under one prefix (written once, not
# measured), read whole by one get (prefix-get) or by range_stream
# (prefix-stream); every kv counts as an op.
my $range_prefix = "$opt{prefix}range/";
my $range_loaded;
sub run_prefix {
    my (%a) = @_;
    my $n = $a{n};
    if (!$range_loaded++) {
        my ($issued, $done, $failed) = (0, 0, 0);
        my $next;
        $next = sub {
            return if $issued >= $n;
            $client->put(sprintf('%s%07d', $range_prefix, $issued++), $value, sub {
                $failed++ if $_[1];
                return EV::break if ++$done >= $n;
                $next->();
            });
        };
        $next->() for 1 .. ($n < 100 ? $n : 100);
        EV::run;
        undef $next;
        die "prefix prefill: $failed puts failed\n" if $failed;
    }
    my %r = (ops => 0, errors => 0, bad => 0, first_error => undef, finished => 0);
    my $count = sub {
        for my $kv (@{ $_[0] }) {
            $r{ops}++;
            if (length $kv->{value} != $opt{value_size}) {
                $r{errors}++; $r{bad}++;
                $r{first_error} //= 'a ' . length($kv->{value}) . '-byte value';
            }
        }
    };
    my $fail = sub { $r{errors}++; $r{first_error} //= join ', ', map { "$_=" . ($_[0]{$_} // '') } sort keys %{ $_[0] } };

    EV::now_update;
    my $guard = EV::timer($opt{timeout}, 0, sub { EV::break });
    my $srv0 = proc_cpu($server_pid);
    my ($u0, $s0) = times;
    my $cpu0  = cpu_now();
    my $wall0 = Time::HiRes::time();
    if ($a{op} eq 'prefix-get') {
        $client->get($range_prefix, { prefix => 1 }, sub {
            my ($resp, $err) = @_;
            $err ? $fail->($err) : $count->($resp->{kvs});
            $r{finished} = !$err;
            EV::break;
        });
    } else {
        $client->range_stream($range_prefix, { prefix => 1 }, sub {
            my ($resp, $err) = @_;
            if ($err) { $fail->($err); return EV::break }
            return $count->($resp->{kvs}) unless $resp->{done};
            $r{finished} = 1;
            EV::break;
        });
    }
    EV::run;
    my $wall = Time::HiRes::time() - $wall0;
    my $cpu  = cpu_now() - $cpu0;
    my ($u1, $s1) = times;
    my $srv1 = proc_cpu($server_pid);
    undef $guard;
    if ($r{finished} && $r{ops} != $n) {
        $r{errors}++; $r{bad}++;
        $r{first_error} //= "read $r{ops} of $n kvs";
    }
    $r{wall_s}   = $wall;
    $r{cpu_s}    = $cpu;
    $r{user_s}   = $u1 - $u0;
    $r{sys_s}    = $s1 - $s0;
    $r{server_cpu_s} = defined $srv0 && defined $srv1 ? $srv1 - $srv0 : undef;
    return \%r;
}

# ---------------------------------------------------------------------------
# phases added for bench-peers (issue 15): watch-self-cN, catchup, range and
# watches. Each returns a result hash as run_ops does; ops counts the phase's
# units (events, kvs or watches), n how many it wants.

sub new_result {
    return { ops => 0, errors => 0, bad => 0, first_error => undef, finished => 0,
             wall_s => 0, cpu_s => 0, user_s => 0, sys_s => 0, @_ };
}

sub note_error {
    my ($r, $msg, $bad) = @_;
    $r->{errors}++;
    $r->{bad}++ if $bad;
    $r->{first_error} //= $msg;
}

sub err_text { ref $_[0] ? "$_[0]{status}: $_[0]{message}" : "$_[0]" }

# the clocks around the measured part of a phase
sub meter_start {
    my %m = (peak_ok => reset_peak_rss());
    $m{srv0} = proc_cpu($server_pid);
    @m{qw(u0 s0)} = times;
    $m{cpu0}  = cpu_now();
    $m{wall0} = Time::HiRes::time();
    return \%m;
}

sub meter_stop {
    my ($m, $r) = @_;
    $r->{wall_s} = Time::HiRes::time() - $m->{wall0};
    $r->{cpu_s}  = cpu_now() - $m->{cpu0};
    my ($u1, $s1) = times;
    my $srv1 = proc_cpu($server_pid);
    $r->{user_s} = $u1 - $m->{u0};
    $r->{sys_s}  = $s1 - $m->{s0};
    $r->{server_cpu_s} = defined $m->{srv0} && defined $srv1 ? $srv1 - $m->{srv0} : undef;
    $r->{peak_rss_kb}  = $m->{peak_ok} ? proc_status_kb('VmHWM') : undef;
    return $r;
}

# Writes $n puts of $value over @$keys, $conc in flight (not measured).
# Returns an error text, or undef.
sub fill {
    my ($what, $keys, $n, $conc) = @_;
    my $f = run_ops(op => 'put', conc => $conc, n => $n, keys => $keys);
    return undef if $f->{finished} && !$f->{errors};
    return sprintf '%s failed: %d of %d puts done, %d errors, first: %s',
        $what, $f->{ops}, $n, $f->{errors}, $f->{first_error} // 'timeout';
}

# Writes $n puts of $value under $prefix (over $opt{keys} keys) as
# transactions of $per puts each (the last may have fewer), 100 in flight
# (not measured). Returns an error text, or undef.
sub fill_txn {
    my ($prefix, $n, $per) = @_;
    my ($issued, $done, $err) = (0, 0, undef);
    my $txns = int(($n + $per - 1) / $per);
    my $next;
    $next = sub {
        return if $issued >= $txns || defined $err;
        my $t = $issued++;
        my $first = $t * $per;
        my $last  = $first + $per - 1;
        $last = $n - 1 if $last > $n - 1;
        my @ops = map { { put => { key => sprintf('%s%06d', $prefix, $_ % $opt{keys}), value => $value } } }
            $first .. $last;
        $client->txn([], \@ops, sub {
            $err //= 'txn: ' . err_text($_[1]) if $_[1];
            return EV::break if ++$done >= $txns || defined $err;
            $next->();
        });
    };
    EV::now_update;
    my $guard = EV::timer($opt{timeout}, 0, sub { $err //= 'timeout'; EV::break });
    $next->() for 1 .. ($txns < 100 ? $txns : 100);
    EV::run;
    undef $next;
    return $err;
}

# Counts the events of a watch response into $r, checking they are PUTs in
# revision order ($$last_rev: the last one seen; a transaction's events share
# one revision).
sub count_events {
    my ($r, $resp, $last_rev) = @_;
    for my $ev (@{ $resp->{events} }) {
        $r->{ops}++;
        my $rev = $ev->{kv}{mod_revision};
        note_error($r, 'event out of order or not a PUT', 1)
            if $ev->{type} ne 'PUT' || $rev < $$last_rev;
        $$last_rev = $rev;
    }
}

# watch-self-cN: one prefix watch, and this client pipelines $opt{n} puts
# under it, $conc in flight; CPU per event covers both.
sub run_watch_self {
    my ($p) = @_;
    my ($conc, $n) = ($p->{conc}, $opt{n});
    my $prefix = "$opt{prefix}watchself/";
    my @wkeys  = map { sprintf '%s%06d', $prefix, $_ } 0 .. $opt{keys} - 1;
    my $r = new_result(unit => 'event');
    my ($created, $last_rev, $issued, $puts_done) = (0, 0, 0, 0);
    my $check = sub {
        if ($r->{ops} >= $n && $puts_done >= $n) { $r->{finished} = 1; EV::break }
    };
    my $w = $client->watch($prefix, { prefix => 1 }, sub {
        my ($resp, $err) = @_;
        if ($err) { note_error($r, err_text($err)); return EV::break }
        if ($resp->{created}) { $created = 1; return EV::break }
        count_events($r, $resp, \$last_rev);
        $check->();
    });
    EV::now_update;
    my $guard = EV::timer($opt{timeout}, 0, sub { EV::break });
    EV::run until $created || $r->{errors} || !$guard->is_active;
    my $next;
    $next = sub {
        return if $issued >= $n;
        my $i = $issued++;
        $client->put($wkeys[$i % @wkeys], $value, sub {
            $puts_done++;
            if ($_[1]) { note_error($r, 'put: ' . err_text($_[1])); return EV::break }
            $next->();
            $check->();
        });
    };
    my $m = meter_start();
    if ($created) {
        $next->() for 1 .. ($conc > $n ? $n : $conc);
        EV::run unless $r->{finished} || $r->{errors};
    }
    meter_stop($m, $r);
    undef $next;
    $w->cancel(sub { EV::break });
    EV::run;
    return $r;
}

# catchup: $opt{backlog} puts are written first (not measured), in
# transactions of $opt{backlog_txn}, then one prefix watch from the revision
# before them receives them all.
sub run_catchup {
    my $n = $opt{backlog};
    my $prefix = "$opt{prefix}catchup/";
    my $r = new_result(unit => 'event', n => $n);
    my $rev;
    $client->get("${prefix}none", sub {
        my ($resp, $err) = @_;
        if ($err) { note_error($r, 'get: ' . err_text($err)) }
        else      { $rev = $resp->{header}{revision} }
        EV::break;
    });
    EV::run;
    return $r unless defined $rev;
    if (my $e = fill_txn($prefix, $n, $opt{backlog_txn})) {
        note_error($r, "writing the backlog: $e");
        return $r;
    }
    EV::now_update;
    my $guard = EV::timer($opt{timeout}, 0, sub { EV::break });
    my $last_rev = 0;
    my $m = meter_start();
    my $w = $client->watch($prefix, { prefix => 1, start_revision => $rev + 1 }, sub {
        my ($resp, $err) = @_;
        if ($err) { note_error($r, err_text($err)); return EV::break }
        count_events($r, $resp, \$last_rev);
        if ($r->{ops} >= $n) { $r->{finished} = 1; EV::break }
    });
    EV::run;
    meter_stop($m, $r);
    $w->cancel(sub { EV::break });
    EV::run;
    return $r;
}

# range: $opt{range_kvs} kvs are written under one prefix (not measured), then
# read $opt{range_reads} times, one whole-prefix get after the other.
sub run_range {
    my ($n, $reads) = ($opt{range_kvs}, $opt{range_reads});
    my $prefix = "$opt{prefix}wholeread/";    # not prefix-get's range/
    my $r = new_result(unit => 'kv', n => $n * $reads);
    if (my $e = fill('writing the range', [map { sprintf '%s%06d', $prefix, $_ } 0 .. $n - 1], $n, 1000)) {
        note_error($r, $e);
        return $r;
    }
    EV::now_update;
    my $guard = EV::timer($opt{timeout}, 0, sub { EV::break });
    my $done = 0;
    my $read;
    $read = sub {
        $client->get($prefix, { prefix => 1 }, sub {
            my ($resp, $err) = @_;
            if ($err) { note_error($r, err_text($err)); return EV::break }
            my $kvs = $resp->{kvs};
            note_error($r, 'range returned ' . @$kvs . ' kvs', 1)
                if @$kvs != $n || length $kvs->[-1]{value} != $opt{value_size};
            $r->{ops} += @$kvs;
            if (++$done >= $reads) { $r->{finished} = 1; return EV::break }
            $read->();
        });
    };
    my $m = meter_start();
    $read->();
    EV::run;
    meter_stop($m, $r);
    undef $read;
    return $r;
}

# watches: $opt{watches} watches on distinct keys of this client; the time
# until the last is confirmed created, and the RSS they added.
sub run_watches {
    my $n = $opt{watches};
    my $r = new_result(unit => 'watch', n => $n);
    EV::now_update;
    my $guard = EV::timer($opt{timeout}, 0, sub { EV::break });
    my $cb = sub {
        my ($resp, $err) = @_;
        if ($err) { note_error($r, err_text($err)); return EV::break }
        if ($resp->{created} && ++$r->{ops} >= $n) { $r->{finished} = 1; EV::break }
    };
    my $rss0 = proc_status_kb('VmRSS');
    my $m = meter_start();
    my @w = map { $client->watch(sprintf('%smany/%06d', $opt{prefix}, $_), $cb) } 0 .. $n - 1;
    EV::run;
    meter_stop($m, $r);
    my $rss1 = proc_status_kb('VmRSS');
    $r->{create_s} = $r->{wall_s};
    if (defined $rss0 && defined $rss1) {
        $r->{rss_delta_kb}    = $rss1 - $rss0;
        $r->{bytes_per_watch} = ($rss1 - $rss0) * 1024 / $n;
    }
    @w = ();    # cancelled, without waiting for the server
    return $r;
}

my %EXTRA_PHASE = (
    'watch-self' => \&run_watch_self,
    catchup      => \&run_catchup,
    range        => \&run_range,
    watches      => \&run_watches,
);

my @results;
for my $p (@phases) {
    my $r = $p->{op} eq 'watch' ? run_watch(conc => $p->{conc}, n => $opt{n})
          : $p->{op} =~ /^prefix-/ ? run_prefix(op => $p->{op}, n => $opt{n})
          : $EXTRA_PHASE{$p->{op}} ? $EXTRA_PHASE{$p->{op}}->($p)
          : run_ops(op => $p->{op}, conc => $p->{conc}, n => $opt{n});
    my $ops = $r->{ops} || 1;
    push @results, {
        phase         => $p->{name},
        op            => $p->{op},
        unit          => $r->{unit} // ($p->{op} eq 'watch' ? 'event' : $p->{op} =~ /^prefix-/ ? 'kv' : 'op'),
        concurrency   => $p->{conc},
        n             => $r->{n} // $opt{n},
        ops           => $r->{ops},
        errors        => $r->{errors},
        bad_responses => $r->{bad},
        finished      => jbool($r->{finished}),
        first_error   => $r->{first_error},
        wall_s        => $r->{wall_s},
        ops_per_s     => $r->{wall_s} > 0 ? $r->{ops} / $r->{wall_s} : undef,
        cpu_s         => $r->{cpu_s},
        user_s        => $r->{user_s},
        sys_s         => $r->{sys_s},
        cpu_us_per_op => $r->{cpu_s} / $ops * 1e6,
        # average latency from Little's law: calls in flight / throughput
        avg_latency_us => $r->{ops} && $p->{conc} && $p->{op} !~ /^prefix-/
            ? $r->{wall_s} * $p->{conc} / $r->{ops} * 1e6 : undef,
        server_cpu_us_per_op => defined $r->{server_cpu_s} ? $r->{server_cpu_s} / $ops * 1e6 : undef,
        p50_us        => $r->{p50_us},
        p99_us        => $r->{p99_us},
        peak_rss_kb   => $r->{peak_rss_kb},
        (map { defined $r->{$_} ? ($_ => $r->{$_}) : () } qw(create_s rss_delta_kb bytes_per_watch)),
        flagged       => jbool($r->{errors} || !$r->{finished}),
    };
}

my $hwm = proc_status_kb('VmHWM');
my $rss = proc_status_kb('VmRSS');
my $failed = grep { $_->{flagged} } @results;

if ($opt{json}) {
    print do { require JSON::PP; JSON::PP->new }->canonical->pretty->encode({
        config => {
            n            => $opt{n},
            value_size   => $opt{value_size},
            keys         => $opt{keys},
            (map { ($_ => $opt{$_}) } qw(backlog backlog_txn range_kvs range_reads watches)),
            endpoints    => [@endpoints],
            server       => $server_pid ? 'EtcdTest (--unsafe-no-fsync)' : 'external',
            cpu_clock    => $HAVE_CPU_CLOCK ? 'CLOCK_PROCESS_CPUTIME_ID' : 'times()',
            perl         => sprintf('%vd', $^V),
            ev_version   => $EV::VERSION,
            module_version => $EV::Etcd::VERSION,
        },
        phases      => \@results,
        max_rss_kb  => $hwm,
        rss_kb      => $rss,
        ok          => jbool(!$failed),
    });
} else {
    printf "EV::Etcd %s, EV %s, perl %vd; %s at %s\n",
        $EV::Etcd::VERSION // '?', $EV::VERSION, $^V,
        ($server_pid ? 'throwaway etcd (no fsync)' : 'external etcd'), join(',', @endpoints);
    printf "%d ops per phase, %d-byte values over %d keys; CPU from %s\n\n",
        $opt{n}, $opt{value_size}, $opt{keys},
        $HAVE_CPU_CLOCK ? 'clock_gettime(CLOCK_PROCESS_CPUTIME_ID)' : 'times() (10 ms granularity)';
    # units: ops, or events (watch phases), kvs (range), watches (watches)
    my $fmt = "%-16s %5s %12s %8s %10s %10s %10s %8s %8s %8s %8s %6s %s\n";
    printf $fmt, 'phase', 'conc', 'units', 'wall s', 'units/s', 'CPU us/u',
        'srv us/u', 'avg lat', 'p50 us', 'p99 us', 'peak MiB', 'errors', '';
    my $f = sub { defined $_[0] ? sprintf($_[1], $_[0]) : '-' };
    for my $r (@results) {
        printf $fmt,
            $r->{phase}, $r->{concurrency}, "$r->{ops} $r->{unit}",
            sprintf('%.3f', $r->{wall_s}),
            $f->($r->{ops_per_s}, '%.0f'),
            sprintf('%.2f', $r->{cpu_us_per_op}),
            $f->($r->{server_cpu_us_per_op}, '%.1f'),
            $f->($r->{avg_latency_us}, '%.0f'),
            $f->($r->{p50_us}, '%.0f'), $f->($r->{p99_us}, '%.0f'),
            $f->(defined $r->{peak_rss_kb} ? $r->{peak_rss_kb} / 1024 : undef, '%.1f'),
            $r->{errors},
            $r->{flagged} ? ('<-- ' . ($r->{finished} ? 'ERRORS' : "UNFINISHED ($r->{ops}/$r->{n})")) : '';
        printf "  %d watches created in %.3f s, %.0f bytes of RSS per watch\n",
            $r->{ops}, $r->{create_s}, $r->{bytes_per_watch} if defined $r->{bytes_per_watch};
    }
    for my $r (grep { defined $_->{first_error} } @results) {
        print "  $r->{phase}: first error: $r->{first_error}\n";
    }
    printf "\nmax RSS (VmHWM): %s; RSS now: %s\n",
        defined $hwm ? sprintf('%.1f MiB', $hwm / 1024) : 'n/a',
        defined $rss ? sprintf('%.1f MiB', $rss / 1024) : 'n/a';
}

undef $client;

exit($failed ? 1 : 0);
