#!/usr/bin/perl
# Keepalive pings notice a dead connection.  A 3-member cluster runs with
# --grpc-keepalive-min-time 1s (so pings every second are allowed).  A
# client with all three endpoints, keepalive_time => 1,
# keepalive_timeout => 1, max_retries => 10 opens a prefix watch; the
# member it is connected to (pick_first: the first endpoint) is frozen
# with SIGSTOP: its TCP connection stays open but nothing answers, so only
# the pings can tell.  A put made through the surviving members must reach
# the watch (once, same watch_id, no error) within a generous guard: the
# stream noticed the dead connection and reconnected to another member.
# The client's unary calls work again too.  The member is thawed at the end.
# Timeouts are guards (a failure), never measurements.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;
use Time::HiRes ();

require_etcd();
plan skip_all => 'needs a cluster this test can freeze members of (ETCD_ENDPOINTS is set)' unless managed();

my $cl = EtcdTest->start_cluster(3, no_fsync => 1, extra_args => ['--grpc-keepalive-min-time', '1s']);
$cl->wait_leader;
my @members = $cl->members;
my $P = uniq_prefix('kaping');
my ($r, $err);

# the member id a client's status call answers from
sub member_id_of {
    my ($c) = @_;
    my ($st, $e) = sync($c, 'status');
    return $e ? undef : $st->{header}{member_id};
}

my $c = EV::Etcd->new(
    endpoints         => [$cl->endpoints],
    keepalive_time    => 1,
    keepalive_timeout => 1,
    max_retries       => 10,
);

# which member is the first endpoint (the one pick_first uses)
my $first = $members[0];
my ($ml, $e1) = sync(EV::Etcd->new(endpoints => [$first->endpoint]), 'member_list');
ok !$e1, 'member_list' or diag explain $e1;
my %id_of_url = map { my $m = $_; map { ($_ => $m->{id}) } @{ $m->{client_urls} } } @{ $ml->{members} || [] };
my $first_id = $id_of_url{ $first->client_url };
ok $first_id, 'the first endpoint\'s member id';
is member_id_of($c), $first_id, 'the client uses the first endpoint (pick_first)';

# the watch
my (@events, @errs, @ids, $created);
my $w = $c->watch($P, { prefix => 1 }, sub {
    my ($r, $err) = @_;
    return push @errs, $err if $err;
    push @ids, $r->{watch_id};
    $created = 1 if $r->{created};
    push @events, @{ $r->{events} || [] };
});
wait_until { $created || @errs } 'the watch is created';
ok $created, 'the watch is created';
($r, $err) = sync($c, put => "${P}before", 'b');
ok !$err, 'put before the freeze' or diag explain $err;
wait_until { @events >= 1 } 'the event before the freeze';
is_deeply [map { $_->{kv}{key} } @events], ["${P}before"], 'the watch saw the put before the freeze';

# freeze the member the client is connected to
my $opened_before = $c->_stats->{streams_opened};
$first->freeze;
my $frozen_at = Time::HiRes::time();
ok $first->is_frozen, 'the first member is frozen (SIGSTOP)';

# a writer that talks only to the survivors; retries until the put lands
# (the cluster may first have to elect a new leader)
my $writer = EV::Etcd->new(endpoints => [map { $_->endpoint } @members[1, 2]], timeout => 5, max_retries => 10);
my ($put_ok, $put_err, $tries, $retry) = (0, undef, 0);
my $put;
$put = sub {
    $tries++;
    $writer->txn([{ key => "${P}after", target => 'version', version => 0 }],
                 [{ put => { key => "${P}after", value => 'a' } }], [], sub {
        my ($r, $err) = @_;
        if ($err) {
            $put_err = $err;
            $retry = EV::timer(0.2, 0, $put);
            return;
        }
        $put_ok = 1;
    });
};
$put->();
wait_until { $put_ok } 'the put through the surviving members', 60;
ok $put_ok, "the put through the surviving members landed (after $tries tries)"
    or diag explain $put_err;

# The pings (every 1 s, 1 s to answer) find the connection dead within a
# few seconds: the watch stream is opened again.  Guard: 10 s after the freeze.
wait_until { $c->_stats->{streams_opened} > $opened_before } 'the watch stream to be reopened',
    $frozen_at + 10 - Time::HiRes::time();
cmp_ok $c->_stats->{streams_opened}, '>', $opened_before,
    'the keepalive pings noticed the dead connection: the watch stream was reopened';

# Then the stream reaches another member.  Guard: 15 s after the freeze
# (pings ~2 s, a new leader and the put a few seconds, the reconnect
# itself well under a second on loopback).
wait_until { @events >= 2 } 'the put reaches the watch after the freeze (15 s after it)',
    $frozen_at + 15 - Time::HiRes::time();
if (@events < 2) {
    # late is a failure (above), but the rest of the test still needs it
    wait_until { @events >= 2 } 'the put reaches the watch at all', 45;
    diag sprintf 'the event arrived %.1f s after the freeze', Time::HiRes::time() - $frozen_at
        if @events >= 2;
}
is_deeply [map { "$_->{type} $_->{kv}{key}=$_->{kv}{value}" } @events],
    ["PUT ${P}before=b", "PUT ${P}after=a"],
    'the watch saw the put made after the freeze (the stream noticed the dead connection and moved)';
is_deeply \@errs, [], 'the watch reported no errors (it reconnected by itself)';
is scalar(keys %{ { map { $_ => 1 } @ids } }), 1, 'the watch_id stayed the same';
ok $w->is_active, 'the watch is still active';

# unary calls of the same client work again, from another member
($r, $err) = sync($c, get => "${P}after");
ok !$err, 'get on the client after the freeze' or diag explain $err;
is $r->{kvs}[0]{value}, 'a', '... the value';
isnt $r->{header}{member_id}, $first_id, '... answered by another member';

# and later puts arrive once each
($r, $err) = sync($c, put => "${P}later", 'l');
ok !$err, 'put on the client after the freeze' or diag explain $err;
wait_until { @events >= 3 } 'the later put reaches the watch', 20;
is_deeply [map { $_->{kv}{key} } @events], ["${P}before", "${P}after", "${P}later"],
    'each event once, in order';

# ---------------------------------------------------------------- thaw

$first->thaw;
ok !$first->is_frozen, 'the first member is thawed';
$cl->wait_healthy;
my $cancelled;
$w->cancel(sub { $cancelled = 1 });
wait_until { $cancelled } 'the watch is cancelled';
is_deeply \@errs, [], 'no watch errors at the end';

done_testing;
