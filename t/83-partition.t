#!/usr/bin/perl
# Issue 10, fault 5: a member cut off from its peers.  A 3-member cluster;
# a client with all three endpoints, in use on member 0; a prefix watch, a
# lease keepalive and an election observe on it.  Member 0 is partitioned
# from the other two (clients still reach it) while a second client keeps
# writing through them.  The member loses its leader; with require-leader
# metadata (the default) it ends the streams with "etcdserver: no leader",
# and the client moves them to another member:
#   - every event of the writes arrives exactly once, in order, within
#     keepalive_time + keepalive_timeout + 5 s after the cut;
#   - the lease stays alive (its keepalives are answered again, its TTL on
#     the healthy members never ran out);
#   - on_state told the application (disconnected, reconnected), and no
#     stream gave up or reported an error;
#   - after heal, the member takes part again and the streams go on.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use Time::HiRes ();

require_etcd();
plan skip_all => 'partitions its own cluster (ETCD_ENDPOINTS is set)' unless managed();

my $KA_TIME = 2;       # keepalive_time (s)
my $KA_TIMEOUT = 2;    # keepalive_timeout (s)
my $LEASE_TTL = 10;

my $cl = EtcdTest->start_cluster(3, partitionable => 1, no_fsync => 1);
my @m = $cl->members;
$cl->wait_leader;
my $P = uniq_prefix('partition');

# the member to cut off is the first endpoint of the watching client
my @log;
my $c = EV::Etcd->new(endpoints => [map { $_->endpoint } @m], keepalive_time => $KA_TIME,
                      keepalive_timeout => $KA_TIMEOUT, timeout => 5, on_log => sub { push @log, $_[0] });
# the writer uses the two others only
my $wr = EV::Etcd->new(endpoints => [map { $_->endpoint } @m[1, 2]], timeout => 5);

my (@events, @werr, @wstates, $created);
my $w = $c->watch("${P}k/", { prefix => 1, on_state => sub { push @wstates, [@_] } }, sub {
    my ($r, $err) = @_;
    return push @werr, $err if $err;
    $created = 1 if $r->{created};
    push @events, @{ $r->{events} || [] };
});
wait_until { $created } 'the watch is created';

# a client that asked for no reconnection (max_retries => 0) is told instead
my $c0 = EV::Etcd->new(endpoints => [map { $_->endpoint } @m], max_retries => 0, timeout => 5);
my (@w0, $created0);
my $w0 = $c0->watch("${P}k/", { prefix => 1 }, sub {
    my ($r, $err) = @_;
    push @w0, $err if $err;
    $created0 = 1 if $r && $r->{created};
});
wait_until { $created0 } 'the second watch is created';

my ($g, $err) = sync($c, lease_grant => $LEASE_TTL);
ok !$err, 'lease_grant' or diag explain $err;
my $lease = $g->{id};
my (@ka, @kerr, @kstates);
my $ka = $c->lease_keepalive($lease, { on_state => sub { push @kstates, [@_] } }, sub {
    my ($r, $err) = @_;
    $err ? push @kerr, $err : push @ka, $r;
});
wait_until { @ka } 'the first keepalive answer';

my (@obs, @oerr, @ostates);
my ($camp, $cerr) = sync($wr, election_campaign => "${P}elect", $lease, 'me');
ok !$cerr, 'election_campaign (on the lease kept alive)' or diag explain $cerr;
my $obs = $c->election_observe("${P}elect", { on_state => sub { push @ostates, [@_] } }, sub {
    my ($r, $err) = @_;
    $err ? push @oerr, $err : push @obs, $r;
});
wait_until { @obs } 'the observer hears the leader';


is $c->endpoint, $m[0]->endpoint, 'the client is on member 0';

# a writer: one put every 50 ms through members 1 and 2 (a put may fail
# while those two elect a new leader, when member 0 was the leader: what
# counts is what the cluster committed, read back at the end)
my ($n, $answered, @put_err) = (0, 0);
my $writing = 1;
my $tick = EV::timer 0, 0.05, sub {
    return unless $writing;
    my $i = ++$n;
    $wr->put("${P}k/$i", "v$i", sub {
        my ($r, $err) = @_;
        $answered++;
        push @put_err, $err if $err;
    });
};
sub committed {    # the keys written so far, in the order of their revisions
    my ($r, $err) = sync($wr, get => "${P}k/", { prefix => 1, sort_target => 'MOD', sort_order => 'ASCEND' });
    ok !$err, 'get the committed keys' or diag explain $err;
    return @{ $r->{kvs} || [] };
}
sub delivered_rev { @events ? $events[-1]{kv}{mod_revision} : 0 }
run_for(1);
ok scalar(@events) >= 5, 'events arrive before the cut';

my $rev_at_cut = delivered_rev();
my $cut_at = Time::HiRes::time();
$cl->partition(0);
note 'member 0 partitioned';

# writes go on; the watch must catch up past the cut
run_for(4);
my @during = committed();
my $bound = $KA_TIME + $KA_TIMEOUT + 5;
ok @during && $during[-1]{mod_revision} > $rev_at_cut, 'writes committed during the partition';
wait_until { delivered_rev() >= $during[-1]{mod_revision} }
    "the events of the writes made while partitioned (guard ${bound}s after the cut)", $bound + 30;
my $caught_up = Time::HiRes::time() - $cut_at;
note sprintf 'caught up %.1f s after the cut', $caught_up;
ok $caught_up <= $bound, "the watch delivered the writes made during the partition within ${bound}s of the cut"
    or diag sprintf 'took %.1f s', $caught_up;

is $c->endpoint, $wstates[-1][1]{endpoint}, 'the client moved to the member the watch went to';
my ($moved) = grep { $_->{event} eq 'failover' && $_->{from} eq $m[0]->endpoint } @log;
ok $moved, 'the move off the partitioned member was logged as a failover';

# the watch of the client without reconnection ended with the member's reason
wait_until { @w0 } 'max_retries => 0: the watch ends', 30;
is scalar @w0, 1, 'max_retries => 0: one error';
check_error($w0[0], { code => 14, status => 'UNAVAILABLE', source => 'watch', retryable => 1 },
            'max_retries => 0: the watch');
like $w0[0]{message}, qr/etcdserver: no leader/, '... says the member has no leader';

# the keepalive answers again (from a member with a leader)
my $ka_before = @ka;
wait_until { @ka > $ka_before + 1 } 'keepalive answers after the cut', $bound + 30;
is $ka[-1]{id}, $lease, 'keepalive: the lease id';
ok $ka[-1]{ttl} > 0, 'keepalive: the lease is alive (ttl > 0)';

# heal; write a little more; stop writing
$cl->heal;
note 'healed';
run_for(2);
$writing = 0;
undef $tick;
wait_until { $answered == $n } 'every put answered', 60;
note scalar(@put_err) . " of $n puts failed: " . join('; ', map { $_->{message} } @put_err) if @put_err;
my @all = committed();
ok @all > @during, 'writes committed after the heal';
wait_until { delivered_rev() >= $all[-1]{mod_revision} } 'every event delivered', 60;
run_for(1);    # anything extra would come now

# every committed write exactly once, in order
my @keys = map { $_->{kv}{key} } @events;
is scalar @events, scalar @all, scalar(@all) . ' events, one per committed write' or diag "got keys: @keys";
is_deeply \@keys, [map { $_->{key} } @all], 'each key once, in the order committed';
is_deeply [map { $_->{kv}{mod_revision} } @events], [map { $_->{mod_revision} } @all],
    'each event at the revision of its write';

# the lease is alive on the healthy members
my ($ttl, $terr) = sync($wr, lease_time_to_live => $lease);
ok !$terr, 'lease_time_to_live' or diag explain $terr;
ok $ttl && $ttl->{ttl} > 0, 'the lease never expired';
is scalar @kerr, 0, 'no keepalive error' or diag explain \@kerr;
is scalar @werr, 0, 'no watch error' or diag explain \@werr;
is scalar @oerr, 0, 'no observe error' or diag explain \@oerr;

note "$_->[0] on_state: " . join(', ', map { "$_->[0]" . ($_->[1]{reason} ? " ($_->[1]{reason}{message})" : '') } @{ $_->[1] })
    for [watch => \@wstates], [keepalive => \@kstates], [observe => \@ostates];

# on_state told the application
is $wstates[0][0], 'disconnected', 'watch on_state: disconnected';
like $wstates[0][1]{reason}{message}, qr/etcdserver: no leader/, '... because the member has no leader';
is $wstates[-1][0], 'reconnected', 'watch on_state: reconnected last';
isnt $wstates[-1][1]{endpoint}, $m[0]->endpoint, '... on another member';
ok !grep({ $_->[0] eq 'gave_up' } @wstates, @kstates, @ostates), 'no stream gave up';
ok scalar(@kstates), 'keepalive on_state was told' or diag explain \@kstates;
ok scalar(@ostates), 'observe on_state was told' or diag explain \@ostates;

# the observer still hears the election (a new leader value)
my $obs_before = @obs;
my ($pr, $perr) = sync($wr, election_proclaim => $camp->{leader}, 'me-too');
ok !$perr, 'election_proclaim' or diag explain $perr;
wait_until { @obs > $obs_before } 'the observer hears the proclamation', 30;
is $obs[-1]{kv}{value}, 'me-too', 'observe: the proclaimed value';

$w->cancel;
$ka->cancel;
$obs->cancel;
done_testing;
