#!/usr/bin/perl
# EV::Etcd::Mutex:
#   - lock / unlock / key / is_owner (a txn fenced with it succeeds while the
#     lock is held and fails after), FIFO order of waiters;
#   - try_lock on a held mutex answers 0 at once and puts no key; on a free
#     one answers 1;
#   - a cancelled lock wait and a timed-out one leave no key behind;
#   - a lost session (its lease revoked by another client): on_lost, the
#     mutex no longer holds, a waiter's lock ends with the error;
#   - mutual exclusion under failure, on a 3-member cluster: 5 clients x 20 rounds of lock, read a
#     counter, write counter+1 in a txn fenced with is_owner, unlock, while a
#     random member is killed and restarted every few seconds.  The counter
#     ends at exactly 100, no fenced write found another writer's change, and
#     the history of the lock keys shows every acquisition and every write
#     at a revision where the writer's key was the oldest (the holder).
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV;
use EV::Etcd;
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use List::Util qw(shuffle);
use Time::HiRes ();

require_etcd();
plan skip_all => 'needs a cluster this test can kill members of (ETCD_ENDPOINTS is set)' unless managed();

pod_clean('EV/Etcd/Mutex.pm');

# The contract on one member (a cluster on a shared, busy machine may
# change leaders now and then, failing a call); the cluster for the
# mutual exclusion under failure, whose workers retry.
my $single = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('mutex');
my $c = EV::Etcd->new(endpoints => [$single->endpoint]);
my $other = EV::Etcd->new(endpoints => [$single->endpoint]);
my ($r, $err);

# ---------------------------------------------------------------- bad input

my $s1 = session_ok($c);
my $s2 = session_ok($other);
my $s3 = session_ok($c);

for my $case (
    [ sub { $s1->mutex('') }, qr/^mutex: the lock name must be a non-empty string/ ],
    [ sub { $s1->mutex(undef) }, qr/^mutex: the lock name must be a non-empty string/ ],
    [ sub { $s1->mutex("${P}x")->lock }, qr/^lock: missing callback/ ],
    [ sub { $s1->mutex("${P}x")->lock({ bogus => 1 }, sub {}) }, qr/^lock: unknown option 'bogus' \(valid options: timeout\)/ ],
    [ sub { $s1->mutex("${P}x")->lock({ timeout => -1 }, sub {}) }, qr/^lock: option 'timeout' must be a positive number/ ],
    [ sub { $s1->mutex("${P}x")->lock('x', sub {}) }, qr/^lock: options must be a hash reference/ ],
    [ sub { $s1->mutex("${P}x")->try_lock }, qr/^try_lock: wrong number of arguments/ ],
    [ sub { $s1->mutex("${P}x")->try_lock(1) }, qr/^try_lock: the last argument must be a callback/ ],
    [ sub { $s1->mutex("${P}x")->unlock(1) }, qr/^unlock: the argument must be a callback/ ],
) {
    my ($code, $re) = @$case;
    eval { $code->(); 1 } and fail("no croak for $re"), next;
    like $@, $re, "croaks: $re";
    like $@, qr/ at \S*51-mutex\.t line \d+/, '... at the caller\'s line';
}

# ---------------------------------------------------------------- lock, FIFO

my $name = "${P}basic";
my $m1 = $s1->mutex($name);
isa_ok $m1, 'EV::Etcd::Mutex';
is $m1->key, undef, 'key: undef before lock';
my $fence_before = $m1->is_owner;
($r, $err) = sync($m1, 'lock');
ok !$err, 'lock: no error' or diag explain $err;
exact_keys($r, [qw(header key)], 'lock');
check_header($r->{header}, 'lock');
is $r->{key}, sprintf('%s/%x', $name, $s1->lease), 'lock key: NAME/<lease in hex>';
is $m1->key, $r->{key}, 'key';
my ($kr) = sync($c, get => $m1->key);
is $kr->{count}, 1, 'the lock key exists';
is "$kr->{kvs}[0]{lease}", '' . $s1->lease, '... attached to the session lease';
is_deeply $m1->is_owner, { key => $m1->key, target => 'create', create_revision => $kr->{kvs}[0]{create_revision} },
    'is_owner: a create-revision compare on the lock key';

($r, $err) = sync($c, txn => [ $m1->is_owner ], [ { put => { key => "${P}fenced", value => 1 } } ], []);
ok $r->{succeeded}, 'a txn fenced with is_owner succeeds while held';
($r, $err) = sync($c, txn => [ $fence_before ], [ { put => { key => "${P}fenced", value => 2 } } ], []);
ok !$err && !$r->{succeeded}, 'is_owner taken before the lock never holds';

# a second lock on the same object: an error, nothing else happens
($r, $err) = sync($m1, 'lock');
check_error($err, { status => 'FAILED_PRECONDITION', source => 'mutex.lock' }, 'lock while holding');

# try_lock on a held mutex: 0 at once, no key put
my $m2 = $s2->mutex($name);
my @t;
$m2->try_lock(sub { push @t, [@_] });
wait_until { @t } 'try_lock';
is_deeply $t[0], [0, undef], 'try_lock on a held mutex: (0, undef)';
is_deeply [keys_under($c, "$name/")], [$m1->key], 'try_lock put no key';
is $m2->key, undef, 'try_lock: the mutex does not hold';

# waiters in order: s2, then s3
my (@order, %got);
my $m3 = $s3->mutex($name);
$m2->lock(sub { my ($r, $err) = @_; push @order, [m2 => $r, $err] });
wait_until { keys_under($c, "$name/") == 2 } 'm2 queued';
$m3->lock(sub { my ($r, $err) = @_; push @order, [m3 => $r, $err] });
wait_until { keys_under($c, "$name/") == 3 } 'm3 queued';
run_for(0.3);
is scalar @order, 0, 'both wait while m1 holds';
my $fence1 = $m1->is_owner;
($r, $err) = sync($m1, 'unlock');
ok !$err, 'unlock' or diag explain $err;
exact_keys($r, ['header'], 'unlock');
is $m1->key, undef, 'unlock: key is undef';
wait_until { @order } 'the first waiter';
run_for(0.3);
is scalar @order, 1, 'one waiter got the lock';
is $order[0][0], 'm2', 'the first in line (FIFO)';
ok !$order[0][2], 'm2: no error' or diag explain $order[0][2];
is $order[0][1]{key}, $m2->key, 'm2: its key';
cmp_ok $order[0][1]{header}{revision}, '>=', $r->{header}{revision}, 'acquired at or after the unlock revision';
($r, $err) = sync($c, txn => [ $fence1 ], [ { put => { key => "${P}fenced", value => 3 } } ], []);
ok !$r->{succeeded}, 'the old holder\'s is_owner no longer holds';
($r, $err) = sync($c, txn => [ $m2->is_owner ], [ { put => { key => "${P}fenced", value => 4 } } ], []);
ok $r->{succeeded}, 'the new holder\'s is_owner holds';
sync($m2, 'unlock');
wait_until { @order == 2 } 'the second waiter';
is $order[1][0], 'm3', 'then the second';
($r, $err) = sync($m3, 'unlock');
ok !$err, 'm3 unlock';
($r, $err) = sync($m3, 'unlock');
check_error($err, { status => 'FAILED_PRECONDITION', code => 9, source => 'mutex.unlock', message => 'mutex: not locked' },
    'unlock when not locked');

# try_lock on a free mutex
my @t2;
$m2->try_lock(sub { push @t2, [@_] });
wait_until { @t2 } 'try_lock';
is_deeply $t2[0], [1, undef], 'try_lock on a free mutex: (1, undef)';
is $m2->key, sprintf('%s/%x', $name, $s2->lease), 'try_lock: key';
($r, $err) = sync($c, txn => [ $m2->is_owner ], [], []);
ok $r->{succeeded}, 'try_lock: is_owner holds'
    or diag explain [$r, $err, $m2->is_owner, [sync($c, get => "$name/", { prefix => 1 })]];

# ---------------------------------------------------------------- cancel, timeout

my @w;
my $h = $m1->lock(sub { push @w, [@_] });
isa_ok $h, 'EV::Etcd::Session::Handle';
ok $h->is_active, 'waiting: handle is active';
wait_until { keys_under($c, "$name/") == 2 } 'm1 queued behind m2';
my @cc;
$h->cancel(sub { push @cc, [@_] });
ok !$h->is_active, 'cancelled: handle not active';
wait_until { @w && @cc } 'the cancelled lock\'s callbacks';
is scalar @w, 1, 'the lock callback ran once';
ok !defined $w[0][0], 'cancelled: no response';
check_error($w[0][1], { status => 'CANCELLED', code => 1, source => 'mutex.lock' }, 'cancelled lock');
is_deeply $cc[0], [{}, undef], 'cancel callback: ({}, undef)';
is_deeply [keys_under($c, "$name/")], [$m2->key], 'a cancelled wait leaves no key';
is $m1->key, undef, 'the cancelled mutex does not hold';

@w = ();
my $t0 = Time::HiRes::time();
$m1->lock({ timeout => 1 }, sub { push @w, [@_] });
wait_until { @w } 'the timed-out lock';
check_error($w[0][1], { status => 'DEADLINE_EXCEEDED', code => 4, source => 'mutex.lock', retryable => 1 }, 'timed-out lock');
is_deeply [keys_under($c, "$name/")], [$m2->key], 'a timed-out wait leaves no key';
sync($m2, 'unlock');

# cancelling at once, before the first txn is answered: no key either
@w = ();
$h = $m1->lock(sub { push @w, [@_] });
$h->cancel;
wait_until { @w } 'the lock cancelled at once';
check_error($w[0][1], { status => 'CANCELLED', source => 'mutex.lock' }, 'lock cancelled at once');
is_deeply [keys_under($c, "$name/")], [], 'a lock cancelled at once leaves no key';

# a lock callback that dies: reported, and the mutex holds the lock
{
    my (@warnings, $ran);
    local $SIG{__WARN__} = sub { push @warnings, $_[0] };
    $m1->lock(sub { $ran++; die "lock boom\n" });
    wait_until { $ran } 'the dying lock callback';
    ok((grep { /lock boom/ } @warnings), 'the error was reported (warn)');
    is $m1->key, sprintf('%s/%x', $name, $s1->lease), 'the mutex holds the lock';
    ($r, $err) = sync($m1, 'unlock');
    ok !$err, 'and unlocks it';
}

# ---------------------------------------------------------------- lost session

{
    my @lost;
    my $sl = session_ok($c, ttl => 2, on_lost => sub { push @lost, $_[0] });
    my $ml = $sl->mutex("${P}lost");
    ($r, $err) = sync($ml, 'lock');
    ok !$err, 'lock on the session to lose';
    my $fence = $ml->is_owner;
    # a waiter on another session to lose
    my @lw;
    my $sw = session_ok($other, ttl => 2);
    my $mw = $sw->mutex("${P}lost");
    $mw->lock(sub { push @lw, [@_] });
    wait_until { keys_under($c, "${P}lost/") == 2 } 'the waiter queued';
    sync($other, lease_revoke => $sw->lease);
    wait_until { @lw } 'the waiter of a revoked session';
    ok !defined $lw[0][0], 'the waiter gets no lock';
    check_error($lw[0][1], { status => 'NOT_FOUND', code => 5, source => 'mutex.lock' }, 'waiter of a lost session');
    sync($other, lease_revoke => $sl->lease);
    wait_until { @lost } 'on_lost of the holder';
    check_error($lost[0], { status => 'NOT_FOUND', source => 'session' }, 'on_lost while holding a mutex');
    is $ml->key, undef, 'the lost session\'s mutex no longer holds';
    ($r, $err) = sync($c, txn => [ $fence ], [ { put => { key => "${P}fenced", value => 5 } } ], []);
    ok !$err && !$r->{succeeded}, 'a write fenced on the lost lock fails';
    ($r, $err) = sync($ml, 'lock');
    check_error($err, { status => 'FAILED_PRECONDITION', source => 'mutex.lock' }, 'lock on a lost session');
    is_deeply [keys_under($c, "${P}lost/")], [], 'no key of the lost sessions is left';
}
$_->close for $s1, $s2, $s3;

# ---------------------------------------------------------------- mutual exclusion

undef $other;
$single->stop;    # (its CPU is better spent on the cluster)
my $cl = EtcdTest->start_cluster(3, no_fsync => 1);
$cl->wait_leader;
my @members = $cl->members;
my @eps = $cl->endpoints;
$c = EV::Etcd->new(endpoints => \@eps);

my $N_WORKERS = 5;
my $ROUNDS = 20;
my $lock_name = "${P}mx";
my $counter = "${P}counter";
sync($c, put => $counter, 0);
my ($start) = sync($c, get => $counter);
my $start_rev = $start->{header}{revision};

my (@acquired, @writes, @violations, @errors, $finished);
my $kills = 0;

sub worker {
    my ($w) = @_;
    my $client = EV::Etcd->new(endpoints => [shuffle @eps], timeout => 5, max_retries => 10);
    my $st = { client => $client, round => 0 };
    my $retry = sub { my ($what) = @_; my $t; $t = EV::timer(0.2, 0, sub { undef $t; $what->() }) };
    my ($new_session, $lock, $increment, $unlock);
    $new_session = sub {
        $client->session({ ttl => 5, on_lost => sub { push @errors, "w$w: session lost: $_[0]{message}" } }, sub {
            my ($s, $err) = @_;
            if ($err) { push @errors, "w$w session: $err->{status}"; return $retry->($new_session) }
            $st->{session} = $s;
            $st->{mutex} = $s->mutex($lock_name);
            $lock->();
        });
    };
    $lock = sub {
        return $new_session->() unless $st->{session}->is_alive;
        $st->{mutex}->lock({ timeout => 30 }, sub {
            my ($r, $err) = @_;
            if ($err) { push @errors, "w$w lock: $err->{status} $err->{message}"; return $retry->($lock) }
            push @acquired, [ $w, $r->{key}, $r->{header}{revision} ];
            my $t; $t = EV::timer(0.1, 0, sub { undef $t; $increment->() });    # hold it a while
        });
    };
    $increment = sub {
        my $marker = "${P}done/$w/$st->{round}";
        $client->get($counter, sub {
            my ($g, $err) = @_;
            if ($err) { push @errors, "w$w get: $err->{status}"; return $retry->($increment) }
            my $kv = $g->{kvs}[0];
            my $m = $st->{mutex};
            $client->txn(
                [ $m->is_owner, { key => $counter, target => 'mod', mod_revision => $kv->{mod_revision} } ],
                [ { put => { key => $counter, value => $kv->{value} + 1 } }, { put => { key => $marker, value => 1 } } ],
                [ { range => { key => $marker } }, { range => { key => $m->key // "\0" } } ],
                sub {
                    my ($t, $err) = @_;
                    if ($err) { push @errors, "w$w txn: $err->{status}"; return $retry->($increment) }
                    if ($t->{succeeded}) {
                        push @writes, [ $w, $m->key, $t->{header}{revision} ];
                        return $unlock->();
                    }
                    # our own earlier write went through after all
                    return $unlock->() if @{ $t->{responses}[0]{response_range}{kvs} };
                    my $lk = $t->{responses}[1]{response_range}{kvs}[0];
                    if ($lk && $lk->{create_revision} == $m->is_owner->{create_revision}) {
                        # still the holder, yet the counter changed under us
                        push @violations, "w$w round $st->{round}: the counter changed while holding the lock";
                        return $retry->($increment);
                    }
                    push @errors, "w$w: lost the lock before writing";
                    return $retry->($lock);
                });
        });
    };
    $unlock = sub {
        $st->{mutex}->unlock(sub {
            my ($r, $err) = @_;
            if ($err && $err->{status} ne 'FAILED_PRECONDITION') {
                push @errors, "w$w unlock: $err->{status}";
                return $retry->($unlock);
            }
            if (++$st->{round} >= $ROUNDS) {
                $finished++;
                $st->{session}->close;
                return;
            }
            $lock->();
        });
    };
    $new_session->();
    return $st;
}

my @workers = map { worker($_) } 1 .. $N_WORKERS;

# the chaos: every few seconds, while every member is healthy, kill a random
# one and start it again a second later
my ($down, $chaos_wait);
my $chaos = EV::timer(1, 2.5, sub {
    return if $down || $finished == $N_WORKERS;
    return unless 3 == grep { $_->is_running && $_->is_healthy(0.5) } @members;
    $down = $members[ int rand @members ];
    note sprintf '%.1fs: kill %s', Time::HiRes::time() - $^T, $down->name;
    $down->kill;
    $kills++;
    $chaos_wait = EV::timer(1, 0, sub {
        $down->start(wait => 0);
        undef $down;
    });
});
$chaos->keepalive(0);

$finished = 0;
wait_until { $finished == $N_WORKERS } 'every worker to finish its rounds', 120;
undef $chaos;
undef $chaos_wait;
$down->start if $down && !$down->is_running;
$cl->wait_healthy;
note scalar(@errors) . " retried errors:\n  " . join("\n  ", @errors[0 .. ($#errors < 30 ? $#errors : 30)]) if @errors;

cmp_ok $kills, '>=', 2, "members were killed during the run ($kills)";
($r) = sync($c, get => $counter);
is $r->{kvs}[0]{value}, $N_WORKERS * $ROUNDS, 'the counter is exactly 100';
is_deeply \@violations, [], 'no fenced write found another writer\'s change';
my ($marks) = sync($c, get => "${P}done/", { prefix => 1, count_only => 1 });
is $marks->{count}, $N_WORKERS * $ROUNDS, 'every round wrote its marker once';

# The history of the lock keys: at each revision the holder is the oldest
# key.  Every acquisition and every fenced write must be at a revision
# where the worker's key was the holder.
my $end_rev = $r->{header}{revision};
my @history;
my $hw = $c->watch("$lock_name/", { prefix => 1, start_revision => $start_rev }, sub {
    my ($wr, $err) = @_;
    push @history, @{ $wr->{events} || [] } if $wr;
});
sync($c, put => "$lock_name/~end", 'x');    # an event after everything
wait_until { @history && $history[-1]{kv}{key} eq "$lock_name/~end" } 'the history of the lock keys', 30;
$hw->cancel;
my (%present, @periods);    # [key, from_rev, to_rev)
my $holder_since;
my $holder = sub { my ($k) = sort { $present{$a} <=> $present{$b} } keys %present; $k };
my $cur = undef;
for my $ev (@history) {
    my $rev = $ev->{kv}{mod_revision};
    if ($ev->{type} eq 'PUT') { $present{ $ev->{kv}{key} } //= $ev->{kv}{create_revision} }
    else                      { delete $present{ $ev->{kv}{key} } }
    my $h = $holder->();
    next if ($h // '') eq ($cur // '');
    push @periods, [ $cur, $holder_since, $rev ] if defined $cur;
    ($cur, $holder_since) = ($h, $rev);
}
push @periods, [ $cur, $holder_since, 9**18 ] if defined $cur;
my $held_at = sub {
    my ($key, $rev) = @_;
    return scalar grep { $_->[0] eq $key && $_->[1] <= $rev && $rev < $_->[2] } @periods;
};
my @bad_acq = grep { !$held_at->($_->[1], $_->[2]) } @acquired;
my @bad_w   = grep { !$held_at->($_->[1], $_->[2]) } @writes;
is_deeply \@bad_acq, [], 'every acquisition was at a revision where the key was the holder';
is_deeply \@bad_w, [], 'every fenced write was at a revision where the writer held the lock';
cmp_ok scalar(@acquired), '>=', $N_WORKERS * $ROUNDS, 'every round acquired the lock';
# holding periods of different keys never overlap (by construction of the
# history) and each worker's acquisitions are in its own periods
my %per_key;
$per_key{ $_->[0] }++ for @periods;
cmp_ok scalar(keys %per_key), '>=', $N_WORKERS, 'the lock went around every worker';

done_testing;
