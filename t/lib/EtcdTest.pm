package EtcdTest;

# Test harness: starts throwaway etcd servers (one member or a small cluster)
# on free loopback ports, each with its own temporary data dir, and makes sure
# every process it started is killed and every data dir removed when the test
# process ends. Only core Perl modules are used.
#
#   use lib 't/lib';
#   use EtcdTest qw(require_etcd);
#   require_etcd();                          # skip_all (or die under CI=true)
#   my $e = EtcdTest->start(no_fsync => 1);  # one member, waits until healthy
#   my $ep = $e->endpoint;                   # "127.0.0.1:PORT"
#   $e->restart; $e->freeze; $e->thaw; $e->stop;
#   my $c = EtcdTest->start_cluster(3);      # three members
#   my @eps = $c->endpoints; ($c->members)[0]->kill;
#
# Functions (all exportable; :all exports every one):
#   require_etcd()  skip_all when no etcd binary (die instead when CI=true)
#   managed()       false when ETCD_ENDPOINTS is set
#   free_port()     a loopback port nothing listens on; dead_endpoint() gives
#                   "127.0.0.1:PORT" for one; etcd_bin(), etcdctl_bin()
#
# EtcdTest->start(%opts): one member. Options: name, scheme ('http' or
# 'https' for the client URL; TLS flags go in extra_args), extra_args => [...],
# no_fsync => 1, log_level (default 'error'), wait => 0 (do not wait for
# /health), timeout (readiness guard, default 30 s), host (the loopback
# address of the client URL, default 127.0.0.1; Linux answers on all of
# 127.0.0.0/8; peer and metrics URLs stay on 127.0.0.1).
# Member methods: endpoint ("HOST:PORT"), endpoints (list of one), host,
#   client_url, peer_url, metrics_url, port, pid, name, data_dir, log_file,
#   args (the etcd command line), is_running, is_healthy, is_frozen,
#   wait_healthy($timeout), log_tail($n), stop($grace) (TERM, then KILL after
#   5 s), kill (KILL), wipe(%opts) (kill, empty the data dir, start: a
#   replaced store), start / restart(%opts) (same data dir and ports; wait
#   for /health unless wait => 0), freeze (STOP) / thaw (CONT), destroy (kill
#   and remove the data dir now), etcdctl(@args) (output; croaks on failure),
#   etcdctl_rc(@args) (returns ($output, $exit_code)).
#
# EtcdTest->start_cluster($n, %opts): $n members started together (same
# options as start; name is used as the member-name prefix; member_opts =>
# [\%opts_of_member1, ...] adds or replaces options per member, e.g. host
# and extra_args), waits until every member is healthy. Cluster methods:
# members, member($i), size, endpoints, client_urls, running_members,
# wait_healthy, leader (the member the running members report as leader, or
# undef), wait_leader($timeout), stop, kill, destroy, etcdctl, etcdctl_rc.
# With partitionable => 1 (t/lib/EtcdPartition.pm) every member advertises
# a port of a peer proxy as its peer URL, and the cluster also has:
#   partition($i)  member $i (0-based, as member($i)) is cut off from its
#                  peers in both directions, every peer request (raft,
#                  snapshots, forwarded lease renewals, probes), while
#                  clients still reach it; returns once its peer
#                  connections are gone.  It loses its leader (or steps
#                  down) after etcd's election timeout.  A member killed
#                  or restarted while partitioned stays partitioned.
#   heal / heal($i) every member (or member $i) reachable again
#   partitioned    the indexes partitioned now; partitioner: the proxy
# Members also have advertise_peer_url (the proxy's, or peer_url) and
# pid_file (the member's pid, written at each start).
#
# Cleanup: an END block (and INT/TERM/HUP handlers, installed only where the
# test has none) kills every server this process started and removes its
# temp dir; a fork()ed child leaves its parent's servers alone. On Linux each
# etcd also gets PR_SET_PDEATHSIG=SIGKILL, so it dies with a SIGKILLed test,
# and a later run removes temp dirs whose owner process is gone.
#
# Environment:
#   ETCD_ENDPOINTS  comma-separated host:port list of an existing server or
#                   cluster; start()/start_cluster() then spawn nothing and
#                   return unmanaged objects whose stop/kill/restart/freeze
#                   croak with "not managed" (check EtcdTest::managed()).
#   ETCD_BIN        etcd binary to use (default /usr/bin/etcd, then PATH).
#   ETCDCTL_BIN     etcdctl binary (default: next to etcd, then PATH).
#   ETCDTEST_KEEP   if true, data dirs (and logs) are kept and their paths
#                   printed on STDERR at exit; processes are still killed.
#
# Readiness is checked by polling GET /health (expects {"health":"true"}).
# Each managed member also listens on a plain-HTTP metrics URL
# (--listen-metrics-urls), and /health is polled there, so readiness works
# the same when the client URL is https (no TLS module needed; Debian's perl
# has no IO::Socket::SSL by default).
#
# --unsafe-no-fsync: etcd 3.4.23 accepts it (it is not listed in --help, but
# it is parsed; an unknown flag makes etcd exit with status 2). no_fsync => 1
# passes it.

use strict;
use warnings;

use Carp qw(croak carp);
use Cwd ();
use Exporter 'import';
use File::Path ();
use File::Spec;
use File::Temp ();
use HTTP::Tiny;
use IO::Socket::INET;
use POSIX ();
use Time::HiRes ();

our $VERSION = '0.01';

our @EXPORT_OK = qw(free_port dead_endpoint require_etcd managed etcd_bin etcdctl_bin);
our %EXPORT_TAGS = (all => \@EXPORT_OK);

our $LOG_LEVEL     = 'error';  # --log-level for every spawned server
our $START_TIMEOUT = 30;       # seconds to wait for /health after a start
our $STOP_GRACE    = 5;        # seconds between SIGTERM and SIGKILL
our $BIND_RETRIES  = 5;        # fresh starts retried with new ports on EADDRINUSE

my @REGISTRY;   # every managed member ever created (strong refs)
my %PORTS_USED; # ports already handed out by this process
my $SEQ = 0;    # counter for default names / cluster tokens

# ----------------------------------------------------------------------------
# plain functions

sub managed {
    return !(defined $ENV{ETCD_ENDPOINTS} && $ENV{ETCD_ENDPOINTS} =~ /\S/);
}

sub _external_endpoints {
    return grep { length } map { s/^\s+|\s+$//gr } split /,/, ($ENV{ETCD_ENDPOINTS} // '');
}

sub _find_in_path {
    my ($prog) = @_;
    for my $dir (File::Spec->path) {
        next unless defined $dir && length $dir;
        my $f = File::Spec->catfile($dir, $prog);
        return $f if -f $f && -x _;
    }
    return;
}

sub etcd_bin {
    if (defined $ENV{ETCD_BIN} && length $ENV{ETCD_BIN}) {
        return -x $ENV{ETCD_BIN} ? $ENV{ETCD_BIN} : undef;
    }
    return '/usr/bin/etcd' if -x '/usr/bin/etcd';
    return _find_in_path('etcd');
}

sub etcdctl_bin {
    if (defined $ENV{ETCDCTL_BIN} && length $ENV{ETCDCTL_BIN}) {
        return -x $ENV{ETCDCTL_BIN} ? $ENV{ETCDCTL_BIN} : undef;
    }
    if (my $etcd = etcd_bin()) {
        my ($vol, $dir) = File::Spec->splitpath($etcd);
        my $ctl = File::Spec->catpath($vol, $dir, 'etcdctl');
        return $ctl if -x $ctl;
    }
    return '/usr/bin/etcdctl' if -x '/usr/bin/etcdctl';
    return _find_in_path('etcdctl');
}

# Skip the whole test file when there is no etcd to run (or die under CI,
# where a missing etcd is a broken setup rather than a reason to skip).
# With ETCD_ENDPOINTS set no binary is needed.
sub require_etcd {
    return 1 unless managed();
    return 1 if etcd_bin();
    my $why = 'etcd not found (looked at $ETCD_BIN, /usr/bin/etcd and PATH); '
            . 'install it (apt-get install etcd-server etcd-client) or set ETCD_ENDPOINTS';
    if (($ENV{CI} // '') eq 'true') {
        die "EtcdTest: $why; CI=true, so this is an error, not a skip\n";
    }
    require Test::More;
    Test::More::plan(skip_all => $why);
    exit 0;    # not reached: skip_all exits
}

# A loopback TCP port that nothing listens on right now (bind to port 0 and
# read the port back). Never returns the same port twice in one process.
sub free_port {
    for (1 .. 100) {
        my $s = IO::Socket::INET->new(
            LocalAddr => '127.0.0.1',
            LocalPort => 0,
            Proto     => 'tcp',
            Listen    => 1,
        ) or croak "EtcdTest::free_port: cannot bind 127.0.0.1:0: $!";
        my $port = $s->sockport;
        close $s;
        next if $PORTS_USED{$port}++;
        return $port;
    }
    croak "EtcdTest::free_port: no unused port found";
}

# "127.0.0.1:PORT" with nothing listening on it (connections get refused).
sub dead_endpoint {
    return '127.0.0.1:' . free_port();
}

# Data dirs left behind by test processes that were SIGKILLed (so their END
# never ran): remove those whose owner.pid names a process that no longer
# exists. Done once per process, before its first server starts.
my $STALE_CHECKED;
sub _remove_stale_dirs {
    return if $STALE_CHECKED++ || $ENV{ETCDTEST_KEEP};
    local ($!, $@);
    my $tmpdir = File::Spec->tmpdir;
    opendir my $dh, $tmpdir or return;
    for my $d (readdir $dh) {
        next unless $d =~ /^etcdtest-[A-Za-z0-9_]{6}$/;
        my $path = File::Spec->catdir($tmpdir, $d);
        next if -l $path || !-d _ || !-O _;
        open my $fh, '<', File::Spec->catfile($path, 'owner.pid') or next;
        my $pid = <$fh>;
        close $fh;
        next unless defined $pid && $pid =~ /^(\d+)\s*$/;
        $pid = $1;
        next if $pid == $$ || CORE::kill(0, $pid) || $!{EPERM};
        File::Path::remove_tree($path, { safe => 1 });
    }
    closedir $dh;
}

sub _http_health {
    my ($url, $timeout) = @_;
    my $res = HTTP::Tiny->new(timeout => $timeout // 1)->get($url);
    return 0 unless $res->{success};
    return $res->{content} =~ /"health"\s*:\s*"?true"?/ ? 1 : 0;
}

# ----------------------------------------------------------------------------
# member objects

sub start {
    my ($self, %opts) = @_;
    return $self->_restart_same(%opts) if ref $self;
    my $class = $self;

    if (!managed()) {
        my @eps = _external_endpoints();
        return EtcdTest::External->new(endpoint => $eps[0], endpoints => \@eps, %opts);
    }

    my $m = $class->_new_member(%opts);
    my $wait = exists $opts{wait} ? $opts{wait} : 1;
    $m->_start_fresh($wait, $opts{timeout});
    return $m;
}

sub _new_member {
    my ($class, %opts) = @_;
    my $bin = etcd_bin()
        or croak "EtcdTest: etcd not found (call EtcdTest::require_etcd() first)";
    my $scheme = $opts{scheme} // 'http';
    croak "EtcdTest: scheme must be 'http' or 'https', not '$scheme'"
        unless $scheme eq 'http' || $scheme eq 'https';
    my $extra = $opts{extra_args} // [];
    croak "EtcdTest: extra_args must be an array ref" unless ref $extra eq 'ARRAY';

    _remove_stale_dirs();
    my $tmp = File::Temp::tempdir('etcdtest-XXXXXX', TMPDIR => 1, CLEANUP => 0);
    $tmp = Cwd::abs_path($tmp) // $tmp;
    if (open my $fh, '>', File::Spec->catfile($tmp, 'owner.pid')) { print {$fh} "$$\n"; close $fh }
    my $self = bless {
        bin        => $bin,
        name       => $opts{name} // ('etcdtest' . ++$SEQ),
        scheme     => $scheme,
        host       => $opts{host} // '127.0.0.1',
        extra_args => [@$extra],
        no_fsync   => $opts{no_fsync} ? 1 : 0,
        log_level  => $opts{log_level} // $LOG_LEVEL,
        tmp_dir    => $tmp,
        data_dir   => File::Spec->catdir($tmp, 'data'),
        log_file   => File::Spec->catfile($tmp, 'etcd.log'),
        owner_pid  => $$,
        pid        => undef,
        frozen     => 0,
        # cluster wiring (set by start_cluster); otherwise a one-member cluster
        initial_cluster => undef,
        cluster_token   => undef,
    }, $class;
    $self->_pick_ports;
    push @REGISTRY, $self;
    return $self;
}

sub _pick_ports {
    my ($self) = @_;
    $self->{client_port}  = free_port();
    $self->{peer_port}    = free_port();
    $self->{metrics_port} = free_port();
}

sub name         { $_[0]{name} }
sub pid          { $_[0]{pid} }
sub data_dir     { $_[0]{data_dir} }
sub log_file     { $_[0]{log_file} }
sub scheme       { $_[0]{scheme} }
sub port         { $_[0]{client_port} }
sub peer_port    { $_[0]{peer_port} }
sub host         { $_[0]{host} }
sub endpoint     { "$_[0]{host}:$_[0]{client_port}" }
sub endpoints    { my @e = ($_[0]->endpoint); wantarray ? @e : \@e }
sub client_url   { "$_[0]{scheme}://$_[0]{host}:$_[0]{client_port}" }
sub peer_url     { "http://127.0.0.1:$_[0]{peer_port}" }
# the peer URL the other members dial (a partition proxy's port, if any)
sub advertise_peer_url { 'http://127.0.0.1:' . ($_[0]{advertise_peer_port} // $_[0]{peer_port}) }
sub pid_file     { File::Spec->catfile($_[0]{tmp_dir}, 'etcd.pid') }
sub metrics_url  { "http://127.0.0.1:$_[0]{metrics_port}" }
sub health_url   { $_[0]->metrics_url . '/health' }
sub is_managed   { 1 }
sub is_frozen    { $_[0]{frozen} }

sub args {
    my ($self) = @_;
    my $initial_cluster = $self->{initial_cluster} // ($self->{name} . '=' . $self->advertise_peer_url);
    my @a = (
        '--name',                        $self->{name},
        '--data-dir',                    $self->{data_dir},
        '--listen-client-urls',          $self->client_url,
        '--advertise-client-urls',       $self->client_url,
        '--listen-peer-urls',            $self->peer_url,
        '--initial-advertise-peer-urls', $self->advertise_peer_url,
        '--listen-metrics-urls',         $self->metrics_url,
        '--initial-cluster',             $initial_cluster,
        '--initial-cluster-state',       'new',
        '--initial-cluster-token',       $self->{cluster_token} // "etcdtest-$$-$self->{name}",
        '--logger',                      'zap',
        '--log-outputs',                 'stderr',
        '--log-level',                   $self->{log_level},
    );
    push @a, '--unsafe-no-fsync' if $self->{no_fsync};
    push @a, @{ $self->{extra_args} };
    return @a;
}

sub _check_owner {
    my ($self, $what) = @_;
    croak "EtcdTest: cannot $what '$self->{name}': it was started by pid $self->{owner_pid}, this is pid $$"
        unless $self->{owner_pid} == $$;
}

# Has the process exited? Reaps it if so. Copes with someone else (e.g. libev's
# SIGCHLD handler, which reaps any child) having reaped it already.
sub is_running {
    my ($self) = @_;
    my $pid = $self->{pid} or return 0;
    local ($!, $?);
    my $r = waitpid($pid, POSIX::WNOHANG());
    return 1 if $r == 0;
    $self->{exit_status} = $? if $r == $pid;
    $self->{pid} = undef;
    $self->{frozen} = 0;
    return 0;
}

sub _spawn {
    my ($self) = @_;
    $self->_check_owner('start');
    croak "EtcdTest: '$self->{name}' is already running (pid $self->{pid})" if $self->is_running;

    my @cmd = ($self->{bin}, $self->args);
    open my $log, '>>', $self->{log_file}
        or croak "EtcdTest: cannot open $self->{log_file}: $!";
    printf {$log} "==== EtcdTest %s: starting %s\n", scalar(localtime), join(' ', @cmd);
    close $log;

    my $parent = $$;
    my $pid = fork;
    croak "EtcdTest: fork failed: $!" unless defined $pid;
    if ($pid == 0) {
        # child: never return into the test code
        eval {
            $SIG{$_} = 'DEFAULT' for qw(INT TERM HUP PIPE CHLD QUIT ALRM);
            _set_parent_death_signal();
            POSIX::_exit(0) if getppid() != $parent;
            open STDIN,  '<',  '/dev/null'          or die "stdin: $!";
            open STDOUT, '>>', $self->{log_file}    or die "stdout: $!";
            open STDERR, '>&', \*STDOUT             or die "stderr: $!";
            exec { $cmd[0] } @cmd or die "exec $cmd[0]: $!";
        };
        print STDERR "EtcdTest child: $@";
        POSIX::_exit(127);
    }
    $self->{pid} = $pid;
    $self->{frozen} = 0;
    delete $self->{exit_status};
    if (open my $fh, '>', $self->pid_file) { print {$fh} "$pid\n"; close $fh }
    return $pid;
}

# Linux only: have the kernel SIGKILL etcd if the test process dies without
# running its END blocks (e.g. it was SIGKILLed itself). Best effort.
sub _set_parent_death_signal {
    return unless $^O eq 'linux';
    my $nr = eval { local $SIG{__WARN__} = sub {}; require 'syscall.ph'; &SYS_prctl() };
    if (!$nr) {
        require Config;
        my $arch = $Config::Config{archname} // '';
        $nr = $arch =~ /x86_64/ ? 157 : $arch =~ /aarch64|arm64/ ? 167 : undef;
    }
    return unless $nr;
    syscall($nr, 1, 9);    # prctl(PR_SET_PDEATHSIG, SIGKILL)
}

sub _bind_failed {
    my ($self) = @_;
    my $t = $self->log_tail(30);
    return $t =~ /address already in use|bind: /i;
}

sub _start_fresh {
    my ($self, $wait, $timeout) = @_;
    for my $try (1 .. $BIND_RETRIES) {
        $self->_spawn;
        return $self unless $wait;
        my $ok = eval { $self->wait_healthy($timeout); 1 };
        return $self if $ok;
        my $err = $@;
        if (!$self->is_running && $self->_bind_failed && $try < $BIND_RETRIES) {
            # someone grabbed one of our ports between free_port() and etcd's
            # bind: wipe the half-made data dir and try again with new ports
            File::Path::remove_tree($self->{data_dir});
            $self->_pick_ports;
            next;
        }
        $self->kill if $self->is_running;
        die $err;
    }
}

sub _restart_same {
    my ($self, %opts) = @_;
    my $wait = exists $opts{wait} ? $opts{wait} : 1;
    $self->_spawn;
    $self->wait_healthy($opts{timeout}) if $wait;
    return $self;
}

sub restart {
    my ($self, %opts) = @_;
    $self->stop if $self->is_running;
    return $self->start(%opts);
}

# A replaced store: kill the member, wipe its data dir and start it again
# with the same name, ports and cluster (so the same cluster id) but an
# empty store whose revisions start again at 1.
sub wipe {
    my ($self, %opts) = @_;
    $self->kill if $self->is_running;
    File::Path::remove_tree($self->{data_dir});
    return $self->start(%opts);
}

sub wait_healthy {
    my ($self, $timeout) = @_;
    $timeout //= $START_TIMEOUT;
    my $deadline = Time::HiRes::time() + $timeout;
    my $url = $self->health_url;
    while (1) {
        if (!$self->is_running) {
            my $st = defined $self->{exit_status} ? " (wait status $self->{exit_status})" : '';
            croak "EtcdTest: etcd '$self->{name}' exited before becoming healthy$st; "
                . "last lines of $self->{log_file}:\n" . $self->log_tail(30);
        }
        return 1 if _http_health($url, 1);
        if (Time::HiRes::time() > $deadline) {
            croak "EtcdTest: etcd '$self->{name}' not healthy at $url after ${timeout}s; "
                . "last lines of $self->{log_file}:\n" . $self->log_tail(30);
        }
        Time::HiRes::sleep(0.05);
    }
}

sub is_healthy {
    my ($self, $timeout) = @_;
    return _http_health($self->health_url, $timeout // 1);
}

sub _wait_exit {
    my ($self, $seconds) = @_;
    my $deadline = Time::HiRes::time() + $seconds;
    while ($self->is_running) {
        return 0 if Time::HiRes::time() > $deadline;
        Time::HiRes::sleep(0.02);
    }
    return 1;
}

# SIGTERM, wait, SIGKILL after $STOP_GRACE seconds (or the given number).
sub stop {
    my ($self, $grace) = @_;
    $self->_check_owner('stop');
    return $self unless $self->is_running;
    my $pid = $self->{pid};
    CORE::kill 'TERM', $pid;
    CORE::kill 'CONT', $pid if $self->{frozen};    # a stopped process would never see TERM
    $self->_wait_exit($grace // $STOP_GRACE) and return $self;
    CORE::kill 'KILL', $pid;
    $self->_wait_exit(10) or carp "EtcdTest: pid $pid survived SIGKILL?";
    return $self;
}

sub kill {
    my ($self) = @_;
    $self->_check_owner('kill');
    return $self unless $self->is_running;
    my $pid = $self->{pid};
    CORE::kill 'KILL', $pid;
    $self->_wait_exit(10) or carp "EtcdTest: pid $pid survived SIGKILL?";
    return $self;
}

# SIGSTOP, then wait until the kernel shows every thread of etcd stopped (the
# signal is asynchronous: a request sent at once could still be served).
sub freeze {
    my ($self) = @_;
    $self->_check_owner('freeze');
    croak "EtcdTest: '$self->{name}' is not running" unless $self->is_running;
    CORE::kill 'STOP', $self->{pid};
    $self->{frozen} = 1;
    my $deadline = Time::HiRes::time() + 5;
    while (1) {
        my $all = 1;
        for my $st (glob "/proc/$self->{pid}/task/*/stat") {
            open my $fh, '<', $st or next;
            my $l = <$fh> // '';
            $all = 0 unless $l =~ /\)\s+[Tt]\s/;
        }
        last if $all;
        croak "EtcdTest: '$self->{name}' (pid $self->{pid}) not stopped 5 s after SIGSTOP"
            if Time::HiRes::time() > $deadline;
        Time::HiRes::sleep(0.01);
    }
    return $self;
}

sub thaw {
    my ($self) = @_;
    $self->_check_owner('thaw');
    croak "EtcdTest: '$self->{name}' is not running" unless $self->is_running;
    CORE::kill 'CONT', $self->{pid};
    $self->{frozen} = 0;
    return $self;
}

# Kill the process now and remove its data dir (also done at END).
sub destroy {
    my ($self) = @_;
    return if $self->{destroyed} || $self->{owner_pid} != $$;
    local ($!, $?, $@);
    if (my $pid = $self->{pid}) {
        CORE::kill 'KILL', $pid;
        waitpid($pid, 0);
        $self->{pid} = undef;
    }
    $self->{destroyed} = 1;
    if ($ENV{ETCDTEST_KEEP}) {
        print STDERR "# EtcdTest: kept $self->{name}'s dir $self->{tmp_dir}\n";
    } else {
        File::Path::remove_tree($self->{tmp_dir}, { safe => 1 });
    }
}

# Last $n lines of the member's log. etcd 3.4 logs a warning for every failed
# /health poll while it has no leader; those lines are left out so that the
# tail shows the real problem.
sub log_tail {
    my ($self, $n) = @_;
    $n //= 30;
    open my $fh, '<', $self->{log_file} or return "(no log: $self->{log_file}: $!)\n";
    my (@lines, $skipped);
    while (my $l = <$fh>) {
        if ($l =~ m{etcdhttp: /health error}) { $skipped++; next }
        push @lines, $l;
        shift @lines if @lines > $n;
    }
    push @lines, "($skipped failed /health poll warnings not shown)\n" if $skipped;
    return join '', @lines;
}

# Run etcdctl (v3 API) against this member. etcdctl(@args) returns its
# combined stdout+stderr and croaks (with that output) if it exits non-zero;
# etcdctl_rc(@args) returns ($output, $exit_code) and never croaks.
sub etcdctl {
    my ($self, @args) = @_;
    return scalar _run_etcdctl([$self->endpoints], $self->{scheme}, 0, @args);
}

sub etcdctl_rc {
    my ($self, @args) = @_;
    return _run_etcdctl([$self->endpoints], $self->{scheme}, 1, @args);
}

sub _run_etcdctl {
    my ($eps, $scheme, $list, @args) = @_;
    my $ctl = etcdctl_bin() or croak "EtcdTest: etcdctl not found";
    my $scheme_prefix = ($scheme // 'http') eq 'https' ? 'https://' : '';
    my @cmd = ($ctl, '--endpoints=' . join(',', map { "$scheme_prefix$_" } @$eps),
               '--dial-timeout=3s', '--command-timeout=10s', @args);
    local ($?, $!);
    my $pid = open(my $fh, '-|');
    croak "EtcdTest: fork failed: $!" unless defined $pid;
    if (!$pid) {
        $ENV{ETCDCTL_API} = 3;
        open STDERR, '>&', \*STDOUT;
        open STDIN, '<', '/dev/null';
        exec { $cmd[0] } @cmd or POSIX::_exit(127);
    }
    my $out = do { local $/; <$fh> } // '';
    close $fh;
    my $rc = $? >> 8;
    $rc = 128 + ($? & 127) if $? & 127;
    return ($out, $rc) if $list;
    croak "EtcdTest: etcdctl @args failed (exit $rc):\n$out" if $rc;
    return $out;
}

# ----------------------------------------------------------------------------
# clusters

sub start_cluster {
    my ($class, $n, %opts) = @_;
    $n //= 3;
    croak "EtcdTest: start_cluster needs at least 1 member" unless $n >= 1;

    if (!managed()) {
        my @eps = _external_endpoints();
        croak "EtcdTest: ETCD_ENDPOINTS lists " . scalar(@eps)
            . " endpoint(s); start_cluster($n) needs $n (tests needing a cluster should skip unless EtcdTest::managed())"
            if @eps < $n;
        my @m = map { EtcdTest::External->new(endpoint => $_, endpoints => [$_], %opts) } @eps;
        return EtcdTest::Cluster->new(members => \@m);
    }

    my $wait = exists $opts{wait} ? $opts{wait} : 1;
    my $prefix = $opts{name} // ('etcdtest' . ++$SEQ);
    my $token = "etcdtest-$$-$prefix-" . int(rand 1e9);
    for my $try (1 .. $BIND_RETRIES) {
        my $mo = $opts{member_opts} // [];
        my @m = map { $class->_new_member(%opts, %{ $mo->[$_ - 1] // {} }, name => "$prefix-m$_") } 1 .. $n;
        my $part;
        if ($opts{partitionable}) {
            require EtcdPartition;
            $part = EtcdPartition->start(targets   => [map { '127.0.0.1:' . $_->peer_port } @m],
                                         pid_files => [map { $_->pid_file } @m]);
            $m[$_]{advertise_peer_port} = $part->port($_) for 0 .. $#m;
        }
        my $ic = join ',', map { $_->{name} . '=' . $_->advertise_peer_url } @m;
        for (@m) { $_->{initial_cluster} = $ic; $_->{cluster_token} = $token }
        my $c = EtcdTest::Cluster->new(members => \@m, partition => $part);
        $_->_spawn for @m;
        return $c unless $wait;
        my $ok = eval { $c->wait_healthy($opts{timeout}); 1 };
        return $c if $ok;
        my $err = $@;
        my $bind = grep { !$_->is_running && $_->_bind_failed } @m;
        $_->destroy for @m;
        $part->stop if $part;
        die $err unless $bind && $try < $BIND_RETRIES;
    }
}

# ----------------------------------------------------------------------------
# cleanup: kill every process this pid started, remove every data dir.
# A forked child (owner_pid != $$) leaves its parent's servers alone.

sub cleanup_all {
    local ($?, $!, $@);
    for my $m (@REGISTRY) {
        next if $m->{owner_pid} != $$;
        $m->destroy;
    }
    @REGISTRY = grep { !$_->{destroyed} } @REGISTRY;
}

# Let ^C / kill reach END so the servers do not outlive the test (only if the
# test has not installed handlers of its own).
for my $sig (qw(INT TERM HUP)) {
    my $cur = $SIG{$sig};
    next if defined $cur && $cur ne '' && $cur ne 'DEFAULT';
    $SIG{$sig} = sub {
        cleanup_all();
        # die of the same signal, so the caller sees the usual status
        my $num = { INT => POSIX::SIGINT(), TERM => POSIX::SIGTERM(), HUP => POSIX::SIGHUP() }->{$sig};
        $SIG{$sig} = 'DEFAULT';
        POSIX::sigprocmask(POSIX::SIG_UNBLOCK(), POSIX::SigSet->new($num));
        CORE::kill $sig, $$;
        POSIX::_exit(128 + $num);
    };
}

END { cleanup_all() }

# ============================================================================

package EtcdTest::Cluster;

use strict;
use warnings;
use Carp qw(croak);

sub new {
    my ($class, %a) = @_;
    return bless { members => $a{members}, partition => $a{partition} }, $class;
}

# partitionable clusters: cut member $i off from its peers (clients still
# reach it) / restore every member (heal($i): only member $i)
sub partition {
    my ($self, $i) = @_;
    my $p = $self->{partition}
        or croak "EtcdTest: partition: start the cluster with start_cluster(\$n, partitionable => 1)";
    $p->partition($i);
    return $self;
}

sub heal {
    my ($self, @i) = @_;
    my $p = $self->{partition}
        or croak "EtcdTest: heal: start the cluster with start_cluster(\$n, partitionable => 1)";
    $p->heal(@i);
    return $self;
}

sub partitioned { $_[0]{partition} ? $_[0]{partition}->partitioned : () }
sub partitioner { $_[0]{partition} }

sub members    { my @m = @{ $_[0]{members} }; wantarray ? @m : \@m }
sub member     { $_[0]{members}[$_[1]] }
sub size       { scalar @{ $_[0]{members} } }
sub endpoints  { my @e = map { $_->endpoint } @{ $_[0]{members} }; wantarray ? @e : \@e }
sub client_urls { my @u = map { $_->client_url } @{ $_[0]{members} }; wantarray ? @u : \@u }
sub running_members { grep { $_->is_running } @{ $_[0]{members} } }

sub wait_healthy {
    my ($self, $timeout) = @_;
    $_->wait_healthy($timeout) for @{ $self->{members} };
    return 1;
}

sub stop    { $_->stop    for @{ $_[0]{members} }; $_[0] }
sub kill    { $_->kill    for @{ $_[0]{members} }; $_[0] }
sub destroy {
    $_->destroy for @{ $_[0]{members} };
    $_[0]{partition}->stop if $_[0]{partition};
    $_[0];
}

# etcdctl against every member's endpoint (etcdctl fails over by itself)
sub etcdctl {
    my ($self, @args) = @_;
    return scalar EtcdTest::_run_etcdctl([$self->endpoints], $self->{members}[0]->scheme, 0, @args);
}

sub etcdctl_rc {
    my ($self, @args) = @_;
    return EtcdTest::_run_etcdctl([$self->endpoints], $self->{members}[0]->scheme, 1, @args);
}

# Poll until the running members agree on a leader that is itself running
# (e.g. after killing the old leader); returns that member or croaks.
sub wait_leader {
    my ($self, $timeout) = @_;
    $timeout //= $EtcdTest::START_TIMEOUT;
    my $deadline = Time::HiRes::time() + $timeout;
    while (1) {
        my $l = $self->leader;
        return $l if $l;
        croak "EtcdTest: no leader elected after ${timeout}s"
            if Time::HiRes::time() > $deadline;
        Time::HiRes::sleep(0.1);
    }
}

# The member that currently is the raft leader, as reported by the running
# members (undef if none is known, or if the reported leader is not running).
sub leader {
    my ($self) = @_;
    my (%by_id, %leader_votes);
    for my $m (@{ $self->{members} }) {
        next if $m->is_managed && (!$m->is_running || $m->is_frozen);
        my ($out, $rc) = $m->etcdctl_rc('endpoint', 'status', '--write-out=json');
        next if $rc;
        my ($id)     = $out =~ /"member_id"\s*:\s*(\d+)/;
        my ($leader) = $out =~ /"leader"\s*:\s*(\d+)/;
        $by_id{$id} = $m if defined $id;
        $leader_votes{$leader}++ if defined $leader && $leader ne '0';
    }
    my ($best) = sort { $leader_votes{$b} <=> $leader_votes{$a} } keys %leader_votes;
    return defined $best ? $by_id{$best} : undef;
}

# ============================================================================
# An existing server named by ETCD_ENDPOINTS: usable, but not ours to control.

package EtcdTest::External;

use strict;
use warnings;
use Carp qw(croak);

sub new {
    my ($class, %a) = @_;
    croak "EtcdTest: ETCD_ENDPOINTS is set but empty" unless defined $a{endpoint};
    return bless {
        endpoint  => $a{endpoint},
        endpoints => $a{endpoints} // [$a{endpoint}],
        scheme    => $a{scheme} // 'http',
        name      => $a{name} // "external-$a{endpoint}",
    }, $class;
}

sub endpoint    { $_[0]{endpoint} }
sub endpoints   { my @e = @{ $_[0]{endpoints} }; wantarray ? @e : \@e }
sub client_url  { "$_[0]{scheme}://$_[0]{endpoint}" }
sub health_url  { $_[0]->client_url . '/health' }
sub scheme      { $_[0]{scheme} }
sub name        { $_[0]{name} }
sub port        { ($_[0]{endpoint} =~ /:(\d+)$/)[0] }
sub pid         { undef }
sub data_dir    { undef }
sub log_file    { undef }
sub is_managed  { 0 }
sub is_running  { 1 }
sub is_frozen   { 0 }
sub log_tail    { "(external server $_[0]{endpoint}: no log)\n" }
sub destroy     { }

sub _not_managed {
    my ($self, $what) = @_;
    croak "EtcdTest: cannot $what $self->{endpoint}: server is not managed by EtcdTest "
        . "(ETCD_ENDPOINTS is set); skip this test unless EtcdTest::managed()";
}

sub stop    { $_[0]->_not_managed('stop') }
sub kill    { $_[0]->_not_managed('kill') }
sub start   { $_[0]->_not_managed('start') }
sub restart { $_[0]->_not_managed('restart') }
sub freeze  { $_[0]->_not_managed('freeze') }
sub thaw    { $_[0]->_not_managed('thaw') }

sub is_healthy {
    my ($self, $timeout) = @_;
    return EtcdTest::_http_health($self->health_url, $timeout // 1);
}

sub wait_healthy {
    my ($self, $timeout) = @_;
    $timeout //= $EtcdTest::START_TIMEOUT;
    my $deadline = Time::HiRes::time() + $timeout;
    until ($self->is_healthy) {
        croak "EtcdTest: external etcd at $self->{endpoint} not healthy after ${timeout}s"
            if Time::HiRes::time() > $deadline;
        Time::HiRes::sleep(0.05);
    }
    return 1;
}

sub etcdctl {
    my ($self, @args) = @_;
    return scalar EtcdTest::_run_etcdctl([$self->endpoints], $self->{scheme}, 0, @args);
}

sub etcdctl_rc {
    my ($self, @args) = @_;
    return EtcdTest::_run_etcdctl([$self->endpoints], $self->{scheme}, 1, @args);
}

1;
