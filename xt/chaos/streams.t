#!/usr/bin/perl
# Issue 10, chaos (`make test-chaos`; not part of `make test`: it runs for
# a few minutes).  A 3-member cluster, partitionable.  One client with all
# three members, max_retries => -1 and an on_state for every stream runs a
# prefix watch, 10 lease keepalives and an election observe; a second
# client writes one key every 50 ms (round robin over the members).  Then
# CHAOS_ROUNDS (default 20) rounds: a random member is killed (and started
# again) or partitioned from its peers (and healed).  Afterwards:
#   - every write the cluster committed is delivered by the watch exactly
#     once, in revision order;
#   - no keepalive's lease expired, and every keepalive is answered again;
#   - the observer still hears the election;
#   - no stream gave up and no callback got an error (with max_retries =>
#     -1 nothing may reach the application but on_state's
#     disconnected / reconnected).
# CHAOS_SEED repeats a run (the seed is printed).
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/../../t/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use Time::HiRes ();

require_etcd();
plan skip_all => 'kills and partitions its own cluster (ETCD_ENDPOINTS is set)' unless managed();

my $ROUNDS = $ENV{CHAOS_ROUNDS} || 20;
my $SEED = $ENV{CHAOS_SEED} || (time ^ $$);
srand $SEED;
diag "chaos: $ROUNDS rounds, CHAOS_SEED=$SEED";

my $LEASE_TTL = 15;
my $NLEASES = 10;

my $cl = EtcdTest->start_cluster(3, partitionable => 1, no_fsync => 1);
my @m = $cl->members;
my @eps = map { $_->endpoint } @m;
$cl->wait_leader;
my $P = uniq_prefix('chaos');

my (@states, @errors);    # every on_state call; every error any stream callback got
my $c = EV::Etcd->new(endpoints => \@eps, max_retries => -1, keepalive_time => 2,
                      keepalive_timeout => 2, timeout => 5,
                      on_state => sub { push @states, [ @_[0, 1] ] });
my $wr = EV::Etcd->new(endpoints => \@eps, balance => 'round_robin', timeout => 3, max_retries => 0);

# the watch
my (@events, $created);
my $w = $c->watch("${P}k/", { prefix => 1 }, sub {
    my ($r, $err) = @_;
    return push @errors, [ watch => $err ] if $err;
    $created = 1 if $r->{created};
    push @events, @{ $r->{events} || [] };
});
wait_until { $created } 'the watch is created';

# the keepalives
my (@leases, %ka_answers, @kas);
for (1 .. $NLEASES) {
    my ($g, $err) = sync($c, lease_grant => $LEASE_TTL);
    ok !$err, "lease_grant $_" or diag explain $err;
    push @leases, $g->{id};
}
for my $id (@leases) {
    push @kas, $c->lease_keepalive($id, sub {
        my ($r, $err) = @_;
        return push @errors, [ keepalive => $err ] if $err;
        $ka_answers{$id}++;
        push @errors, [ keepalive => { message => "lease $id answered with ttl $r->{ttl}" } ]
            unless $r->{ttl} > 0;
    });
}
wait_until { keys %ka_answers == $NLEASES } 'every keepalive answered';

# the election and its observer
my ($camp, $cerr) = sync($c, election_campaign => "${P}elect", $leases[0], 'v0');
ok !$cerr, 'election_campaign' or diag explain $cerr;
my @obs;
my $o = $c->election_observe("${P}elect", sub {
    my ($r, $err) = @_;
    return push @errors, [ observe => $err ] if $err;
    push @obs, $r;
});
wait_until { @obs } 'the observer hears the leader';

# the writer
my ($n, $answered, $failed) = (0, 0, 0);
my $writing = 1;
my $tick = EV::timer 0, 0.05, sub {
    return unless $writing;
    my $i = ++$n;
    $wr->put("${P}k/$i", "v$i", sub { $answered++; $failed++ if $_[1] });
};

sub committed {    # the keys written, in revision order, read through a member with a leader
    my ($r, $err) = sync($c, get => "${P}k/", { prefix => 1, sort_target => 'mod', sort_order => 'ascend' });
    ok !$err, 'get the committed keys' or diag explain $err;
    return @{ $r->{kvs} || [] };
}

sub settle {    # every member healthy and agreeing on a leader
    $cl->wait_healthy(60);
    my $deadline = Time::HiRes::time() + 60;
    until ($cl->leader && !grep { !$_->is_healthy(2) } @m) {
        last if Time::HiRes::time() > $deadline;
        run_for(0.2);
    }
}

run_for(1);
my %did;
for my $round (1 .. $ROUNDS) {
    my $i = int rand 3;
    my $how = rand() < 0.5 ? 'kill' : 'partition';
    $did{$how}++;
    note "round $round: $how member $i";
    if ($how eq 'kill') {
        $m[$i]->kill;
        run_for(2 + rand 2);
        $m[$i]->start(wait => 0);
    } else {
        $cl->partition($i);
        run_for(4 + rand 3);    # long enough for the member to give up its leader
        $cl->heal;
    }
    run_for(0.5);
    settle();
    run_for(1);
}

$writing = 0;
undef $tick;
wait_until { $answered == $n } 'every put answered', 60;
note "$n puts, $failed failed while a member was down or cut off; kill rounds: "
    . ($did{kill} // 0) . ', partition rounds: ' . ($did{partition} // 0);

my @all = committed();
ok @all > $n / 2, 'most writes committed (' . scalar(@all) . " of $n)";
wait_until { @events && $events[-1]{kv}{mod_revision} >= $all[-1]{mod_revision} } 'every event delivered', 60;
run_for(1);    # anything extra would come now

my @keys = map { $_->{kv}{key} } @events;
is scalar @events, scalar @all, 'one event per committed write';
is_deeply \@keys, [map { $_->{key} } @all], 'every committed key once, in revision order';
is_deeply [map { $_->{kv}{mod_revision} } @events], [map { $_->{mod_revision} } @all],
    'each event at its revision';
my %seen;
is scalar(grep { $seen{ $_->{kv}{mod_revision} }++ } @events), 0, 'no revision delivered twice';

# every keepalive is answered again and every lease is alive
my %before = %ka_answers;
wait_until { !grep { ($ka_answers{$_} // 0) <= ($before{$_} // 0) } @leases } 'every keepalive answered after the chaos', 60;
for my $id (@leases) {
    my ($t, $err) = sync($c, lease_time_to_live => $id);
    ok !$err && $t->{ttl} > 0, "lease $id never expired" or diag explain [$t, $err];
}

# the observer still hears the election
my $nobs = @obs;
my ($pr, $perr) = sync($c, election_proclaim => $camp->{leader}, 'v1');
ok !$perr, 'election_proclaim' or diag explain $perr;
wait_until { @obs > $nobs } 'the observer hears the proclamation', 30;
is $obs[-1]{kv}{value}, 'v1', 'observe: the proclaimed value';

is scalar(@errors), 0, 'no stream callback got an error' or diag explain \@errors;
my @gave_up = grep { $_->[0] eq 'gave_up' } @states;
is scalar(@gave_up), 0, 'no stream gave up' or diag explain \@gave_up;
my %told = map { $_->[0] => 1 } @states;
ok $told{disconnected} && $told{reconnected}, 'on_state told of the outages (disconnected, reconnected)';
note scalar(@states) . ' on_state calls';

$_->cancel for $w, $o, @kas;
done_testing;
