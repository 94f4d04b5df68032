#!/usr/bin/perl
# bench/peers.pl - EV::Etcd and Go's clientv3 side by side (make bench-peers).
#
# Runs the phases of bench/bench.pl (EV::Etcd) and of bench/go's etcdpeer
# (Go's reference client, go.etcd.io/etcd/clientv3 3.4 from Debian) in turns,
# A B A B ...: each run of each client gets a fresh throwaway etcd
# (t/lib/EtcdTest.pm, --unsafe-no-fsync), and each phase of a run is a process
# of its own against that server, so its peak RSS is that phase's alone. Then
# prints, per phase, the median over the runs of each figure for both clients
# and the ratio EV::Etcd / Go.
#
#     make bench-peers                         # defaults: 3 runs each
#     make bench-peers BENCH_QUICK=1           # tiny sizes: a smoke check
#     make bench-peers BENCH_PEERS_ARGS='--runs 5 --phases seq-put,put-c1000'
#     perl -Mblib bench/peers.pl --go build/etcdpeer [options]
#
# Machines here are shared and their speed varies from one minute to the
# next: only figures from the same invocation compare. This is not a test.

use strict;
use warnings;

use FindBin;
use lib "$FindBin::Bin/../t/lib";

use Getopt::Long qw(GetOptions);
use JSON::PP ();
use EtcdTest ();

my %opt = (
    runs   => 3,
    go     => 'build/etcdpeer',
    phases => 'seq-put,seq-get,put-c100,get-c100,put-c1000,get-c1000,watch-c1000,'
            . 'watch-self-c1000,catchup,range,watches',
);
my %size;    # passed on to both clients
GetOptions(
    'runs=i'        => \$opt{runs},
    'go=s'          => \$opt{go},
    'phases=s'      => \$opt{phases},
    'quick'         => \$opt{quick},
    'json=s'        => \$opt{json},
    'verbose|v'     => \$opt{verbose},
    'n|ops=i'       => \$size{n},
    'value-size=i'  => \$size{'value-size'},
    'keys=i'        => \$size{keys},
    'backlog=i'     => \$size{backlog},
    'range-kvs=i'   => \$size{'range-kvs'},
    'range-reads=i' => \$size{'range-reads'},
    'watches=i'     => \$size{watches},
    'timeout=f'     => \$size{timeout},
    'help|h'        => \$opt{help},
) or usage(2);
usage(0) if $opt{help};

sub usage {
    print STDERR <<"EOT";
usage: perl -Mblib bench/peers.pl [options]
  --runs R            runs of each client, alternating (default 3; medians)
  --go PATH           the Go peer binary (default build/etcdpeer; make bench-peers builds it)
  --phases LIST       as bench/bench.pl's (default: all of them)
  --quick             tiny sizes and 2 runs: a smoke check, not a measurement
  --json FILE         also write every run's figures and the medians as JSON
  -v, --verbose       print each run's figures as they come
  -n, --value-size, --keys, --backlog, --range-kvs, --range-reads,
  --watches, --timeout: passed to both clients (see bench/bench.pl --help)
EOT
    exit $_[0];
}

if ($opt{quick}) {
    my %quick = (n => 300, backlog => 2000, 'range-kvs' => 1000, 'range-reads' => 2, watches => 300);
    $size{$_} //= $quick{$_} for keys %quick;
    $opt{runs} = 2 if $opt{runs} == 3;
}
die "--runs must be > 0\n" unless $opt{runs} > 0;
-x $opt{go} or die "$opt{go}: not built (make bench-peers builds it)\n";
EtcdTest::etcd_bin() or die "etcd not found: install etcd-server\n";

my @phases = grep { length } map { s/^\s+|\s+$//gr } split /,/, $opt{phases};
my @size_args = map { ("--$_", $size{$_}) } grep { defined $size{$_} } sort keys %size;
my @perl_inc  = map { "-I$_" } grep { !ref } @INC;

my %client = (
    ours => { label => 'EV::Etcd', cmd => [$^X, @perl_inc, "$FindBin::Bin/bench.pl"] },
    go   => { label => 'Go',       cmd => [$opt{go}] },
);
my @order = qw(ours go);
my %config;    # each client's idea of its sizes, from its first JSON

# what is compared: [key in a phase result, label, format, scale, better]
my @metrics = (
    ['ops_per_s',       'units/s',         '%.0f', 1,         'higher'],
    ['cpu_us_per_op',   'CPU us/unit',     '%.2f', 1,         'lower'],
    ['p50_us',          'p50 latency us',  '%.0f', 1,         'lower'],
    ['p99_us',          'p99 latency us',  '%.0f', 1,         'lower'],
    ['peak_rss_kb',     'peak RSS MiB',    '%.1f', 1 / 1024,  'lower'],
    ['bytes_per_watch', 'RSS B/watch',     '%.0f', 1,         'lower'],
);

# ---------------------------------------------------------------------------

sub machine {
    my $cpu = '?';
    if (open my $fh, '<', '/proc/cpuinfo') {
        while (<$fh>) { if (/^model name\s*:\s*(.+)/) { $cpu = $1; last } }
    }
    my $ncpu = () = do { open my $fh, '<', '/proc/cpuinfo'; grep { /^processor\s*:/ } <$fh> };
    my $os = '?';
    if (open my $fh, '<', '/etc/os-release') {
        while (<$fh>) { if (/^PRETTY_NAME="?([^"\n]+)/) { $os = $1; last } }
    }
    my $etcd = `${\ EtcdTest::etcd_bin()} --version 2>/dev/null` // '';
    $etcd = $etcd =~ /etcd Version:\s*(\S+)/ ? $1 : '?';
    my $go = `go version 2>/dev/null` // '';
    $go = $go =~ /go version (\S+)/ ? $1 : '?';
    my $load = do { open my $fh, '<', '/proc/loadavg'; my $l = <$fh> // ''; (split ' ', $l)[0] // '?' };
    return "$ncpu x $cpu, $os; etcd $etcd (--unsafe-no-fsync); $go; load average at start $load";
}

# One client's run: a fresh server, each phase a process of its own.
# Returns { phase => result hash }.
sub one_run {
    my ($who, $round) = @_;
    my $server = EtcdTest->start(no_fsync => 1, name => "peers-$who-$round");
    my %res;
    for my $phase (@phases) {
        my @cmd = (@{ $client{$who}{cmd} }, '--endpoints', $server->endpoint,
                   '--server-pid', $server->pid, '--phases', $phase, '--json', @size_args);
        my $out = '';
        if (open my $fh, '-|', @cmd) {
            local $/;
            $out = <$fh> // '';
            close $fh;
        } else {
            warn "$who: cannot run $cmd[0]: $!\n";
        }
        my $rc = $? >> 8;
        my $doc = eval { JSON::PP->new->decode($out) };
        my $r = $doc && $doc->{phases} && $doc->{phases}[0];
        $config{$who} //= $doc->{config} if $doc && $doc->{config};
        if (!$r || $rc != 0 || $r->{flagged}) {
            my $why = !$r ? "no result (exit $rc)" : $r->{first_error} // "exit $rc";
            warn "$client{$who}{label} run $round, $phase: FAILED: $why\n";
            $res{$phase} = { failed => 1, first_error => $why, ($r ? %$r : ()) };
            next;
        }
        $res{$phase} = $r;
        if ($opt{verbose}) {
            printf STDERR "  %-8s run %d %-17s %10.0f %s/s %8.2f us CPU/%s%s %6.1f MiB\n",
                $client{$who}{label}, $round, $phase, $r->{ops_per_s} // 0, $r->{unit}, $r->{cpu_us_per_op},
                $r->{unit}, defined $r->{p50_us} ? sprintf(' p50 %.0f us', $r->{p50_us}) : '',
                ($r->{peak_rss_kb} // 0) / 1024;
        }
    }
    $server->stop;
    return \%res;
}

sub median {
    my @v = sort { $a <=> $b } grep { defined } @_;
    return undef unless @v;
    return @v % 2 ? $v[$#v / 2] : ($v[@v / 2 - 1] + $v[@v / 2]) / 2;
}

# ---------------------------------------------------------------------------

my $machine = machine();
printf "bench-peers: %s vs Go clientv3, %d run(s) each, alternating, a fresh etcd per run\n",
    $client{ours}{label}, $opt{runs};
print "machine: $machine\n";
print "options: ", (@size_args ? "@size_args" : "the clients' defaults"), "\n";
print "(the machine is shared: figures are noisy; only ratios from the same invocation compare)\n\n";

my %runs = (ours => [], go => []);
my $t0 = time;
for my $round (1 .. $opt{runs}) {
    for my $who (@order) {
        print STDERR "run $round: $client{$who}{label}\n" if $opt{verbose};
        push @{ $runs{$who} }, one_run($who, $round);
    }
}

my (%med, $failed);
for my $who (@order) {
    for my $phase (@phases) {
        my @rs = map { $_->{$phase} } @{ $runs{$who} };
        my @ok = grep { $_ && !$_->{failed} } @rs;
        $failed++ if @ok < @rs;
        for my $m (@metrics) {
            my $k = $m->[0];
            $med{$who}{$phase}{$k} = median(map { $_->{$k} } @ok);
        }
        $med{$who}{$phase}{unit} = $ok[0] ? $ok[0]{unit} : '?';
        $med{$who}{$phase}{create_s} = median(map { $_->{create_s} } @ok);
        $med{$who}{$phase}{n_ok} = @ok;
    }
}

my $fmt = "%-17s %-15s %12s %12s %8s  %s\n";
printf $fmt, 'phase', 'figure', $client{ours}{label}, 'Go', 'ours/Go', 'better';
for my $phase (@phases) {
    my $first = 1;
    my @ms = (@metrics, ['create_s', 'time to create s', '%.3f', 1, 'lower']);
    for my $m (@ms) {
        my ($k, $label, $f, $scale, $better) = @$m;
        my ($a, $b) = ($med{ours}{$phase}{$k}, $med{go}{$phase}{$k});
        next unless defined $a || defined $b;
        next if $k eq 'ops_per_s' && $phase eq 'watches';    # create_s says it
        (my $l = $label) =~ s/unit/$med{go}{$phase}{unit}/;
        printf $fmt, $first ? $phase : '', $l,
            defined $a ? sprintf($f, $a * $scale) : 'FAILED',
            defined $b ? sprintf($f, $b * $scale) : 'FAILED',
            defined $a && defined $b && $b > 0 ? sprintf('%.2f', $a / $b) : '-',
            $better;
        $first = 0;
    }
    printf $fmt, $phase, '', 'FAILED', 'FAILED', '-', '' if $first;
}
for my $who (@order) {
    my $c = $config{$who} or next;
    printf "%s sizes: %s\n", $client{$who}{label}, join ', ',
        map { "$_ $c->{$_}" } grep { defined $c->{$_} }
        qw(n value_size keys backlog backlog_txn range_kvs range_reads watches);
}
printf "\nmedians of %d run(s) each; %d s in all%s\n", $opt{runs}, time - $t0,
    $failed ? "; SOME RUNS FAILED (see above): their figures are left out" : '';

if ($opt{json}) {
    open my $fh, '>', $opt{json} or die "$opt{json}: $!\n";
    print {$fh} JSON::PP->new->canonical->pretty->encode({
        machine => $machine, sizes => {@size_args}, phases => [@phases], runs => \%runs, medians => \%med,
    });
    close $fh or die "$opt{json}: $!\n";
}

exit($failed ? 1 : 0);
