#!/usr/bin/perl
# Tests of the test harness t/lib/EtcdTest.pm itself (no EV::Etcd needed):
# one member (health, put/get via etcdctl, restart keeps data, freeze/thaw,
# stop), then a 3-member cluster that keeps serving with one member killed.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd free_port dead_endpoint managed);
use HTTP::Tiny;
use IO::Socket::INET;
use Time::HiRes qw(time sleep);

require_etcd();
plan skip_all => 'harness tests need etcd servers managed by EtcdTest (ETCD_ENDPOINTS is set)'
    unless managed();
plan skip_all => 'etcdctl not found' unless EtcdTest::etcdctl_bin();

my $t0 = time;

# --- helpers --------------------------------------------------------------

{
    my $p1 = free_port();
    my $p2 = free_port();
    like $p1, qr/^\d+$/, 'free_port returns a port number';
    isnt $p1, $p2, 'free_port does not hand out the same port twice';
    my $s = IO::Socket::INET->new(LocalAddr => '127.0.0.1', LocalPort => $p1, Listen => 1, ReuseAddr => 1);
    ok $s, 'free port can be bound';
    close $s if $s;

    my $dead = dead_endpoint();
    like $dead, qr/^127\.0\.0\.1:\d+$/, 'dead_endpoint format';
    my ($port) = $dead =~ /:(\d+)$/;
    my $c = IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => $port, Timeout => 2);
    ok !$c, 'nothing listens on dead_endpoint';
}

# --- one member -------------------------------------------------------------

my $e = EtcdTest->start(no_fsync => 1, name => 'single');
ok $e->pid, 'member started, pid ' . ($e->pid // 'undef');
like $e->endpoint, qr/^127\.0\.0\.1:\d+$/, 'endpoint is 127.0.0.1:PORT';
is_deeply [$e->endpoints], [$e->endpoint], 'endpoints is a list of one';
is $e->client_url, 'http://' . $e->endpoint, 'client_url';
is $e->name, 'single', 'name';
ok -d $e->data_dir, 'data dir exists: ' . $e->data_dir;
ok -f $e->log_file, 'log file exists';

my $health = HTTP::Tiny->new(timeout => 5)->get($e->client_url . '/health');
ok $health->{success}, 'GET /health on the client URL succeeds';
like $health->{content}, qr/"health"\s*:\s*"true"/, '/health says true';
ok $e->is_healthy, 'is_healthy';

ok scalar(grep { $_ eq '--unsafe-no-fsync' } $e->args), 'no_fsync passes --unsafe-no-fsync';
ok scalar(grep { $_ eq '--log-level' } $e->args), 'log level is set';

$e->etcdctl('put', 'harness/k1', 'v1');
is $e->etcdctl('get', 'harness/k1', '--print-value-only'), "v1\n", 'put/get through etcdctl';

my $old_pid  = $e->pid;
my $old_ep   = $e->endpoint;
my $old_data = $e->data_dir;
$e->restart;
isnt $e->pid, $old_pid, 'restart: new pid';
ok !kill(0, $old_pid), 'restart: old process is gone';
is $e->endpoint, $old_ep, 'restart: same endpoint';
is $e->data_dir, $old_data, 'restart: same data dir';
is $e->etcdctl('get', 'harness/k1', '--print-value-only'), "v1\n", 'restart: key survived';

# freeze: requests time out; thaw: they work again
$e->freeze;
ok $e->is_frozen, 'frozen';
ok !$e->is_healthy(0.5), 'frozen member does not answer /health';
my ($out, $rc) = $e->etcdctl_rc('get', 'harness/k1', '--command-timeout=1s');
isnt $rc, 0, 'etcdctl against a frozen member fails';
$e->thaw;
ok !$e->is_frozen, 'thawed';
$e->wait_healthy(10);
is $e->etcdctl('get', 'harness/k1', '--print-value-only'), "v1\n", 'works again after thaw';

# stopping a frozen member still works (TERM + CONT)
$e->freeze;
my $t_stop = time;
$e->stop;
ok !$e->is_running, 'stop on a frozen member';
ok !kill(0, $old_pid), 'process gone';
cmp_ok time - $t_stop, '<', 4, 'stop was graceful (no SIGKILL wait)';
($out, $rc) = $e->etcdctl_rc('get', 'harness/k1', '--dial-timeout=1s', '--command-timeout=1s');
isnt $rc, 0, 'stopped member does not serve';

# start again (object method), then kill
$e->start;
ok $e->is_running, 'start after stop';
is $e->etcdctl('get', 'harness/k1', '--print-value-only'), "v1\n", 'key still there after stop/start';
my $pid = $e->pid;
$e->kill;
ok !$e->is_running, 'kill';
ok !kill(0, $pid), 'killed process is gone';

eval { $e->freeze };
like $@, qr/not running/, 'freeze on a dead member croaks';

# a fork()ed child's END must not kill the parent's servers
$e->start;
{
    my $child = fork;
    die "fork: $!" unless defined $child;
    if (!$child) { exit 0 }    # runs END blocks in the child
    waitpid $child, 0;
    ok $e->is_running, 'child exit did not kill the server';
    ok -d $e->data_dir, 'child exit did not remove the data dir';
    ok $e->is_healthy, 'still healthy after child exit';
}

# start failure: die with the log tail
{
    my $bad = eval { EtcdTest->start(extra_args => ['--no-such-flag-for-etcd']) };
    ok !$bad, 'start with a bad flag fails';
    like $@, qr/exited before becoming healthy/, 'error says it exited';
    like $@, qr/no-such-flag-for-etcd/, 'error includes the log tail';
}

# destroy removes the data dir
{
    my $tmp = $e->{tmp_dir};
    $e->destroy;
    ok !$e->is_running, 'destroy killed it';
    ok !-d $tmp, 'destroy removed the temp dir' unless $ENV{ETCDTEST_KEEP};
}

# --- unmanaged (ETCD_ENDPOINTS) --------------------------------------------

{
    local $ENV{ETCD_ENDPOINTS} = '127.0.0.1:1,127.0.0.1:2';
    ok !EtcdTest::managed(), 'managed() false with ETCD_ENDPOINTS';
    my $x = EtcdTest->start;
    is $x->endpoint, '127.0.0.1:1', 'external endpoint';
    is_deeply [$x->endpoints], ['127.0.0.1:1', '127.0.0.1:2'], 'external endpoints';
    for my $m (qw(stop kill restart freeze thaw)) {
        eval { $x->$m };
        like $@, qr/not managed/, "$m on an external server croaks";
    }
    eval { EtcdTest->start_cluster(3) };
    like $@, qr/needs 3/, 'start_cluster with too few external endpoints croaks';
}

# --- 3-member cluster -------------------------------------------------------

my $c = EtcdTest->start_cluster(3, no_fsync => 1);
my @m = $c->members;
is scalar(@m), 3, 'three members';
is scalar(my @eps = $c->endpoints), 3, 'three endpoints';
my %uniq = map { $_ => 1 } map { ($_->endpoint, $_->peer_url, $_->data_dir) } @m;
is scalar(keys %uniq), 9, 'distinct ports and data dirs';
ok $_->is_healthy, $_->name . ' healthy' for @m;

my $list = $c->etcdctl('member', 'list');
my @lines = grep { /\S/ } split /\n/, $list;
is scalar(@lines), 3, 'etcdctl member list shows 3 members' or diag $list;
like $list, qr/\Q${\ $m[$_]->peer_url }\E/, "member list has member $_" for 0 .. 2;

my $leader = $c->leader;
ok $leader, 'a leader is known: ' . ($leader ? $leader->name : 'none');

$c->etcdctl('put', 'cluster/k', 'before');
my $victim = $leader // $m[0];
$victim->kill;
ok !$victim->is_running, 'killed ' . $victim->name;
my @alive = grep { $_ != $victim } @m;
my $new_leader = $c->wait_leader(20);
ok $new_leader && $new_leader != $victim, 'survivors elected a new leader: ' . $new_leader->name;
{
    my ($o, $r) = $alive[0]->etcdctl_rc('put', 'cluster/k', 'after');
    is $r, 0, 'surviving members still accept a put' or diag $o;
}
is $alive[1]->etcdctl('get', 'cluster/k', '--print-value-only'), "after\n",
    'the other survivor serves the new value';

$victim->start;
is $victim->etcdctl('get', 'cluster/k', '--print-value-only'), "after\n",
    'restarted member caught up' or diag $victim->log_tail(10);
$c->stop;
ok !(grep { $_->is_running } @m), 'cluster stopped';

cmp_ok time - $t0, '<', 30, sprintf 'harness test took %.1fs', time - $t0;

done_testing;
