#!/usr/bin/perl
# Which unary calls the client repeats after UNAVAILABLE (the idempotent
# flags of codegen/api_map.toml, as Go's clientv3 retry.go: "repeatable"):
#   - the POD's list of retried methods is exactly the flagged methods, and
#     the flags are Go's repeatable list plus election_leader and
#     auth_status; never defragment, never a write;
#   - real etcd, fail-fast client (wait_for_ready => 0, max_retries => 20),
#     its only member stopped and started again 0.5 s later: status,
#     lease_grant and lease_time_to_live succeed (repeated); defragment and
#     put fail with UNAVAILABLE (not repeated), and the put wrote nothing.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;

my %flagged = map { $_->{name} => 1 } grep { $_->{idempotent} } EV::Etcd::_method_info();

# Go's clientv3 (3.4) retry.go, withRetryPolicy(repeatable), unary calls
my @go_repeatable = qw(get lease_time_to_live lease_leases lease_grant lease_revoke member_list
    alarm status hash hash_kv move_leader user_list user_get role_get role_list);
is_deeply [sort keys %flagged], [sort @go_repeatable, qw(election_leader auth_status)],
    'idempotent methods: Go\'s repeatable unary calls, plus election_leader and auth_status';
ok !$flagged{defragment}, 'defragment is never repeated';
ok !$flagged{$_}, "$_ is never repeated" for qw(put delete txn compact lock unlock election_campaign
    election_proclaim election_resign authenticate member_add member_remove user_add);

# the POD lists the same methods
my $pm = $INC{'EV/Etcd.pm'};
open my $fh, '<', $pm or die "$pm: $!";
my $pod = do { local $/; <$fh> };
my ($para) = $pod =~ /t\/49-retry-policy\.t checks that the two agree\.\n\n(.*?)\n\n/s;
ok $para, 'the POD has the list of retried methods';
my @listed = ($para // '') =~ /L<\/(\w+)>/g;
is_deeply [sort @listed], [sort keys %flagged], 'the POD lists exactly the idempotent methods';

require_etcd();
plan skip_all => 'stops and starts its server (ETCD_ENDPOINTS is set)' unless managed();
my $e = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('retry-policy');
my $c = new_client($e, wait_for_ready => 0, max_retries => 20);   # backoff outlasts the 0.5 s down
my ($r, $err) = sync($c, lease_grant => 600);
ok !$err, 'lease_grant' or diag explain $err;
my $lease = $r->{id};

$e->stop;
my (%res, %n);
my %calls = (
    status             => [],
    lease_grant        => [60],
    lease_time_to_live => [$lease],
    defragment         => [],
    put                => ["${P}k", 'v'],
);
for my $m (sort keys %calls) {
    $c->$m(@{ $calls{$m} }, sub { $res{$m} = [@_]; $n{$m}++ });
}
my $t = EV::timer(0.5, 0, sub { $e->start });
wait_until { keys %n == keys %calls } 'every callback', 60;
for my $m (qw(status lease_grant lease_time_to_live)) {
    ok !$res{$m}[1], "$m across a restart: repeated until it succeeded" or diag explain $res{$m}[1];
}
for my $m (qw(defragment put)) {
    check_error($res{$m}[1], { status => 'UNAVAILABLE', source => $m }, "$m across a restart: not repeated");
}
is $n{$_}, 1, "$_: callback once" for sort keys %calls;
$e->wait_healthy;
my $v = new_client($e);
($r, $err) = sync($v, get => "${P}k");
is scalar @{ $r->{kvs} || [] }, 0, 'the put that failed wrote nothing';

done_testing;
