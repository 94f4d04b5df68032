#!/usr/bin/perl
# The log hook (runtime/log.c): $EV::Etcd::LOG and new(on_log => ...)
# receive structured records of what the runtime does on its own, against
# a real etcd: connects, unary retries when the member is killed (and
# connected again when it is back), a watch's stream reconnecting and
# resuming from the revision after its last event, logins and token
# refreshes (auth on, short token TTL), fork.  A hook that dies is reported
# with warn and changes nothing; a hook that drops the client is safe; a
# client's on_log beats $EV::Etcd::LOG; with no hook nothing is printed.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;
use POSIX ();

require_etcd();
plan skip_all => 'kills and restarts its server (ETCD_ENDPOINTS is set)' unless managed();

my $e = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('log');
my @LEVELS = qw(debug info warn error);

# Every record has these keys; the event adds its own.
sub check_record {
    my ($r, $event, $extra, $name) = @_;
    ok ref $r eq 'HASH', "$name: a hash" or return;
    is $r->{event}, $event, "$name: event";
    ok((grep { $_ eq ($r->{level} // '') } @LEVELS), "$name: level is one of @LEVELS")
        or diag explain $r;
    like $r->{endpoint}, qr/\A127\.0\.0\.1:\d+\z/, "$name: endpoint is host:port";
    ok defined $r->{message} && length $r->{message}, "$name: message";
    ok $r->{time} > 1e9 && $r->{time} < time + 60, "$name: time (epoch seconds)";
    is_deeply [sort keys %$r], [sort qw(level event endpoint message time), @$extra], "$name: keys"
        or diag explain $r;
}

sub of { my ($recs, $event) = @_; return grep { $_->{event} eq $event } @$recs }

# ---------------------------------------------------------------- bad input

eval { EV::Etcd->new(endpoints => [$e->endpoint], on_log => 'not code') };
like $@, qr/^new: 'on_log' must be a code reference/, 'new: on_log must be a code reference';
eval { EV::Etcd->new(endpoints => [$e->endpoint], on_log => {}) };
like $@, qr/^new: 'on_log' must be a code reference/, 'new: on_log as a hash ref croaks';

# ---------------------------------------------------------------- connected, via $EV::Etcd::LOG

{
    my @recs;
    local $EV::Etcd::LOG = sub { push @recs, $_[0] };
    my $c = new_client($e);
    my ($r, $err) = sync($c, put => "${P}a", 1);
    ok !$err, 'put' or diag explain $err;
    wait_until { of(\@recs, 'connected') } 'a connected record';
    my ($conn) = of(\@recs, 'connected');
    check_record($conn, 'connected', [qw(state previous)], 'connected');
    is $conn->{level}, 'info', 'connected: level info';
    is $conn->{state}, 'READY', 'connected: state READY';
    like $conn->{previous}, qr/\A(?:IDLE|CONNECTING|TRANSIENT_FAILURE)\z/, 'connected: previous state';
    is $conn->{endpoint}, $e->endpoint, 'connected: the member';
    is scalar(of(\@recs, 'retry')), 0, 'no retry record while all is well';
}

# ---------------------------------------------------------------- retry, gave_up, connected again

{
    my (@recs, @warn);
    local $SIG{__WARN__} = sub { push @warn, $_[0] };
    my $c = new_client($e, wait_for_ready => 0, max_retries => 3, timeout => 60,
                       on_log => sub { push @recs, $_[0] });
    my ($r, $err) = sync($c, put => "${P}r", 'v');
    ok !$err, 'put before the kill' or diag explain $err;
    $e->kill;
    ($r, $err) = sync($c, get => "${P}r");
    ok $err, 'get with the member down fails after its retries';
    is $err && $err->{status}, 'UNAVAILABLE', 'get: UNAVAILABLE';

    my @retry = of(\@recs, 'retry');
    is scalar @retry, 3, 'three retry records (max_retries 3)' or diag explain \@recs;
    is_deeply [map { $_->{attempt} } @retry], [1, 2, 3], 'retry: attempt numbers 1, 2, 3';
    for my $i (0 .. $#retry) {
        my $x = $retry[$i];
        check_record($x, 'retry', [qw(method attempt delay reason)], "retry $i");
        is $x->{level}, 'warn', "retry $i: level warn";
        is $x->{method}, 'get', "retry $i: method";
        ok $x->{delay} >= 0 && $x->{delay} < 10, "retry $i: delay in seconds";
        check_error($x->{reason}, { code => 14, status => 'UNAVAILABLE', source => 'get', retryable => 1 },
                    "retry $i: reason");
        like $x->{message}, qr/UNAVAILABLE/, "retry $i: the message says why";
    }
    my ($gave) = of(\@recs, 'gave_up');
    check_record($gave, 'gave_up', [qw(method attempts reason)], 'gave_up');
    is $gave && $gave->{level}, 'error', 'gave_up: level error';
    is $gave && $gave->{attempts}, 4, 'gave_up: 4 attempts (1 + max_retries)';
    is $gave && $gave->{method}, 'get', 'gave_up: method';
    check_error($gave && $gave->{reason}, { code => 14, status => 'UNAVAILABLE', source => 'get' },
                'gave_up: reason');
    my @order = map { $_->{event} } grep { $_->{event} =~ /\A(?:retry|gave_up)\z/ } @recs;
    is_deeply \@order, [qw(retry retry retry gave_up)], 'retries, then gave_up';
    ok of(\@recs, 'disconnected') || of(\@recs, 'connect_failed'),
        'the lost connection is logged (disconnected or connect_failed)' or diag explain \@recs;

    # back: the next call connects again
    @recs = ();
    $e->start;
    ($r, $err) = sync($c, get => "${P}r");
    ok !$err, 'get after the restart' or diag explain $err;
    wait_until { of(\@recs, 'connected') } 'connected again';
    my ($again) = of(\@recs, 'connected');
    is $again && $again->{state}, 'READY', 'connected again: READY';
    is scalar(@warn), 0, 'nothing printed (the hook takes the records)' or diag explain \@warn;
}

# ---------------------------------------------------------------- no hook: nothing printed

{
    my @warn;
    local $SIG{__WARN__} = sub { push @warn, $_[0] };
    my $c = new_client($e, wait_for_ready => 0, max_retries => 2, timeout => 60);
    my ($r, $err) = sync($c, put => "${P}n", 'v');
    ok !$err, 'no hook: put' or diag explain $err;
    $e->kill;
    ($r, $err) = sync($c, get => "${P}n");
    is $err && $err->{status}, 'UNAVAILABLE', 'no hook: get fails after retries';
    $e->start;
    ($r, $err) = sync($c, get => "${P}n");
    ok !$err, 'no hook: get after the restart' or diag explain $err;
    is scalar(@warn), 0, 'no hook: nothing printed' or diag explain \@warn;
}

# ---------------------------------------------------------------- a watch reconnects and resumes

{
    my @recs;
    my $c = new_client($e, on_log => sub { push @recs, $_[0] });
    my $K = "${P}w";
    my (@ev, @werr, $created);
    my $w = $c->watch($K, sub {
        my ($r, $err) = @_;
        push @werr, $err if $err;
        $created++ if $r && $r->{created};
        push @ev, @{ $r->{events} || [] } if $r;
    });
    wait_until { $created } 'the watch is created';
    my ($p1, $err) = sync($c, put => $K, 'one');
    ok !$err, 'put one' or diag explain $err;
    wait_until { @ev >= 1 } 'the watch sees put one';
    $e->kill;
    wait_until { of(\@recs, 'stream_reconnect') } 'a stream_reconnect record', 30;
    $e->start;
    wait_until { of(\@recs, 'stream_resumed') } 'a stream_resumed record', 60;
    my ($sr) = of(\@recs, 'stream_reconnect');
    check_record($sr, 'stream_reconnect', [qw(stream attempt delay reason)], 'stream_reconnect');
    is $sr->{level}, 'warn', 'stream_reconnect: level warn';
    is $sr->{stream}, 'watch', 'stream_reconnect: the watch stream';
    is $sr->{attempt}, 1, 'stream_reconnect: attempt 1 first';
    ok $sr->{delay} >= 0 && $sr->{delay} < 10, 'stream_reconnect: delay in seconds';
    check_error($sr->{reason}, { code => 14, status => 'UNAVAILABLE', source => 'watch' },
                'stream_reconnect: reason');
    my ($res) = of(\@recs, 'stream_resumed');
    check_record($res, 'stream_resumed', [qw(stream id revision)], 'stream_resumed');
    is $res->{level}, 'info', 'stream_resumed: level info';
    is $res->{stream}, 'watch', 'stream_resumed: a watch';
    is $res->{id}, $w->id, 'stream_resumed: the watch id';
    is $res->{revision}, $p1->{header}{revision} + 1, 'stream_resumed: from the revision after its last event';
    is scalar(of(\@recs, 'stream_resumed')), 1, 'one stream_resumed for one watch';

    my ($p2) = sync($c, put => $K, 'two');
    wait_until { @ev >= 2 } 'the watch sees put two';
    is_deeply [map { $_->{kv}{value} } @ev], [qw(one two)], 'no event lost or repeated';
    is scalar(@werr), 0, 'the watch got no error' or diag explain \@werr;
    $w->cancel;
}

# ---------------------------------------------------------------- a call waits for a connection

{
    my @recs;
    my $c = new_client($e, timeout => 60, on_log => sub { push @recs, $_[0] });
    my ($r, $err) = sync($c, put => "${P}c", 'v');
    ok !$err, 'wait: put' or diag explain $err;
    $e->kill;
    run_for(0.5);                      # the connection is seen lost
    @recs = ();
    my $got;
    $c->get("${P}c", sub { $got = [@_] });
    wait_until { of(\@recs, 'waiting_for_connection') } 'a waiting_for_connection record';
    ok !$got, 'wait: the call is still waiting';
    my ($wr) = of(\@recs, 'waiting_for_connection');
    check_record($wr, 'waiting_for_connection', [qw(method reason)], 'waiting_for_connection');
    is $wr->{level}, 'info', 'waiting_for_connection: level info';
    is $wr->{method}, 'get', 'waiting_for_connection: method';
    check_error($wr->{reason}, { status => 'UNAVAILABLE', source => 'get' }, 'waiting_for_connection: reason');
    $e->start;
    wait_until { $got } 'the waiting get', 60;
    ok $got && !$got->[1], 'wait: the get succeeds once the member is back' or diag explain $got;
    is $got && $got->[0]{kvs}[0]{value}, 'v', 'wait: the value';
    is scalar(of(\@recs, 'retry')), 0, 'wait: no retry record (it waited)';
}

# ---------------------------------------------------------------- a stream gives up

{
    my @recs;
    my $c = new_client($e, timeout => 2, max_retries => 1, on_log => sub { push @recs, $_[0] });
    my (@w, $created);
    my $w = $c->watch("${P}g", sub { $created++ if $_[0] && $_[0]{created}; push @w, $_[1] if $_[1] });
    wait_until { $created } 'the watch is created';
    $e->kill;
    wait_until { @w } 'the watch gives up', 60;
    is $w[0] && $w[0]{status}, 'UNAVAILABLE', 'gave up: the watch ends UNAVAILABLE';
    my @sr = of(\@recs, 'stream_reconnect');
    is scalar @sr, 1, 'one stream_reconnect (max_retries 1)';
    my ($g) = of(\@recs, 'stream_gave_up');
    check_record($g, 'stream_gave_up', [qw(stream attempts reason)], 'stream_gave_up');
    is $g && $g->{level}, 'error', 'stream_gave_up: level error';
    is $g && $g->{stream}, 'watch', 'stream_gave_up: the watch stream';
    is $g && $g->{attempts}, 2, 'stream_gave_up: 2 failures in a row';
    check_error($g && $g->{reason}, { code => 14, status => 'UNAVAILABLE', source => 'watch' },
                'stream_gave_up: reason');
    is_deeply [map { $_->{event} } grep { $_->{event} =~ /^stream_/ } @recs], [qw(stream_reconnect stream_gave_up)],
        'stream records in order';
    $e->start;
}

# ---------------------------------------------------------------- a hook that dies

{
    my (@warn, $n);
    local $SIG{__WARN__} = sub { push @warn, $_[0] };
    local $EV::Etcd::LOG = sub { $n++; die "hook boom\n" };
    my $c = new_client($e);
    my ($r, $err) = sync($c, put => "${P}d", 'x');
    ok !$err, 'a dying hook: put works' or diag explain $err;
    wait_until { $n } 'the hook ran';
    ($r, $err) = sync($c, get => "${P}d");
    ok !$err, 'a dying hook: get works afterwards' or diag explain $err;
    is $r && $r->{kvs}[0]{value}, 'x', 'a dying hook: the value';
    ok scalar(@warn) >= 1, 'the die is reported with warn';
    like $warn[0] // '', qr/^EV::Etcd: log hook died: hook boom/, 'the warning names the log hook';
}

# ---------------------------------------------------------------- a hook that drops the client

{
    my $c;
    my (@got, @recs);
    $c = new_client($e, wait_for_ready => 0, max_retries => 5, timeout => 60,
                    on_log => sub { push @recs, $_[0]; undef $c if $_[0]{event} eq 'retry' });
    my ($r, $err) = sync($c, put => "${P}u", 'x');
    ok !$err, 'drop: put' or diag explain $err;
    my $w = $c->watch("${P}u", sub { push @got, ['watch', @_] });
    wait_until { @got } 'drop: the watch is created';
    @got = ();
    $e->kill;
    $c->get("${P}u", sub { push @got, ['get', @_] });
    my $ended = run_cb { };
    ok $ended, 'drop: the loop ends (nothing left hanging)';
    ok !defined $c, 'drop: the hook dropped the client';
    my @g = grep { $_->[0] eq 'get' } @got;
    is scalar @g, 1, 'drop: the get callback ran once';
    is $g[0] && $g[0][2] && $g[0][2]{status}, 'CANCELLED', 'drop: the get ended CANCELLED';
    my @w = grep { $_->[0] eq 'watch' && $_->[2] } @got;
    ok scalar(@w) <= 1, 'drop: at most one final error for the watch';
    ok !$w->is_active, 'drop: the watch is over';
    is scalar(of(\@recs, 'retry')), 1, 'drop: the hook saw one retry, then nothing of that client';
    $e->start;
}

# ---------------------------------------------------------------- on_log beats $EV::Etcd::LOG

{
    my (@global, @own);
    local $EV::Etcd::LOG = sub { push @global, $_[0] };
    my $a = new_client($e, on_log => sub { push @own, $_[0] });
    my $b = new_client($e);
    my ($r, $err) = sync($a, put => "${P}o", 'a');
    ok !$err, 'on_log client: put' or diag explain $err;
    ($r, $err) = sync($b, put => "${P}o", 'b');
    ok !$err, 'global client: put' or diag explain $err;
    wait_until { of(\@own, 'connected') && of(\@global, 'connected') } 'both clients connected';
    is scalar(of(\@own, 'connected')), 1, 'the client with on_log: its record went to on_log';
    is scalar(of(\@global, 'connected')), 1, 'the other client: its record went to $EV::Etcd::LOG only';
}

# ---------------------------------------------------------------- $EV::Etcd::LOG not code

{
    my @warn;
    local $SIG{__WARN__} = sub { push @warn, $_[0] };
    local $EV::Etcd::LOG = 'not a code ref';
    my $c = new_client($e);
    my ($r, $err) = sync($c, put => "${P}s", 'x');
    ok !$err, 'LOG not code: put works' or diag explain $err;
    my ($r2) = sync($c, get => "${P}s");
    run_for(0.2);
    is scalar(grep { /\$EV::Etcd::LOG is not a code reference/ } @warn), 1, 'LOG not code: said once';
}

# ---------------------------------------------------------------- login and token refresh

{
    my $ea = EtcdTest->start(no_fsync => 1, extra_args => ['--auth-token-ttl', 2]);
    my $admin = new_client($ea);
    for my $step ([user_add => 'root', 'pw'], [role_add => 'root'],
                  [user_grant_role => 'root', 'root'], [auth_enable =>]) {
        my ($m, @a) = @$step;
        my ($r, $err) = sync($admin, $m, @a);
        ok !$err, "auth setup: $m" or diag explain $err;
    }
    my @recs;
    my $c = new_client($ea, username => 'root', password => 'pw', on_log => sub { push @recs, $_[0] });
    my ($r, $err) = sync($c, put => "${P}t", 'x');
    ok !$err, 'put (logged in)' or diag explain $err;
    wait_until { of(\@recs, 'login') } 'a login record';
    my ($login) = of(\@recs, 'login');
    check_record($login, 'login', [qw(method user logins)], 'login');
    is $login->{level}, 'info', 'login: level info';
    is $login->{method}, 'authenticate', 'login: method authenticate';
    is $login->{user}, 'root', 'login: the user';
    is $login->{logins}, 1, 'login: the first';
    unlike join(' ', map { $_ // '' } %$login), qr/\bpw\b/, 'login: no password in the record';
    is scalar(of(\@recs, 'token_refresh')), 0, 'no token_refresh yet';

    run_for(5);                        # idle past the token's TTL
    ($r, $err) = sync($c, get => "${P}t");
    ok !$err, 'get after the token expired' or diag explain $err;
    is $r && $r->{kvs}[0]{value}, 'x', 'the value';
    my ($tr) = of(\@recs, 'token_refresh');
    check_record($tr, 'token_refresh', [qw(method user logins)], 'token_refresh');
    is $tr && $tr->{level}, 'info', 'token_refresh: level info';
    is $tr && $tr->{logins}, 2, 'token_refresh: the second login';
    is $tr && $tr->{user}, 'root', 'token_refresh: the user';

    my @f;
    my $bad = new_client($ea, username => 'root', password => 'wrong', on_log => sub { push @f, $_[0] });
    ($r, $err) = sync($bad, get => "${P}t");
    ok $err, 'a wrong password fails the call';
    my ($lf) = of(\@f, 'login_failed');
    check_record($lf, 'login_failed', [qw(method user reason)], 'login_failed');
    is $lf && $lf->{level}, 'error', 'login_failed: level error';
    check_error($lf && $lf->{reason}, { source => 'authenticate' }, 'login_failed: reason');
    unlike $lf && $lf->{message}, qr/wrong/, 'login_failed: no password in the message';

    ($r, $err) = sync($c, 'auth_disable');
    ok !$err, 'auth_disable (logged in)' or diag explain $err;
    $ea->stop;
}

# ---------------------------------------------------------------- fork: an inherited client destroyed in the child

{
    my $c = new_client($e);
    my ($r, $err) = sync($c, put => "${P}f", 'x');
    ok !$err, 'fork: put in the parent' or diag explain $err;
    pipe my $rd, my $wr or die "pipe: $!";
    my $pid = fork // die "fork: $!";
    if (!$pid) {
        close $rd;
        my @warn;
        local $SIG{__WARN__} = sub { push @warn, $_[0] };
        my @recs;
        local $EV::Etcd::LOG = sub { push @recs, $_[0] };
        undef $c;
        my ($f) = grep { $_->{event} eq 'fork' } @recs;
        # a new client in the child: its first record says so
        my (@nrecs, $done);
        my $nc = EV::Etcd->new(endpoints => [$e->endpoint], on_log => sub { push @nrecs, $_[0] });
        $nc->put("${P}f-child", 'y', sub { $done = $_[1] ? "error: $_[1]{message}" : 'ok' });
        my $guard = EV::timer(30, 0, sub { $done //= 'timeout'; EV::break });
        EV::run(EV::RUN_ONCE) until $done;
        my ($nf) = grep { $_->{event} eq 'fork' } @nrecs;
        print $wr join("\t", $f ? ($f->{level}, $f->{pid}, $f->{message}) : ('none', 0, ''), scalar(@warn),
                       $done, $nf ? ($nf->{level}, $nf->{pid}, $nf->{generation}, $nf->{method}) : ('none', 0, 0, '')), "\n";
        close $wr;
        POSIX::_exit(0);
    }
    close $wr;
    my $line = <$rd>;
    waitpid $pid, 0;
    chomp(my $l = $line // '');
    my ($level, $cpid, $msg, $nwarn, $cput, $nlevel, $npid, $ngen, $nmethod) = split /\t/, $l;
    is $level, 'warn', 'fork: the child\'s hook got a fork record (level warn)';
    is $cpid, $pid, 'fork: with the child\'s pid';
    like $msg, qr/inherited across fork/, 'fork: the message says what happened';
    is $nwarn, 0, 'fork: nothing printed in the child (the hook took it)';
    is $cput, 'ok', 'fork: a new client in the child works';
    is $nlevel, 'info', 'fork: the new client\'s hook got a fork record (level info)';
    is $npid, $pid, 'fork: new client: the child\'s pid';
    cmp_ok $ngen, '>=', 1, 'fork: new client: generation counts the forks';
    is $nmethod, 'new', 'fork: new client: method new';
    ($r, $err) = sync($c, get => "${P}f");
    ok !$err, 'fork: the parent\'s client still works' or diag explain $err;
}

done_testing;
