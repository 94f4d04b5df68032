#!/usr/bin/perl
# Failover in a 3-member cluster.  A client with all three endpoints
# (max_retries => 10) uses the first one (pick_first); it has a prefix
# watch, a lease keepalive (TTL 5) and an election observe open when that
# member is killed (SIGKILL).  Then:
#   - puts by another client (connected to the surviving members only)
#     reach the watch exactly once, in order, with no gap across the
#     failover, and always with the same watch_id;
#   - the keepalive keeps delivering ttl > 0 responses, from a surviving
#     member, and never an error;
#   - the observe sees a proclaim done after the kill;
#   - unary get and put on the client succeed (on another endpoint).
# Also: a client whose first endpoint is dead from the start and whose
# second is alive works for unary calls.
#
# The writer writes sequence number N to its own key with a create-only txn
# and retries after an error, so each number is written exactly once even
# when a reply is lost while the raft leader changes.
#
# Timeouts are guards (a failure), never measurements.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed dead_endpoint);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;
use Time::HiRes ();

require_etcd();
plan skip_all => 'needs a cluster this test can kill members of (ETCD_ENDPOINTS is set)' unless managed();

my $cl = EtcdTest->start_cluster(3, no_fsync => 1);
$cl->wait_leader;
my @members = $cl->members;
my $P = uniq_prefix('failover');
my ($r, $err);

# ------------------------------------------------------------------ which member does a client use

my %member_by_url = map { $_->client_url => $_ } @members;

# (member object, member id) of the member that answered $c's status call
sub member_used {
    my ($c) = @_;
    my ($st, $e1) = sync($c, 'status');
    my ($ml, $e2) = sync($c, 'member_list');
    return if $e1 || $e2;
    my $id = $st->{header}{member_id};
    my %ids;
    for my $m (@{ $ml->{members} }) {
        for my $u (@{ $m->{client_urls} }) {
            $ids{ $m->{id} } = $member_by_url{$u} if $member_by_url{$u};
        }
    }
    return ($ids{$id}, $id, \%ids);
}

# ================================================================== failover with streams open

my $A = EV::Etcd->new(endpoints => [$cl->endpoints], max_retries => 10);
my ($victim, $victim_id, $ids) = member_used($A);
ok $victim, 'found the member the client uses' or BAIL_OUT('cannot tell which member the client uses');
is $victim->name, $members[0]->name, 'with pick_first the client uses the first endpoint';
my %name_of_id = map { $_ => $ids->{$_}->name } keys %$ids;
my @survivors = grep { $_ != $victim } @members;
my %survivor_id = map { $_ => 1 } grep { $_ ne $victim_id } keys %$ids;
is scalar keys %survivor_id, 2, 'two surviving member ids';

# Make that member the raft leader too, so the kill also costs the cluster
# its leader (writes, lease refreshes and proclaims stall until a new one is
# elected): the harder failover.
{
    my $l = $cl->wait_leader;
    if ($l != $victim) {
        my ($out, $rc) = $l->etcdctl_rc('move-leader', sprintf('%x', $victim_id));
        is $rc, 0, 'leadership moved to the member the client uses' or diag $out;
    }
    my $deadline = Time::HiRes::time() + 20;
    Time::HiRes::sleep(0.1) until ($cl->leader // 0) == $victim || Time::HiRes::time() > $deadline;
    is $cl->leader && $cl->leader->name, $victim->name, 'the member the client uses is the raft leader';
}
note "client uses $name_of_id{$victim_id} ($victim_id), the raft leader";

# client B: the surviving members only
my $B = EV::Etcd->new(endpoints => [map { $_->endpoint } @survivors], max_retries => 10);

# --- the watch
my %W = (events => [], ids => {}, errors => [], created => 0);
my $watch = $A->watch("${P}k/", { prefix => 1 }, sub {
    my ($r, $err) = @_;
    if ($err || !$r) { push @{ $W{errors} }, $err // 'neither response nor error'; return }
    $W{ids}{ $r->{watch_id} // 'undef' }++;
    $W{created}++ if $r->{created};
    $W{id_created} //= $r->{watch_id} if $r->{created};
    for my $ev (@{ $r->{events} || [] }) {
        push @{ $W{events} }, { type => $ev->{type}, key => $ev->{kv}{key}, value => $ev->{kv}{value},
                                rev => $ev->{kv}{mod_revision}, member => $r->{header}{member_id} };
    }
});
wait_until { $W{created} || @{ $W{errors} } } 'the watch to be created';
is $W{created}, 1, 'watch created';

# --- the keepalive
($r, $err) = sync($A, lease_grant => 5);
ok !$err, 'lease_grant 5' or diag explain $err;
my $lease = $r->{id};
my %K = (ok => [], errors => [], bad => []);
my $ka = $A->lease_keepalive($lease, sub {
    my ($r, $err) = @_;
    if ($err || !$r) { push @{ $K{errors} }, $err // 'neither response nor error'; return }
    push @{ $K{bad} }, "id $r->{id}" unless "$r->{id}" eq "$lease";
    push @{ $K{ok} }, { t => Time::HiRes::time(), ttl => $r->{ttl}, member => $r->{header}{member_id} };
});
wait_until { @{ $K{ok} } || @{ $K{errors} } } 'the first keepalive response';

# --- the election (campaigned by B, observed by A)
my $el = "${P}election";
($r, $err) = sync($B, lease_grant => 120);
ok !$err, 'lease for the campaign' or diag explain $err;
my $el_lease = $r->{id};
($r, $err) = sync($B, election_campaign => $el, $el_lease, 'before');
ok !$err, 'B is elected' or diag explain $err;
my $leader = $r->{leader};
my %O = (msgs => [], errors => []);
my $obs = $A->election_observe($el, sub {
    my ($r, $err) = @_;
    if ($err || !$r) { push @{ $O{errors} }, $err // 'neither response nor error'; return }
    push @{ $O{msgs} }, { value => $r->{kv}{value}, member => $r->{header}{member_id} };
});
wait_until { grep { $_->{value} eq 'before' } @{ $O{msgs} } } "observe to report 'before'";

# --- writes before the kill
my $w = writer($B, "${P}k/");
wait_until { $w->{count} >= 30 && @{ $W{events} } >= 20 } '30 writes, 20 seen';

# --- kill the member the client uses
my $seen_before = @{ $W{events} };
my $obs_before = @{ $O{msgs} };
my $written_before = $w->{count};
$victim->kill;
# a response the dead member sent just before it died may still be handed
# over in the first loop iteration after the kill: "after the kill" below
# means more than 0.5 s after it
my $t_kill = Time::HiRes::time();
my $t_after = $t_kill + 0.5;
ok !$victim->is_running, 'the member the client used is dead';

# a read right away (idempotent: may be repeated by the client)
my $get_now;
$A->get("${P}k/000001", sub { $get_now = [@_] });

# proclaim from B (retried while the cluster elects a new raft leader)
my ($proclaimed, $proclaim_tries, $ptimer, $proclaim) = (0, 0);
$proclaim = sub {
    $proclaim_tries++;
    $B->election_proclaim($leader, 'after-kill', sub {
        my ($r, $err) = @_;
        if ($err) { $ptimer = EV::timer(0.1, 0, $proclaim); return }
        $proclaimed = 1;
    });
};
$proclaim->();

# The contract lets a unary call fail with a retryable error when its
# server goes away (this client repeats idempotent calls itself, so a
# success is what is expected here); a valid request must never come back
# with a non-retryable error such as INVALID_ARGUMENT.
wait_until { $get_now } 'the get issued right after the kill';
ok $get_now && (!$get_now->[1] || $get_now->[1]{retryable}),
    'a get issued right after the kill succeeds or fails with a retryable error'
    or diag explain $get_now->[1];
if ($get_now && !$get_now->[1]) {
    is $get_now->[0]{kvs}[0]{value}, '1', 'the get returns the value';
    ok $survivor_id{ $get_now->[0]{header}{member_id} // '' }, 'the get was answered by a surviving member';
} elsif ($get_now) {
    note "the get right after the kill failed: $get_now->[1]{status}: $get_now->[1]{message}";
}

wait_until {
    $w->{count} >= $written_before + 50
    && $proclaimed
    && (grep { $_->{value} eq 'after-kill' } @{ $O{msgs} })
    && (grep { $_->{t} > $t_after } @{ $K{ok} }) >= 2
} 'writes, the proclaim, its observation and two keepalive responses after the kill', 60;

# unary put and get on the client
($r, $err) = sync($A, put => "${P}unary", 'after-kill');
ok !$err, 'put on the client after the kill succeeds' or diag explain $err;
ok !$err && $survivor_id{ $r->{header}{member_id} }, 'the put was answered by a surviving member';
($r, $err) = sync($A, get => "${P}unary");
ok !$err, 'get on the client after the kill succeeds' or diag explain $err;
is $r->{kvs}[0]{value}, 'after-kill', 'get returns what was put' unless $err;
ok !$err && $survivor_id{ $r->{header}{member_id} }, 'the get was answered by a surviving member';

# stop writing; every write must reach the watch
$w->{stop}->();
wait_until { !$w->{busy} } 'the last write to finish';
is_deeply $w->{bad}, [], 'the writer saw nothing unexpected';
note sprintf 'written %d (%d before the kill), %d errors retried, %d replies lost; %d seen before the kill',
    $w->{count}, $written_before, $w->{errors}, $w->{lost}, $seen_before;
my %written = %{ $w->{written} };
wait_until {
    my %v = map { $_->{value} => 1 } @{ $W{events} };
    !grep { !$v{$_} } keys %written;
} 'every written event to reach the watch', 60;
run_for(1.0);    # room for late duplicates

# ------------------------------------------------------------------ the watch
{
    my @ev = @{ $W{events} };
    is scalar @{ $W{errors} }, 0, 'watch: no error callback' or diag explain $W{errors};
    my %count;
    $count{ $_->{value} }++ for @ev;
    my @dups = sort { $a <=> $b } grep { $count{$_} > 1 } keys %count;
    is scalar @dups, 0, 'watch: every event exactly once across the failover'
        or diag 'duplicated: ' . short_list(map { "$_ (x$count{$_})" } @dups);
    my @missing = sort { $a <=> $b } grep { !$count{$_} } keys %written;
    is scalar @missing, 0, 'watch: no gap (the set seen is the set written)'
        or diag 'missing: ' . short_list(@missing);
    my @extra = grep { !exists $written{$_} } keys %count;
    is scalar @extra, 0, 'watch: nothing that was not written' or diag 'extra: ' . short_list(@extra);
    my @order;
    for my $i (1 .. $#ev) {
        push @order, "rev $ev[$i]{rev} (value $ev[$i]{value}) after rev $ev[$i-1]{rev}"
            unless $ev[$i]{rev} > $ev[$i - 1]{rev};
    }
    is scalar @order, 0, 'watch: strictly increasing mod_revision' or diag short_list(@order);
    my @bad;
    for my $ev (@ev) {
        my $v = $ev->{value};
        push @bad, "value $v: key $ev->{key}" unless $ev->{key} eq sprintf('%sk/%06d', $P, $v);
        push @bad, "value $v: type $ev->{type}" unless $ev->{type} eq 'PUT';
        push @bad, "value $v: mod_revision $ev->{rev}, written at $written{$v}"
            if $written{$v} && $ev->{rev} != $written{$v};
    }
    is scalar @bad, 0, 'watch: each event is the PUT of its key at the revision it was written'
        or diag short_list(@bad);
    my @after = grep { $_->{value} > $written_before } @ev;
    ok @after, 'watch: events written after the kill were seen';
    my @from_victim = grep { $_->{member} eq $victim_id } @ev[$seen_before .. $#ev];
    is scalar(grep { $_->{value} > $written_before + 5 } @from_victim), 0,
        'watch: events after the kill come from a surviving member';
    my @ids = sort keys %{ $W{ids} };
    is scalar @ids, 1, 'watch: one watch_id before and after the failover'
        or diag 'watch_ids: ' . join ', ', map { "$_ ($W{ids}{$_})" } @ids;
    is $ids[0], $W{id_created}, 'watch: it is the id of the created response';
    ok $watch->is_active, 'watch: still active';
}

# ------------------------------------------------------------------ the keepalive
{
    is scalar @{ $K{errors} }, 0, 'keepalive: no error callback' or diag explain $K{errors};
    is_deeply $K{bad}, [], 'keepalive: every response is for the lease';
    my @after = grep { $_->{t} > $t_after } @{ $K{ok} };
    cmp_ok scalar @after, '>=', 2, 'keepalive: responses keep coming after the kill';
    is scalar(grep { !($_->{ttl} > 0) } @after), 0, 'keepalive: every response after the kill has ttl > 0'
        or diag explain \@after;
    is scalar(grep { !$survivor_id{ $_->{member} } } @after), 0,
        'keepalive: every response after the kill is from a surviving member'
        or diag explain [map { $name_of_id{ $_->{member} } // $_->{member} } @after];
    ok $ka->is_active, 'keepalive: still active';
    my ($tl) = sync($B, lease_time_to_live => $lease);
    cmp_ok $tl->{ttl} // -1, '>', 0, 'keepalive: the lease is alive on the cluster';
}

# ------------------------------------------------------------------ the observe
{
    is scalar @{ $O{errors} }, 0, 'observe: no error callback' or diag explain $O{errors};
    my @after = @{ $O{msgs} }[$obs_before .. $#{ $O{msgs} }];
    my ($seen) = grep { $_->{value} eq 'after-kill' } @after;
    ok $seen, 'observe: the proclaim done after the kill was seen';
    ok $seen && $survivor_id{ $seen->{member} }, 'observe: ... from a surviving member';
    is scalar(grep { $_->{value} ne 'before' && $_->{value} ne 'after-kill' } @{ $O{msgs} }), 0,
        'observe: only the two values proclaimed';
    ok $obs->is_active, 'observe: still active';
}

# ------------------------------------------------------------------ clean up the streams
{
    my $n = 0;
    $_->cancel(sub { $n++ }) for $watch, $ka, $obs;
    wait_until { $n == 3 } 'the three cancel callbacks';
}

# ================================================================== first endpoint dead from the start

{
    my $D = EV::Etcd->new(endpoints => [dead_endpoint(), $survivors[0]->endpoint]);
    ($r, $err) = sync($D, put => "${P}dead-first", 'ok');
    ok !$err, 'first endpoint dead, second alive: put succeeds' or diag explain $err;
    ($r, $err) = sync($D, get => "${P}dead-first");
    ok !$err, 'first endpoint dead, second alive: get succeeds' or diag explain $err;
    is $r->{kvs}[0]{value}, 'ok', 'first endpoint dead, second alive: get returns the value' unless $err;
    my ($who) = member_used($D);
    is $who && $who->name, $survivors[0]->name, 'the client uses the live second endpoint';
}

# ================================================================== a get waiting for its only endpoint

# A get issued while the only endpoint is down: the client repeats it
# (idempotent, UNAVAILABLE) until the member is back.  Whatever the outcome,
# it is the answer to the request that was made: the value, or a retryable
# error; never an error about a request the caller did not make.
{
    my $E = EV::Etcd->new(endpoints => [$victim->endpoint], max_retries => 10);
    my $res;
    $E->get("${P}k/000001", sub { $res = [@_] });
    run_for(0.5);
    $victim->start;
    wait_until { $res } 'the get sent while the member was down', 60;
    ok $res && (!$res->[1] || $res->[1]{retryable}),
        'a get repeated until its member is back: the value or a retryable error'
        or diag explain $res->[1];
    is $res->[0]{kvs}[0]{value}, '1', '... and it is the value when it succeeds' if $res && !$res->[1];
}

done_testing;
