#!/usr/bin/perl
# EV::Etcd::Election: campaign (waits in order), proclaim, resign, leader,
# observe (a handle), key and rev; leadership is the same as etcd's Election
# service sees it (election_leader); a cancelled or timed-out campaign leaves
# no key; a lost session ends leadership and says so through on_lost, and the
# next candidate is elected.  Bad input croaks.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV;
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
pod_clean('EV/Etcd/Election.pm');

my ($e, $c) = server_and_client();
my $other = new_client($e);
my $P = uniq_prefix('election-recipe');
my $name = "${P}e";
my ($r, $err);

my @lost_a;
my $sa = session_ok($c, on_lost => sub { push @lost_a, $_[0] });
my @lost_b;
my $sb = session_ok($other, ttl => 2, on_lost => sub { push @lost_b, $_[0] });
my $so = session_ok($other);

# ---------------------------------------------------------------- bad input

my $ea = $sa->election($name);
isa_ok $ea, 'EV::Etcd::Election';
for my $case (
    [ sub { $sa->election('') }, qr/^election: the election name must be a non-empty string/ ],
    [ sub { $ea->campaign(sub {}) }, qr/^campaign: wrong number of arguments/ ],
    [ sub { $ea->campaign(undef, sub {}) }, qr/^campaign: 'value' must be a string/ ],
    [ sub { $ea->campaign('v', { bogus => 1 }, sub {}) }, qr/^campaign: unknown option 'bogus'/ ],
    [ sub { $ea->campaign('v', { timeout => 0 }, sub {}) }, qr/^campaign: option 'timeout' must be a positive number/ ],
    [ sub { $ea->campaign('v', 'x') }, qr/^campaign: the last argument must be a callback/ ],
    [ sub { $ea->proclaim('v') }, qr/^proclaim: wrong number of arguments/ ],
    [ sub { $ea->proclaim([], sub {}) }, qr/^proclaim: 'value' must be a string/ ],
    [ sub { $ea->leader }, qr/^leader: wrong number of arguments/ ],
    [ sub { $ea->observe('x') }, qr/^observe: the last argument must be a callback/ ],
    [ sub { $ea->resign('x') }, qr/^resign: the argument must be a callback/ ],
) {
    my ($code, $re) = @$case;
    eval { $code->(); 1 } and fail("no croak for $re"), next;
    like $@, $re, "croaks: $re";
    like $@, qr/ at \S*52-election-recipe\.t line \d+/, '... at the caller\'s line';
}

# ---------------------------------------------------------------- no leader

($r, $err) = sync($ea, 'leader');
ok !defined $r, 'leader before any campaign: no response';
check_error($err, { status => 'UNKNOWN', code => 2, source => 'election.leader', message => 'election: no leader' },
    'leader with no leader');

my @seen;
my $eo = $so->election($name);
my $obs = $eo->observe(sub { push @seen, [@_] });
isa_ok $obs, 'EV::Etcd::Session::Handle';
ok $obs->is_active, 'observe: handle active';
run_for(0.3);
is scalar @seen, 0, 'observe: nothing while nobody leads';

# ---------------------------------------------------------------- campaign

($r, $err) = sync($ea, campaign => 'a');
ok !$err, 'campaign: no error' or diag explain $err;
exact_keys($r, [qw(header key rev)], 'campaign');
check_header($r->{header}, 'campaign');
is $r->{key}, sprintf('%s/%x', $name, $sa->lease), 'campaign key: NAME/<lease in hex>';
is $ea->key, $r->{key}, 'key';
is $ea->rev, $r->{rev}, 'rev';
my ($kr) = sync($c, get => $ea->key);
is $kr->{kvs}[0]{value}, 'a', 'the leader key holds the value';
is $kr->{kvs}[0]{create_revision}, $ea->rev, 'rev is the key\'s create revision';

($r, $err) = sync($ea, 'leader');
ok !$err, 'leader: no error';
exact_keys($r, [qw(header kv)], 'leader');
check_kv($r->{kv}, { key => $ea->key, value => 'a' }, 'leader kv');
($r, $err) = sync($c, election_leader => $name);
is $r->{kv}{value}, 'a', 'etcd\'s Election service sees the same leader';

wait_until { @seen } 'observe: the first leader';
ok !$seen[0][1], 'observe: no error';
exact_keys($seen[0][0], [qw(header kv)], 'observe response');
check_kv($seen[0][0]{kv}, { key => $ea->key, value => 'a' }, 'observe: leader a');

# b waits
my @cb;
my $eb = $sb->election($name);
$eb->campaign('b', sub { push @cb, [@_] });
wait_until { keys_under($c, "$name/") == 2 } 'b queued';
run_for(0.3);
is scalar @cb, 0, 'b waits while a leads';
is $eb->key, undef, 'b: key undef while waiting';

($r, $err) = sync($eb, proclaim => 'b!');
check_error($err, { status => 'FAILED_PRECONDITION', code => 9, source => 'election.proclaim',
    message => 'election: not leader' }, 'proclaim by a candidate that does not lead');

($r, $err) = sync($ea, proclaim => 'a2');
ok !$err, 'proclaim: no error' or diag explain $err;
exact_keys($r, ['header'], 'proclaim');
wait_until { grep { $_->[0] && $_->[0]{kv}{value} eq 'a2' } @seen } 'observe: a2';
($r) = sync($ea, 'leader');
is $r->{kv}{value}, 'a2', 'leader after proclaim';

($r, $err) = sync($ea, 'resign');
ok !$err, 'resign: no error' or diag explain $err;
exact_keys($r, ['header'], 'resign');
is $ea->key, undef, 'after resign: key undef';
is $ea->rev, -1, 'after resign: rev -1';
wait_until { @cb } 'b elected';
ok !$cb[0][1], 'b: no error' or diag explain $cb[0][1];
is $cb[0][0]{key}, $eb->key, 'b: its key';
wait_until { grep { $_->[0] && $_->[0]{kv}{value} eq 'b' } @seen } 'observe: b';
($r, $err) = sync($ea, proclaim => 'a3');
check_error($err, { status => 'FAILED_PRECONDITION', source => 'election.proclaim' }, 'proclaim after resign');
($r, $err) = sync($ea, 'resign');
is_deeply [$r, $err], [{}, undef], 'resign when not leading: ({}, undef)';

# ---------------------------------------------------------------- cancel, timeout

my @ca;
my $h = $ea->campaign('a', sub { push @ca, [@_] });
wait_until { keys_under($c, "$name/") == 2 } 'a queued behind b';
$h->cancel;
wait_until { @ca } 'the cancelled campaign';
check_error($ca[0][1], { status => 'CANCELLED', source => 'election.campaign' }, 'cancelled campaign');
is_deeply [keys_under($c, "$name/")], [$eb->key], 'a cancelled campaign leaves no key';

@ca = ();
$ea->campaign('a', { timeout => 1 }, sub { push @ca, [@_] });
wait_until { @ca } 'the timed-out campaign';
check_error($ca[0][1], { status => 'DEADLINE_EXCEEDED', source => 'election.campaign' }, 'timed-out campaign');
is_deeply [keys_under($c, "$name/")], [$eb->key], 'a timed-out campaign leaves no key';

# ---------------------------------------------------------------- lost session

@ca = ();
$ea->campaign('a-again', sub { push @ca, [@_] });
wait_until { keys_under($c, "$name/") == 2 } 'a queued again';
my $n_seen = @seen;
sync($c, lease_revoke => $sb->lease);    # b's lease goes
wait_until { @lost_b } 'b\'s on_lost';
check_error($lost_b[0], { status => 'NOT_FOUND', code => 5, source => 'session' }, 'on_lost of the leader');
is $eb->key, undef, 'the lost session no longer leads';
($r, $err) = sync($eb, proclaim => 'zombie');
check_error($err, { status => 'FAILED_PRECONDITION', source => 'election.proclaim' }, 'proclaim on a lost session');
wait_until { @ca } 'a elected after b\'s session was lost';
ok !$ca[0][1], 'a: no error';
wait_until { grep { $_->[0] && $_->[0]{kv}{value} eq 'a-again' } @seen[$n_seen .. $#seen] } 'observe: the next leader';
is scalar(@lost_a), 0, 'a\'s session was not lost';

$obs->cancel;
ok !$obs->is_active, 'observe cancelled';
$n_seen = @seen;
sync($ea, proclaim => 'unseen');
run_for(0.3);
is scalar(@seen), $n_seen, 'a cancelled observe reports nothing more';
ok !(grep { $_->[1] } @seen), 'observe reported no error';

sync($sa, 'close');
is_deeply [keys_under($c, "$name/")], [], 'closing the session releases leadership';

done_testing;
