#!/usr/bin/perl
# election_observe: the leader's kv after a campaign on another client, a
# notification per proclaim, the next leader after a resign, cancel (twice),
# dropping the handle, void context.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('observe');
my $EL = "${P}election";

my $cand1 = new_client($e);
my $cand2 = new_client($e);

sub recorder {
    my @m;
    return (\@m, sub { push @m, [@_] });
}
sub oks  { my ($m) = @_; return [ map { $_->[0] } grep { !$_->[1] } @$m ] }
sub errs { my ($m) = @_; return [ map { $_->[1] } grep { $_->[1] } @$m ] }

sub check_note {
    my ($r, $exp, $name) = @_;
    is ref $r, 'HASH', "$name: response is a hash" or return;
    is_deeply [sort keys %$r], [qw(header kv)], "$name: keys kv and header";
    check_kv($r->{kv}, $exp, $name);
    check_header($r->{header}, $name);
    cmp_ok $r->{header}{revision}, '>=', $r->{kv}{mod_revision}, "$name: header revision >= kv mod_revision";
}

my ($m, $cb) = recorder();
my $o = $c->election_observe($EL, $cb);
isa_ok $o, 'EV::Etcd::Observe';
ok $o->is_active, 'observe handle is active';

# a void-context observer on another client
my $cv = new_client($e);
my ($mv, $cbv) = recorder();
$cv->election_observe($EL, $cbv);

# ---------------------------------------------------------------- campaign

my ($g1) = sync($cand1, lease_grant => 30);
my ($camp, $err) = sync($cand1, election_campaign => $EL, $g1->{id}, 'leader-1');
ok !$err, 'campaign' or diag explain $err;
my $leader = $camp->{leader};
wait_until { @$m } 'observe: the leader';
is scalar @$m, 1, 'one notification for the campaign';
is_deeply errs($m), [], 'no error';
check_note($m->[0][0], { key => $leader->{key}, value => 'leader-1', lease => $g1->{id},
    create_revision => $leader->{rev}, mod_revision => $leader->{rev}, version => 1 }, 'after campaign');
like $m->[0][0]{kv}{key}, qr/\A\Q$EL\E\//, 'the leader key is under the election name';

# ---------------------------------------------------------------- proclaim

my ($pr, $perr) = sync($cand1, election_proclaim => $leader, 'leader-1b');
ok !$perr, 'proclaim' or diag explain $perr;
wait_until { @$m >= 2 } 'observe: the proclaim';
is scalar @$m, 2, 'one notification for the proclaim';
check_note($m->[1][0], { key => $leader->{key}, value => 'leader-1b', lease => $g1->{id},
    create_revision => $leader->{rev}, mod_revision => $pr->{header}{revision}, version => 2 },
    'after proclaim');

# ---------------------------------------------------------------- the next leader

my ($g2) = sync($cand2, lease_grant => 30);
my ($camp2, $err2, $elected2);
$cand2->election_campaign($EL, $g2->{id}, 'leader-2', sub { ($camp2, $err2) = @_; $elected2 = 1 });
run_for(0.3);
ok !$elected2, 'the second candidate waits while the first leads';
my ($rr, $rerr) = sync($cand1, election_resign => $leader);
ok !$rerr, 'resign' or diag explain $rerr;
wait_until { $elected2 } 'the second candidate is elected';
ok !$err2, 'second campaign' or diag explain $err2;
wait_until { grep { $_->{kv}{value} eq 'leader-2' } @{ oks($m) } } 'observe: the new leader';
my $last = $m->[-1][0];
check_note($last, { key => $camp2->{leader}{key}, value => 'leader-2', lease => $g2->{id},
    create_revision => $camp2->{leader}{rev} }, 'new leader');
is_deeply errs($m), [], 'no error so far';

# void context: saw the same leaders
wait_until { grep { $_->{kv}{value} eq 'leader-2' } @{ oks($mv) } } 'void observer: the new leader';
is_deeply [map { $_->{kv}{value} } @{ oks($mv) }], [map { $_->{kv}{value} } @{ oks($m) }],
    'void context: the same notifications';
is $cv->_stats->{subscriptions}, 1, 'void context: the subscription lives';

# ---------------------------------------------------------------- cancel

{
    # a second observer on the same client as a sentinel
    my ($ms, $cbs) = recorder();
    my $sentinel = $c->election_observe($EL, $cbs);
    wait_until { @$ms } 'sentinel: the current leader';

    cancel_ok($o, 'observe');
    my $n = @$m;
    sync($cand2, election_proclaim => $camp2->{leader}, 'leader-2b');
    wait_until { grep { $_->{kv}{value} eq 'leader-2b' } @{ oks($ms) } } 'sentinel sees the proclaim';
    run_for(0.3);
    is scalar @$m, $n, 'cancelled observe: no notification after the cancel';

    my @again;
    $o->cancel(sub { @again = @_ });
    EV::run(EV::RUN_NOWAIT) unless @again;
    is_deeply \@again, [{}, undef], 'cancel twice: the second fires at once with {}';

    # dropping the handle
    my $subs = $c->_stats->{subscriptions};
    undef $sentinel;
    my $ns = @$ms;
    wait_until { $c->_stats->{subscriptions} == $subs - 1 } 'undef handle: the subscription ends';
    sync($cand2, election_proclaim => $camp2->{leader}, 'leader-2c');
    wait_until { grep { $_->{kv}{value} eq 'leader-2c' } @{ oks($mv) } } 'void observer sees the proclaim';
    run_for(0.3);
    is scalar @$ms, $ns, 'undef handle: no notification after the drop';
}

ok !eval { $c->election_observe($EL, { bogus => 1 }, sub { }); 1 }, 'unknown option croaks';
like $@, qr/bogus/, 'the message names the option';

{
    my ($ma, $cba) = recorder();
    my $oa = $c->election_observe($EL, { auto_reconnect => 0 }, $cba);
    wait_until { @$ma } 'auto_reconnect => 0: the current leader';
    check_note($ma->[0][0], { value => 'leader-2c' }, 'auto_reconnect => 0');
    cancel_ok($oa, 'auto_reconnect => 0');
}

undef $cv;
is $c->_stats->{subscriptions}, 0, 'no subscription left';
ok run_cb {}, 'EV::run returns once every observe has ended';

done_testing;
