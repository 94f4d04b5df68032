#!/usr/bin/perl
# Lifecycle: EV::run returns once no call is in flight; many calls at once
# each complete exactly once; destroying a client (also from inside one of
# its callbacks) runs every pending callback once with CANCELLED; the
# client can be used from its own callbacks.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed dead_endpoint);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('lifecycle');

my ($r, $err);

# Classify callback results: { ok => n, CANCELLED => n, other => [...] }
sub tally {
    my ($results, $source) = @_;
    my %t = (ok => 0, CANCELLED => 0, other => []);
    for my $res (@$results) {
        my ($resp, $e) = @$res;
        if (!$e && ref $resp eq 'HASH') { $t{ok}++ }
        elsif ($e && $e->{status} eq 'CANCELLED' && $e->{code} == 1 && $e->{source} eq $source
               && $e->{retryable} == 0 && !defined $resp) { $t{CANCELLED}++ }
        else { push @{ $t{other} }, $res }
    }
    return \%t;
}

# ---------------------------------------------------------------- EV::run and calls in flight

ok run_cb {}, 'EV::run with a client but no call in flight returns at once';

{
    my $n = 0;
    ok run_cb { $c->put("${P}k", 'v', sub { $n++ }) }, 'EV::run returns after the last call completed';
    is $n, 1, 'the callback ran once';
    is inflight($c), 0, 'nothing in flight';

    my $sync_ran = 0;
    $c->get("${P}k", sub { $sync_ran++ });
    is $sync_ran, 0, 'a callback never runs inside the method call';
    is inflight($c), 1, 'one call in flight';
    ok run_cb {}, 'EV::run returns';
    is $sync_ran, 1, 'the callback ran in the loop';

    my $dead = EV::Etcd->new(endpoints => [dead_endpoint()], wait_for_ready => 0);   # fails fast
    my $dn = 0;
    $dead->get("${P}k", sub { $dn++ });
    is $dn, 0, 'a failing call does not run its callback inside the method either';
    ok run_cb {}, 'EV::run returns after a failed call';
    is $dn, 1, 'failed call: callback ran once';
}

# ---------------------------------------------------------------- 500 calls at once

{
    my $N = 500;
    my (%count, @errors);
    ok run_cb {
        for my $i (1 .. $N) {
            $c->put("${P}many/$i", "v$i", sub { $count{$i}++; push @errors, $_[1] if $_[1] });
        }
        is inflight($c), $N, "$N puts accepted and in flight";
    }, "EV::run returns after $N puts";
    is scalar(keys %count), $N, "$N put callbacks";
    is scalar(grep { $_ != 1 } values %count), 0, 'each put callback ran exactly once';
    is scalar @errors, 0, 'no put failed' or diag explain $errors[0];

    my (%got, $gn);
    ok run_cb {
        for my $i (1 .. $N) {
            $c->get("${P}many/$i", sub { $gn++; $got{$i} .= $_[0] ? $_[0]{kvs}[0]{value} : 'ERR' });
        }
    }, "EV::run returns after $N gets";
    is $gn, $N, "$N get callbacks";
    is_deeply \%got, { map { $_ => "v$_" } 1 .. $N }, 'each get returned its own value, once';

    ($r, $err) = sync($c, get => "${P}many/", { prefix => 1, count_only => 1 });
    is $r->{count}, $N, "$N keys stored";
}

# ---------------------------------------------------------------- client used from its own callbacks

{
    my $depth = 200;
    my ($n, @errors) = (0);
    my $next;
    $next = sub {
        my ($resp, $err) = @_;
        push @errors, $err if $err;
        return if ++$n >= $depth;
        $c->put("${P}chain", $n, $next);
    };
    ok run_cb { $c->put("${P}chain", 0, $next) }, 'a chain of calls issued from callbacks runs to the end';
    is $n, $depth, "$depth chained callbacks";
    is scalar @errors, 0, 'no chained call failed';
    undef $next;
    ($r) = sync($c, get => "${P}chain");
    is $r->{kvs}[0]{value}, $depth - 1, 'the last chained put is stored';
    is $r->{kvs}[0]{version}, $depth, 'every chained put happened';

    # fan-out from a callback, and nesting of different methods
    my @log;
    ok run_cb {
        $c->put("${P}nest", 'a', sub {
            push @log, 'put';
            $c->get("${P}nest", sub {
                push @log, "get:$_[0]{kvs}[0]{value}";
                $c->txn([{ key => "${P}nest", target => 'value', value => 'a' }],
                    [{ put => { key => "${P}nest", value => 'b' } }], [], sub {
                        push @log, "txn:$_[0]{succeeded}";
                        $c->delete("${P}nest", { prev_kv => 1 }, sub {
                            push @log, "delete:$_[0]{prev_kvs}[0]{value}";
                        });
                    });
            });
            $c->status(sub { push @log, 'status' });
        });
    }, 'nested calls of different methods';
    is_deeply [grep { $_ ne 'status' } @log], ['put', 'get:a', 'txn:1', 'delete:b'], 'nested calls in order';
    is scalar(grep { $_ eq 'status' } @log), 1, 'the fanned-out status ran once';

    # error callbacks can issue calls too
    my $dead = EV::Etcd->new(endpoints => [dead_endpoint()], wait_for_ready => 0);   # fails fast
    my $tries = 0;
    my $retry;
    $retry = sub { $dead->get("${P}x", $retry) if ++$tries < 5 };
    ok run_cb { $dead->get("${P}x", $retry) }, 'retrying from error callbacks';
    is $tries, 5, 'five attempts';
    undef $retry;
}

# ---------------------------------------------------------------- destroy with calls in flight

# Deterministic: lock calls that cannot complete (another client holds the
# lock), plus calls to a frozen server when the harness manages it.
my $holder = new_client($e);
my $lock = "${P}lock";
($r, $err) = sync($holder, lease_grant => 600);
my $hold_lease = $r->{id};
($r, $err) = sync($holder, lock => $lock, $hold_lease);
ok !$err, 'another client holds the lock' or diag explain $err;
my $hold_key = $r->{key};

{
    my $d = new_client($e);
    ($r, $err) = sync($d, lease_grant => 60);
    my $lease = $r->{id};
    my (@lock_res, @call_res);
    $d->lock($lock, $lease, sub { push @lock_res, [@_] }) for 1 .. 3;
    $d->call('Lock', 'Lock', { name => $lock, lease => $lease }, { timeout => 600 }, sub { push @call_res, [@_] });
    # let them reach the server; they stay blocked there
    my $settled = 0;
    my $t = EV::timer(0.3, 0, sub { $settled = 1 });
    EV::run(EV::RUN_ONCE) until $settled;
    is scalar(@lock_res) + scalar(@call_res), 0, 'the lock calls are blocked';
    is inflight($d), 4, 'four calls in flight';

    undef $d;
    ok run_cb {}, 'EV::run returns after the client was destroyed';
    is scalar @lock_res, 3, 'each lock callback ran';
    is scalar @call_res, 1, 'the call() callback ran once';
    for my $i (0 .. $#lock_res) {
        ok !defined $lock_res[$i][0], "lock $i: no response";
        check_error($lock_res[$i][1], { code => 1, status => 'CANCELLED', source => 'lock', retryable => 0 },
            "lock $i cancelled by destroy");
    }
    check_error($call_res[0][1], { code => 1, status => 'CANCELLED', source => 'call', retryable => 0 },
        'call(Lock) cancelled by destroy');
}

SKIP: {
    skip 'freezing the server needs a server managed by EtcdTest', 1 unless managed();
    my $d = new_client($e);
    sync($d, get => "${P}k");            # connected
    $e->freeze;
    my %res;
    my $n = 0;
    for my $i (1 .. 150) {              # more than can be active at once: some are queued
        $d->put("${P}frozen/$i", 'x', sub { push @{ $res{put} }, [@_]; $n++ });
    }
    $d->get("${P}k", sub { push @{ $res{get} }, [@_]; $n++ }) for 1 .. 20;
    $d->delete("${P}k", sub { push @{ $res{delete} }, [@_]; $n++ });
    $d->txn([], [], sub { push @{ $res{txn} }, [@_]; $n++ });
    $d->status(sub { push @{ $res{status} }, [@_]; $n++ });
    $d->compact(1, sub { push @{ $res{compact} }, [@_]; $n++ });
    is $n, 0, 'nothing completed yet';
    undef $d;
    my $ran = run_cb {};
    $e->thaw;
    $e->wait_healthy(10);
    ok $ran, 'EV::run returns after destroying a client with calls to a frozen server';
    is $n, 174, 'every callback ran';
    my %want = (put => 150, get => 20, delete => 1, txn => 1, status => 1, compact => 1);
    for my $m (sort keys %want) {
        my $t = tally($res{$m} || [], $m);
        is $t->{CANCELLED}, $want{$m}, "$m: all $want{$m} CANCELLED with source '$m'"
            or diag explain $t->{other}[0] // $res{$m}[0];
    }
    check_error($res{put}[0][1], { code => 1, status => 'CANCELLED', source => 'put', retryable => 0 },
        'the error hash of a cancelled put');
    check_error($res{put}[-1][1], { code => 1, status => 'CANCELLED', source => 'put', retryable => 0 },
        'the error hash of a cancelled queued put');
}

{
    # racing: a live server, calls issued and the client dropped at once;
    # each callback still runs exactly once, successfully or CANCELLED
    my $d = new_client($e);
    sync($d, get => "${P}k");
    my (%count, @res);
    for my $i (1 .. 300) {
        $d->get("${P}many/$i", sub { $count{$i}++; push @res, [@_] });
    }
    undef $d;
    ok run_cb {}, 'EV::run returns after dropping a busy client';
    is scalar(keys %count), 300, 'all 300 callbacks ran';
    is scalar(grep { $_ != 1 } values %count), 0, 'each exactly once';
    my $t = tally(\@res, 'get');
    is $t->{ok} + $t->{CANCELLED}, 300, "each succeeded or was CANCELLED ($t->{ok} ok, $t->{CANCELLED} cancelled)"
        or diag explain $t->{other}[0];
    cmp_ok $t->{CANCELLED}, '>', 0, 'calls still in flight were cancelled';
}

# ---------------------------------------------------------------- destroy inside a callback

{
    my $d = new_client($e);
    my (%count, @res, $first);
    for my $i (1 .. 20) {
        $d->get("${P}many/$i", sub {
            $count{$i}++;
            push @res, [@_];
            $first //= $i;
            undef $d if $d;         # drop the only reference from inside a callback
        });
    }
    my $ran = eval { run_cb {} };
    ok $ran, 'destroying the client inside its callback is safe' or diag $@;
    ok !defined $d, 'the client is gone';
    is scalar(keys %count), 20, 'every callback ran';
    is scalar(grep { $_ != 1 } values %count), 0, 'each exactly once';
    my $t = tally(\@res, 'get');
    is $t->{ok} + $t->{CANCELLED}, 20, "each succeeded or was CANCELLED ($t->{ok} ok, $t->{CANCELLED} cancelled)"
        or diag explain $t->{other}[0];
    ok !$res[0][1], 'the first callback (the one that destroyed the client) had succeeded';
}

{
    # deterministic: the blocked lock is cancelled when the client is
    # destroyed from the callback of another call
    my $d = new_client($e);
    ($r, $err) = sync($d, lease_grant => 60);
    my $lease = $r->{id};
    my (@lock_res, @get_res);
    $d->lock($lock, $lease, sub { push @lock_res, [@_] });
    $d->get("${P}k", sub { push @get_res, [@_]; undef $d });
    ok run_cb {}, 'EV::run returns after a destroy from a callback with a blocked call';
    is scalar @get_res, 1, 'the get callback ran once';
    ok !$get_res[0][1], 'the get succeeded';
    is scalar @lock_res, 1, 'the blocked lock callback ran once';
    check_error($lock_res[0][1], { code => 1, status => 'CANCELLED', source => 'lock', retryable => 0 },
        'blocked lock cancelled by a destroy inside a callback');
}

{
    # the only call, the last reference held by its own callback
    my $d = new_client($e);
    my $n = 0;
    $d->put("${P}self", 'x', sub { $n++; undef $d });
    ok run_cb {}, 'destroying the client from its last callback';
    is $n, 1, 'callback ran once';
    ok !defined $d, 'client gone';
}

# ---------------------------------------------------------------- many clients

{
    for my $i (1 .. 20) {
        my $x = new_client($e);
        my $n = 0;
        $x->get("${P}k", sub { $n++ }) for 1 .. 3;
        if ($i % 2) { run_cb {} } # half complete, half are destroyed in flight
    }
    ok run_cb {}, 'after creating and destroying 20 clients EV::run still returns at once';
}

($r, $err) = sync($holder, unlock => $hold_key);
ok !$err, 'unlock' or diag explain $err;

# the original client is unaffected by all of the above
($r, $err) = sync($c, get => "${P}k");
ok !$err, 'the first client still works' or diag explain $err;
is $r->{kvs}[0]{value}, 'v', 'and reads its key';
is inflight($c), 0, 'nothing in flight';

done_testing;
