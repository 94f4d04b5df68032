#!/usr/bin/perl
# Issue 10, faults 5 and 7: streams say how they are doing, and ask for a
# member that has a leader.
#   - on_state (per watch / lease_keepalive / election_observe, or for every
#     stream of a client through new): 'disconnected' with the reason (an
#     error hash), the endpoint, the source, the id and, for watches, the
#     resume point; 'reconnected' once the stream serves it again;
#     'gave_up' before the final error;
#   - require_leader (default on): a member cut off from its leader refuses
#     the stream ("etcdserver: no leader") instead of serving it nothing;
#     require_leader => 0 gets the old behaviour (served, silently).
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'restarts and stops its servers (ETCD_ENDPOINTS is set)' unless managed();
my ($e, $admin) = server_and_client();
my $P = uniq_prefix('stream-state');
my ($r, $err);

# ---- a watch's own on_state across a restart
{
    my $c = new_client($e);
    my (@states, @events, @errors, $created);
    my $w = $c->watch("${P}k", { on_state => sub { push @states, [@_] } }, sub {
        my ($r, $err) = @_;
        return push @errors, $err if $err;
        $created = 1 if $r->{created};
        push @events, @{ $r->{events} || [] };
    });
    wait_until { $created } 'the watch is created';
    ($r, $err) = sync($admin, put => "${P}k", 'one');
    wait_until { @events == 1 } 'the first event';
    my $resume = $r->{header}{revision} + 1;
    $e->restart;
    wait_until { @states >= 2 } 'disconnected and reconnected', 40;
    is_deeply [map { $_->[0] } @states], [qw(disconnected reconnected)], 'watch: disconnected, then reconnected';
    my $info = $states[0][1];
    check_error($info->{reason}, { source => 'watch' }, 'disconnected: the reason is an error hash');
    is $info->{source}, 'watch', 'disconnected: source';
    is $info->{id}, $w->id, 'disconnected: the watch id';
    is $info->{revision}, $resume, 'disconnected: the resume point';
    is $info->{endpoint}, $e->endpoint, 'disconnected: the endpoint';
    ok !exists $states[1][1]{reason}, 'reconnected: no reason';
    is $states[1][1]{revision}, $resume, 'reconnected: from the resume point';
    ($r, $err) = sync($admin, put => "${P}k", 'two');
    wait_until { @events == 2 } 'the event after the restart';
    is $events[1]{kv}{value}, 'two', 'nothing lost';
    is scalar @errors, 0, 'no error';
    $w->cancel;
}

# ---- the client's on_state for a keepalive; gave_up before the final error
{
    my @states;
    my $c = new_client($e, timeout => 1, max_retries => 1, on_state => sub { push @states, [@_] });
    my ($g, $err) = sync($c, lease_grant => 30);
    ok !$err, 'lease_grant' or diag explain $err;
    my (@ka, @kerr);
    $c->lease_keepalive($g->{id}, sub { my ($r, $err) = @_; $err ? push @kerr, $err : push @ka, $r });
    wait_until { @ka } 'the first keepalive answer';
    $e->stop;
    wait_until { @kerr } 'the keepalive gives up', 60;
    my @names = map { $_->[0] } @states;
    is $names[0], 'disconnected', 'client on_state: disconnected first';
    is $names[-1], 'gave_up', '... gave_up last';
    is $states[-1][1]{source}, 'keepalive', 'gave_up: source';
    is $states[-1][1]{id}, $g->{id}, 'gave_up: the lease id';
    ok $states[-1][1]{reason}, 'gave_up: with the reason';
    is scalar @kerr, 1, 'then the final error, once';
    $e->start;
}

# ---- require_leader: a member without a leader
{
    my $cl = EtcdTest->start_cluster(3, no_fsync => 1);
    my @m = $cl->members;
    my $lone = $m[2];
    $_->kill for @m[0, 1];
    my $probe = EV::Etcd->new(endpoints => [$lone->endpoint], timeout => 2);
    # wait until the lone member has noticed it lost its leader
    wait_until {
        my ($r, $err) = sync($probe, put => "${P}probe", 1);
        $err && $err->{message} =~ /leader|timed out|deadline/i;
    } 'the lone member has no leader', 40;

    my $c = EV::Etcd->new(endpoints => [$lone->endpoint], max_retries => 0, timeout => 2);
    my (@with, @without, @states);
    $c->watch("${P}rl", { on_state => sub { push @states, [@_] } }, sub { push @with, [@_] });
    $c->watch("${P}rl", { require_leader => 0 }, sub { push @without, [@_] });
    wait_until { @with && @without } 'both watches answer', 30;
    ok !$with[0][0], 'require_leader (default): no response';
    like $with[0][1] && $with[0][1]{message}, qr/no leader/, '... the member says it has no leader';
    is $without[0][0] && $without[0][0]{created}, 1, 'require_leader => 0: the watch is created, as before';
    ok !$without[0][1], '... without an error';
    $cl->stop;
}

ok !eval { $admin->watch("${P}x", { on_state => 1 }, sub {}); 1 }, 'on_state must be code';
like $@, qr/^watch: option 'on_state' must be a code reference/, '... naming the method and the option';
ok !eval { EV::Etcd->new(endpoints => [$e->endpoint], require_leader => 'yes'); 1 }, 'require_leader must be 0 or 1';
like $@, qr/^new: 'require_leader' must be a boolean/, '... naming the option';
done_testing;
