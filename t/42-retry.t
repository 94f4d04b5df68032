#!/usr/bin/perl
# Retries of unary calls.  Methods marked idempotent (get, status,
# lease_time_to_live, ...) are repeated on UNAVAILABLE with backoff, up to
# max_retries, within the call's deadline; other methods (put) are not.
#   - max_retries => 5: a get (and a lease_time_to_live) issued while the
#     only server is stopped, the server started again ~0.5 s later: the
#     call succeeds, with the answer to the request that was made;
#   - a get on a server stopped for good fails with UNAVAILABLE within the
#     call's deadline ({timeout => 1} with max_retries => 10 included);
#   - max_retries => 0: a get on a stopped server fails with UNAVAILABLE at
#     once (those clients are fail-fast: wait_for_ready => 0);
#   - a put issued while the server is stopped waits for it (wait_for_ready)
#     and is applied once; with wait_for_ready => 0 it fails, unwritten;
#   - a put is never applied twice: issued while the server is stopped,
#     while it is frozen (then thawed), while it is frozen and then
#     restarted, and right after a restart — each time the key's version
#     and revisions show one write at most, and the callback runs once.
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
use Time::HiRes ();

require_etcd();
plan skip_all => 'stops and starts its server (ETCD_ENDPOINTS is set)' unless managed();

my $e = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('retry');
my ($r, $err);

my $setup = new_client($e);
($r, $err) = sync($setup, put => "${P}k", 'value-k');
ok !$err, 'setup: put' or diag explain $err;
($r, $err) = sync($setup, lease_grant => 600);
ok !$err, 'setup: lease_grant' or diag explain $err;
my $lease = $r->{id};

# Start $method(@args) now; after $delay seconds run $action (in the loop);
# wait for the callback.  Returns ($resp, $err, $calls, $seconds).
sub call_with {
    my ($c, $method, $args, $delay, $action, $guard) = @_;
    my (@res, $n);
    $n = 0;
    my $t0 = Time::HiRes::time();
    $c->$method(@$args, sub { @res = @_; $n++ });
    my $t = defined $delay ? EV::timer($delay, 0, $action) : undef;
    wait_until { $n } "the callback of $method", $guard // 40;
    my $took = Time::HiRes::time() - $t0;
    undef $t;
    return (@res[0, 1], $n, $took);
}

# The key as the server has it now (a fresh client, the server up).
sub key_now {
    my ($key) = @_;
    my $v = new_client($e, max_retries => 0);
    my ($r, $err) = sync($v, get => $key);
    die "get $key: $err->{message}\n" if $err;
    return $r->{kvs}[0];
}

# The server must be healthy before the next part.
sub ensure_up { $e->start unless $e->is_running && !$e->is_frozen; $e->wait_healthy }

# ---------------------------------------------------------------- idempotent calls are retried

{
    my $c = new_client($e, max_retries => 5);
    ($r, $err) = sync($c, get => "${P}k");
    ok !$err, 'max_retries => 5: get while the server is up' or diag explain $err;

    $e->stop;
    # the server comes back 0.5 s later (start() waits until it is healthy:
    # the loop, and with it the client's retry timers, waits meanwhile)
    my ($resp, $e2, $n, $took) = call_with($c, get => ["${P}k"], 0.5, sub { $e->start });
    is $n, 1, 'get across a restart: the callback ran once';
    ok !$e2, 'get issued while the only server was stopped succeeds once it is back (retried)'
        or diag explain $e2;
    is scalar @{ $resp->{kvs} || [] }, 1, 'get across a restart: one kv';
    check_kv($resp->{kvs}[0], { key => "${P}k", value => 'value-k', version => 1 },
        'get across a restart: the key asked for');
    check_header($resp->{header}, 'get across a restart') if $resp;
    ensure_up();

    $e->stop;
    ($resp, $e2, $n, $took) = call_with($c, lease_time_to_live => [$lease], 0.5, sub { $e->start });
    is $n, 1, 'lease_time_to_live across a restart: the callback ran once';
    ok !$e2, 'lease_time_to_live issued while the server was stopped succeeds once it is back'
        or diag explain $e2;
    is "" . ($resp->{id} // ''), "$lease", 'lease_time_to_live across a restart: the lease asked for';
    cmp_ok $resp->{ttl} // -1, '>', 0, 'lease_time_to_live across a restart: the lease is alive';
    ensure_up();
}

# ---------------------------------------------------------------- budget and deadline
# (fail-fast clients: with the default wait_for_ready a call waits for a
# connection instead, see t/47-wait-for-ready.t)

{
    my $c = new_client($e, max_retries => 5, wait_for_ready => 0);
    ($r, $err) = sync($c, get => "${P}k");
    ok !$err, 'a second client: get while the server is up' or diag explain $err;
    $e->stop;

    my ($resp, $e2, $n, $took) = call_with($c, get => ["${P}k"]);
    is $n, 1, 'get on a server stopped for good: the callback ran once';
    ok !$resp, 'get on a server stopped for good: no response';
    check_error($e2, { status => 'UNAVAILABLE', code => 14, source => 'get', retryable => 1 },
        'get on a server stopped for good, max_retries => 5');
    cmp_ok $took, '<', 30, '... the retries ended within the call\'s deadline (30 s)';

    my $c10 = new_client($e, max_retries => 10, wait_for_ready => 0);
    ($resp, $e2, $n, $took) = call_with($c10, get => ["${P}k", { timeout => 1 }]);
    is $n, 1, 'get {timeout => 1}, max_retries => 10, server stopped: the callback ran once';
    ok !$resp, '... no response';
    check_error($e2, { status => qr/\A(?:UNAVAILABLE|DEADLINE_EXCEEDED)\z/, source => 'get', retryable => 1 },
        'get {timeout => 1}, max_retries => 10, server stopped');
    cmp_ok $took, '<', 3, '... retries stop at the call\'s own deadline (1 s), not after max_retries';

    my $c0 = new_client($e, max_retries => 0, wait_for_ready => 0);
    ($resp, $e2, $n, $took) = call_with($c0, get => ["${P}k"]);
    is $n, 1, 'max_retries => 0: the callback ran once';
    ok !$resp, 'max_retries => 0: no response';
    check_error($e2, { status => 'UNAVAILABLE', code => 14, source => 'get', retryable => 1 },
        'max_retries => 0, get on a stopped server');
    cmp_ok $took, '<', 1, 'max_retries => 0: the error came at once (no retry)';
    is inflight($c0), 0, 'max_retries => 0: nothing left in flight';

    ensure_up();
    # gRPC may still be waiting out its reconnect backoff (calls fail at once
    # meanwhile, with the last connection error): what a caller with
    # max_retries => 0 does itself - try again - must soon succeed.
    my $tries = 0;
    for (1 .. 50) {                  # 10 s at most
        ($resp, $e2) = sync($c0, get => "${P}k");
        $tries++;
        last if !$e2 || !$e2->{retryable};
        run_for(0.2);                 # before trying again
    }
    ok !$e2, "max_retries => 0: the client works once the server is back ($tries tries)" or diag explain $e2;
}

# ---------------------------------------------------------------- a put is applied once at most

# Check a key written by one put: version 1, created by that write.
sub applied_once {
    my ($key, $value, $resp, $err, $n, $name) = @_;
    is $n, 1, "$name: the callback ran once";
    my $kv = key_now($key);
    if ($err) {
        check_error($err, { source => 'put' }, "$name (failed)");
        ok !$kv || ($kv->{version} == 1 && $kv->{value} eq $value),
            "$name: failed, and the key is absent or written once"
            or diag explain $kv;
    } else {
        ok $kv, "$name: the key exists";
        is $kv->{version}, 1, "$name: version 1 (applied once)";
        is $kv->{value}, $value, "$name: the value";
        is $kv->{create_revision}, $kv->{mod_revision}, "$name: created and last modified by the same write";
        is $kv->{mod_revision}, $resp->{header}{revision}, "$name: mod_revision is the put's revision";
    }
}

{
    my $c = new_client($e, max_retries => 5);
    ($r, $err) = sync($c, get => "${P}k");
    ok !$err, 'put client: connected' or diag explain $err;

    # stopped, started again 0.5 s later: the put waits for the connection
    $e->stop;
    my ($resp, $e2, $n) = call_with($c, put => ["${P}p-stopped", 'one'], 0.5, sub { $e->start });
    ensure_up();
    ok !$e2, 'put issued while the server was stopped succeeds once it is back (waits for ready)'
        or diag explain $e2;
    applied_once("${P}p-stopped", 'one', $resp, $e2, $n, 'put issued while the server was stopped');

    # the same with a fail-fast call: UNAVAILABLE, and not repeated
    $e->stop;
    ($resp, $e2, $n) = call_with($c, put => ["${P}p-failfast", 'one', { wait_for_ready => 0 }]);
    check_error($e2, { status => 'UNAVAILABLE', source => 'put' }, 'put {wait_for_ready => 0} to a stopped server');
    ensure_up();
    ok !key_now("${P}p-failfast"), 'put {wait_for_ready => 0} to a stopped server: nothing written';

    # frozen, thawed 0.5 s later
    $e->freeze;
    ($resp, $e2, $n) = call_with($c, put => ["${P}p-frozen", 'two'], 0.5, sub { $e->thaw });
    ensure_up();
    ok !$e2, 'put to a frozen server that is thawed: succeeds' or diag explain $e2;
    applied_once("${P}p-frozen", 'two', $resp, $e2, $n, 'put to a frozen server, thawed');

    # frozen with the request in its socket, then restarted
    $e->freeze;
    ($resp, $e2, $n) = call_with($c, put => ["${P}p-restart", 'three'], 0.3, sub { $e->stop; $e->start });
    ensure_up();
    applied_once("${P}p-restart", 'three', $resp, $e2, $n, 'put to a frozen server that is then restarted');

    # right after a restart, on the connection the client had
    ($r, $err) = sync($c, get => "${P}k");
    ok !$err, 'put client: get before the restart' or diag explain $err;
    $e->stop;
    $e->start;
    ($resp, $e2, $n) = call_with($c, put => ["${P}p-after", 'four']);
    ok !$e2, 'put right after a restart succeeds' or diag explain $e2;
    applied_once("${P}p-after", 'four', $resp, $e2, $n, 'put right after a restart');

    # nothing else was written under the prefix
    ($r, $err) = sync($c, get => "${P}p-", { prefix => 1, keys_only => 1 });
    ok !$err, 'list the put keys' or diag explain $err;
    my %allowed = map { ("${P}p-$_" => 1) } qw(stopped frozen restart after);
    is scalar(grep { !$allowed{ $_->{key} } } @{ $r->{kvs} || [] }), 0, 'no stray keys were written';
}

done_testing;
