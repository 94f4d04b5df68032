#!/usr/bin/perl
# Regression (found by the "breaker" review): small contract breaks, now
# fixed (they were marked TODO until then).
#   1. $range->cancel($cb) (EV::Etcd::RangeStream, lib/EV/Etcd.pm) ignores
#      its arguments: a callback given to it is never called, where the
#      other handles' cancel($cb) call it once or croak; extra arguments
#      are not refused.
#   2. The endpoint option (status & co.) croaks on 'host:port ' (a
#      trailing space or newline) that new's endpoints accept and trim:
#      the "one parser" (runtime/endpoint.c) is applied differently.
#   3. new accepts 'http://user@host:port' and hands 'user@host:port' to
#      gRPC as the host name (dns:///user@host:port), where it should
#      croak (etcd endpoints carry no user info).
#   4. new(endpoints => []) croaks "must be an array reference of
#      host:port strings": it is one; the message should say it is empty.
#   5. $ns->txn(undef, $cb) (lib/EV/Etcd/Namespace.pm) warns "Use of
#      uninitialized value" and croaks "'callback' must be a code
#      reference" though a callback is there.
#   6. wrong argument counts gave xsubpp's "Usage: EV::Etcd::..."; recipe
#      accessors ignored arguments; lease_grant(-1) was sent.
#   7. stm_f's failure said "stm: stm: apply died: ..."; stats counts a
#      watch with and one without require_leader as two streams.
#   8. an unresolvable host name failed at once (UNAVAILABLE) even with
#      wait_for_ready, where a refused port waits until the deadline.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('breaker-small');

# ---- 1. RangeStream->cancel($cb)
{
    my @final;
    my $rs = $c->range_stream($P, { prefix => 1 }, sub { push @final, [@_] if $_[1] || $_[0]{done} });
    my $cancel_cb = 0;
    my $ok = eval { $rs->cancel(sub { $cancel_cb++ }); 1 };
    wait_until { @final } "the final callback of the cancelled range_stream";
    run_for(0.5);
    is scalar @final, 1, 'range_stream: one final callback after cancel';
    {
        ok $ok, 'cancel($cb) is accepted' or diag $@;
        is $cancel_cb, 1, 'cancel($cb): the callback runs once';
        ok !eval { $rs->cancel('x', 'y'); 1 }, 'cancel with extra arguments croaks';
        like $@, qr/^cancel: too many arguments; usage: /, '... naming the method';
        ok !eval { $rs->cancel('x'); 1 }, 'cancel with a callback that is no code reference croaks';
        like $@, qr/^cancel: the callback must be a code reference/, '... naming the callback';
        ok !eval { EV::Etcd::RangeStream->cancel; 1 }, 'a class call croaks';
        like $@, qr/^cancel: not an EV::Etcd::RangeStream handle/, '... saying what it needs';
        ok !$rs->is_active, 'is_active is false after the final callback';
        my @late;
        $rs->cancel(sub { push @late, [@_] });
        is_deeply \@late, [[{}, undef]], 'cancel($cb) after the end: the callback runs at once with ({}, undef)';
    }
}

# ---- 2. the endpoint option and new take the same forms
{
    my $ep = $e->endpoint;
    ok eval { EV::Etcd->new(endpoints => "$ep ") }, "new accepts '$ep ' (trailing space)";
    my ($r, $err);
    my $ok = eval { ($r, $err) = sync($c, status => { endpoint => "$ep " }); 1 };
    {
        ok $ok && $r && $r->{header}{member_id}, "status with endpoint => '$ep ' asks that member"
            or diag $ok ? explain($err) : $@;
    }
}

# ---- 3. user info in an endpoint URL
{
    ok !eval { EV::Etcd->new(endpoints => 'http://user@127.0.0.1:2379'); 1 }, 'new croaks on user info in an endpoint';
    like $@, qr/^new: endpoint /, '... naming the endpoint';
}

# ---- 3b. other malformed endpoints, refused alike by new and the option
for my $case (["127.0.0.1:2379\0x", qr/contains a NUL byte/],
              ['unix:///',           qr/needs a socket path/],
              ['http://user@h:2379', qr/has user info/]) {
    my ($ep, $why) = @$case;
    (my $show = $ep) =~ s/\0/\\0/;
    ok !eval { EV::Etcd->new(endpoints => $ep); 1 }, "new croaks on '$show'";
    like $@, qr/^new: endpoint '.*' $why/s, '... saying why';
    ok !eval { $c->status({ endpoint => $ep }, sub { }); 1 }, "status croaks on endpoint => '$show'";
    like $@, qr/^status: option 'endpoint' value '.*' $why/s, '... saying why';
}

# ---- 4. an empty list of endpoints
ok !eval { EV::Etcd->new(endpoints => []); 1 }, 'new(endpoints => []) croaks';
{
    like $@, qr/^new: 'endpoints' is an empty list/, '... saying the list is empty';
}

# ---- 5. Namespace txn with undef for the compare list
{
    my $ns = $c->namespace("${P}ns/");
    my @warn;
    local $SIG{__WARN__} = sub { push @warn, @_ };
    ok !eval { $ns->txn(undef, sub { }); 1 }, 'namespace txn(undef, $cb) croaks';
    my $msg = $@;
    {
        is scalar @warn, 0, 'no warning' or diag @warn;
        unlike $msg, qr/'callback' must be a code reference/, 'the croak is not about the callback (there is one)'
            or diag $msg;
        like $msg, qr/^txn: wrong number of arguments; usage: /, 'the croak is about the arguments';
    }
}

# ---- 6. argument counts: the project's croak, not xsubpp's "Usage: EV::Etcd::..."
{
    my $w = $c->watch("${P}w", sub { });
    my $call = $c->get("${P}x", sub { });
    my $st = $c->call_stream('Watch', 'Watch', undef, sub { });
    my @cases = (
        [ sub { $c->call('KV') },                 qr/^call: missing arguments; usage: \$client->call\(/ ],
        [ sub { EV::Etcd::call() },               qr/^call: not called on an object; usage: / ],
        [ sub { $c->call_stream('Watch') },       qr/^call_stream: missing arguments; usage: \$client->call_stream\(/ ],
        [ sub { $c->request_progress(1) },        qr/^request_progress: too many arguments; usage: \$client->request_progress/ ],
        [ sub { EV::Etcd::request_progress() },   qr/^request_progress: not called on an object/ ],
        [ sub { $w->cancel(sub { }, 'x') },       qr/^cancel: too many arguments; usage: \$handle->cancel/ ],
        [ sub { $w->id(1) },                      qr/^id: too many arguments; usage: \$handle->id/ ],
        [ sub { $w->is_active(1) },               qr/^is_active: too many arguments/ ],
        [ sub { EV::Etcd::Handle::cancel() },     qr/^cancel: not called on an object/ ],
        [ sub { $call->cancel(1) },               qr/^cancel: too many arguments; usage: \$call->cancel/ ],
        [ sub { $call->is_active(1) },            qr/^is_active: too many arguments; usage: \$call->is_active/ ],
        [ sub { $st->send },                      qr/^send: missing arguments; usage: \$stream->send/ ],
        [ sub { $st->close_send(1) },             qr/^close_send: too many arguments/ ],
        [ sub { $st->is_active(1) },              qr/^is_active: too many arguments; usage: \$stream->is_active/ ],
        [ sub { $st->cancel(1) },                 qr/^cancel: too many arguments; usage: \$stream->cancel/ ],
    );
    for my $case (@cases) {
        my ($code, $re) = @$case;
        ok !eval { $code->(); 1 }, "croaks: $re";
        like $@, $re, '... in the project\'s form';
        unlike $@, qr/Usage: EV::Etcd/, '... not xsubpp\'s';
    }
    ok $w->is_active && $call->is_active && defined $w->id, 'the handles still work';
    $st->cancel;
    $call->cancel;
    my $done = 0;
    $w->cancel(sub { $done++ });
    wait_until { $done } 'the watch cancel';
}

# ---- 6b. recipe accessors take no arguments
{
    require EV::Etcd::Namespace;
    my $ns = $c->namespace("${P}acc/");
    is $ns->prefix, "${P}acc/", 'namespace prefix';
    ok !eval { $ns->prefix('x'); 1 }, 'an accessor with an argument croaks';
    like $@, qr/^prefix: takes no arguments; usage: \$ns->prefix /, '... naming it';
    ok !eval { EV::Etcd::Namespace->client; 1 }, 'an accessor called on the class croaks';
    like $@, qr/^client: not called on an object/, '... naming it';
    my ($sess, $err) = sync($c, 'session', { ttl => 10 });
    ok $sess && !$err, 'a session' or diag explain $err;
    if ($sess) {
        ok !eval { $sess->lease(1); 1 }, 'session lease with an argument croaks';
        like $@, qr/^lease: takes no arguments; usage: \$session->lease /, '... naming it';
        my $m = $sess->mutex("${P}mx");
        ok !eval { $m->is_owner(1); 1 }, 'mutex is_owner with an argument croaks';
        like $@, qr/^is_owner: takes no arguments; usage: \$mutex->is_owner /, '... naming it';
        ok !eval { $m->key(1); 1 }, 'mutex key with an argument croaks';
        like $@, qr/^key: takes no arguments/, '... naming it';
        my $closed = 0;
        $sess->close(sub { $closed++ });
        wait_until { $closed } 'the session close';
    }
}

# ---- 6c. lease_grant's TTL
{
    ok !eval { $c->lease_grant(-1, sub { }); 1 }, 'lease_grant(-1) croaks';
    like $@, qr/^lease_grant: 'ttl' must be a non-negative 64-bit integer, got '-1'/, '... naming the argument';
    my ($r, $err) = sync($c, lease_grant => 0);
    ok !$err, 'lease_grant(0): no error' or diag explain $err;
    ok $r && $r->{ttl} > 0, 'lease_grant(0): the server grants its minimum TTL' or diag explain $r;
    sync($c, lease_revoke => $r->{id}) if $r && $r->{id};
    ($r, $err) = sync($c, lease_grant => 9_000_000_001);
    check_error($err, { status => 'OUT_OF_RANGE', code => 11, source => 'lease_grant' },
        'lease_grant over etcd\'s maximum TTL');
}

# ---- 7. one prefix on the STM failure message
SKIP: {
    skip 'Future is not installed (Debian: libfuture-perl)', 1
        unless eval { require Future; 1 } || ($ENV{CI} // '') eq 'true';
    my ($r, $err) = sync($c, stm => sub { die "boom\n" });
    check_error($err, { status => 'UNKNOWN', source => 'stm', message => qr/^apply died: boom\z/ },
        'stm whose apply dies');
    my $f = $c->stm_f(sub { die "boom\n" });
    wait_until { $f->is_ready } 'the stm_f Future';
    my ($msg) = $f->failure;
    is $msg, "stm: apply died: boom\n", 'stm_f: the failure names stm once';
}

# ---- 7b. stats: watches with and without require_leader are two streams
{
    my $s = EV::Etcd->new(endpoints => [$e->endpoints]);
    my $w1 = $s->watch("${P}rl1", sub { });
    my $w2 = $s->watch("${P}rl0", { require_leader => 0 }, sub { });
    wait_until { $s->stats->{streams_open} == 2 } 'two watch streams';
    is $s->stats->{streams_open}, 2, 'streams_open: a watch with and one without require_leader are two streams';
    my $w3 = $s->watch("${P}rl1b", sub { });
    run_for(0.3);
    is $s->stats->{streams_open}, 2, '... a third watch shares one of them';
}

# ---- 8. an unresolvable host name waits for a connection as a refused port does
{
    # .invalid never resolves (RFC 2606)
    my $dns = EV::Etcd->new(endpoints => 'no-such-host.invalid:2379', timeout => 2);
    my ($r, $err) = sync($dns, get => "${P}x");
    check_error($err, { status => 'DEADLINE_EXCEEDED', source => 'get',
                        message => qr/^deadline exceeded while waiting for a connection: .*DNS resolution failed/ },
        'an unresolvable host with wait_for_ready: waits until the deadline');
    ($r, $err) = sync($dns, get => "${P}x", { wait_for_ready => 0 });
    check_error($err, { status => 'UNAVAILABLE', source => 'get', retryable => 1,
                        message => qr/DNS resolution failed/ },
        'an unresolvable host with wait_for_ready => 0: UNAVAILABLE');
}

done_testing;
