#!/usr/bin/perl
# watch: the created response, PUT/DELETE events and their kv, prev_kv,
# prefix / range_end, start_revision (history), progress_notify and
# request_progress, an explicit watch_id, filters, cancel (twice), dropping
# the handle, void context, compaction, option checking, auto_reconnect.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
# Progress notifications every 300 ms for watches that ask for them
# (progress_notify); etcd's default is 10 minutes.
my $e = EtcdTest->start(no_fsync => 1,
    extra_args => ['--experimental-watch-progress-notify-interval=300ms']);
my $c = new_client($e);
my $P = uniq_prefix('watch');

my %GRPC_CODE = (
    OK => 0, CANCELLED => 1, UNKNOWN => 2, INVALID_ARGUMENT => 3, DEADLINE_EXCEEDED => 4,
    NOT_FOUND => 5, ALREADY_EXISTS => 6, PERMISSION_DENIED => 7, RESOURCE_EXHAUSTED => 8,
    FAILED_PRECONDITION => 9, ABORTED => 10, OUT_OF_RANGE => 11, UNIMPLEMENTED => 12,
    INTERNAL => 13, UNAVAILABLE => 14, DATA_LOSS => 15, UNAUTHENTICATED => 16,
);

# ---------------------------------------------------------------- helpers

# A callback that records every ($resp, $err) it gets.
sub recorder {
    my @m;
    return (\@m, sub { push @m, [@_] });
}

# Every event of the successful messages, in order.
sub events_of {
    my ($m) = @_;
    return [ map { @{ $_->[0]{events} } } grep { ref $_->[0] eq 'HASH' && !$_->[1] } @$m ];
}

sub errors_of { my ($m) = @_; return [ map { $_->[1] } grep { $_->[1] } @$m ] }

# A successful (created or not) watch response: the contract's keys and types.
sub check_resp {
    my ($r, $name) = @_;
    is ref $r, 'HASH', "$name: response is a hash" or return 0;
    my $ok = 1;
    for my $k (qw(events watch_id created header)) {
        $ok &= ok exists $r->{$k}, "$name: response has '$k'";
    }
    $ok &= is ref $r->{events}, 'ARRAY', "$name: events is an array";
    $ok &= is_int($r->{watch_id}, "$name: watch_id");
    $ok &= check_header($r->{header}, $name);
    return $ok;
}

# Start a watch and wait for its created response; returns ($handle, $msgs).
sub start_watch {
    my ($key, $opts, $name) = @_;
    my ($m, $cb) = recorder();
    my $w = $opts ? $c->watch($key, $opts, $cb) : $c->watch($key, $cb);
    isa_ok $w, 'EV::Etcd::Watch', "$name: handle";
    ok $w->is_active, "$name: handle is active";
    wait_until { @$m } "$name: created response";
    my ($resp, $err) = @{ $m->[0] || [] };
    ok !$err, "$name: no error" or diag explain $err;
    check_resp($resp, "$name created");
    ok $resp && $resp->{created}, "$name: first message is the created response";
    is $resp && $resp->{created}, 1, "$name: created is 1";
    is_deeply $resp && $resp->{events}, [], "$name: created response has no events";
    is $resp && $resp->{watch_id}, $w->id, "$name: watch_id of created is the handle's id";
    return ($w, $m);
}

sub wait_events {
    my ($m, $n, $name) = @_;
    return wait_until { @{ events_of($m) } >= $n || @{ errors_of($m) } } "$name: $n events";
}

# put/delete returning the revision of the change
sub put_rev {
    my ($k, $v, @o) = @_;
    my ($r, $err) = sync($c, put => $k, $v, @o);
    ok !$err, "put $k" or diag explain $err;
    return $r ? $r->{header}{revision} : -1;
}

sub del_rev {
    my ($k, @o) = @_;
    my ($r, $err) = sync($c, delete => $k, @o);
    ok !$err, "delete $k" or diag explain $err;
    return $r ? $r->{header}{revision} : -1;
}

sub cancel_wait {
    my ($w, $name) = @_;
    my @res;
    my $n = 0;
    $w->cancel(sub { @res = @_; $n++ });
    wait_until { $n } "$name: cancel callback";
    is $n, 1, "$name: cancel callback ran once";
    is ref $res[0], 'HASH', "$name: cancel response is a hash";
    is_deeply $res[0], {}, "$name: cancel response is {}";
    ok !defined $res[1], "$name: cancel has no error" or diag explain $res[1];
    ok !$w->is_active, "$name: handle no longer active";
    return \@res;
}

# A spy watch on the whole test prefix.  "Nothing more arrived" checks wait
# until the spy has seen a later change (a later revision is sent after
# every notification of the earlier one on the shared stream).
my ($spy, $spy_m) = start_watch($P, { prefix => 1 }, 'spy');
sub settle {
    my ($name) = @_;
    my $rev = put_rev("${P}zz-sentinel", 'x');
    wait_until { grep { $_->{kv}{mod_revision} >= $rev } @{ events_of($spy_m) } } "$name: sentinel";
}

# ---------------------------------------------------------------- a single key

{
    my $K = "${P}key";
    my ($w, $m) = start_watch($K, undef, 'key');
    is_int($w->id, 'key: handle id');
    cmp_ok $w->id, '>', 0, 'key: id is positive';

    my $r1 = put_rev($K, 'v1');
    put_rev("${P}key-other", 'no');            # a different key, not watched
    my $r2 = put_rev($K, 'v2');
    my $r3 = del_rev($K);
    wait_events($m, 3, 'key');
    settle('key');

    my @msgs = @$m;
    shift @msgs;                                # created
    for my $i (0 .. $#msgs) {
        my ($resp, $err) = @{ $msgs[$i] };
        ok !$err, "key message $i: no error" or diag explain $err;
        check_resp($resp, "key message $i");
        ok !$resp->{created}, "key message $i: created is false";
        is $resp->{watch_id}, $w->id, "key message $i: watch_id";
        cmp_ok $resp->{header}{revision}, '>=', $resp->{events}[-1]{kv}{mod_revision},
            "key message $i: header revision >= the events' revision" if @{ $resp->{events} };
    }
    my $ev = events_of($m);
    is scalar @$ev, 3, 'key: exactly 3 events (the other key not included)';
    is_deeply [map { $_->{type} } @$ev], [qw(PUT PUT DELETE)], 'key: event types';
    is_deeply [map { [sort keys %$_] } @$ev], [([qw(kv type)]) x 3], 'key: no prev_kv without the option';
    check_kv($ev->[0]{kv}, { key => $K, value => 'v1', create_revision => $r1, mod_revision => $r1,
        version => 1, lease => 0 }, 'key event 0');
    check_kv($ev->[1]{kv}, { key => $K, value => 'v2', create_revision => $r1, mod_revision => $r2,
        version => 2, lease => 0 }, 'key event 1');
    check_kv($ev->[2]{kv}, { key => $K, mod_revision => $r3, version => 0 }, 'key event 2 (delete)');
    is_deeply errors_of($m), [], 'key: no errors';
    cancel_wait($w, 'key');
}

# ---------------------------------------------------------------- prefix

{
    my $K = "${P}pfx/";
    my ($w, $m) = start_watch($K, { prefix => 1 }, 'prefix');
    my $ra = put_rev("${K}a", 'A');
    put_rev("${P}pfy", 'outside');
    my $rb = put_rev("${K}b", 'B');
    my $rd = del_rev("${K}a");
    wait_events($m, 3, 'prefix');
    settle('prefix');
    my $ev = events_of($m);
    is_deeply [map { [$_->{type}, $_->{kv}{key}, $_->{kv}{mod_revision}] } @$ev],
        [[PUT => "${K}a", $ra], [PUT => "${K}b", $rb], [DELETE => "${K}a", $rd]],
        'prefix: the events under the prefix, nothing outside';
    is $ev->[1]{kv}{value}, 'B', 'prefix: value';
    cancel_wait($w, 'prefix');
}

# ---------------------------------------------------------------- range_end

{
    my $K = "${P}rng/";
    my ($w, $m) = start_watch("${K}b", { range_end => "${K}d" }, 'range_end');
    put_rev("${K}$_", $_) for qw(a b c d e);
    settle('range_end');
    my $ev = events_of($m);
    is_deeply [map { $_->{kv}{key} } @$ev], ["${K}b", "${K}c"], 'range_end: [b, d) only';
    cancel_wait($w, 'range_end');
}

# ---------------------------------------------------------------- prev_kv

{
    my $K = "${P}prev";
    my ($w, $m) = start_watch($K, { prev_kv => 1 }, 'prev_kv');
    my $r1 = put_rev($K, 'p1');
    my $r2 = put_rev($K, 'p2');
    my $r3 = del_rev($K);
    wait_events($m, 3, 'prev_kv');
    my $ev = events_of($m);
    is scalar @$ev, 3, 'prev_kv: 3 events';
    ok !exists $ev->[0]{prev_kv}, 'prev_kv: none on the creating PUT';
    is_deeply [sort keys %{ $ev->[1] }], [qw(kv prev_kv type)], 'prev_kv: second PUT has prev_kv';
    check_kv($ev->[1]{prev_kv}, { key => $K, value => 'p1', mod_revision => $r1, version => 1 }, 'prev_kv of PUT');
    check_kv($ev->[1]{kv}, { key => $K, value => 'p2', mod_revision => $r2 }, 'kv of PUT');
    is $ev->[2]{type}, 'DELETE', 'prev_kv: DELETE';
    check_kv($ev->[2]{prev_kv}, { key => $K, value => 'p2', mod_revision => $r2, version => 2 }, 'prev_kv of DELETE');
    cancel_wait($w, 'prev_kv');
}

# ---------------------------------------------------------------- start_revision: history

my @hist;
{
    my $K = "${P}hist";
    push @hist, put_rev($K, "h$_") for 1 .. 3;
    my ($w, $m) = start_watch($K, { start_revision => $hist[0] }, 'start_revision');
    wait_events($m, 3, 'start_revision');
    my $ev = events_of($m);
    is_deeply [map { [$_->{type}, $_->{kv}{value}, $_->{kv}{mod_revision}] } @$ev],
        [map { [PUT => "h$_", $hist[$_ - 1]] } 1 .. 3], 'start_revision: the history is replayed in order';
    my $r4 = put_rev($K, 'h4');
    wait_events($m, 4, 'start_revision live');
    is events_of($m)->[3]{kv}{mod_revision}, $r4, 'start_revision: then live events';
    cancel_wait($w, 'start_revision');

    my ($w2, $m2) = start_watch($K, { start_revision => $hist[1] }, 'start_revision 2');
    wait_events($m2, 3, 'start_revision 2');
    is_deeply [map { $_->{kv}{value} } @{ events_of($m2) }], [qw(h2 h3 h4)],
        'start_revision from the second change: h2 h3 h4';
    cancel_wait($w2, 'start_revision 2');
}

# ---------------------------------------------------------------- explicit watch_id

{
    my $K = "${P}wid";
    my ($w, $m) = start_watch($K, { watch_id => 4242 }, 'watch_id');
    is $w->id, 4242, 'watch_id: the handle id is the explicit one';
    is $m->[0][0]{watch_id}, 4242, 'watch_id: created response reports it';
    put_rev($K, 'x');
    wait_events($m, 1, 'watch_id');
    is $m->[-1][0]{watch_id}, 4242, 'watch_id: events report it';
    cancel_wait($w, 'watch_id');
}

# ---------------------------------------------------------------- filters

{
    my $K = "${P}nop";
    my ($w, $m) = start_watch($K, { filters => ['NOPUT'] }, 'NOPUT');
    put_rev($K, 'a');
    put_rev($K, 'b');
    my $rd = del_rev($K);
    wait_events($m, 1, 'NOPUT');
    settle('NOPUT');
    is_deeply [map { [$_->{type}, $_->{kv}{mod_revision}] } @{ events_of($m) }], [[DELETE => $rd]],
        'NOPUT: only the DELETE';
    cancel_wait($w, 'NOPUT');

    $K = "${P}nod";
    ($w, $m) = start_watch($K, { filters => ['NODELETE'] }, 'NODELETE');
    my $r1 = put_rev($K, 'a');
    del_rev($K);
    my $r2 = put_rev($K, 'b');
    wait_events($m, 2, 'NODELETE');
    settle('NODELETE');
    is_deeply [map { [$_->{type}, $_->{kv}{mod_revision}] } @{ events_of($m) }],
        [[PUT => $r1], [PUT => $r2]], 'NODELETE: only the PUTs';
    cancel_wait($w, 'NODELETE');
}

# ---------------------------------------------------------------- progress

{
    my $K = "${P}prog";
    my ($w, $m) = start_watch($K, { progress_notify => 1 }, 'progress_notify');
    wait_until { @$m >= 2 } 'progress_notify: a periodic progress notification';
    my ($resp, $err) = @{ $m->[1] || [] };
    ok !$err, 'progress_notify: no error' or diag explain $err;
    check_resp($resp, 'progress_notify notification');
    is_deeply $resp && $resp->{events}, [], 'progress_notify: no events';
    ok $resp && !$resp->{created}, 'progress_notify: not created';
    is $resp && $resp->{watch_id}, $w->id, 'progress_notify: watch_id';
    cancel_wait($w, 'progress_notify');
}

{
    my $K = "${P}reqprog";
    my ($w1, $m1) = start_watch($K, undef, 'request_progress 1');
    my ($w2, $m2) = start_watch("${K}2", undef, 'request_progress 2');
    my $rev = put_rev("${P}reqprog-elsewhere", 'x');
    my ($n1, $n2, $ns) = (scalar @$m1, scalar @$m2, scalar @$spy_m);
    wait_until { grep { $_->{kv}{mod_revision} == $rev } @{ events_of($spy_m) } } 'spy saw the put';
    $ns = @$spy_m;
    $c->request_progress;
    wait_until { @$m1 > $n1 && @$m2 > $n2 && @$spy_m > $ns } 'request_progress: a message on every watch';
    for ([$w1, $m1, $n1, 'watch 1'], [$w2, $m2, $n2, 'watch 2']) {
        my ($w, $m, $n, $name) = @$_;
        is scalar @$m, $n + 1, "request_progress $name: one message";
        my ($resp, $err) = @{ $m->[$n] || [] };
        ok !$err, "request_progress $name: no error" or diag explain $err;
        check_resp($resp, "request_progress $name");
        is_deeply $resp->{events}, [], "request_progress $name: no events";
        ok !$resp->{created}, "request_progress $name: not created";
        is $resp->{watch_id}, $w->id, "request_progress $name: its own watch_id";
        cmp_ok $resp->{header}{revision}, '>=', $rev, "request_progress $name: header revision is current";
    }
    cancel_wait($_, 'request_progress') for $w1, $w2;
}

# ---------------------------------------------------------------- cancel

{
    my $K = "${P}cancel";
    my ($w, $m) = start_watch($K, undef, 'cancel');
    put_rev($K, 'before');
    wait_events($m, 1, 'cancel');
    my $subs = $c->_stats->{subscriptions};
    cancel_wait($w, 'cancel');
    is $c->_stats->{subscriptions}, $subs - 1, 'cancel: one subscription less';
    my $n = @$m;
    put_rev($K, 'after');
    settle('cancel');
    is scalar @$m, $n, 'cancel: no message after the cancel';

    my @again;
    $w->cancel(sub { @again = @_ });
    EV::run(EV::RUN_NOWAIT) unless @again;
    is_deeply \@again, [{}, undef], 'cancel twice: the second callback fires at once with {}';
    is $w->id, $m->[0][0]{watch_id}, 'cancel: the handle still answers id';

    # two cancels while the first is still in progress
    my ($w2, $m2) = start_watch($K, undef, 'cancel twice at once');
    my (@first, @second);
    $w2->cancel(sub { @first = @_ });
    ok !$w2->is_active, 'cancelling: not active';
    $w2->cancel(sub { @second = @_ });
    EV::run(EV::RUN_NOWAIT) unless @second;
    is_deeply \@second, [{}, undef], 'cancel while cancelling: the second callback fires at once';
    wait_until { @first } 'the first cancel completes';
    is_deeply \@first, [{}, undef], 'the first cancel completes with {}';

    # cancel without a callback
    my ($w3, $m3) = start_watch($K, undef, 'cancel without callback');
    $w3->cancel;
    ok !$w3->is_active, 'cancel without callback: not active';
    $n = @$m3;
    put_rev($K, 'after3');
    settle('cancel without callback');
    is scalar @$m3, $n, 'cancel without callback: no more messages';
    like eval { $w3->cancel('nope'); 1 } ? '' : $@, qr/code reference/, 'cancel with a non-code callback croaks';
}

# ---------------------------------------------------------------- dropping the handle

{
    my $K = "${P}drop";
    my ($w, $m) = start_watch($K, undef, 'drop');
    my $subs = $c->_stats->{subscriptions};
    undef $w;
    my $n = @$m;
    put_rev($K, 'after drop');
    settle('drop');
    is scalar @$m, $n, 'undef $handle: no more events';
    wait_until { $c->_stats->{subscriptions} == $subs - 1 } 'drop: the subscription is gone';

    # a handle that goes out of scope
    my $m2;
    {
        my ($w2, $mm) = start_watch($K, undef, 'scope');
        $m2 = $mm;
    }
    $n = @$m2;
    put_rev($K, 'after scope');
    settle('scope');
    is scalar @$m2, $n, 'handle out of scope: no more events';
}

# ---------------------------------------------------------------- void context

{
    my $K = "${P}void";
    my $c2 = new_client($e);
    my ($m, $cb) = recorder();
    $c2->watch($K, $cb);
    wait_until { @$m } 'void: created';
    ok $m->[0][0] && $m->[0][0]{created}, 'void: created response';
    is $c2->_stats->{subscriptions}, 1, 'void: the subscription lives';
    my $r1 = put_rev($K, 'v1');
    wait_events($m, 1, 'void');
    # let the loop run a while with no handle anywhere
    my $t = EV::timer(0.3, 0, sub { });
    wait_until { !$t->is_active } 'a short pause';
    my $r2 = put_rev($K, 'v2');
    wait_events($m, 2, 'void second');
    is_deeply [map { $_->{kv}{mod_revision} } @{ events_of($m) }], [$r1, $r2], 'void context: keeps delivering';
    is_deeply errors_of($m), [], 'void: no error';
    undef $c2;
}

# ---------------------------------------------------------------- compaction

{
    my $K = "${P}compact";
    my $old = put_rev($K, 'c1');
    put_rev($K, 'c2');
    my $crev = put_rev($K, 'c3');
    my ($r, $err) = sync($c, compact => $crev);
    ok !$err, 'compact' or diag explain $err;

    my ($m, $cb) = recorder();
    my $w = $c->watch($K, { start_revision => $old }, $cb);
    wait_until { @{ errors_of($m) } } 'compaction: an error';
    my $errs = errors_of($m);
    is scalar @$errs, 1, 'compaction: one error';
    my ($lr, $le) = @{ $m->[-1] };
    ok !defined $lr, 'compaction: no response with the error';
    ok $le, 'compaction: the error is the last message';
    is_deeply [sort keys %{ $le || {} }], [sort @ERROR_KEYS, 'compact_revision'],
        'compaction: error keys (the contract five plus compact_revision)';
    is $le->{source}, 'watch', 'compaction: source watch';
    ok exists $GRPC_CODE{ $le->{status} // '' }, 'compaction: status is a gRPC status name'
        or diag $le->{status};
    is_int($le->{code}, 'compaction: code');
    is $le->{code}, $GRPC_CODE{ $le->{status} // '' }, 'compaction: code matches status';
    isnt $le->{code}, 0, 'compaction: code is not OK';
    like $le->{message}, qr/compact/i, 'compaction: message names the compaction';
    is_int($le->{compact_revision}, 'compaction: compact_revision');
    cmp_ok $le->{compact_revision} // 0, '>', 0, 'compaction: compact_revision is positive';
    is $le->{compact_revision}, $crev, 'compaction: compact_revision is the compacted revision';
    is_deeply events_of($m), [], 'compaction: no events';
    ok !$w->is_active, 'compaction: the watch is over';
    my $n = @$m;
    put_rev($K, 'c4');
    settle('compaction');
    is scalar @$m, $n, 'compaction: nothing after the error';
    my @cres;
    $w->cancel(sub { @cres = @_ });
    EV::run(EV::RUN_NOWAIT) unless @cres;
    is_deeply \@cres, [{}, undef], 'compaction: cancel of the ended watch succeeds at once';
}

# ---------------------------------------------------------------- options

{
    my $subs = $c->_stats->{subscriptions};
    ok !eval { $c->watch("${P}x", { bogus => 1 }, sub { }); 1 }, 'unknown option croaks';
    like $@, qr/bogus/, 'the message names the option';
    is $c->_stats->{subscriptions}, $subs, 'no subscription was made';

    my ($w, $m) = start_watch("${P}ar0", { auto_reconnect => 0 }, 'auto_reconnect => 0');
    my $r = put_rev("${P}ar0", 'x');
    wait_events($m, 1, 'auto_reconnect => 0');
    is events_of($m)->[0]{kv}{mod_revision}, $r, 'auto_reconnect => 0: events';
    cancel_wait($w, 'auto_reconnect => 0');
}

cancel_wait($spy, 'spy');
is_deeply errors_of($spy_m), [], 'spy: no errors';
is $c->_stats->{subscriptions}, 0, 'no subscriptions left';
ok run_cb {}, 'EV::run returns once every watch is cancelled';

# ---------------------------------------------------------------- server restart

{
    my $K = "${P}restart";
    my $c3 = new_client($e, max_retries => 10);
    my ($m0, $cb0) = recorder();
    my ($m1, $cb1) = recorder();
    my $w0 = $c3->watch($K, { auto_reconnect => 0 }, $cb0);
    my $w1 = $c3->watch($K, $cb1);
    wait_until { @$m0 && @$m1 } 'restart: both watches created';
    my $r1 = put_rev($K, 'before');
    wait_until { @{ events_of($m0) } && @{ events_of($m1) } } 'restart: both see the first put';
    my $id1 = $w1->id;

    $e->stop;
    wait_until { @{ errors_of($m0) } } 'auto_reconnect => 0: an error once the server is gone';
    my $err = errors_of($m0)->[0];
    check_error($err, { source => 'watch', status => 'UNAVAILABLE', code => 14, retryable => 1 },
        'auto_reconnect => 0 after the server stopped');
    ok !$w0->is_active, 'auto_reconnect => 0: the watch is over';
    ok $w1->is_active, 'auto_reconnect (default): still active while the server is down';
    is_deeply errors_of($m1), [], 'auto_reconnect (default): no error while reconnecting';

    $e->start;
    my ($pr, $perr);
    for my $try (1 .. 20) {
        ($pr, $perr) = sync($c, put => $K, 'after');
        last if $pr;
        my $t = EV::timer(0.25, 0, sub { });
        wait_until { !$t->is_active } 'retry pause';
    }
    ok $pr, 'put after the restart' or diag explain $perr;
    my $r2 = $pr ? $pr->{header}{revision} : -1;
    wait_until { @{ events_of($m1) } >= 2 } 'auto_reconnect: the event after the restart';
    is_deeply [map { [$_->{kv}{value}, $_->{kv}{mod_revision}] } @{ events_of($m1) }],
        [[before => $r1], [after => $r2]], 'auto_reconnect: each event once, none missed';
    is scalar(grep { $_->[0] && $_->[0]{created} } @$m1), 1, 'auto_reconnect: created reported once';
    is_deeply [map { $_->[0]{watch_id} } grep { $_->[0] } @$m1], [($id1) x @$m1],
        'auto_reconnect: watch_id stable across the reconnect';
    is_deeply errors_of($m1), [], 'auto_reconnect: no error';
    is scalar @{ events_of($m0) }, 1, 'auto_reconnect => 0: nothing after its error';
    cancel_wait($w1, 'after the restart');
}

done_testing;
