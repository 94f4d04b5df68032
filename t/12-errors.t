#!/usr/bin/perl
# Errors: the error hash of the contract for connection refused, deadline
# exceeded and server-side errors; callbacks that die (warn, or
# $EV::Etcd::DIED) never break the client or the loop.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed dead_endpoint);
use EtcdTestUtil qw(:all);
use Time::HiRes qw(time);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('errors');

my ($r, $err);

# ---------------------------------------------------------------- callback arguments

{
    my @args;
    $c->put("${P}k", 'v', sub { @args = @_ });
    wait_until { @args } 'put callback';
    is scalar @args, 2, 'success: the callback gets two arguments';
    is ref $args[0], 'HASH', 'success: first is the response hash';
    ok !defined $args[1], 'success: second (error) is undef';
}

# ---------------------------------------------------------------- connection refused

{
    # fail-fast (wait_for_ready => 0): UNAVAILABLE at once
    my $dead = EV::Etcd->new(endpoints => [dead_endpoint()], wait_for_ready => 0);
    my (%res, %n);
    for my $m (qw(get put status)) {
        my @a = $m eq 'get' ? ("${P}k") : $m eq 'put' ? ("${P}k", 'v') : ();
        $dead->$m(@a, sub { $res{$m} = [@_]; $n{$m}++ });
    }
    wait_until { keys %n == 3 } 'three calls to a dead port';
    for my $m (qw(get put status)) {
        my ($resp, $e2) = @{ $res{$m} || [] };
        is scalar @{ $res{$m} || [] }, 2, "dead port $m: two callback arguments";
        ok !defined $resp, "dead port $m: no response";
        check_error($e2, { code => 14, status => 'UNAVAILABLE', source => $m, retryable => 1 },
            "dead port $m");
        is $n{$m}, 1, "dead port $m: callback ran once";
    }
    is inflight($dead), 0, 'dead client: nothing in flight';

    # the default waits for a connection until the call's deadline
    my $waiting = EV::Etcd->new(endpoints => [dead_endpoint()], timeout => 1);
    %res = %n = ();
    for my $m (qw(get put)) {
        my @a = $m eq 'get' ? ("${P}k") : ("${P}k", 'v');
        $waiting->$m(@a, sub { $res{$m} = [@_]; $n{$m}++ });
    }
    # a per-call wait_for_ready => 0 fails fast on the same client
    $waiting->status({ wait_for_ready => 0 }, sub { $res{status} = [@_]; $n{status}++ });
    wait_until { keys %n == 3 } 'three calls to a dead port, waiting for a connection';
    for my $m (qw(get put)) {
        check_error($res{$m}[1], { code => 4, status => 'DEADLINE_EXCEEDED', source => $m, retryable => 1 },
            "dead port, waiting for a connection: $m");
        is $n{$m}, 1, "dead port, waiting for a connection: $m callback ran once";
    }
    check_error($res{status}[1], { code => 14, status => 'UNAVAILABLE', source => 'status', retryable => 1 },
        'dead port, status {wait_for_ready => 0} on a waiting client');
    is inflight($waiting), 0, 'waiting client: nothing in flight';
}

# ---------------------------------------------------------------- deadline exceeded: a lock held elsewhere

{
    my $c2 = new_client($e);
    my $name = "${P}lock";
    ($r, $err) = sync($c2, lease_grant => 60);
    my $lease2 = $r->{id};
    ($r, $err) = sync($c2, lock => $name, $lease2);
    ok !$err, 'second client holds the lock' or diag explain $err;
    my $lock_key = $r->{key};
    like $lock_key, qr/^\Q$name\E/, 'lock key starts with the lock name';

    ($r, $err) = sync($c, lease_grant => 60);
    my $lease1 = $r->{id};
    my $t0 = time;
    my ($resp, $derr, $n);
    $c->call('Lock', 'Lock', { name => $name, lease => $lease1 }, { timeout => 1 },
        sub { ($resp, $derr) = @_; $n++ });
    wait_until { $n } 'the lock call to time out';
    my $dt = time - $t0;
    ok !defined $resp, 'lock wait past the deadline: no response';
    check_error($derr, { code => 4, status => 'DEADLINE_EXCEEDED', retryable => 1, source => 'call' },
        'lock wait past the deadline');
    cmp_ok $dt, '>=', 0.9, sprintf('the deadline was not cut short (%.2fs)', $dt);

    ($r, $err) = sync($c2, unlock => $lock_key);
    ok !$err, 'unlock' or diag explain $err;
    # now the lock is free: the same call succeeds
    ($r, $err) = sync($c, call => 'Lock', 'Lock', { name => $name, lease => $lease1 }, { timeout => 5 });
    ok !$err, 'the lock is free: call(Lock) succeeds' or diag explain $err;
    like $r->{key}, qr/^\Q$name\E/, 'call(Lock) response key';
    sync($c, lease_revoke => $lease1);
    sync($c2, lease_revoke => $lease2);
}

# ---------------------------------------------------------------- deadline exceeded: a frozen server

SKIP: {
    skip 'freezing the server needs a server managed by EtcdTest', 12 unless managed();
    my $short = new_client($e, timeout => 1);
    ($r, $err) = sync($short, get => "${P}k");      # connect before freezing
    ok !$err, 'client with timeout => 1 works' or diag explain $err;

    $e->freeze;
    my (%res, $n);
    my $t0 = time;
    $c->put("${P}frozen", 'v', { timeout => 1 }, sub { $res{put} = [@_]; $n++ });
    $short->get("${P}k", sub { $res{get} = [@_]; $n++ });
    my $ok = wait_until { ($n // 0) == 2 } 'calls to a frozen server to time out';
    my $dt = time - $t0;
    $e->thaw;
    $e->wait_healthy(10);

    ok $ok, 'both calls came back';
    check_error($res{put}[1], { code => 4, status => 'DEADLINE_EXCEEDED', retryable => 1, source => 'put' },
        'put with timeout => 1 to a frozen server');
    check_error($res{get}[1], { code => 4, status => 'DEADLINE_EXCEEDED', retryable => 1, source => 'get' },
        'get on a client with timeout => 1 to a frozen server');
    cmp_ok $dt, '>=', 0.9, sprintf('deadline respected (%.2fs)', $dt);

    ($r, $err) = sync($c, put => "${P}after-thaw", 'ok');
    ok !$err, 'after thaw the client works again' or diag explain $err;
    ($r, $err) = sync($short, get => "${P}after-thaw");
    is $r->{kvs}[0]{value}, 'ok', 'after thaw the short-timeout client works again';
}

# ---------------------------------------------------------------- server-side errors

($r, $err) = sync($c, put => "${P}k", 'v', { lease => 1234567 });
ok !defined $r, 'put with a missing lease: no response';
check_error($err, { code => 5, status => 'NOT_FOUND', source => 'put', retryable => 0,
    message => qr/requested lease not found/ }, 'put with a missing lease');

($r, $err) = sync($c, put => '', 'v');
check_error($err, { code => 3, status => 'INVALID_ARGUMENT', source => 'put', retryable => 0,
    message => qr/key is not provided/ }, 'put with an empty key');

($r, $err) = sync($c, get => '');
check_error($err, { code => 3, status => 'INVALID_ARGUMENT', source => 'get', retryable => 0,
    message => qr/key is not provided/ }, 'get with an empty key');

($r, $err) = sync($c, delete => '');
check_error($err, { code => 3, status => 'INVALID_ARGUMENT', source => 'delete', retryable => 0 },
    'delete with an empty key');

($r, $err) = sync($c, lease_revoke => 7654321);
check_error($err, { code => 5, status => 'NOT_FOUND', source => 'lease_revoke', retryable => 0,
    message => qr/lease not found/ }, 'lease_revoke of a missing lease');

($r, $err) = sync($c, get => "${P}k", { revision => 1 << 40 });
check_error($err, { code => 11, status => 'OUT_OF_RANGE', source => 'get', retryable => 1, grpc_code => 11,
    message => qr/future revision/ }, 'get at a future revision');

($r, $err) = sync($c, call => 'KV', 'Put', { key => '', value => 'x' });
check_error($err, { code => 3, status => 'INVALID_ARGUMENT', source => 'call' }, 'call(KV/Put) with an empty key');

# ---------------------------------------------------------------- a callback that dies

{
    my @warn;
    local $SIG{__WARN__} = sub { push @warn, $_[0] };
    my ($n, $other) = (0, 0);
    $c->get("${P}k", sub { $n++; die "boom in the callback\n" });
    $c->get("${P}k", sub { $other++ });
    my $ran = eval { run_cb {}; 1 };
    ok $ran, 'a dying callback does not make EV::run die' or diag $@;
    is $n, 1, 'the dying callback ran once';
    is $other, 1, 'the other callback still ran';
    is scalar @warn, 1, 'one warning' or diag explain \@warn;
    like $warn[0] // '', qr/boom in the callback/, 'the warning carries the message';

    # the error path too
    @warn = ();
    $c->put('', 'v', sub { $n++; die { code => 'object' } });
    run_cb {};
    is $n, 2, 'dying error callback ran';
    is scalar @warn, 1, 'one warning for a dying error callback';

    ($r, $err) = sync($c, put => "${P}alive", 'yes');
    ok !$err, 'the client keeps working after callbacks died';
    ($r, $err) = sync($c, get => "${P}alive");
    is $r->{kvs}[0]{value}, 'yes', 'and reads back';
    is scalar @warn, 1, 'no further warnings';
}

# ---------------------------------------------------------------- $EV::Etcd::DIED

{
    my (@warn, @died);
    local $SIG{__WARN__} = sub { push @warn, $_[0] };
    local $EV::Etcd::DIED = sub { push @died, [@_] };

    $c->get("${P}k", sub { die "handled\n" });
    run_cb {};
    is scalar @died, 1, 'DIED handler called once';
    is_deeply $died[0], ["handled\n"], 'DIED handler receives the error';
    is scalar @warn, 0, 'no warning when a DIED handler is set' or diag explain \@warn;

    my $obj = bless { why => 'object' }, 'My::Error';
    @died = ();
    $c->get("${P}k", sub { die $obj });
    run_cb {};
    is scalar @died, 1, 'DIED handler called for an exception object';
    ok ref $died[0][0] && $died[0][0] == $obj, 'DIED handler receives the very object';

    # a DIED handler that dies itself is reported with warn, nothing unwinds
    local $EV::Etcd::DIED = sub { die "handler broke\n" };
    my $ok = eval { $c->get("${P}k", sub { die "inner\n" }); run_cb {}; 1 };
    ok $ok, 'a dying DIED handler does not unwind through EV::run' or diag $@;
    is scalar @warn, 1, 'a dying DIED handler produces a warning';

    ($r, $err) = sync($c, get => "${P}alive");
    is $r->{kvs}[0]{value}, 'yes', 'the client still works';
}

is inflight($c), 0, 'nothing left in flight';

done_testing;
