#!/usr/bin/perl
# Unary calls wait for a connection until their deadline (gRPC's
# wait-for-ready), as Go's clientv3 and jetcd do; wait_for_ready => 0 on new
# or on a call restores fail-fast.  A write that waits is sent at most once.
#   - a put issued while the only member is down, restarted 0.5 s later,
#     succeeds: the key's version 1 and create_revision == mod_revision ==
#     the put's revision show it applied once; a txn and a lease_grant too;
#   - a client with wait_for_ready => 0: the same put fails at once with
#     UNAVAILABLE and nothing is written; a per-call wait_for_ready => 1
#     on that client waits again;
#   - a waiting call on a member that stays down ends at its deadline with
#     DEADLINE_EXCEEDED (retryable), the last connection error in its
#     message, its callback once (TLS failures, which waiting cannot cure,
#     are reported at once: t/40-tls.t);
#   - bad values croak.
# Timeouts are guards (a failure), never measurements.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;

require_etcd();
plan skip_all => 'stops and starts its server (ETCD_ENDPOINTS is set)' unless managed();

my $e = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('wfr');

# Start $method(@args) with the member down; start it again 0.5 s later.
sub across_restart {
    my ($c, $method, @args) = @_;
    $e->stop;
    my (@res, $n);
    $n = 0;
    $c->$method(@args, sub { @res = @_; $n++ });
    my $t = EV::timer(0.5, 0, sub { $e->start });
    wait_until { $n } "the callback of $method", 40;
    run_for(0.2);                                  # a second callback would show here
    is $n, 1, "$method across a restart: the callback ran once";
    $e->wait_healthy unless $e->is_running;
    return @res;
}

sub key_now {
    my ($key) = @_;
    my $v = new_client($e);
    my ($r, $err) = sync($v, get => $key);
    die "get $key: $err->{message}\n" if $err;
    return $r->{kvs}[0];
}

{
    my $c = new_client($e);
    my ($r, $err) = sync($c, get => "${P}none");
    ok !$err, 'connected' or diag explain $err;

    ($r, $err) = across_restart($c, put => "${P}put", 'one');
    ok !$err, 'put issued while the only member is down succeeds once it is back' or diag explain $err;
    check_header($r->{header}, 'put across a restart');
    my $kv = key_now("${P}put");
    check_kv($kv, { key => "${P}put", value => 'one', version => 1 }, 'the key written across a restart');
    is $kv->{create_revision}, $kv->{mod_revision}, 'created and modified by one write';
    is $kv->{mod_revision}, $r->{header}{revision}, 'mod_revision is the revision the put answered';

    ($r, $err) = across_restart($c, txn =>
        [{ key => "${P}txn", target => 'VERSION', result => 'EQUAL', version => 0 }],
        [{ put => { key => "${P}txn", value => 'once' } }],
        [{ range => { key => "${P}txn" } }]);
    ok !$err, 'txn issued while the member is down succeeds' or diag explain $err;
    ok $r && $r->{succeeded}, 'txn across a restart: the compare held (first and only application)';
    $kv = key_now("${P}txn");
    is $kv->{version}, 1, 'txn across a restart: version 1';

    ($r, $err) = across_restart($c, lease_grant => 60);
    ok !$err, 'lease_grant issued while the member is down succeeds' or diag explain $err;
    is $r->{ttl}, 60, 'lease_grant across a restart: ttl';
}

# ---------------------------------------------------------------- fail-fast

{
    my $c = new_client($e, wait_for_ready => 0, max_retries => 0);
    my ($r, $err) = sync($c, get => "${P}none");
    ok !$err, 'fail-fast client: connected' or diag explain $err;
    $e->stop;
    ($r, $err) = sync($c, put => "${P}ff", 'x');
    ok !$r, 'fail-fast put to a stopped member: no response';
    check_error($err, { code => 14, status => 'UNAVAILABLE', source => 'put', retryable => 1 },
        'fail-fast put to a stopped member');

    # per call: wait on a fail-fast client
    my (@res, $n);
    $n = 0;
    $c->put("${P}ff2", 'y', { wait_for_ready => 1 }, sub { @res = @_; $n++ });
    my $t = EV::timer(0.5, 0, sub { $e->start });
    wait_until { $n } 'put {wait_for_ready => 1} on a fail-fast client', 40;
    ok !$res[1], 'put {wait_for_ready => 1} on a fail-fast client waits and succeeds' or diag explain $res[1];
    $e->wait_healthy;
    ok !key_now("${P}ff"), 'the fail-fast put wrote nothing';
    is key_now("${P}ff2")->{version}, 1, 'the waiting put wrote once';
}

# ---------------------------------------------------------------- the deadline ends the wait

{
    my $c = new_client($e);
    my ($r, $err) = sync($c, get => "${P}none");
    $e->stop;
    ($r, $err) = sync($c, put => "${P}late", 'z', { timeout => 1 });
    ok !$r, 'put on a member that stays down: no response';
    check_error($err, { code => 4, status => 'DEADLINE_EXCEEDED', source => 'put', retryable => 1,
        message => qr/\Adeadline exceeded while waiting for a connection: .*last error: .*connect/ },
        'put on a member that stays down, {timeout => 1}: the message says why it waited');
    ($r, $err) = sync($c, call => 'KV', 'Range', { key => "${P}x" }, { timeout => 1 });
    check_error($err, { code => 4, status => 'DEADLINE_EXCEEDED', source => 'call' },
        'call() on a member that stays down waits too');
    ($r, $err) = sync($c, call => 'KV', 'Range', { key => "${P}x" }, { timeout => 5, wait_for_ready => 0 });
    check_error($err, { code => 14, status => 'UNAVAILABLE', source => 'call' },
        'call() {wait_for_ready => 0} fails fast');
    is inflight($c), 0, 'nothing left in flight';
    $e->start;
}

# ---------------------------------------------------------------- bad input

eval { EV::Etcd->new(endpoints => [$e->endpoint], wait_for_ready => []) };
like $@, qr/\Anew: 'wait_for_ready' must be a boolean/, 'new: wait_for_ready => [] croaks';
my $c = new_client($e);
eval { $c->watch("${P}w", { wait_for_ready => 1 }, sub { }) };
like $@, qr/\Awatch: unknown option 'wait_for_ready'/, 'watch has no wait_for_ready option';

done_testing;
