#!/usr/bin/perl
# The generic $client->call_stream($service, $method, \%fields, [\%opts], $cb)
# on the streams etcd 3.4 has: Watch (create, an event, cancel of the watch
# through send, then of the stream), LeaseKeepAlive (send), Snapshot (runs
# to its OK end), Election.Observe; KV.RangeStream, which 3.4 lacks, is one
# UNIMPLEMENTED error.  Exactly one final callback in every case: done,
# an error, or CANCELLED when the caller cancelled (which wins); the bad
# input croaks.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('call-stream');

# Records every callback: [$msg, $err] each; finals() are those after which
# nothing may come.
sub recorder {
    my @got;
    return (\@got, sub { push @got, [@_] });
}
sub messages { my ($g) = @_; [ map { $_->[0] } grep { $_->[0] && !$_->[0]{done} } @$g ] }
sub finals { my ($g) = @_; [ grep { $_->[1] || ($_->[0] && $_->[0]{done}) } @$g ] }

sub final_ok {
    my ($got, $name) = @_;
    wait_until { @{ finals($got) } } "$name: the final callback";
    run_for(0.3);                                   # nothing may follow it
    my $f = finals($got);
    is scalar @$f, 1, "$name: exactly one final callback";
    is_deeply $got->[-1], $f->[0], "$name: the final callback is the last one";
    return $f->[0];
}

sub cancelled_ok {
    my ($final, $name, $message) = @_;
    ok !defined $final->[0], "$name: no response with the error";
    check_error($final->[1], { code => 1, status => 'CANCELLED', source => 'call_stream',
                               message => $message // 'cancelled by the caller', retryable => 0 }, $name);
}

# ---------------------------------------------------------------- Watch (bidi)
{
    my ($got, $cb) = recorder();
    my $h = $c->call_stream('Watch', 'Watch', { create_request => { key => "${P}w/", prefix => 1 } }, $cb);
    isa_ok $h, 'EV::Etcd::Stream';
    ok $h->is_active, 'Watch: the handle is active';
    wait_until { @{ messages($got) } >= 1 } 'Watch: created';
    my $created = messages($got)->[0];
    is $created->{created}, 1, 'Watch: the first message says created';
    is_deeply $created->{events}, [], 'Watch: no events with created';
    check_header($created->{header}, 'Watch created');
    my $wid = $created->{watch_id};
    is_int($wid, 'Watch: watch_id');

    my ($pr) = sync($c, put => "${P}w/a", 'va');
    wait_until { @{ messages($got) } >= 2 } 'Watch: the event';
    my $ev = messages($got)->[1];
    is scalar @{ $ev->{events} }, 1, 'Watch: one event';
    is $ev->{events}[0]{type}, 'PUT', 'Watch: event type PUT';
    check_kv($ev->{events}[0]{kv}, { key => "${P}w/a", value => 'va', version => 1,
                                     mod_revision => $pr->{header}{revision} }, 'Watch event');
    is $ev->{watch_id}, $wid, 'Watch: the event carries the watch id';

    is $h->send({ cancel_request => { watch_id => $wid } }), 1, 'Watch: send(cancel_request) is accepted';
    wait_until { @{ messages($got) } >= 3 } 'Watch: canceled';
    my $cn = messages($got)->[2];
    is $cn->{canceled}, 1, 'Watch: the server cancelled the watch';
    is $cn->{watch_id}, $wid, 'Watch: ... that watch';

    sync($c, put => "${P}w/b", 'vb');                # no watch any more: no event
    run_for(0.3);
    is scalar @{ messages($got) }, 3, 'Watch: nothing after the watch was cancelled';
    is scalar @{ finals($got) }, 0, 'Watch: the stream is still open';

    $h->cancel;
    ok $h->is_active, 'Watch: still active right after cancel (its final callback is yet to come)';
    is scalar @{ finals($got) }, 0, 'Watch: the final callback is not run from inside cancel';
    my $f = final_ok($got, 'Watch cancel');
    cancelled_ok($f, 'Watch cancel');
    ok !$h->is_active, 'Watch: not active after the final callback';
    is $h->send({ cancel_request => { watch_id => $wid } }), 0, 'Watch: send after the end returns 0';
    $h->cancel;                                      # a second cancel does nothing
    run_for(0.2);
    is scalar @$got, 4, 'Watch: a second cancel delivers nothing';
}

# ------------------------------------------------- Watch: the caller's cancel wins
{
    # cancel right away: nothing has come back yet
    my ($got, $cb) = recorder();
    my $h = $c->call_stream('Watch', 'Watch', { create_request => { key => "${P}x" } }, $cb);
    $h->cancel;
    my $f = final_ok($got, 'immediate cancel');
    cancelled_ok($f, 'immediate cancel');
    is scalar @{ messages($got) }, 0, 'immediate cancel: no message';

    # cancel inside a message callback: nothing more after it
    my @got2;
    my $h2;
    $h2 = $c->call_stream('Watch', 'Watch', { create_request => { key => "${P}y" } }, sub {
        push @got2, [@_];
        $h2->cancel if $_[0] && $_[0]{created};
    });
    $f = final_ok(\@got2, 'cancel in the callback');
    cancelled_ok($f, 'cancel in the callback');
    is scalar @got2, 2, 'cancel in the callback: created, then the final';
}

# ---------------------------------------------------------------- LeaseKeepAlive (bidi)
{
    my ($g) = sync($c, lease_grant => 60);
    my $id = $g->{id};
    my ($got, $cb) = recorder();
    my $h = $c->call_stream('Lease', 'LeaseKeepAlive', { ID => $id }, $cb);
    wait_until { @{ messages($got) } >= 1 } 'LeaseKeepAlive: first answer';
    my $r = messages($got)->[0];
    is_deeply keys_of($r), [qw(header id ttl)], 'LeaseKeepAlive: response keys';
    is $r->{id}, $id, 'LeaseKeepAlive: the lease id';
    cmp_ok $r->{ttl}, '>', 55, 'LeaseKeepAlive: ttl refreshed';
    ok $h->send({ id => $id }), 'LeaseKeepAlive: send another keepalive';
    wait_until { @{ messages($got) } >= 2 } 'LeaseKeepAlive: second answer';
    is messages($got)->[1]{id}, $id, 'LeaseKeepAlive: second answer for the lease';
    $h->cancel;
    cancelled_ok(final_ok($got, 'LeaseKeepAlive cancel'), 'LeaseKeepAlive cancel');
    sync($c, lease_revoke => $id);
}

# ---------------------------------------------------------------- Snapshot (server stream)
{
    sync($c, put => "${P}snap", 'x' x 1000);
    my ($got, $cb) = recorder();
    my $h = $c->call_stream('Maintenance', 'Snapshot', undef, { timeout => 60 }, $cb);
    my $f = final_ok($got, 'Snapshot');
    is_deeply $f, [{ done => 1 }, undef], 'Snapshot: ends with ({done => 1}, undef)';
    my $msgs = messages($got);
    cmp_ok scalar @$msgs, '>=', 1, 'Snapshot: chunks arrived';
    my $bytes = 0;
    $bytes += length $_->{blob} for @$msgs;
    is $msgs->[-1]{remaining_bytes}, 0, 'Snapshot: the last chunk says nothing remains';
    my $announced = $msgs->[0]{remaining_bytes} + length $msgs->[0]{blob};
    ok $bytes == $announced || $bytes == $announced + 32, 'Snapshot: the chunks add up to the announced size'
        or diag "got $bytes, announced $announced";
    ok !$h->is_active, 'Snapshot: not active after the end';
}

# ---------------------------------------------------------------- Election.Observe (server stream)
{
    my $EL = "${P}election";
    my ($g) = sync($c, lease_grant => 60);
    my ($camp, $err) = sync($c, election_campaign => $EL, $g->{id}, 'leader-1');
    ok !$err, 'campaign' or diag explain $err;
    my ($got, $cb) = recorder();
    my $h = $c->call_stream('Election', 'Observe', { name => $EL }, $cb);
    wait_until { @{ messages($got) } >= 1 } 'Observe: the leader';
    check_kv(messages($got)->[0]{kv}, { value => 'leader-1' }, 'Observe leader');
    sync($c, election_proclaim => $camp->{leader}, 'leader-2');
    wait_until { @{ messages($got) } >= 2 } 'Observe: the proclaimed value';
    is messages($got)->[1]{kv}{value}, 'leader-2', 'Observe: proclaim seen';
    $h->cancel;
    cancelled_ok(final_ok($got, 'Observe cancel'), 'Observe cancel');
    sync($c, lease_revoke => $g->{id});
}

# ---------------------------------------------------------------- errors
{
    # etcd 3.4 has no KV.RangeStream
    my ($got, $cb) = recorder();
    $c->call_stream('KV', 'RangeStream', { key => $P, prefix => 1 }, $cb);   # void context
    my $f = final_ok($got, 'RangeStream on etcd 3.4');
    check_error($f->[1], { code => 12, status => 'UNIMPLEMENTED', source => 'call_stream', retryable => 0 },
        'RangeStream on etcd 3.4');
    is scalar @{ messages($got) }, 0, 'RangeStream on etcd 3.4: no message';

    # a deadline ends a watch
    ($got, $cb) = recorder();
    my $h = $c->call_stream('Watch', 'Watch', { create_request => { key => "${P}t" } }, { timeout => 0.5 }, $cb);
    $f = final_ok($got, 'Watch with timeout');
    check_error($f->[1], { code => 4, status => 'DEADLINE_EXCEEDED', source => 'call_stream' }, 'Watch with timeout');
    is scalar @{ messages($got) }, 1, 'Watch with timeout: created before the deadline';

    # the client goes away with a stream open
    my $c2 = new_client($e);
    ($got, $cb) = recorder();
    $h = $c2->call_stream('Watch', 'Watch', { create_request => { key => "${P}d" } }, $cb);
    wait_until { @{ messages($got) } } 'Watch on the second client: created';
    undef $c2;
    $f = final_ok($got, 'client destroyed');
    cancelled_ok($f, 'client destroyed', 'cancelled: the client was destroyed');
    ok !$h->is_active, 'client destroyed: the handle is not active';
    $h->cancel;                                        # harmless after the end
    is $h->send({ progress_request => {} }), 0, 'client destroyed: send returns 0';
    undef $h;
}

# ---------------------------------------------------------------- croaks
{
    my $cb = sub { fail('no callback for a croak') };
    my @cases = (
        ['unknown RPC', sub { $c->call_stream('KV', 'Nope', {}, $cb) }, qr/^call_stream: unknown RPC 'KV\/Nope'/],
        ['a unary RPC', sub { $c->call_stream('KV', 'Range', { key => 'a' }, $cb) },
            qr/^call_stream: KV\/Range is a unary RPC; use call\(\)/],
        ['no callback', sub { $c->call_stream('Watch', 'Watch', {}) }, qr/^call_stream: wrong number of arguments/],
        ['callback not code', sub { $c->call_stream('Watch', 'Watch', {}, {}) },
            qr/^call_stream: the last argument must be a callback/],
        ['too many arguments', sub { $c->call_stream('Watch', 'Watch', {}, {}, {}, $cb) },
            qr/^call_stream: wrong number of arguments/],
        ['options not a hash', sub { $c->call_stream('Watch', 'Watch', {}, [], $cb) },
            qr/^call_stream: options must be a hash reference/],
        ['unknown option', sub { $c->call_stream('Watch', 'Watch', {}, { prefix => 1 }, $cb) },
            qr/^call_stream: unknown option 'prefix' \(valid options: timeout\)/],
        ['bad timeout', sub { $c->call_stream('Watch', 'Watch', {}, { timeout => -1 }, $cb) },
            qr/^call_stream: option 'timeout' must be a positive number of seconds/],
        ['fields not a hash', sub { $c->call_stream('Watch', 'Watch', [], $cb) },
            qr/^call_stream: fields must be a hash reference/],
        ['unknown field', sub { $c->call_stream('Watch', 'Watch', { bogus => 1 }, $cb) },
            qr/^call_stream: unknown field 'bogus'/],
        ['unknown nested field', sub { $c->call_stream('Watch', 'Watch', { create_request => { nope => 1 } }, $cb) },
            qr/^call_stream: unknown field 'nope'/],
        ['bad integer', sub { $c->call_stream('Lease', 'LeaseKeepAlive', { ID => 'x' }, $cb) },
            qr/^call_stream: '(?:[^']*\.)?id' must be a 64-bit integer, got 'x'/],
    );
    for my $case (@cases) {
        my ($name, $code, $re) = @$case;
        my $before = EV::Etcd::_stats($c)->{subscriptions};
        ok !eval { $code->(); 1 }, "croak: $name";
        like $@, $re, "croak: $name: message";
        is EV::Etcd::_stats($c)->{subscriptions}, $before, "croak: $name: nothing started";
    }

    # the handle's own croaks
    my ($got, $rcb) = recorder();
    my $h = $c->call_stream('Maintenance', 'Snapshot', undef, $rcb);
    ok !eval { $h->send({}); 1 }, 'send on a server stream croaks';
    like $@, qr/^send: Maintenance\/Snapshot is a server-streaming RPC/, 'send on a server stream: message';
    $h->cancel;
    final_ok($got, 'Snapshot cancelled');
    my ($got2, $wcb) = recorder();
    my $w = $c->call_stream('Watch', 'Watch', undef, $wcb);   # opens with nothing sent
    ok !eval { $w->send([]); 1 }, 'send with fields not a hash croaks';
    like $@, qr/^send: fields must be a hash reference/, 'send with fields not a hash: message';
    ok !eval { $w->send({ bogus => 1 }); 1 }, 'send with an unknown field croaks';
    like $@, qr/^send: unknown field 'bogus'/, 'send with an unknown field: message';
    ok $w->send({ create_request => { key => "${P}late" } }), 'send the create after an empty open';
    wait_until { @{ messages($got2) } } 'a watch created by send';
    is messages($got2)->[0]{created}, 1, 'a watch created by send: created';
    $w->cancel;
    final_ok($got2, 'watch created by send');
    ok !eval { EV::Etcd::Stream::cancel('x'); 1 }, 'cancel on a non-handle croaks';
    like $@, qr/^cancel: not an EV::Etcd::Stream handle/, 'cancel on a non-handle: message';
    ok !eval { (bless \my $x, 'EV::Etcd::Stream')->send({}); 1 }, 'a hand-blessed handle croaks';
    like $@, qr/^send: not an EV::Etcd::Stream handle made by call_stream/, 'a hand-blessed handle: message';
    my $wh = $c->watch("${P}rebless", sub { });
    bless $wh, 'EV::Etcd::Stream';
    ok !eval { $wh->cancel; 1 }, "a watch's handle re-blessed as a stream croaks";
    like $@, qr/^cancel: not an EV::Etcd::Stream handle made by call_stream/, '... naming what it wants';
    bless $wh, 'EV::Etcd::Watch';
    undef $wh;                                        # a watch again: dropping it cancels it
}

wait_until { EV::Etcd::_stats($c)->{subscriptions} == 0 } 'the dropped watch to end';
is EV::Etcd::_stats($c)->{subscriptions}, 0, 'no stream call left behind';

# ---------------------------------------------------------------- a client that logs in
SKIP: {
    skip 'enables auth on a server of its own (ETCD_ENDPOINTS is set)', 1 unless managed();
    my $ea = EtcdTest->start(no_fsync => 1);
    my $admin = new_client($ea);
    for my $step (['role_add', 'root'], ['user_add', 'root', 'pw'], ['user_grant_role', 'root', 'root'],
                  ['auth_enable']) {
        my ($method, @args) = @$step;
        my (undef, $err) = sync($admin, $method, @args);
        ok !$err, "auth setup: $method" or diag explain $err;
    }
    my $user = new_client($ea, username => 'root', password => 'pw');
    my ($got, $cb) = recorder();
    my $h = $user->call_stream('Watch', 'Watch', { create_request => { key => "${P}auth" } }, $cb);
    wait_until { @{ messages($got) } } 'a stream that waits for the login';
    is messages($got)->[0]{created}, 1, 'login first: the watch is created';
    my (undef, $err) = sync($user, put => "${P}auth", 'a');
    ok !$err, 'put as root' or diag explain $err;
    wait_until { @{ messages($got) } >= 2 } 'the event after the login';
    is messages($got)->[1]{events}[0]{kv}{value}, 'a', 'the event came on the logged-in stream';
    $h->cancel;
    cancelled_ok(final_ok($got, 'logged-in watch cancel'), 'logged-in watch cancel');

    # a wrong password: the login's error, once, no message
    my $bad = new_client($ea, username => 'root', password => 'WRONG');
    ($got, $cb) = recorder();
    $bad->call_stream('Maintenance', 'Snapshot', undef, $cb);
    my $f = final_ok($got, 'wrong password');
    check_error($f->[1], { code => 3, status => 'INVALID_ARGUMENT', source => 'call_stream',
                           message => qr/authentication failed/ }, 'wrong password');
    is scalar @{ messages($got) }, 0, 'wrong password: no message';

    # cancelled while it waits for the login: CANCELLED, from the loop
    my $slow = new_client($ea, username => 'root', password => 'pw');
    ($got, $cb) = recorder();
    $h = $slow->call_stream('Watch', 'Watch', { create_request => { key => "${P}auth" } }, $cb);
    $h->cancel;
    is scalar @$got, 0, 'cancel while logging in: no callback from inside cancel';
    cancelled_ok(final_ok($got, 'cancel while logging in'), 'cancel while logging in');
    is scalar @{ messages($got) }, 0, 'cancel while logging in: no message';
}

done_testing;
