#!/usr/bin/perl
# Election service (unary part): election_campaign -> leader {name, key,
# rev, lease}; election_leader -> kv; election_proclaim changes the value;
# election_resign; election_leader with no leader -> error hash; a second
# campaigner waits longer than its client's timeout (Campaign is mapped with
# no deadline) and is elected once the first resigns.  election_observe is a
# stream and is tested elsewhere.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV;
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('election');

my ($r, $err);
my $name = "${P}el";

# ---------------------------------------------------------------- no leader yet

($r, $err) = sync($c, election_leader => $name);
ok !defined $r, 'election_leader before any campaign: no response';
# etcd's election service returns "election: no leader" as a plain error,
# which gRPC reports as UNKNOWN
check_error($err, { code => 2, status => 'UNKNOWN', source => 'election_leader',
    retryable => 0, message => qr/no leader/ }, 'election_leader with no leader');

# ---------------------------------------------------------------- campaign

my $l1 = grant($c, 60);
($r, $err) = sync($c, election_campaign => $name, $l1, 'v1');
ok !$err, 'election_campaign: no error' or diag explain $err;
exact_keys($r, [qw(header leader)], 'election_campaign');
check_header($r->{header}, 'election_campaign');
my $leader = $r->{leader};
is ref $leader, 'HASH', 'election_campaign: leader is a hash';
exact_keys($leader, [qw(key lease name rev)], 'election_campaign leader');
is $leader->{name}, $name, 'leader name is the election name';
is substr($leader->{key} // '', 0, length($name) + 1), "$name/", 'leader key starts with the name and a slash';
is_int($leader->{lease}, 'leader lease');
is "$leader->{lease}", "$l1", 'leader lease is the campaign lease';
is_int($leader->{rev}, 'leader rev');
is $leader->{rev}, $r->{header}{revision}, 'leader rev is the revision that created the key';

# ---------------------------------------------------------------- leader

($r, $err) = sync($c, election_leader => $name);
ok !$err, 'election_leader: no error' or diag explain $err;
exact_keys($r, [qw(header kv)], 'election_leader');
check_header($r->{header}, 'election_leader');
check_kv($r->{kv}, { key => $leader->{key}, value => 'v1', lease => "$l1",
    create_revision => $leader->{rev}, mod_revision => $leader->{rev}, version => 1 },
    'election_leader');

# ---------------------------------------------------------------- proclaim

($r, $err) = sync($c, election_proclaim => $leader, 'v2');
ok !$err, 'election_proclaim: no error' or diag explain $err;
exact_keys($r, ['header'], 'election_proclaim');
check_header($r->{header}, 'election_proclaim');
my $proclaim_rev = $r->{header}{revision};
cmp_ok $proclaim_rev, '>', $leader->{rev}, 'election_proclaim: revision advanced';

($r, $err) = sync($c, election_leader => $name);
ok !$err, 'election_leader after proclaim: no error';
check_kv($r->{kv}, { key => $leader->{key}, value => 'v2', create_revision => $leader->{rev},
    mod_revision => $proclaim_rev, version => 2 }, 'election_leader after proclaim');

# ---------------------------------------------------------------- a second campaigner

# B's client timeout is 1 s; its campaign waits far longer than that
my $b = new_client($e, timeout => 1);
my $l2 = grant($b, 60);
my (@b_res, $b_calls, $resign_sent);
$b_calls = 0;
$b->election_campaign($name, $l2, 'b-value', sub {
    @b_res = @_;
    $b_calls++;
    ok $resign_sent, "B's campaign callback runs only after A's resign was sent";
});
run_for(2.5);
is $b_calls, 0, 'B is still campaigning after 2.5 s (not elected, not cut off by timeout => 1)'
    or diag explain \@b_res;

($r, $err) = sync($c, election_leader => $name);
is $r->{kv}{value}, 'v2', 'A is still the leader while B waits';

$resign_sent = 1;
my ($rs_resp, $rs_err, $rs_done);
$c->election_resign($leader, sub { ($rs_resp, $rs_err) = @_; $rs_done = 1 });
wait_until { $b_calls && $rs_done } "B's election after A resigns";
ok !$rs_err, 'election_resign: no error' or diag explain $rs_err;
exact_keys($rs_resp, ['header'], 'election_resign');
check_header($rs_resp->{header}, 'election_resign');
is $b_calls, 1, "B's campaign callback ran once";
my ($rb, $eb) = @b_res;
ok !$eb, 'B campaign: no error (not DEADLINE_EXCEEDED)' or diag explain $eb;
exact_keys($rb, [qw(header leader)], 'B campaign');
my $bl = $rb->{leader} || {};
is $bl->{name}, $name, 'B leader name';
isnt $bl->{key}, $leader->{key}, "B's leader key differs from A's";
is "$bl->{lease}", "$l2", 'B leader lease';

($r, $err) = sync($c, election_leader => $name);
ok !$err, 'election_leader after the handover: no error';
check_kv($r->{kv}, { key => $bl->{key}, value => 'b-value', lease => "$l2" },
    'election_leader after the handover');

# A is no longer the leader: proclaiming with A's leader key fails
($r, $err) = sync($c, election_proclaim => $leader, 'stale');
ok !defined $r, 'election_proclaim by a resigned leader: no response';
check_error($err, { code => 2, status => 'UNKNOWN', source => 'election_proclaim',
    retryable => 0, message => qr/not leader/ }, 'election_proclaim by a resigned leader');

# ---------------------------------------------------------------- resign: no leader left

($r, $err) = sync($b, election_resign => $bl);
ok !$err, 'B resigns: no error' or diag explain $err;
exact_keys($r, ['header'], 'B resign');

($r, $err) = sync($c, election_leader => $name);
ok !defined $r, 'election_leader after every leader resigned: no response';
check_error($err, { code => 2, status => 'UNKNOWN', source => 'election_leader',
    retryable => 0, message => qr/no leader/ }, 'election_leader after every leader resigned');

# the leader hash may also be built by hand (as read back from storage)
my $l3 = grant($c, 60);
($r, $err) = sync($c, election_campaign => $name, $l3, 'v3');
ok !$err, 'campaign again' or diag explain $err;
my %copy = %{ $r->{leader} };
($r, $err) = sync($c, election_proclaim => { %copy }, 'v4');
ok !$err, 'election_proclaim with a copied leader hash: no error' or diag explain $err;
($r, $err) = sync($c, election_leader => $name);
is $r->{kv}{value}, 'v4', 'election_leader shows the proclaimed value';
($r, $err) = sync($c, election_resign => \%copy);
ok !$err, 'election_resign with a copied leader hash: no error';

is inflight($c), 0, 'A: nothing left in flight';
is inflight($b), 0, 'B: nothing left in flight';

done_testing;
