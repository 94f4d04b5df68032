#!/usr/bin/perl
# Credentials and tokens through every auth state of a cluster.
#   - a client with username/password against a server whose auth is off:
#     calls, a watch and a keepalive work ("authentication is not enabled"
#     means no token is needed);
#   - auth enabled while it runs: its calls go on (it logs in), the watch
#     delivers every event, the lease stays alive;
#   - auth disabled (by another client) while it has the watch and the
#     keepalive open: no call fails, the watch delivers every event, the
#     lease stays alive;
#   - a client without credentials that logged in with authenticate() and
#     disabled auth itself: its next calls (member_list, put) work, it no
#     longer sends the old token;
#   - auth enabled again: the credentials client logs in again.
# Timeouts are guards, never measurements.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;

require_etcd();
plan skip_all => 'switches auth on and off: needs a server of its own (ETCD_ENDPOINTS is set)'
    unless managed();

my $e = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('authst');
my $PW = 'r00t-' . int(rand 1e6);
my ($r, $err);

my $setup = new_client($e);
for my $step ([user_add => 'root', $PW], [role_add => 'root'], [user_grant_role => 'root', 'root']) {
    my ($m, @a) = @$step;
    ($r, $err) = sync($setup, $m, @a);
    ok !$err, "setup: $m" or diag explain $err;
}

# ---------------------------------------------------------------- auth off, credentials given

my $c = new_client($e, username => 'root', password => $PW);
($r, $err) = sync($c, put => "${P}k", 'v0');
ok !$err, 'auth off: put by a client with credentials' or diag explain $err;
($r, $err) = sync($c, get => "${P}k");
ok !$err, 'auth off: get' or diag explain $err;
is $r && $r->{kvs}[0]{value}, 'v0', 'auth off: get returns the value';

my (@events, @watch_err, $created);
my $w = $c->watch("${P}w/", { prefix => 1 }, sub {
    my ($resp, $e) = @_;
    return push @watch_err, $e if $e;
    $created++ if $resp->{created};
    push @events, map { $_->{kv}{value} } @{ $resp->{events} || [] };
});
wait_until { $created || @watch_err } 'auth off: the watch is created';
($r, $err) = sync($c, lease_grant => 4);
ok !$err, 'auth off: lease_grant' or diag explain $err;
my $lease = $r && $r->{id};
ok $lease, 'auth off: a lease id';
my (@ka, @ka_err);
my $ka = $c->lease_keepalive($lease, sub {
    my ($resp, $e) = @_;
    return push @ka_err, $e if $e;
    push @ka, $resp;
});
wait_until { @ka || @ka_err } 'auth off: the first keepalive response';
ok !@ka_err, 'auth off: the keepalive works' or diag explain \@ka_err;
($r, $err) = sync($c, put => "${P}leased", 'x', { lease => $lease });
ok !$err, 'auth off: put with the lease' or diag explain $err;

my $seq = 0;
my @want;
# one put by a writer, then the same through $c; every value must reach the watch
sub round {
    my ($what, $writer) = @_;
    for my $cl ($writer, $c) {
        my $v = 'e' . ++$seq;
        my ($rr, $ee) = sync($cl, put => "${P}w/$seq", $v);
        ok !$ee, "$what: put $v" . ($cl == $c ? ' (credentials client)' : ' (writer)') or diag explain $ee;
        push @want, $v;
    }
    ($r, $err) = sync($c, get => "${P}k");
    ok !$err, "$what: get by the credentials client" or diag explain $err;
    is $r && $r->{kvs}[0]{value}, 'v0', "$what: the value";
    wait_until { @events >= @want || @watch_err } "$what: the watch delivers the events";
    is_deeply \@events, \@want, "$what: the watch delivered every event, once, in order";
    ok !@watch_err, "$what: the watch did not end" or diag explain \@watch_err;
}

sub lease_alive {
    my ($what) = @_;
    run_for(5);               # longer than the TTL (4 s)
    ($r, $err) = sync($c, lease_time_to_live => $lease);
    ok !$err, "$what: lease_time_to_live" or diag explain $err;
    cmp_ok $r && $r->{ttl}, '>', 0, "$what: the lease is alive after more than its TTL";
    ok !@ka_err, "$what: the keepalive never failed" or diag explain \@ka_err;
    ($r, $err) = sync($c, get => "${P}leased");
    is $r && $r->{count}, 1, "$what: the key on the lease is still there";
}

round('auth off', $setup);

# ---------------------------------------------------------------- auth enabled meanwhile

($r, $err) = sync($setup, 'auth_enable');
ok !$err, 'auth_enable' or diag explain $err;
my $admin = new_client($e);
($r, $err) = sync($admin, authenticate => 'root', $PW);
ok !$err, 'authenticate() by a client without credentials' or diag explain $err;
round('auth enabled', $admin);
lease_alive('auth enabled');

# ---------------------------------------------------------------- auth disabled by another client

($r, $err) = sync($admin, 'auth_disable');
ok !$err, 'auth_disable by the client that ran authenticate()' or diag explain $err;
($r, $err) = sync($admin, 'member_list');
ok !$err, 'that client: member_list after it disabled auth' or diag explain $err;
($r, $err) = sync($admin, put => "${P}admin", 'a');
ok !$err, 'that client: put after it disabled auth' or diag explain $err;
round('auth disabled', $admin);
lease_alive('auth disabled');

# ---------------------------------------------------------------- auth enabled again

($r, $err) = sync($setup, 'auth_enable');
ok !$err, 'auth_enable again' or diag explain $err;
($r, $err) = sync($setup, get => "${P}k");
ok $err, 'auth on: a client without credentials is refused';
round('auth enabled again', $c);
lease_alive('auth enabled again');

# ---------------------------------------------------------------- auth disabled by the credentials client

($r, $err) = sync($c, 'auth_disable');
ok !$err, 'auth_disable by the credentials client' or diag explain $err;
round('auth disabled by the credentials client', $setup);
lease_alive('auth disabled by the credentials client');

my $n = 0;
$w->cancel(sub { $n++ });
$ka->cancel(sub { $n++ });
wait_until { $n == 2 } 'watch and keepalive cancelled';

done_testing;
