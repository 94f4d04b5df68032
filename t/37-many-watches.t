#!/usr/bin/perl
# 1,000 watches on distinct keys on one client share one stream; a put to
# each key reaches exactly its watch; cancelling them all works.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('many');
my $N = 1000;

my (@w, @msgs);
for my $i (0 .. $N - 1) {
    my $key = sprintf '%sk%04d', $P, $i;
    $msgs[$i] = [];
    my $m = $msgs[$i];
    $w[$i] = $c->watch($key, sub { push @$m, [@_] });
}
is scalar(grep { ref $_ eq 'EV::Etcd::Watch' && $_->is_active } @w), $N, "$N active handles";
is $c->_stats->{subscriptions}, $N, "$N subscriptions";

wait_until { !grep { !@$_ } @msgs } "$N created responses", 60;
is scalar(grep { @$_ == 1 && $_->[0][0] && $_->[0][0]{created} && !$_->[0][1] } @msgs), $N,
    'every watch got exactly its created response';
is scalar(grep { $msgs[$_][0][0] && $msgs[$_][0][0]{watch_id} == $w[$_]->id } 0 .. $N - 1), $N,
    'each created response carries its handle id';
my %ids = map { $_->id => 1 } @w;
is scalar(keys %ids), $N, 'the watch ids are distinct';

my $st = $c->_stats;
is $st->{streams_open}, 1, "$N watches: one stream open";
is $st->{streams_opened}, 1, "$N watches: one stream ever opened";

# ---------------------------------------------------------------- a put to each key

my ($done, @perr) = (0);
for my $i (0 .. $N - 1) {
    $c->put(sprintf('%sk%04d', $P, $i), "v$i", sub { $done++; push @perr, $_[1] if $_[1] });
}
wait_until { $done == $N } "$N puts", 60;
is_deeply \@perr, [], 'every put succeeded';
wait_until { !grep { @$_ < 2 } @msgs } "an event on each of the $N watches", 60;

# a last put under the prefix but on no watched key, seen by a late watch on
# the whole prefix: everything before it has been delivered
my @spy;
my $spy = $c->watch($P, { prefix => 1 }, sub { push @spy, [@_] });
wait_until { @spy } 'spy created';
sync($c, put => "${P}zz", 'end');
wait_until { grep { $_->[0] && grep { $_->{kv}{key} eq "${P}zz" } @{ $_->[0]{events} } } @spy } 'spy sees the end';

my @bad;
for my $i (0 .. $N - 1) {
    my $m = $msgs[$i];
    my $key = sprintf '%sk%04d', $P, $i;
    my @ev = map { @{ $_->[0]{events} } } grep { $_->[0] } @$m[1 .. $#$m];
    my $ok = @$m == 2 && !$m->[1][1] && $m->[1][0]{watch_id} == $w[$i]->id
        && @ev == 1 && $ev[0]{type} eq 'PUT' && $ev[0]{kv}{key} eq $key && $ev[0]{kv}{value} eq "v$i";
    push @bad, $i unless $ok;
}
is scalar @bad, 0, "each of the $N watches got exactly one event, for its own key"
    or diag explain [map { [$_, $msgs[$_]] } @bad[0 .. ($#bad < 2 ? $#bad : 2)]];
is_deeply [@{ $c->_stats }{qw(streams_open streams_opened)}], [1, 1], 'the spy shares the stream: still one stream, opened once';

# ---------------------------------------------------------------- cancel them all

my (@cres, $cn);
$cn = 0;
for my $i (0 .. $N - 1) {
    $w[$i]->cancel(sub { $cres[$i] = [@_]; $cn++ });
}
wait_until { $cn >= $N } "$N cancel callbacks", 60;
is $cn, $N, "$N cancel callbacks, once each";
is scalar(grep { $_ && @$_ == 2 && ref $_->[0] eq 'HASH' && !%{ $_->[0] } && !defined $_->[1] } @cres), $N,
    'every cancel completed with ({}, undef)';
is scalar(grep { $_->is_active } @w), 0, 'no handle is active';
is $c->_stats->{subscriptions}, 1, 'only the spy is left';

# nothing reaches a cancelled watch
my $n_before = 0;
$n_before += @$_ for @msgs;
sync($c, put => sprintf('%sk%04d', $P, $_), 'after') for 0, $N / 2, $N - 1;
sync($c, put => "${P}zz", 'end2');
wait_until { grep { $_->[0] && grep { $_->{kv}{value} eq 'end2' } @{ $_->[0]{events} } } @spy } 'spy sees end2';
my $n_after = 0;
$n_after += @$_ for @msgs;
is $n_after, $n_before, 'no message to a cancelled watch';

my @sc;
$spy->cancel(sub { @sc = @_ });
wait_until { @sc } 'spy cancelled';
is $c->_stats->{subscriptions}, 0, 'no subscription left';
ok run_cb {}, 'EV::run returns';

done_testing;
