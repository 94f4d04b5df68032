#!/usr/bin/perl
# $client->stats: the counters of calls and streams, against etcd.
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
my $P = uniq_prefix('stats');
my @KEYS = qw(calls_in_flight calls_on_wire stream_reads_paused streams_open streams_opened subscriptions);

my $s = $c->stats;
is_deeply [sort keys %$s], \@KEYS, 'stats: the documented keys';
is_deeply $s, { map { $_ => 0 } @KEYS }, 'a new client: every counter is 0';
is_int($s->{$_}, $_) for @KEYS;
$s->{calls_in_flight} = 99;
is $c->stats->{calls_in_flight}, 0, 'a new hash on every call';

eval { $c->stats(1) };
like $@, qr/\Astats: takes no arguments; usage: \$client->stats at /, 'stats(1) croaks';
eval { EV::Etcd::stats('EV::Etcd') };
like $@, qr/not called on an EV::Etcd client/, 'stats on the class croaks';

# unary calls: 100 gets, 64 on the wire, the rest queued
{
    my $done = 0;
    $c->get("${P}k$_", sub { $done++ }) for 1 .. 100;
    $s = $c->stats;
    is $s->{calls_in_flight}, 100, '100 gets in flight';
    is $s->{calls_on_wire}, 64, '64 of them on the wire';
    wait_until { $done == 100 } 'the 100 gets';
    $s = $c->stats;
    is $s->{calls_in_flight}, 0, 'none in flight after their callbacks';
    is $s->{calls_on_wire}, 0, 'none on the wire';
}

# a lock that waits (no deadline) is in flight but not counted on the wire
my ($lease) = sync($c, lease_grant => 60);
my ($held) = sync($c, lock => "${P}lock", $lease->{id});
my $c2 = new_client($e);
my ($lease2) = sync($c2, lease_grant => 60);
my ($lock_resp, $lock_err);
$c2->lock("${P}lock", $lease2->{id}, sub { ($lock_resp, $lock_err) = @_ });
$s = $c2->stats;
is $s->{calls_in_flight}, 1, 'a waiting lock is in flight';
is $s->{calls_on_wire}, 0, '... and not counted against the 64';
sync($c, unlock => $held->{key});
wait_until { $lock_resp || $lock_err } 'the second lock';
ok $lock_resp, 'the second lock was granted after the unlock';
is $c2->stats->{calls_in_flight}, 0, 'then nothing is in flight';

# streams: two watches share one stream, keepalives another
{
    my @w = map { $c->watch("${P}w$_", sub { }) } 1 .. 2;
    wait_until { $c->stats->{streams_open} == 1 } 'the watch stream';
    $s = $c->stats;
    is $s->{subscriptions}, 2, 'two watches: two subscriptions';
    is $s->{streams_open}, 1, '... on one watch stream';
    is $s->{streams_opened}, 1, 'one stream opened so far';

    my $ka = $c->lease_keepalive($lease->{id}, sub { });
    wait_until { $c->stats->{streams_open} == 2 } 'the keepalive stream';
    $s = $c->stats;
    is $s->{subscriptions}, 3, 'and a keepalive: three subscriptions';
    is $s->{streams_open}, 2, 'on two streams';
    is $s->{streams_opened}, 2, 'two streams opened';

    $_->cancel for @w;
    wait_until { $c->stats->{subscriptions} == 1 } 'the watches to end';
    is $c->stats->{subscriptions}, 1, 'cancelled watches are no longer counted';
    $ka->cancel;
    wait_until { $c->stats->{subscriptions} == 0 } 'the keepalive to end';
    is $c->stats->{subscriptions}, 0, 'nothing active';
    cmp_ok $c->stats->{streams_opened}, '>=', 2, 'streams_opened only grows';
}

done_testing;
