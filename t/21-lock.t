#!/usr/bin/perl
# Lock service: lock($name, $lease) -> {key, header}; unlock($key); two
# clients contending for one lock (the waiter is granted it only after the
# holder unlocks, and again only after a holder's lease is revoked); a lock
# that waits longer than the client's `timeout` is not cut off (Lock is
# mapped with no deadline).
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
my $P = uniq_prefix('lock');

my ($r, $err);

# ---------------------------------------------------------------- lock / unlock

my $name = "${P}simple";
my $lease = grant($c, 60);

($r, $err) = sync($c, lock => $name, $lease);
ok !$err, 'lock: no error' or diag explain $err;
exact_keys($r, [qw(header key)], 'lock');
check_header($r->{header}, 'lock');
my $key = $r->{key};
ok defined $key && !ref $key, 'lock: key is a string';
is substr($key // '', 0, length($name) + 1), "$name/", 'lock: key starts with the name and a slash';
cmp_ok length($key // ''), '>', length($name) + 1, 'lock: key has something after the name';

# the lock key is a real key, attached to the lease
($r, $err) = sync($c, get => $key);
is $r->{count}, 1, 'the lock key exists';
is "$r->{kvs}[0]{lease}", "$lease", 'the lock key is attached to the lease';
my $lock_rev = $r->{kvs}[0]{create_revision};

($r, $err) = sync($c, unlock => $key);
ok !$err, 'unlock: no error' or diag explain $err;
exact_keys($r, ['header'], 'unlock');
check_header($r->{header}, 'unlock');
cmp_ok $r->{header}{revision}, '>', $lock_rev, 'unlock: revision advanced (the key was deleted)';

($r, $err) = sync($c, get => $key);
is $r->{count}, 0, 'unlock removed the lock key';

# the same lock again right away: free
($r, $err) = sync($c, lock => $name, $lease);
ok !$err, 'lock again after unlock: no error' or diag explain $err;
ok defined $r->{key} && $r->{key} ne '', 'lock again: a key';
sync($c, unlock => $r->{key});

# a lock with a lease that does not exist (etcd 3.4 answers UNKNOWN: the
# lock service returns the lease error as a plain error)
($r, $err) = sync($c, lock => "${P}nolease", 1234567);
ok !defined $r, 'lock with an unknown lease: no response';
check_error($err, { code => 5, status => 'NOT_FOUND', grpc_code => 2, source => 'lock', retryable => 0,
    message => qr/lease not found/ }, 'lock with an unknown lease');

# ---------------------------------------------------------------- contention

# A: the default client; B: timeout => 1, so B's lock waits far longer than
# its client timeout while A holds the lock.
my $b = new_client($e, timeout => 1);
my $name2 = "${P}contended";
my $la = grant($c, 60);
my $lb = grant($b, 60);

($r, $err) = sync($c, lock => $name2, $la);
ok !$err, 'A locks' or diag explain $err;
my $ka = $r->{key};

my (@b_res, $b_calls, $a_unlock_sent);
$b_calls = 0;
$b->lock($name2, $lb, sub {
    @b_res = @_;
    $b_calls++;
    ok $a_unlock_sent, "B's lock callback runs only after A's unlock was sent";
});
run_for(2.5);    # > B's client timeout of 1 s
is $b_calls, 0, 'B is still waiting after 2.5 s (not granted, not cut off by timeout => 1)'
    or diag explain \@b_res;

$a_unlock_sent = 1;
my ($ua_resp, $ua_err, $ua_done);
$c->unlock($ka, sub { ($ua_resp, $ua_err) = @_; $ua_done = 1 });
wait_until { $b_calls && $ua_done } "B's lock after A's unlock";
ok !$ua_err, 'A unlock: no error' or diag explain $ua_err;
is $b_calls, 1, "B's lock callback ran once";
my ($rb, $eb) = @b_res;
ok !$eb, 'B lock: no error (not DEADLINE_EXCEEDED)' or diag explain $eb;
exact_keys($rb, [qw(header key)], 'B lock');
check_header($rb->{header}, 'B lock');
my $kb = $rb->{key} // '';
is substr($kb, 0, length($name2) + 1), "$name2/", 'B lock: key starts with the name';
isnt $kb, $ka, "B lock: B's key differs from A's";

# now B holds it; A waits; B's lease is revoked -> A is granted the lock
my (@a_res, $a_calls, $revoke_sent);
$a_calls = 0;
$c->lock($name2, $la, sub {
    @a_res = @_;
    $a_calls++;
    ok $revoke_sent, "A's lock callback runs only after B's lease revoke was sent";
});
run_for(1.5);
is $a_calls, 0, 'A waits while B holds the lock';

$revoke_sent = 1;
my ($rv_err, $rv_done);
$b->lease_revoke($lb, sub { $rv_err = $_[1]; $rv_done = 1 });
wait_until { $a_calls && $rv_done } "A's lock after B's lease is revoked";
ok !$rv_err, 'revoke of B\'s lease: no error' or diag explain $rv_err;
is $a_calls, 1, "A's lock callback ran once";
ok !$a_res[1], 'A lock after revoke: no error' or diag explain $a_res[1];
my $ka2 = $a_res[0]{key} // '';
is substr($ka2, 0, length($name2) + 1), "$name2/", 'A lock after revoke: key starts with the name';
($r, $err) = sync($c, get => $kb);
is $r->{count}, 0, "B's lock key went with its lease";

($r, $err) = sync($c, unlock => $ka2);
ok !$err, 'A unlock: no error' or diag explain $err;

is inflight($c), 0, 'A: nothing left in flight';
is inflight($b), 0, 'B: nothing left in flight';

done_testing;
