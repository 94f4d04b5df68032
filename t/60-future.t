#!/usr/bin/perl
# Future twins: every unary method has METHOD_f (and call has call_f),
# returning an EV::Etcd::Future that is done with the response or fails
# with ("METHOD: message\n", 'etcd', $error_hash); ->cancel cancels the
# call; ->get at top level runs the EV loop; `await` works inside an async
# sub (Future::AsyncAwait).  Against a real etcd.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV;
use EtcdTest qw(require_etcd dead_endpoint);
use EtcdTestUtil qw(:all);

require_modules('Future' => 'libfuture-perl', 'Future::AsyncAwait' => 'libfuture-asyncawait-perl');
# the async subs below are compiled by string evals (each with its own
# `use Future::AsyncAwait`), so this file compiles without the module

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('future');

# ---------------------------------------------------------------- the twins

{
    my @info = EV::Etcd::_method_info();
    cmp_ok scalar(@info), '>', 40, 'the method table lists the methods';
    my (@unary, @stream);
    for my $m (@info) {
        push @{ $m->{stream} eq '' ? \@unary : \@stream }, $m->{name};
    }
    ok(EV::Etcd->can("${_}_f"), "${_}_f exists") for @unary, 'call';
    ok(!EV::Etcd->can("${_}_f"), "no ${_}_f for a stream") for @stream;
    is_deeply [sort @stream], [sort qw(watch lease_keepalive election_observe snapshot)],
        'the methods without a twin are the streams';
    ok(!EV::Etcd->can("request_progress_f"), "no request_progress_f");
    ok(EV::Etcd->can("${_}_f"), "${_}_f exists") for qw(get put delete txn lease_grant lock unlock
        election_campaign status member_list);
}

# ---------------------------------------------------------------- done: the response

my $key = "${P}k";
{
    my $f = $c->put_f($key, 'v1', { prev_kv => 1 });
    isa_ok $f, 'EV::Etcd::Future', 'put_f returns';
    isa_ok $f, 'Future', 'put_f returns';
    ok !$f->is_ready, 'not ready before the loop runs';
    my $r = fget($f, 'put_f');
    ok $f->is_done, 'put_f: done';
    exact_keys($r, [qw(header)], 'put_f');
    check_header($r->{header}, 'put_f');

    $r = fget($c->get_f($key), 'get_f');
    exact_keys($r, [qw(count header kvs more)], 'get_f');
    is $r->{count}, 1, 'get_f: count';
    check_kv($r->{kvs}[0], { key => $key, value => 'v1', version => 1 }, 'get_f');

    my $put = fget($c->put_f($key, 'v2', { prev_kv => 1 }), 'put_f prev_kv');
    check_kv($put->{prev_kv}, { key => $key, value => 'v1' }, 'put_f: prev_kv');
}

# ---------------------------------------------------------------- async/await

{
    my $got = eval q{
        use Future::AsyncAwait;
        async sub roundtrip {
            my ($client, $k) = @_;
            my $p = await $client->put_f($k, 'from-async');
            my $g = await $client->get_f($k);
            my $t = await $client->txn_f(
                compare => [{ key => $k, target => 'VALUE', result => 'EQUAL', value => 'from-async' }],
                success => [{ request_delete_range => { key => $k } }],
            );
            return ($p->{header}{revision}, $g->{kvs}[0]{value}, $t->{succeeded},
                $t->{responses}[0]{response_delete_range}{deleted});
        }
        my $f = roundtrip($c, "${P}async");
        isa_ok $f, 'EV::Etcd::Future', 'an async sub awaiting twins returns';
        [fget($f, 'async roundtrip')];
    };
    is $@, '', 'async sub ran' or diag $@;
    my ($rev, $value, $ok, $deleted) = @{ $got // [] };
    cmp_ok $rev // 0, '>=', 1, 'await put_f: revision';
    is $value, 'from-async', 'await get_f: the value';
    is $ok, 1, 'await txn_f (named form): succeeded';
    is $deleted, 1, 'await txn_f: the delete in the success branch deleted the key';
    my $r = fget($c->get_f("${P}async"), 'get_f after txn');
    is $r->{count}, 0, 'the key is gone';

    # failure inside an async sub: await throws a Future::Exception
    my $caught = eval q{
        use Future::AsyncAwait;
        async sub revoke_missing {
            my ($client) = @_;
            my $x = eval { await $client->lease_revoke_f(4242424242); 1 };
            return $x ? undef : $@;
        }
        fget(revoke_missing($c), 'revoke_missing');
    };
    is $@, '', 'async sub with a failing await ran' or diag $@;
    isa_ok $caught, 'Future::Exception', 'await of a failed twin throws';
    if (ref $caught) {
        is $caught->message, "lease_revoke: etcdserver: requested lease not found\n", 'exception message';
        is $caught->category, 'etcd', 'exception category';
        my ($err) = $caught->details;
        check_error($err, { code => 5, status => 'NOT_FOUND', source => 'lease_revoke', retryable => 0,
            message => 'etcdserver: requested lease not found' }, 'exception details');
    }
}

# ---------------------------------------------------------------- failures

{
    my $f = $c->lease_revoke_f(4242424243);
    my $died = !eval { fget($f, 'lease_revoke_f'); 1 };
    ok $died, '->get of a failed twin dies';
    isa_ok $@, 'Future::Exception', '->get throws';
    ok $f->is_failed, 'is_failed';
    my ($message, $category, $err, @more) = $f->failure;
    is $message, "lease_revoke: etcdserver: requested lease not found\n", 'failure: message';
    is $category, 'etcd', 'failure: category';
    is scalar(@more), 0, 'failure: three elements';
    check_error($err, { code => 5, status => 'NOT_FOUND', source => 'lease_revoke', retryable => 0 },
        'failure details');

    # network: a server nobody listens on
    my $dead = EV::Etcd->new(endpoints => [dead_endpoint()], timeout => 2, max_retries => 0);
    my $g = $dead->get_f("${P}x", { timeout => 1 });
    eval { fget($g, 'get_f on a dead endpoint') };
    ok $g->is_failed, 'get_f on a dead endpoint fails';
    my (undef, $cat, $nerr) = $g->failure;
    is $cat, 'etcd', 'category';
    check_error($nerr, { status => qr/\A(?:UNAVAILABLE|DEADLINE_EXCEEDED)\z/, source => 'get', retryable => 1 },
        'dead endpoint');

    # call_f: the generic form, errors with source 'call'
    my $r = fget($c->call_f('KV', 'Range', { key => $key }), 'call_f');
    is $r->{kvs}[0]{value}, 'v2', 'call_f: KV/Range';
    my $cf = $c->call_f('Lease', 'LeaseRevoke', { ID => 4242424244 });
    eval { fget($cf, 'call_f LeaseRevoke') };
    my (undef, undef, $cerr) = $cf->failure;
    check_error($cerr, { code => 5, source => 'call' }, 'call_f failure');
}

# ---------------------------------------------------------------- chaining

{
    my $f = $c->put_f("${P}chain", 'a')->then(sub {
        my ($put) = @_;
        return $c->get_f("${P}chain")->transform(done => sub { [$put->{header}{revision}, $_[0]] });
    });
    isa_ok $f, 'EV::Etcd::Future', 'a chained Future';
    my $pair = fget($f, 'then chain');
    is $pair->[1]{kvs}[0]{mod_revision}, $pair->[0], 'get_f after put_f sees its revision';

    my $all = Future->needs_all(map { $c->put_f("${P}all/$_", $_) } 1 .. 5);
    my @puts = fget($all, 'needs_all');
    is scalar(@puts), 5, 'needs_all of five put_f';
    my $r = fget($c->get_f("${P}all/", { prefix => 1, count_only => 1 }), 'count');
    is $r->{count}, 5, 'the five keys exist';
}

# ---------------------------------------------------------------- cancel

{
    # a lock held by one client: a second lock_f waits (Lock has no
    # deadline) until the Future is cancelled, which cancels the call
    my $lease = fget($c->lease_grant_f(60), 'lease_grant_f')->{id};
    my $held = fget($c->lock_f("${P}lock", $lease), 'lock_f');
    like $held->{key}, qr/\A\Q${P}lock\E\//, 'lock_f: the lock key';

    my $c2 = new_client($e);
    my $lease2 = fget($c2->lease_grant_f(60), 'lease_grant_f 2')->{id};
    my $waiting = $c2->lock_f("${P}lock", $lease2);
    run_for(0.5);
    ok !$waiting->is_ready, 'the second lock_f waits';
    is inflight($c2), 1, 'its call is in flight';
    $waiting->cancel;
    ok $waiting->is_cancelled, 'cancelled';
    wait_until { inflight($c2) == 0 } 'the cancelled call to finish';
    is inflight($c2), 0, 'cancelling the Future cancelled the call';
    eval { $waiting->get };
    like $@, qr/was cancelled/, '->get of a cancelled twin croaks';

    # the holder unlocks; nobody else gets the lock from the cancelled wait
    fget($c->unlock_f($held->{key}), 'unlock_f');
    my $third = fget($c2->lock_f("${P}lock", $lease2, { timeout => 10 }), 'lock_f after cancel');
    like $third->{key}, qr/\A\Q${P}lock\E\//, 'the lock can be taken again after the cancelled wait';

    # cancelling a Future whose call has completed changes nothing
    my $f = $c->get_f($key);
    fget($f, 'get_f');
    $f->cancel;
    ok $f->is_done && !$f->is_cancelled, 'cancel after completion: still done';

    # run_cb returns once the loop is idle: nothing is left holding it
    ok run_cb { $c2->get_f($key)->cancel }, 'a Future cancelled at once leaves the loop idle';
}

# ---------------------------------------------------------------- recipes

{
    my $session = fget($c->session_f({ ttl => 30 }), 'session_f');
    isa_ok $session, 'EV::Etcd::Session', 'session_f is done with';
    ok $session && $session->is_alive, 'the session is alive';
    my $ttl = fget($c->lease_time_to_live_f($session->lease), 'its lease');
    cmp_ok $ttl->{ttl}, '>', 0, 'its lease exists on the server';
    my $closed = 0;
    $session->close(sub { $closed++ });
    wait_until { $closed } 'the session to close';

    # cancelled before it arrives: the session is closed, its lease revoked
    my $before = scalar @{ fget($c->lease_leases_f, 'lease_leases')->{leases} };
    # the session still comes (its keepalive starts), then is closed: its
    # keepalive ends and its lease is revoked (seen by counting closes: under
    # load the session can come and go within one turn of the loop)
    my $closes = 0;
    my $close = \&EV::Etcd::Session::close;
    no warnings 'redefine';
    local *EV::Etcd::Session::close = sub { $closes++; goto &$close };
    use warnings 'redefine';
    my $sf = $c->session_f({ ttl => 30 });
    $sf->cancel;
    ok $sf->is_cancelled, 'session_f cancelled';
    wait_until { $closes && $c->stats->{subscriptions} == 0 && inflight($c) == 0 }
        'the cancelled session to arrive and be closed';
    is $closes, 1, 'the session that came after the cancel was closed, once';
    is scalar(@{ fget($c->lease_leases_f, 'lease_leases')->{leases} }), $before,
        'a session_f cancelled early leaves no lease behind';

    fget($c->put_f("${P}stm", 41), 'put_f for stm');
    my $r = fget($c->stm_f(sub {
        my ($stm) = @_;
        return $stm->get("${P}stm")->then(sub {
            $stm->put("${P}stm", $_[0] + 1);
            return Future->done($_[0] + 1);
        });
    }), 'stm_f');
    is $r->{value}, 42, 'stm_f is done with what $apply returned';
    check_header($r->{header}, 'stm_f');
    is fget($c->get_f("${P}stm"), 'get_f')->{kvs}[0]{value}, 42, 'the stm wrote it';

    eval { $c->session_f(sub { }) };
    like $@, qr/\Asession_f: takes no callback/, 'session_f with a callback croaks';
    eval { $c->session_f({ ttl => -1 }) };
    like $@, qr/\Asession_f: 'ttl' must be a positive integer/, 'session_f: bad ttl croaks as session_f';
    eval { $c->stm_f(sub { }, sub { }) };
    like $@, qr/\Astm_f: takes no callback/, 'stm_f with a callback croaks';
    eval { $c->stm_f('nope') };
    like $@, qr/\Astm_f: /, 'stm_f: bad apply croaks as stm_f';
}

# ---------------------------------------------------------------- bad input

{
    eval { $c->get_f($key, sub { }) };
    like $@, qr/\Aget_f: takes no callback \(it returns a Future\)/, 'a callback croaks';
    like $@, qr/ at \Q${\ __FILE__ }\E line \d+/, '... at the caller\'s line';
    eval { $c->get_f() };
    like $@, qr/\Aget_f: wrong number of arguments; usage: \$client->get_f\(\$key, \[\\%opts\]\) at /,
        'missing key: the usage of the twin';
    eval { $c->put_f($key, 'v', { bogus => 1 }) };
    like $@, qr/\Aput_f: unknown option 'bogus'/, 'unknown option';
    eval { $c->lease_grant_f('abc') };
    like $@, qr/\Alease_grant_f: 'ttl' must be a non-negative 64-bit integer, got 'abc'/, 'bad integer';
    eval { $c->call_f('KV', 'Nope', {}) };
    like $@, qr/\Acall_f: unknown RPC 'KV\/Nope'/, 'call_f: unknown RPC';
    my $r = fget($c->get_f($key), 'get_f after croaks');
    is $r->{kvs}[0]{value}, 'v2', 'the client works after the croaks';
}

# ---------------------------------------------------------------- the await hook

{
    my $f = EV::Etcd::Future->new;
    eval { $f->get };
    like $@, qr/nothing left to wait for/, '->get of a Future nothing will resolve croaks instead of hanging';
    my $t = EV::timer(0.05, 0, sub { $f->done('later') });
    is $f->get, 'later', '->get runs the loop until a timer resolves it';
}

done_testing;
