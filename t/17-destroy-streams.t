# Destroying a client with live streams: every watch, keepalive and observe
# callback gets one final error (CANCELLED, source the stream kind), handles
# go inactive, a pending cancel completes, nothing else runs afterwards; and
# a client destroyed inside its own watch callback is torn down safely.
use strict;
use warnings;
use Test::More;
use EV;
use EV::Etcd;
use EtcdTest;
use EtcdTestUtil qw(:all);

EtcdTest::require_etcd();
my $e = EtcdTest->start(name => 'destroy-streams');
my $other = EV::Etcd->new(endpoints => [$e->endpoint]);
my ($lease) = sync($other, lease_grant => 30);
my ($camp) = sync($other, election_campaign => '/ds-election', $lease->{id}, 'leader');
ok $camp && $camp->{leader}, 'a leader exists';

my $c = EV::Etcd->new(endpoints => [$e->endpoint]);
my (%got, %created);
my $w = $c->watch('/ds/', { prefix => 1 }, sub {
    my ($r, $err) = @_;
    push @{ $got{watch} }, [$r, $err];
    $created{watch} = 1 if $r && $r->{created};
});
my ($l2) = sync($other, lease_grant => 30);
my $k = $c->lease_keepalive($l2->{id}, sub { push @{ $got{keepalive} }, [@_] });
my $o = $c->election_observe('/ds-election', sub { push @{ $got{observe} }, [@_] });
wait_until { $created{watch} && $got{keepalive} && $got{observe} } 'all three streams deliver';

my $w2 = $c->watch('/ds2/', sub { push @{ $got{watch2} }, [@_] });
my @cancelled;
wait_until { $c->_stats->{subscriptions} == 4 } 'four subscriptions';
$w2->cancel(sub { push @cancelled, [@_] });      # pending when the client goes

my %before = map { $_ => scalar @{ $got{$_} } } qw(watch keepalive observe);
undef $c;
for my $kind (qw(watch keepalive observe)) {
    my @final = @{ $got{$kind} }[ $before{$kind} .. $#{ $got{$kind} } ];
    is scalar @final, 1, "$kind: one final callback";
    my ($r, $err) = @{ $final[0] || [] };
    ok !defined $r, "$kind: no response";
    check_error($err, { code => 1, status => 'CANCELLED', source => $kind, retryable => 0 },
        "$kind: CANCELLED error");
}
is scalar @cancelled, 1, 'the pending cancel completed once';
is_deeply $cancelled[0], [{}, undef], '... with success';
ok !$w->is_active, 'watch handle inactive';
ok !$k->is_active, 'keepalive handle inactive';
ok !$o->is_active, 'observe handle inactive';
my $n = 0;
$w->cancel(sub { $n++ });
is $n, 1, 'cancel on a handle of a destroyed client: success at once';

my %after = map { $_ => scalar @{ $got{$_} } } qw(watch keepalive observe);
sync($other, put => '/ds/x', 'after');
my ($r) = sync($other, status => ());
is_deeply { map { $_ => scalar @{ $got{$_} } } qw(watch keepalive observe) }, \%after,
    'nothing runs after the client is gone';

# destroyed inside its own watch callback
my $d = EV::Etcd->new(endpoints => [$e->endpoint]);
my ($events, $final, $dcreated) = (0, undef, 0);
my $dw = $d->watch('/ds3/', { prefix => 1 }, sub {
    my ($r, $err) = @_;
    if ($err) { $final = $err; return }
    $dcreated = 1 if $r->{created};
    return unless @{ $r->{events} || [] };
    $events++;
    undef $d;                                    # the last reference
});
wait_until { $dcreated } 'the watch is created';
sync($other, put => '/ds3/a', '1');
wait_until { $final } 'the watch gets its final error after the client is destroyed inside it';
is $events, 1, 'one event delivered';
is $final->{status}, 'CANCELLED', 'then CANCELLED';
ok !defined $d, 'the client is gone';
my ($ok) = sync($other, put => '/ds3/b', '2');
ok $ok, 'the server is still fine';

done_testing;
