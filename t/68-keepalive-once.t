#!/usr/bin/perl
# lease_keepalive_once: one refresh, answered like a keepalive tick.
#   - a live lease: exactly id, ttl, header; ttl the granted TTL; the
#     callback once; no keepalive left running (subscriptions 0);
#   - a revoked lease: NOT_FOUND, source lease_keepalive_once;
#   - its only member stopped: {timeout => 1} gives DEADLINE_EXCEEDED;
#   - alongside a running lease_keepalive of the same lease: both go on;
#   - bad input croaks naming the method and the argument.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;

my ($e, $c) = server_and_client();
my ($r, $err) = sync($c, lease_grant => 30);
ok !$err, 'lease_grant' or diag explain $err;
my $id = $r->{id};

($r, $err) = sync($c, lease_keepalive_once => $id);
ok !$err, 'lease_keepalive_once of a live lease' or diag explain $err;
exact_keys($r, [qw(header id ttl)], 'lease_keepalive_once');
is "$r->{id}", "$id", 'the lease refreshed';
is $r->{ttl}, 30, 'ttl: the granted TTL';
is_int($r->{ttl}, 'ttl');
check_header($r->{header}, 'lease_keepalive_once');
run_for(0.3);
is $c->_stats->{subscriptions}, 0, 'no keepalive left running';

($r, $err) = sync($c, lease_keepalive_once => $id, { timeout => 5 });
ok !$err && $r->{ttl} == 30, 'with {timeout => 5}' or diag explain $err;

# alongside a running keepalive of the same lease
my @ticks;
my $ka = $c->lease_keepalive($id, sub { push @ticks, [@_] });
wait_until { @ticks } 'the first keepalive tick';
($r, $err) = sync($c, lease_keepalive_once => $id);
ok !$err, 'lease_keepalive_once while a lease_keepalive runs' or diag explain $err;
ok $ka->is_active, 'the running keepalive is still active';
$ka->cancel;
undef $ka;

($r, $err) = sync($c, lease_revoke => $id);
ok !$err, 'lease_revoke' or diag explain $err;
($r, $err) = sync($c, lease_keepalive_once => $id);
ok !$r, 'a revoked lease: no response';
check_error($err, { code => 5, status => 'NOT_FOUND', source => 'lease_keepalive_once', retryable => 0,
    message => qr/expired or was revoked/ }, 'lease_keepalive_once of a revoked lease');

SKIP: {
    skip 'stops its server (ETCD_ENDPOINTS is set)', 3 unless managed();
    ($r, $err) = sync($c, lease_grant => 30);
    my $id2 = $r->{id};
    $e->stop;
    my $n = 0;
    my @res;
    $c->lease_keepalive_once($id2, { timeout => 1 }, sub { @res = @_; $n++ });
    wait_until { $n } 'the callback';
    run_for(0.3);
    is $n, 1, 'member down: the callback ran once';
    check_error($res[1], { code => 4, status => 'DEADLINE_EXCEEDED', source => 'lease_keepalive_once',
        retryable => 1 }, 'lease_keepalive_once, member down, {timeout => 1}');
    $e->start;
}

# bad input
for my $case (
    [[], qr/\Alease_keepalive_once: callback must be a code reference; usage: /, 'no arguments'],
    [[1], qr/\Alease_keepalive_once: callback must be a code reference/, 'no callback'],
    [[sub { }], qr/\Alease_keepalive_once: wrong number of arguments/, 'no id'],
    [['abc', sub { }], qr/\Alease_keepalive_once: 'id' must be a positive 64-bit integer, got 'abc'/, 'id abc'],
    [[0, sub { }], qr/'id' must be a positive/, 'id 0'],
    [[-5, sub { }], qr/'id' must be a positive/, 'id -5'],
    [[1, [], sub { }], qr/options must be a hash reference/, 'options not a hash'],
    [[1, { bogus => 1 }, sub { }], qr/unknown option 'bogus' \(valid options: timeout\)/, 'unknown option'],
    [[1, { timeout => 0 }, sub { }], qr/option 'timeout' must be a positive number/, 'timeout 0'],
) {
    my ($args, $re, $name) = @$case;
    eval { $c->lease_keepalive_once(@$args) };
    like $@, $re, "lease_keepalive_once, $name: croaks";
}

done_testing;
