package EtcdTestUtil;

# Shared helpers for the EV::Etcd client tests.
#
#   use lib 't/lib';
#   use EtcdTestUtil qw(:all);
#   my ($e, $c) = server_and_client();       # EtcdTest server (or ETCD_ENDPOINTS) + client
#   my ($resp, $err) = sync($c, get => $key, { prefix => 1 });
#   run_cb { $c->put(...) };                  # EV::run until idle, 20 s guard
#   wait_until { $done } 'what we wait for';  # runs the loop until the condition holds
#   check_header($resp->{header}, 'name');
#   check_kv($kv, { key => ..., value => ... }, 'name');
#   check_error($err, { code => 14, status => 'UNAVAILABLE', source => 'get' }, 'name');
#   my $r = fget($c->get_f($key), 'get_f');   # ->get of a Future, with a guard
#   my $s = session_ok($c, ttl => 5);         # an EV::Etcd::Session (the recipes' tests)
#   my @keys = keys_under($c, $prefix);       # keys under a prefix, oldest first
#   pod_clean('EV/Etcd/Mutex.pm');            # podchecker finds nothing
#   require_modules('Future' => 'libfuture-perl');   # else skip (an error under CI=true)
#
# Every helper that runs the loop has a guard timer: a test never hangs, it
# fails with a message instead.  The guards are generous and are not
# measurements.

use strict;
use warnings;

use B ();
use Carp qw(croak);
use Exporter 'import';
use EV;
use EV::Etcd;
use EtcdTest qw(require_etcd managed);
use Test::More ();
use Time::HiRes ();

our @EXPORT_OK = qw(
    run_cb wait_until run_for sync new_client server_and_client uniq_prefix inflight
    is_int is_int_sv check_header check_kv check_error keys_of exact_keys
    $GUARD @HEADER_KEYS @KV_KEYS @ERROR_KEYS
);
our %EXPORT_TAGS = (all => \@EXPORT_OK);

our $GUARD = 20;    # seconds; a guard, never a measurement

our @HEADER_KEYS = qw(cluster_id member_id raft_term revision);
our @KV_KEYS     = qw(create_revision key lease mod_revision value version);
our @ERROR_KEYS  = qw(code grpc_code message retryable source status);

sub keys_of { my ($h) = @_; return ref $h eq 'HASH' ? [sort keys %$h] : $h }

# The exact key set of a response hash (a test of its own, so the other
# assertions about the same response still run when it fails).
sub exact_keys {
    my ($h, $exp, $name) = @_;
    my @exp = sort @$exp;
    Test::More::is_deeply(keys_of($h), \@exp, "$name: response keys are exactly (@exp)")
        or Test::More::diag('got keys: ' . join(' ', ref $h eq 'HASH' ? sort keys %$h : ('(not a hash)')));
}

# Run $code, then EV::run until the loop has nothing left to do (no call in
# flight).  The guard timer does not keep the loop alive; if it fires, the
# test fails and the loop is broken out of.  Returns true if the loop ended
# by itself.
sub run_cb(&;$) {
    my ($code, $guard) = @_;
    $guard //= $GUARD;
    my $fired = 0;
    my $t = EV::timer($guard, 0, sub {
        $fired = 1;
        Test::More::fail("guard: the event loop was still busy after ${guard}s");
        EV::break(EV::BREAK_ALL);
    });
    $t->keepalive(0);
    $code->();
    EV::run;
    return !$fired;
}

# Run the loop until $cond->() is true (checked after every loop iteration)
# or the guard expires (a test failure).  Returns true if the condition held.
sub wait_until(&;$$) {
    my ($cond, $what, $guard) = @_;
    $guard //= $GUARD;
    $what //= 'condition';
    my $deadline = Time::HiRes::time() + $guard;
    my $t = EV::timer($guard, 0, sub { });    # bounds the blocking of RUN_ONCE
    until ($cond->()) {
        if (Time::HiRes::time() >= $deadline) {
            Test::More::fail("guard: gave up waiting for $what after ${guard}s");
            return 0;
        }
        EV::run(EV::RUN_ONCE);
    }
    return 1;
}

# Run the loop for $s seconds (other callbacks run meanwhile).
sub run_for {
    my ($s) = @_;
    my $t = EV::timer($s, 0, sub { });
    return wait_until { !$t->is_active } "a pause of ${s}s", $s + $GUARD;
}

# Call $client->$method(@args, $cb) and run the loop until the callback has
# run; returns the callback's ($resp, $err).  Fails the test if the
# callback runs more than once while we wait.
sub sync {
    my ($c, $method, @args) = @_;
    my (@res, $n);
    $n = 0;
    $c->$method(@args, sub { @res = @_; $n++ });
    wait_until { $n } "the callback of $method" or return (undef, undef);
    Test::More::is($n, 1, "$method: callback ran once") if $n != 1;
    return @res;
}

sub new_client {
    my ($e, %opt) = @_;
    return EV::Etcd->new(endpoints => [$e->endpoints], %opt);
}

# A server from the harness (or ETCD_ENDPOINTS) and a client for it.
sub server_and_client {
    my (%opt) = @_;
    require_etcd();
    my $e = EtcdTest->start(no_fsync => 1);
    my $c = new_client($e, %opt);
    return ($e, $c);
}

# Number of accepted calls whose callback has not run yet (private
# introspection: _stats()->{calls_in_flight}, formerly _inflight()).
sub inflight {
    my ($c) = @_;
    return $c->_stats->{calls_in_flight} if $c->can('_stats');
    return $c->_inflight;
}

# A key prefix no other test run (or earlier run against a shared server)
# uses: "/evetcd-test/<name>/<pid>-<time>-<rand>/".
sub uniq_prefix {
    my ($name) = @_;
    my $t = int(Time::HiRes::time() * 1000);
    return sprintf '/evetcd-test/%s/%d-%d-%d/', $name, $$, $t, int(rand 1e6);
}

# Is the scalar a genuine Perl integer (IV/UV, not a string or a float)?
# Looks at the flags first, then at a copy's string form, so the original
# is not upgraded by the check.
sub is_int_sv {
    my ($v) = @_;
    return 0 if !defined $v || ref $v;
    my $flags = B::svref_2object(\$v)->FLAGS;
    return 0 unless $flags & B::SVf_IOK;
    return 0 if $flags & B::SVf_POK;
    my $copy = $v;
    return "$copy" =~ /\A-?[0-9]+\z/ ? 1 : 0;
}

sub is_int {
    my ($v, $name) = @_;
    my $ok = Test::More::ok(is_int_sv($v), "$name is an integer")
        or Test::More::diag("got: " . (defined $v ? "'$v'" : 'undef'));
    return $ok;
}

# The response header: exactly cluster_id, member_id, raft_term, revision,
# all integers; ids non-zero, revision and term positive.
sub check_header {
    my ($h, $name) = @_;
    $name //= 'header';
    my $ok = Test::More::is(ref $h, 'HASH', "$name: header is a hash");
    return 0 unless ref $h eq 'HASH';
    $ok &= Test::More::is_deeply([sort keys %$h], \@HEADER_KEYS, "$name: header keys");
    for my $k (@HEADER_KEYS) {
        $ok &= Test::More::ok(is_int_sv($h->{$k}), "$name: header $k is an integer")
            or Test::More::diag("$k: " . ($h->{$k} // 'undef'));
    }
    $ok &= Test::More::ok(($h->{cluster_id} // 0) != 0 && ($h->{member_id} // 0) != 0,
        "$name: header cluster_id and member_id are non-zero");
    $ok &= Test::More::cmp_ok($h->{revision} // 0, '>=', 1, "$name: header revision >= 1");
    $ok &= Test::More::cmp_ok($h->{raft_term} // 0, '>=', 1, "$name: header raft_term >= 1");
    return $ok;
}

# A kv hash: exactly the six keys, integers where integers belong, and the
# expected values (string comparison, so 64-bit ids compare exactly).
sub check_kv {
    my ($kv, $exp, $name) = @_;
    $name //= 'kv';
    my $ok = Test::More::is(ref $kv, 'HASH', "$name: kv is a hash");
    return 0 unless ref $kv eq 'HASH';
    $ok &= Test::More::is_deeply([sort keys %$kv], \@KV_KEYS, "$name: kv keys");
    for my $k (qw(create_revision mod_revision version lease)) {
        $ok &= Test::More::ok(is_int_sv($kv->{$k}), "$name: kv $k is an integer")
            or Test::More::diag("$k: " . ($kv->{$k} // 'undef'));
    }
    for my $k (sort keys %{ $exp // {} }) {
        $ok &= Test::More::is($kv->{$k}, $exp->{$k}, "$name: kv $k");
    }
    return $ok;
}

# The error hash of the contract: exactly code, status, message, source,
# retryable.  $exp values are compared with is(), except a Regexp (like()).
sub check_error {
    my ($err, $exp, $name) = @_;
    $name //= 'error';
    my $ok = Test::More::is(ref $err, 'HASH', "$name: error is a hash");
    return 0 unless ref $err eq 'HASH';
    $ok &= Test::More::is_deeply([sort keys %$err], \@ERROR_KEYS, "$name: error keys");
    $ok &= Test::More::ok(is_int_sv($err->{code}), "$name: code is an integer");
    $ok &= Test::More::ok(defined $err->{message} && length $err->{message}, "$name: message is not empty");
    $ok &= Test::More::like($err->{retryable}, qr/\A[01]\z/, "$name: retryable is 0 or 1");
    for my $k (sort keys %{ $exp // {} }) {
        if (ref $exp->{$k} eq 'Regexp') {
            $ok &= Test::More::like($err->{$k}, $exp->{$k}, "$name: $k");
        } else {
            $ok &= Test::More::is($err->{$k}, $exp->{$k}, "$name: $k");
        }
    }
    return $ok;
}

# ---------------------------------------------------------------- recipes, Futures

push @EXPORT_OK, qw(pod_clean session_ok keys_under fget require_modules grant cancel_ok writer short_list);

# Loads the modules a test needs (module => its Debian package, ...): one
# that is missing skips the whole test, naming the package, or is an error
# under CI=true (where nothing may skip).
sub require_modules {
    my (@pairs) = @_;
    while (my ($mod, $deb) = splice @pairs, 0, 2) {
        next if eval "require $mod; 1";
        die "$0: $mod is missing; CI=true, so this is an error, not a skip\n" if ($ENV{CI} // '') eq 'true';
        Test::More::plan(skip_all => "$mod is not installed (Debian: $deb)");
    }
    return 1;
}

# podchecker finds nothing to report in lib/$path (e.g. 'EV/Etcd/Mutex.pm').
sub pod_clean {
    my ($path) = @_;
    require File::Basename;
    require Pod::Checker;
    my $pm = File::Basename::dirname(__FILE__) . "/../../lib/$path";
    open my $out, '>', \my $report or die "in-memory file: $!";
    my $checker = Pod::Checker->new(-warnings => 1);
    $checker->parse_from_file($pm, $out);
    return Test::More::is($checker->num_errors + $checker->num_warnings, 0, "$path: podchecker is clean")
        || Test::More::diag($report);
}

# A lease of $ttl seconds granted to $client, as a test: its id (0 when
# the grant failed).
sub grant {
    my ($client, $ttl) = @_;
    my ($r, $err) = sync($client, lease_grant => $ttl);
    Test::More::ok(!$err, "lease_grant $ttl") or Test::More::diag(Test::More::explain($err));
    return $r ? $r->{id} : 0;
}

# Cancels a stream's handle (watch, keepalive, observe) with a callback, as
# a test: the callback runs once with ({}, undef) and the handle is no
# longer active.
sub cancel_ok {
    my ($h, $name) = @_;
    my (@res, $n);
    $n = 0;
    $h->cancel(sub { @res = @_; $n++ });
    wait_until { $n } "$name: cancel callback";
    Test::More::is($n, 1, "$name: cancel callback once");
    Test::More::is_deeply(\@res, [{}, undef], "$name: cancel gives ({}, undef)");
    Test::More::ok(!$h->is_active, "$name: not active after cancel");
}

# An EV::Etcd::Session of $client (ttl 10 unless %opts says), as a test.
sub session_ok {
    my ($client, %opts) = @_;
    my ($s, $err) = sync($client, session => { ttl => 10, %opts });
    Test::More::ok(!$err, 'session') or Test::More::diag(Test::More::explain($err));
    return $s;
}

# The keys under $prefix, oldest first.
sub keys_under {
    my ($client, $prefix) = @_;
    my ($r) = sync($client, get => $prefix, { prefix => 1, keys_only => 1, sort_target => 'create' });
    return map { $_->{key} } @{ $r->{kvs} || [] };
}

# $future->get with a guard: a Future still pending after $GUARD seconds
# is cancelled (so ->get croaks instead of the test hanging).
sub fget {
    my ($f, $what) = @_;
    my $t = EV::timer($GUARD, 0, sub {
        Test::More::fail("guard: $what still pending after ${GUARD}s");
        $f->cancel unless $f->is_ready;
    });
    $t->keepalive(0);
    return $f->get;
}

# A sequential writer on client $c (the stream tests): sequence number $n
# goes to key "${prefix}%06d" with value $n, one write at a time, the next
# ~$gap s after the previous one succeeded; a failed write is retried (same
# number).
# Options: first (the first number, default 1), gap (seconds, default
# 0.02).  $w->{written} maps each number to its mod_revision; $w->{bad}
# lists anything unexpected; $w->{stop}->() stops it.
sub writer {
    my ($c, $prefix, %o) = @_;
    my $w = {
        next     => $o{first} // 1,
        written  => {},      # seq -> mod_revision
        errors   => 0,
        lost     => 0,       # writes found already there on retry
        bad      => [],      # anything unexpected
        busy     => 0,
        stopped  => 0,
        count    => 0,
    };
    my ($timer, $write);
    $write = sub {
        my $n = $w->{next};
        my $key = sprintf '%s%06d', $prefix, $n;
        $w->{busy} = 1;
        $c->txn([{ key => $key, target => 'version', version => 0 }],
                [{ put => { key => $key, value => "$n" } }],
                [{ range => { key => $key } }],
                sub {
            my ($r, $err) = @_;
            $w->{busy} = 0;
            if ($err) {
                $w->{errors}++;
                $w->{last_error} = $err;
            } else {
                my $rev;
                if ($r->{succeeded}) {
                    $rev = $r->{header}{revision};
                } else {
                    # an earlier attempt was applied but its reply was lost
                    my $kv = $r->{responses}[0]{response_range}{kvs}[0];
                    push @{ $w->{bad} }, "seq $n: failure branch without the key" unless $kv;
                    push @{ $w->{bad} }, "seq $n: key holds '" . ($kv->{value} // '') . "'"
                        if $kv && $kv->{value} ne "$n";
                    $rev = $kv ? $kv->{mod_revision} : 0;
                    $w->{lost}++;
                }
                push @{ $w->{bad} }, "seq $n written twice" if exists $w->{written}{$n};
                $w->{written}{$n} = $rev;
                $w->{count}++;
                $w->{next}++;
            }
            return if $w->{stopped};
            $timer = EV::timer($err ? 0.05 : ($o{gap} // 0.02), 0, $write);
        });
    };
    $w->{stop} = sub { $w->{stopped} = 1; undef $timer };
    $write->();
    return $w;
}

# At most 20 items of a list, for a diagnostic.
sub short_list {
    my (@l) = @_;
    return '(none)' unless @l;
    my $more = @l > 20 ? ' ... (' . scalar(@l) . ' in all)' : '';
    return join(', ', @l[0 .. ($#l < 19 ? $#l : 19)]) . $more;
}

1;
