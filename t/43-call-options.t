#!/usr/bin/perl
# Per-call options and handles of unary calls.
#   - {timeout => seconds} on one call: a get to a frozen server fails with
#     DEADLINE_EXCEEDED after about that long, while the client's timeout
#     is 30 s; a lock held elsewhere with {timeout => 1} fails the same way
#     (without it, a lock waits past the client's timeout);
#   - a unary method called in non-void context returns an EV::Etcd::Call
#     with cancel and is_active; cancelling a call to a frozen server runs
#     its callback once, with CANCELLED (source 'get'); cancel after
#     completion (or twice) is a no-op; call(...) returns a handle too;
#     a call waiting between retries can be cancelled;
#   - a 10 MiB range response (100 keys × 100 KiB) arrives whole: gRPC's
#     4 MiB default receive limit does not apply.
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
plan skip_all => 'freezes its server (ETCD_ENDPOINTS is set)' unless managed();

my $e = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('callopts');
my ($r, $err);

my $c = new_client($e, timeout => 30);
($r, $err) = sync($c, put => "${P}k", 'v');
ok !$err, 'setup: put' or diag explain $err;

# Start the call, wait for its callback; returns ($resp, $err, $calls, $seconds).
sub timed {
    my ($client, $method, @args) = @_;
    my (@res, $n);
    $n = 0;
    my $t0 = Time::HiRes::time();
    $client->$method(@args, sub { @res = @_; $n++ });
    wait_until { $n } "the callback of $method", 15;
    return (@res[0, 1], $n, Time::HiRes::time() - $t0);
}

# ---------------------------------------------------------------- per-call timeout

$e->freeze;
{
    my ($resp, $e2, $n, $took) = timed($c, get => "${P}k", { timeout => 0.3 });
    is $n, 1, 'get {timeout => 0.3} on a frozen server: the callback ran once';
    ok !$resp, '... no response';
    check_error($e2, { status => 'DEADLINE_EXCEEDED', code => 4, source => 'get', retryable => 1 },
        'get {timeout => 0.3} on a frozen server');
    cmp_ok $took, '>=', 0.25, '... not before the per-call timeout';
    cmp_ok $took, '<', 3, '... about the per-call timeout, not the client\'s 30 s';

    ($resp, $e2, $n, $took) = timed($c, put => "${P}k2", 'x', { timeout => 0.5 });
    check_error($e2, { status => 'DEADLINE_EXCEEDED', source => 'put' }, 'put {timeout => 0.5} on a frozen server');
    cmp_ok $took, '<', 3, '... about the per-call timeout';

    ($resp, $e2, $n, $took) = timed($c, call => 'KV', 'Range', { key => "${P}k" }, { timeout => 0.3 });
    check_error($e2, { status => 'DEADLINE_EXCEEDED', source => 'call' }, 'call(..., {timeout => 0.3}) on a frozen server');
    cmp_ok $took, '<', 3, '... about the per-call timeout';
}
$e->thaw;
$e->wait_healthy;
($r, $err) = sync($c, get => "${P}k");
ok !$err, 'after the thaw the client works' or diag explain $err;

# bad timeouts croak
for my $bad (0, -1, 'soon', [1]) {
    eval { $c->get("${P}k", { timeout => $bad }, sub {}) };
    like $@, qr/timeout/, 'get {timeout => ' . (ref $bad ? 'ARRAY' : "'$bad'") . '} croaks';
}

# ---------------------------------------------------------------- lock with a per-call timeout

{
    my $holder = new_client($e);
    ($r, $err) = sync($holder, lease_grant => 60);
    ok !$err, 'lock holder: lease' or diag explain $err;
    my $hold_lease = $r->{id};
    ($r, $err) = sync($holder, lock => "${P}lock", $hold_lease);
    ok !$err, 'the lock is held by another client' or diag explain $err;
    my $held_key = $r->{key};

    ($r, $err) = sync($c, lease_grant => 60);
    my $my_lease = $r->{id};
    my ($resp, $e2, $n, $took) = timed($c, lock => "${P}lock", $my_lease, { timeout => 1 });
    is $n, 1, 'lock {timeout => 1} on a held lock: the callback ran once';
    ok !$resp, '... no response';
    check_error($e2, { status => 'DEADLINE_EXCEEDED', source => 'lock' }, 'lock {timeout => 1} on a held lock');
    cmp_ok $took, '>=', 0.9, '... not before the per-call timeout';
    cmp_ok $took, '<', 5, '... about the per-call timeout';

    # without it, a lock waits past the client's timeout (here 1 s)
    my $short = new_client($e, timeout => 1);
    ($r, $err) = sync($short, lease_grant => 60);
    my $short_lease = $r->{id};
    my (@res, $got);
    $got = 0;
    $short->lock("${P}lock", $short_lease, sub { @res = @_; $got++ });
    run_for(2.5);
    is $got, 0, 'a lock without a per-call timeout still waits after 2.5 s (client timeout 1 s)'
        or diag explain \@res;
    ($r, $err) = sync($holder, unlock => $held_key);
    ok !$err, 'the holder unlocks' or diag explain $err;
    wait_until { $got } 'the waiting lock is acquired';
    ok !$res[1], 'the waiting lock is acquired after the unlock' or diag explain $res[1];
    like $res[0]{key} // '', qr/\A\Q${P}lock\E/, '... with a key under the lock name';
    sync($short, unlock => $res[0]{key}) if $res[0];
    sync($holder, lease_revoke => $_) for $hold_lease, $my_lease, $short_lease;
}

# ---------------------------------------------------------------- cancel

{
    my $n = 0;
    my @res;
    my $h = $c->get("${P}k", sub { @res = @_; $n++ });
    isa_ok $h, 'EV::Etcd::Call', 'get in scalar context returns a handle';
    can_ok $h, qw(cancel is_active);
    wait_until { $n } 'a get with a handle completes';
    is $n, 1, 'a get with a handle: the callback ran once';
    ok !$res[1], '... successfully' or diag explain $res[1];
    ok !$h->is_active, 'a finished call is not active';
    eval { $h->cancel };
    is $@, '', 'cancel after completion does not croak';
    run_for(0.3);
    is $n, 1, 'cancel after completion is a no-op (the callback did not run again)';
}

{
    my @ret = $c->get("${P}k", sub {});
    is scalar @ret, 1, 'get in list context returns one value';
    isa_ok $ret[0], 'EV::Etcd::Call', '... a handle';
    wait_until { !$ret[0]->is_active } 'the list-context get finishes';
}

$e->freeze;
{
    my (@res, $n);
    $n = 0;
    my $h = $c->get("${P}k", sub { @res = @_; $n++ });
    isa_ok $h, 'EV::Etcd::Call', 'get to a frozen server returns a handle';
    run_for(0.3);
    ok $h->is_active, 'a call waiting on a frozen server is active';
    is $n, 0, '... and its callback has not run';
    $h->cancel;
    wait_until { $n } 'the cancelled get reports', 5;
    is $n, 1, 'cancel: the callback ran once';
    ok !defined $res[0], 'cancel: no response';
    check_error($res[1], { status => 'CANCELLED', code => 1, source => 'get', retryable => 0 }, 'cancelled get');
    ok !$h->is_active, 'a cancelled call is not active';
    eval { $h->cancel };
    is $@, '', 'a second cancel does not croak';
    run_for(0.5);
    is $n, 1, 'a second cancel is a no-op; the callback ran once in all';

    my (@cres, $cn);
    $cn = 0;
    my $ch = $c->call('KV', 'Range', { key => "${P}k" }, sub { @cres = @_; $cn++ });
    isa_ok $ch, 'EV::Etcd::Call', 'call(...) in non-void context returns a handle';
    ok $ch->is_active, 'the call(...) handle is active';
    $ch->cancel;
    wait_until { $cn } 'the cancelled call(...) reports', 5;
    is $cn, 1, 'cancelled call(...): the callback ran once';
    check_error($cres[1], { status => 'CANCELLED', source => 'call' }, 'cancelled call(...)');
    ok !$ch->is_active, 'the cancelled call(...) is not active';

    # several calls, one cancelled: the others are untouched
    my %got;
    my @h = map { my $i = $_; $c->get("${P}k", { timeout => 20 }, sub { $got{$i} = [@_] }) } 1 .. 3;
    $h[1]->cancel;
    wait_until { $got{2} } 'the cancelled one of three', 5;
    check_error($got{2}[1], { status => 'CANCELLED' }, 'one of three cancelled');
    ok !$got{1} && !$got{3}, 'the other two are still waiting';
    ok $h[0]->is_active && $h[2]->is_active, 'the other two are active';
    $e->thaw;
    wait_until { $got{1} && $got{3} } 'the other two complete after the thaw', 15;
    ok !$got{1}[1] && !$got{3}[1], 'the other two succeed after the thaw'
        or diag explain [$got{1}[1], $got{3}[1]];
    is $got{1}[0]{kvs}[0]{value}, 'v', '... with the value';
}
$e->thaw if $e->is_frozen;
$e->wait_healthy;

# a call waiting between retries (server stopped, max_retries 5) is cancelled
{
    my $rc = new_client($e, max_retries => 5);
    ($r, $err) = sync($rc, get => "${P}k");
    ok !$err, 'retrying client: connected' or diag explain $err;
    $e->stop;
    my (@res, $n);
    $n = 0;
    my $h = $rc->get("${P}k", sub { @res = @_; $n++ });
    run_for(0.2);
    is $n, 0, 'a get on a stopped server with max_retries 5 is still retrying after 0.2 s';
    $h->cancel;
    wait_until { $n } 'the cancelled retrying get reports', 5;
    is $n, 1, 'cancel while retrying: the callback ran once';
    check_error($res[1], { status => 'CANCELLED', source => 'get' }, 'cancel while retrying');
    run_for(1);
    is $n, 1, 'no later callback from a retry';
    is inflight($rc), 0, 'nothing left in flight';
    $e->start;
}

# ---------------------------------------------------------------- a 10 MiB response

{
    my $big = new_client($e);
    my $chunk = 'x' x (100 * 1024);
    my ($done, @errs) = (0);
    for my $i (1 .. 100) {
        $big->put(sprintf('%sbig/%03d', $P, $i), $chunk . sprintf('%03d', $i), sub { $done++; push @errs, $_[1] if $_[1] });
    }
    wait_until { $done >= 100 } '100 puts of 100 KiB', 60;
    is scalar @errs, 0, '100 puts of 100 KiB' or diag explain $errs[0];

    my ($resp, $e2) = sync($big, get => "${P}big/", { prefix => 1 });
    ok !$e2, 'a get of 100 keys × 100 KiB (10 MiB) succeeds' or diag explain $e2;
    is scalar @{ $resp->{kvs} || [] }, 100, '... 100 kvs';
    is $resp->{count}, 100, '... count 100';
    my $bytes = 0;
    $bytes += length $_->{value} for @{ $resp->{kvs} || [] };
    cmp_ok $bytes, '>', 10 * 1000 * 1024, '... more than 10 MB of values';
    is scalar(grep { $_->{value} eq $chunk . substr($_->{key}, -3) } @{ $resp->{kvs} || [] }), 100,
        '... every value whole';

    ($resp, $e2) = sync($big, call => 'KV', 'Range', { key => "${P}big/", range_end => "${P}big0" });
    ok !$e2, 'the same 10 MiB through call(KV, Range)' or diag explain $e2;
    is scalar @{ $resp->{kvs} || [] }, 100, '... 100 kvs';
}

done_testing;
