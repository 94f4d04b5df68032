#!/usr/bin/perl
# The partition harness itself (t/lib/EtcdPartition.pm through
# EtcdTest->start_cluster(3, partitionable => 1)), with etcdctl only: a
# partitioned member is cut off both ways (it loses its leader, sees none
# of the writes the others commit, its writes fail) while clients still
# reach it; the others go on; heal brings it back up to date.  A member
# restarted while partitioned stays partitioned.  Bad indexes croak.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use Time::HiRes qw(time sleep);

require_etcd();
plan skip_all => 'partitions its own cluster (ETCD_ENDPOINTS is set)' unless managed();

my $cl = EtcdTest->start_cluster(3, partitionable => 1, no_fsync => 1);
my @m = $cl->members;
my $leader = $cl->wait_leader;
my ($li) = grep { $m[$_] == $leader } 0 .. 2;
my $P = "/harness-partition/$$";

sub leader_of {    # the leader member $m reports (0: none), or undef when it does not answer
    my ($m) = @_;
    my ($out, $rc) = $m->etcdctl_rc('endpoint', 'status', '--write-out=json');
    return undef if $rc;
    my ($l) = $out =~ /"leader"\s*:\s*(\d+)/;
    return $l // 0;
}
sub local_get {    # the value member $m has locally (serializable: no leader needed)
    my ($m, $key) = @_;
    my ($out, $rc) = $m->etcdctl_rc('get', $key, '--print-value-only', '--consistency=s');
    return $rc ? "(exit $rc)" : $out =~ s/\s+\z//r;
}
sub put_via {    # a write through member $m, tried again while an election settles
    my ($m, $key, $value) = @_;
    my ($out, $rc);
    my $deadline = time + 30;
    while (1) {
        ($out, $rc) = $m->etcdctl_rc('put', $key, $value);
        return 1 unless $rc;
        last if time > $deadline;
        sleep 0.5;
    }
    fail "put $key via " . $m->name . ": $out";
    return 0;
}
sub wait_for {
    my ($what, $timeout, $cond) = @_;
    my $deadline = time + $timeout;
    until ($cond->()) {
        if (time > $deadline) { fail "guard: $what (after ${timeout}s)"; return 0 }
        sleep 0.2;
    }
    return 1;
}

like $m[0]->advertise_peer_url, qr{^http://127\.0\.0\.1:\d+$}, 'advertise_peer_url';
isnt $m[0]->advertise_peer_url, $m[0]->peer_url, '... is the proxy, not the member';
ok -s $m[0]->pid_file, 'pid_file written';

# cut the leader off: the worst case (it must step down)
$cl->partition($li);
is_deeply [$cl->partitioned], [$li], 'partitioned lists it';
wait_for('the partitioned member has no leader', 30, sub { my $l = leader_of($leader); defined $l && !$l });
my @rest = grep { $_ != $leader } @m;
wait_for('the two others elect a leader', 30, sub {
    my $l = leader_of($rest[0]);
    $l && $l == (leader_of($rest[1]) // -1);
});
put_via($rest[0], "$P/k", 'during');
ok wait_for('the write reaches the other member', 20, sub { local_get($rest[1], "$P/k") eq 'during' }),
    'the others commit writes';
sleep 1;
is local_get($leader, "$P/k"), '', 'the partitioned member sees none of them (still answers clients)';
my (undef, $rc) = $leader->etcdctl_rc('put', "$P/x", 'lost', '--command-timeout=3s');
ok $rc, 'a write on the partitioned member fails';
my $st = $cl->partitioner->stats;
ok $st->{dropped} > 0, "connections were dropped ($st->{dropped})";

# a member restarted while partitioned stays partitioned
$leader->kill;
$leader->start(wait => 0);
put_via($rest[1], "$P/k", 'after-restart');
sleep 3;
ok $leader->is_running, 'the restarted member runs';
# (a restarted member serves clients only once it has reached its cluster)
isnt local_get($leader, "$P/k"), 'after-restart', '... and is still cut off: it has not the write';
ok !leader_of($leader), '... nor a leader';

$cl->heal;
is_deeply [$cl->partitioned], [], 'healed: none partitioned';
wait_for('the member catches up after heal', 30, sub { local_get($leader, "$P/k") eq 'after-restart' });
$cl->wait_healthy(30);
ok $cl->wait_leader(30), 'one leader again';
put_via($leader, "$P/y", 'back');
ok wait_for('its write reaches another member', 20, sub { local_get($rest[0], "$P/y") eq 'back' }),
    'it takes writes again';

# partition one, heal only that one
$cl->partition(0)->partition(1);
is_deeply [$cl->partitioned], [0, 1], 'two partitioned at once';
$cl->heal(1);
is_deeply [$cl->partitioned], [0], 'heal($i) heals one';
$cl->heal;

# bad input
ok !eval { $cl->partition(3); 1 }, 'partition(3) of a 3-member cluster croaks';
like $@, qr/partition: member index must be 0\.\.2, not 3/, '... naming the index';
ok !eval { $cl->partition('x'); 1 }, 'partition("x") croaks';
my $plain = EtcdTest::Cluster->new(members => [$m[0]]);
ok !eval { $plain->partition(0); 1 }, 'a cluster not started partitionable cannot be partitioned';
like $@, qr/partitionable => 1/, '... and says how to get one';

done_testing;
