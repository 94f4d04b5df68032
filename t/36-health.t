#!/usr/bin/perl
# health_interval / on_health_change: (1, endpoint) once connected, (0,
# endpoint) when the server goes away, 1 again when it is back; only
# changes are reported; nothing without health_interval; a dead endpoint is
# reported unhealthy.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd dead_endpoint);
use EtcdTestUtil qw(:all);

require_etcd();
my $e = EtcdTest->start(no_fsync => 1);
my $EP = $e->endpoint;
like $EP, qr/\A127\.0\.0\.1:\d+\z/, 'endpoint is 127.0.0.1:PORT';

my @h;
my $c = EV::Etcd->new(endpoints => [$EP], health_interval => 0.2,
    on_health_change => sub { push @h, [@_] });

my @quiet;
my $cq = EV::Etcd->new(endpoints => [$EP], on_health_change => sub { push @quiet, [@_] });

ok run_cb {}, 'EV::run returns at once: health monitoring does not keep the loop alive';

# ---------------------------------------------------------------- connected

wait_until { @h } 'the first health report', 15;
is_deeply $h[0], [1, $EP], 'connected: (1, "127.0.0.1:PORT")';
run_for(1);
is scalar @h, 1, 'no further report while nothing changes';

my ($r, $err) = sync($c, put => '/health/k', 'v');
ok !$err, 'the client works' or diag explain $err;
run_for(0.5);
is scalar @h, 1, 'a call does not produce a report either';

# ---------------------------------------------------------------- server stopped

$e->stop;
wait_until { @h >= 2 } 'a report after the server stopped', 15;
is_deeply $h[1], [0, $EP], 'server stopped: (0, endpoint)';
run_for(1);
is scalar @h, 2, 'reported once while the server stays down';

# ---------------------------------------------------------------- server back

$e->start;
wait_until { @h >= 3 } 'a report after the server is back', 30;
is_deeply $h[2], [1, $EP], 'server back: (1, endpoint)';
($r, $err) = sync($c, get => '/health/k');
ok !$err, 'the client works again' or diag explain $err;
is $r && $r->{kvs}[0]{value}, 'v', 'and reads the data';
run_for(0.5);
is_deeply [map { $_->[0] } @h], [1, 0, 1], 'the whole history: 1, 0, 1';
is_deeply [map { scalar @$_ } @h], [2, 2, 2], 'each report has two arguments';

# ---------------------------------------------------------------- no health_interval: no reports

is_deeply \@quiet, [], 'without health_interval on_health_change is never called';

# ---------------------------------------------------------------- a dead endpoint

{
    my $dead = dead_endpoint();
    my @d;
    my $cd = EV::Etcd->new(endpoints => [$dead], health_interval => 0.2,
        on_health_change => sub { push @d, [@_] });
    wait_until { @d } 'a report for the dead endpoint', 15;
    is_deeply $d[0], [0, $dead], 'dead endpoint: (0, endpoint)';
    run_for(1);
    is scalar @d, 1, 'dead endpoint: reported once';
}

# ---------------------------------------------------------------- a dying callback

{
    my @w;
    local $SIG{__WARN__} = sub { push @w, $_[0] };
    my $n = 0;
    my $cx = EV::Etcd->new(endpoints => [$EP], health_interval => 0.2,
        on_health_change => sub { $n++; die "health boom\n" });
    wait_until { $n } 'the dying health callback ran', 15;
    ok scalar(grep { /health boom/ } @w), 'a dying on_health_change is reported with warn';
    ($r, $err) = sync($cx, get => '/health/k');
    ok !$err, 'the client carries on after its on_health_change died' or diag explain $err;
}

ok !eval { EV::Etcd->new(endpoints => [$EP], on_health_change => 'nope'); 1 },
    'on_health_change must be a code reference';
ok !eval { EV::Etcd->new(endpoints => [$EP], health_interval => -1); 1 },
    'health_interval must not be negative';

ok run_cb {}, 'EV::run returns at the end';

done_testing;
