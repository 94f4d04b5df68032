#!/usr/bin/perl
# A client made with new(username => ..., password => ...) logs in by
# itself.  etcd runs with --auth-token simple --auth-token-ttl 2: a simple
# token dies after 2 s without use.
#   - the first call succeeds without authenticate() (one Authenticate RPC,
#     counted with etcd's own metrics), the next ones reuse the token;
#   - after 3×TTL idle the next calls succeed, with their own arguments
#     (re-authentication, then the call once more);
#   - a watch opened before an expiry keeps delivering events after it;
#     a watch opened as a client's very first call, and one opened after
#     the token expired, deliver events too;
#   - many concurrent calls right after an expiry all succeed, and only one
#     Authenticate happened for them;
#   - a wrong password: an error hash ("authentication as 'root' failed:
#     ..."), quickly, one Authenticate, not a loop, no password in it;
#   - after a password change, a client with the old password gets an
#     authentication error, one with the new password works;
#   - a watch the server refuses (permission denied) reaches the callback as
#     an error.
# Auth is disabled at the end.  Timeouts are guards, never measurements.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;
use HTTP::Tiny;
use Time::HiRes ();

require_etcd();
plan skip_all => 'enables auth on the server: needs a server of its own (ETCD_ENDPOINTS is set)'
    unless managed();

my $TTL = 2;
my $e = EtcdTest->start(no_fsync => 1, extra_args => ['--auth-token', 'simple', '--auth-token-ttl', $TTL]);
my $P = uniq_prefix('creds');
my $ROOT_PW = 'r00t-Secret-' . int(rand 1e6);
my $WRONG_PW = 'Wrong-Pass-' . int(rand 1e6);
my $ALICE_OLD = 'alice-OLD-' . int(rand 1e6);
my $ALICE_NEW = 'alice-NEW-' . int(rand 1e6);
my ($r, $err);

# Authenticate RPCs the server has started (etcd's gRPC metrics).
sub auth_count {
    my $res = HTTP::Tiny->new(timeout => 5)->get($e->metrics_url . '/metrics');
    die "metrics: $res->{status} $res->{reason}\n" unless $res->{success};
    my ($n) = $res->{content} =~ /^grpc_server_started_total\{[^}]*grpc_method="Authenticate"[^}]*\}\s+(\d+)/m;
    return $n // 0;
}

sub idle_past_ttl { run_for(3 * $TTL + 0.5) }

sub creds_client {
    my ($user, $pw, %o) = @_;
    return new_client($e, username => $user, password => $pw, %o);
}

# A watch that records events and errors.
sub recorder {
    my ($c, $prefix) = @_;
    my $rec = { events => [], errors => [], created => 0, bogus => [] };
    $rec->{handle} = $c->watch($prefix, { prefix => 1 }, sub {
        my ($r, $err) = @_;
        return push @{ $rec->{errors} }, $err if $err;
        $rec->{created}++ if $r->{created};
        push @{ $rec->{bogus} }, $r if $r->{canceled};
        push @{ $rec->{events} }, @{ $r->{events} || [] };
    });
    return $rec;
}

sub event_keys { [map { "$_->{type} $_->{kv}{key}=$_->{kv}{value}" } @{ $_[0]{events} }] }

# ---------------------------------------------------------------- setup (auth still off)

my $setup = new_client($e);
for my $step (
    [user_add => 'root', $ROOT_PW], [role_add => 'root'], [user_grant_role => 'root', 'root'],
    [role_add => 'alice-role'],
    [role_grant_permission => 'alice-role', 'READWRITE', "${P}alice/", "${P}alice0"],
    [user_add => 'alice', $ALICE_OLD], [user_grant_role => 'alice', 'alice-role'],
    [auth_enable =>],
) {
    my ($m, @a) = @$step;
    ($r, $err) = sync($setup, $m, @a);
    ok !$err, "setup: $m" or diag explain $err;
}
($r, $err) = sync($setup, get => "${P}x");
ok $err, 'auth is on: a client without credentials is refused';

# ---------------------------------------------------------------- first call

my $n0 = auth_count();
my $c = creds_client('root', $ROOT_PW);
is auth_count(), $n0, 'new() alone does not authenticate';
($r, $err) = sync($c, put => "${P}k1", 'v1');
ok !$err, 'first call (put) succeeds without authenticate()' or diag explain $err;
check_header($r->{header}, 'first put') if $r;
is auth_count(), $n0 + 1, 'one Authenticate for the first call';
($r, $err) = sync($c, get => "${P}k1");
ok !$err, 'second call (get) succeeds' or diag explain $err;
is $r->{kvs}[0]{value}, 'v1', 'second call: the value';
is auth_count(), $n0 + 1, 'the second call reused the token (no new Authenticate)';

# a watch opened before the token expires
my $w1 = recorder($c, "${P}w1/");
wait_until { $w1->{created} || @{ $w1->{errors} } } 'watch 1 created';
ok $w1->{created}, 'watch opened before the expiry is created';
($r, $err) = sync($c, put => "${P}w1/before", 'b');
ok !$err, 'put while the token is fresh' or diag explain $err;
wait_until { @{ $w1->{events} } >= 1 } 'watch 1: the event before the expiry';

# a watch as the very first call of a client
my $first_watcher = creds_client('root', $ROOT_PW);
my $wf = recorder($first_watcher, "${P}wf/");
wait_until { $wf->{created} || @{ $wf->{errors} } } 'a watch as the first call: created', 10;
ok $wf->{created}, 'a watch as the first call of a credentials client is created';
is_deeply $wf->{errors}, [], 'a watch as the first call: no errors';

# ---------------------------------------------------------------- after an expiry

idle_past_ttl();

# a watch opened now, on the client whose token has expired
my $w2 = recorder($c, "${P}w2/");
wait_until { $w2->{created} || @{ $w2->{errors} } } 'watch opened after the expiry: created', 10;
ok $w2->{created}, 'a watch opened after the expiry is created';
is_deeply $w2->{errors}, [], 'a watch opened after the expiry: no errors';

($r, $err) = sync($c, get => "${P}k1");
ok !$err, 'get after 3×TTL idle succeeds (re-authentication)' or diag explain $err;
is scalar @{ $r->{kvs} || [] }, 1, 'get after the expiry: found the key it asked for';
is $r->{kvs}[0]{key}, "${P}k1", 'get after the expiry: the key';
is $r->{kvs}[0]{value}, 'v1', 'get after the expiry: the value';
($r, $err) = sync($c, put => "${P}k2", 'v2');
ok !$err, 'put after the expiry succeeds' or diag explain $err;

# puts from another authenticated client, after the TTL passed
my $o = creds_client('root', $ROOT_PW);
for my $k ("${P}w1/after", "${P}w2/after", "${P}wf/after") {
    ($r, $err) = sync($o, put => $k, 'a');
    ok !$err, "another client puts $k" or diag explain $err;
}
wait_until { @{ $w1->{events} } >= 2 && @{ $w2->{events} } >= 1 && @{ $wf->{events} } >= 1 }
    'the three watches see the puts made after the expiry', 10;
is_deeply event_keys($w1), ["PUT ${P}w1/before=b", "PUT ${P}w1/after=a"],
    'the watch opened before the expiry keeps delivering events after it';
is_deeply $w1->{errors}, [], 'watch opened before the expiry: no errors';
is $w1->{created}, 1, 'watch opened before the expiry: one created response (none meant for another watch)';
is scalar @{ $w1->{bogus} }, 0,
    'watch opened before the expiry: no success response with canceled set (another watch\'s refusal)'
    or diag explain $w1->{bogus}[0];
is_deeply event_keys($w2), ["PUT ${P}w2/after=a"], 'the watch opened after the expiry delivers events';
is_deeply event_keys($wf), ["PUT ${P}wf/after=a"], 'the watch opened as the first call delivers events';

# the values written after the expiry are the ones asked for
($r, $err) = sync($o, get => $P, { prefix => 1, keys_only => 1 });
ok !$err, 'list the keys' or diag explain $err;
is_deeply [sort map { $_->{key} } @{ $r->{kvs} || [] }],
    [sort "${P}k1", "${P}k2", "${P}w1/after", "${P}w1/before", "${P}w2/after", "${P}wf/after"],
    'exactly the keys written (no empty or stray key)';

# ---------------------------------------------------------------- concurrent calls after an expiry

# every key the concurrent calls read
my $N = 40;
($r, $err) = sync($c, txn => [], [map { { put => { key => sprintf('%sc/%02d', $P, $_), value => "c$_" } } } 1 .. $N], []);
ok !$err, 'write the keys for the concurrent gets' or diag explain $err;

idle_past_ttl();
my $before = auth_count();
my (%got, @errs, $done);
$done = 0;
for my $i (1 .. $N) {
    $c->get(sprintf('%sc/%02d', $P, $i), sub {
        my ($r, $err) = @_;
        $done++;
        return push @errs, $err if $err;
        $got{$i} = $r->{kvs}[0]{value} // '(none)';
    });
}
wait_until { $done >= $N } "$N concurrent gets after an expiry";
is $done, $N, "$N concurrent gets: every callback ran";
is scalar @errs, 0, "$N concurrent gets right after an expiry: no errors"
    or diag explain [@errs[0 .. ($#errs < 2 ? $#errs : 2)]];
is_deeply \%got, { map { $_ => "c$_" } 1 .. $N }, "$N concurrent gets: each got its own key's value";
is auth_count() - $before, 1, "$N concurrent gets after an expiry: one Authenticate";

# ---------------------------------------------------------------- wrong password

{
    my $bad = creds_client('root', $WRONG_PW);
    my $b0 = auth_count();
    my (@res, $n);
    $n = 0;
    my $t0 = Time::HiRes::time();
    $bad->get("${P}k1", sub { @res = @_; $n++ });
    wait_until { $n } 'the wrong-password call fails', 10;
    my $took = Time::HiRes::time() - $t0;
    is $n, 1, 'wrong password: the callback ran once';
    ok !defined $res[0], 'wrong password: no response';
    check_error($res[1], {
        status => qr/\A(?:INVALID_ARGUMENT|UNAUTHENTICATED)\z/,
        message => qr/\Aauthentication as 'root' failed: \S/,
        source => 'get',
        retryable => 0,
    }, 'wrong password');
    unlike $res[1]{message} // '', qr/\Q$WRONG_PW\E/, 'wrong password: the message does not contain the password';
    unlike $res[1]{message} // '', qr/\Q$ROOT_PW\E/, '... nor the right one';
    cmp_ok $took, '<', 10, 'wrong password: the error came quickly (no waiting for the timeout)';
    run_for(1);
    is auth_count() - $b0, 1, 'wrong password: one Authenticate, no loop';
    is inflight($bad), 0, 'wrong password: nothing left in flight';

    # several calls at once: each fails, one Authenticate between them
    my $b1 = auth_count();
    my @errs2;
    $n = 0;
    $bad->get("${P}k$_", sub { $n++; push @errs2, $_[1] }) for 1 .. 5;
    wait_until { $n >= 5 } 'five wrong-password calls', 10;
    is scalar(grep { ref $_ eq 'HASH' && ($_->{message} // '') =~ /\Aauthentication as 'root' failed/ } @errs2), 5,
        'five calls with a wrong password: five authentication errors';
    is auth_count() - $b1, 1, 'five calls with a wrong password at once: one Authenticate';
}

# ---------------------------------------------------------------- a watch the server refuses

my $alice = creds_client('alice', $ALICE_OLD);
($r, $err) = sync($alice, put => "${P}alice/a", 'mine');
ok !$err, 'alice writes under her prefix' or diag explain $err;
{
    my $deny = recorder($alice, "${P}forbidden/");
    wait_until { @{ $deny->{errors} } || $deny->{created} } 'a refused watch reports', 10;
    is scalar @{ $deny->{errors} }, 1, 'a watch outside the permissions: one error callback';
    check_error($deny->{errors}[0], { source => 'watch', message => qr/permission denied/i },
        'a watch outside the permissions');
    ok !$deny->{handle}->is_active, 'the refused watch is no longer active';
}

# ---------------------------------------------------------------- password change

my $admin = creds_client('root', $ROOT_PW);
($r, $err) = sync($admin, user_change_password => 'alice', $ALICE_NEW);
ok !$err, 'root changes alice\'s password' or diag explain $err;

{
    my $old = creds_client('alice', $ALICE_OLD);
    ($r, $err) = sync($old, get => "${P}alice/a");
    ok !$r, 'a new client with the old password: no response';
    check_error($err, { message => qr/\Aauthentication as 'alice' failed: \S/, source => 'get',
        status => qr/\A(?:INVALID_ARGUMENT|UNAUTHENTICATED)\z/ }, 'a new client with the old password');
    unlike $err->{message} // '', qr/\Q$ALICE_OLD\E/, 'old password: not in the message';
}

# the client that logged in with the old password, once its token is gone
idle_past_ttl();
($r, $err) = sync($alice, get => "${P}alice/a");
ok !$r, 'the client with the old password, after its token expired: no response';
check_error($err, { message => qr/\Aauthentication as 'alice' failed: \S/, source => 'get' },
    'the client with the old password, after its token expired');

{
    my $new = creds_client('alice', $ALICE_NEW);
    ($r, $err) = sync($new, get => "${P}alice/a");
    ok !$err, 'a client with the new password works' or diag explain $err;
    is $r->{kvs}[0]{value}, 'mine', 'new password: the value';
}

# ---------------------------------------------------------------- cleanup

$_->{handle}->cancel(sub {}) for $w1, $w2, $wf;
($r, $err) = sync($admin, auth_disable =>);
ok !$err, 'auth_disable by the credentials client (after idling past the TTL)' or diag explain $err;
($r, $err) = sync($setup, get => "${P}k1");
ok !$err, 'auth is off again: a client without credentials works' or diag explain $err;

done_testing;
