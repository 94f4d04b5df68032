#!/usr/bin/perl
# lease_keepalive: ticks with id/ttl/header about every TTL/3, the lease
# outlives its TTL, cancel and dropping the handle stop it (the lease then
# expires), void context, several keepalives share one stream, a revoked or
# unknown lease ends the keepalive with NOT_FOUND.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);
use Time::HiRes ();

require_etcd();
my ($e, $c) = server_and_client();
my $TTL = 3;

sub recorder {
    my @m;
    return (\@m, sub { push @m, [Time::HiRes::time(), @_] });
}

sub oks  { my ($m) = @_; return [ map { $_->[1] } grep { !$_->[2] } @$m ] }
sub errs { my ($m) = @_; return [ map { $_->[2] } grep { $_->[2] } @$m ] }

sub ttl_of {
    my ($id) = @_;
    my ($r, $err) = sync($c, lease_time_to_live => $id);
    ok !$err, 'lease_time_to_live' or diag explain $err;
    return $r;
}

sub check_tick {
    my ($r, $id, $name) = @_;
    is ref $r, 'HASH', "$name: response is a hash" or return;
    is_deeply [sort keys %$r], [qw(header id ttl)], "$name: keys id, ttl, header";
    is_int($r->{id}, "$name: id");
    is "$r->{id}", "$id", "$name: id is the lease";
    is_int($r->{ttl}, "$name: ttl");
    is $r->{ttl}, $TTL, "$name: ttl is the granted TTL";
    check_header($r->{header}, $name);
}

# ---------------------------------------------------------------- ticks; the lease lives on

my $L1 = grant($c, $TTL);
my $L_cancel = grant($c, $TTL);
my $L_drop = grant($c, $TTL);
my $L_void = grant($c, $TTL);

my $c2 = new_client($e);
my ($mv, $cbv) = recorder();
$c2->lease_keepalive($L_void, $cbv);              # void context: no handle

my ($m1, $cb1) = recorder();
my $t0 = Time::HiRes::time();
my $k1 = $c->lease_keepalive($L1, $cb1);
isa_ok $k1, 'EV::Etcd::Keepalive';
ok $k1->is_active, 'keepalive handle is active';
is "${\ $k1->id}", "$L1", 'the handle id is the lease id';

my ($mc, $cbc) = recorder();
my $kc = $c->lease_keepalive($L_cancel, $cbc);
my ($md, $cbd) = recorder();
my $kd = $c->lease_keepalive($L_drop, $cbd);
wait_until { @$mc && @$md && @$mv } 'first ticks of the other keepalives';
cancel_ok($kc, 'cancel');
my $nc = @$mc;
undef $kd;                                        # the last reference: cancels
my $nd = @$md;

# 2 x TTL and a bit
run_for(2 * $TTL + 0.5);

my $ticks = oks($m1);
is_deeply errs($m1), [], 'no keepalive error';
check_tick($ticks->[0], $L1, 'first tick');
check_tick($ticks->[-1], $L1, 'last tick');
my @bad = grep { ref $_ ne 'HASH' || "$_->{id}" ne "$L1" || $_->{ttl} != $TTL } @$ticks;
is scalar @bad, 0, 'every tick has the lease id and its TTL';
# about every TTL/3 = 1 s: over 6.5 s that is about 7 ticks
cmp_ok scalar @$ticks, '>=', 4, 'ticks repeat (at least 4 in 2 x TTL)';
cmp_ok scalar @$ticks, '<=', 15, 'ticks are not sent in a tight loop';
my @gaps = map { $m1->[$_][0] - $m1->[$_ - 1][0] } 1 .. $#$m1;
my $maxgap = (sort { $b <=> $a } @gaps)[0] // 99;
cmp_ok $maxgap, '<', $TTL, 'never a whole TTL between two ticks';
cmp_ok $m1->[0][0] - $t0, '<', $TTL, 'the first tick comes before the TTL runs out';

my $tt = ttl_of($L1);
cmp_ok $tt->{ttl}, '>', 0, 'after 2 x TTL the kept-alive lease is still alive';
is $tt->{granted_ttl}, $TTL, 'granted_ttl';

my $tv = ttl_of($L_void);
cmp_ok $tv->{ttl}, '>', 0, 'void context: the lease is still alive after 2 x TTL';
cmp_ok scalar @{ oks($mv) }, '>=', 4, 'void context: the keepalive keeps ticking';
is_deeply errs($mv), [], 'void context: no error';

# cancelled and dropped keepalives: no tick after, and their leases expired
is scalar @$mc, $nc, 'cancel: no tick after the cancel';
is scalar @$md, $nd, 'undef handle: no tick after the drop';
is ttl_of($L_cancel)->{ttl}, -1, 'cancel: the lease has expired';
is ttl_of($L_drop)->{ttl}, -1, 'undef handle: the lease has expired';

{
    my @again;
    $kc->cancel(sub { @again = @_ });
    EV::run(EV::RUN_NOWAIT) unless @again;
    is_deeply \@again, [{}, undef], 'cancel twice: the second fires at once with {}';
}

# ---------------------------------------------------------------- cancel: the lease then expires

{
    my $n = @$m1;
    cancel_ok($k1, 'keepalive');
    my $after = @$m1;
    is $after, $n, 'no tick delivered by the cancel itself';
    my $t = ttl_of($L1);
    cmp_ok $t->{ttl}, '>', 0, 'right after the cancel the lease is still alive';
    my $expired;
    wait_until {
        my $r = ttl_of($L1);
        $expired = 1 if $r && $r->{ttl} == -1;
        run_for(0.3) unless $expired;
        $expired;
    } 'the lease expires after the cancel', 3 * $TTL + 10;
    ok $expired, 'cancelled keepalive: the lease expired';
    is scalar @$m1, $after, 'no tick after the cancel';
}

# ---------------------------------------------------------------- one stream for several keepalives

{
    my $c3 = new_client($e);
    my ($A, $B) = (grant($c, $TTL), grant($c, $TTL));
    my ($ma, $cba) = recorder();
    my ($mb, $cbb) = recorder();
    my $ka = $c3->lease_keepalive($A, $cba);
    my $kb = $c3->lease_keepalive($B, $cbb);
    wait_until { @{ oks($ma) } >= 2 && @{ oks($mb) } >= 2 } 'two keepalives tick twice each';
    my $st = $c3->_stats;
    is $st->{streams_open}, 1, 'two keepalives: one stream open';
    is $st->{streams_opened}, 1, 'two keepalives: one stream opened';
    is $st->{subscriptions}, 2, 'two subscriptions';
    is_deeply [map { "$_->{id}" } @{ oks($ma) }], [("$A") x @{ oks($ma) }], 'keepalive A: only its lease';
    is_deeply [map { "$_->{id}" } @{ oks($mb) }], [("$B") x @{ oks($mb) }], 'keepalive B: only its lease';
    cancel_ok($ka, 'A');
    my $nb = @$mb;
    wait_until { @$mb > $nb } 'B ticks on after A is cancelled';
    check_tick($mb->[-1][1], $B, 'B after A cancelled');
    cancel_ok($kb, 'B');
    sync($c, lease_revoke => $_) for $A, $B;
}

# ---------------------------------------------------------------- revoked under an active keepalive

{
    my $L = grant($c, $TTL);
    my ($m, $cb) = recorder();
    my $k = $c->lease_keepalive($L, $cb);
    wait_until { @$m } 'first tick';
    my ($r, $err) = sync($c, lease_revoke => $L);
    ok !$err, 'lease_revoke' or diag explain $err;
    wait_until { @{ errs($m) } } 'an error after the revoke', 3 * $TTL + 10;
    my $errs = errs($m);
    is scalar @$errs, 1, 'revoked: one error';
    check_error($errs->[0], { source => 'keepalive', status => 'NOT_FOUND', code => 5, retryable => 0 },
        'revoked lease');
    ok !defined $m->[-1][1], 'revoked: no response with the error';
    ok $m->[-1][2], 'revoked: the error is the last callback';
    ok !$k->is_active, 'revoked: the keepalive stopped';
    my $n = @$m;
    run_for($TTL / 3 + 0.7);
    is scalar @$m, $n, 'revoked: no callback after the error';
    my @again;
    $k->cancel(sub { @again = @_ });
    EV::run(EV::RUN_NOWAIT) unless @again;
    is_deeply \@again, [{}, undef], 'cancel after the error: at once with {}';
}

# ---------------------------------------------------------------- a lease that does not exist

{
    my $bogus = 0x1234567 + int rand 1000;
    is ttl_of($bogus)->{ttl}, -1, 'the bogus lease does not exist';
    my ($m, $cb) = recorder();
    my $k = $c->lease_keepalive($bogus, $cb);
    ok $k->is_active, 'nonexistent lease: active until the server answers';
    wait_until { @$m } 'nonexistent lease: a callback';
    is scalar @$m, 1, 'nonexistent lease: one callback';
    ok !defined $m->[0][1], 'nonexistent lease: no response';
    check_error($m->[0][2], { source => 'keepalive', status => 'NOT_FOUND', code => 5, retryable => 0 },
        'nonexistent lease');
    ok !$k->is_active, 'nonexistent lease: the keepalive stopped';
}

# ---------------------------------------------------------------- argument checks

ok !eval { $c->lease_keepalive(1, { bogus => 1 }, sub { }); 1 }, 'unknown option croaks';
like $@, qr/bogus/, 'the message names the option';
{
    my ($m, $cb) = recorder();
    my $L = grant($c, $TTL);
    my $k = $c->lease_keepalive($L, { auto_reconnect => 0 }, $cb);
    wait_until { @$m } 'auto_reconnect => 0: a tick';
    check_tick($m->[0][1], $L, 'auto_reconnect => 0');
    cancel_ok($k, 'auto_reconnect => 0');
    sync($c, lease_revoke => $L);
}

undef $c2;
is $c->_stats->{subscriptions}, 0, 'no subscription left';
ok run_cb {}, 'EV::run returns with no keepalive left';

done_testing;
