package EtcdPartition;

# Peer-traffic proxies that cut members of an etcd cluster off from each
# other while clients still reach every member.  Used by
# EtcdTest->start_cluster($n, partitionable => 1); tests call the cluster's
# partition($i) / heal, not this module.
#
# Members dial each other at their advertised peer URLs, so one proxy in
# front of a member cannot isolate it alone: it sees connections to that
# member but not the ones the member makes.  Here every member advertises,
# as its peer URL, a port of this proxy, which forwards to the member's
# real peer port.  Each accepted connection is attributed to the member
# that made it: the proxy looks the connecting socket up in /proc/net/tcp
# (its inode) and finds the member process holding that socket in
# /proc/PID/fd (the member's pid comes from its pid file, so a restarted
# member is recognised too).  This covers every peer request (raft streams
# and pipeline, snapshots, lease renewals a follower forwards to the
# leader, version and health probes), whether or not it carries etcd's
# X-Server-From header.  Linux only (as the rest of the harness); no
# network namespaces or firewall rules.
#
# A member partitioned with partition($i) receives nothing from its peers
# (its proxy port closes every connection and stops listening:
# ECONNREFUSED) and sends nothing to them (a connection it makes to a
# peer's proxy port is reset as soon as it is accepted; the ones it had
# are reset at once).  heal restores everything.  Several members may be
# partitioned at once: each is cut off from every other.
#
#   my $p = EtcdPartition->start(
#       targets   => ['127.0.0.1:PEERPORT1', ...],   # the members' real peer ports
#       pid_files => ['/tmp/.../etcd.pid', ...],      # where each member's pid is
#   );
#   $p->port($i);          # the port member $i advertises (127.0.0.1)
#   $p->partition($i);     # returns once done: connections are gone
#   $p->heal;              # every member again (heal($i): only that one)
#   $p->partitioned;       # the indexes partitioned now
#   $p->stats;             # { accepted, forwarded, dropped, connections, cut }
#   $p->stop;              # also at destruction and at exit
#
# The proxy runs in a forked child (a select() loop, core Perl only), so it
# forwards whatever the test's own event loop does; it ends when its parent
# dies.  Commands are acknowledged before the method returns.

use strict;
use warnings;
use parent -norequire, 'EtcdProxyProcess';
use EtcdProxyProcess ();

use Carp qw(croak);
use Errno ();
use IO::Handle ();
use IO::Select ();
use IO::Socket::INET ();
use POSIX ();
use Scalar::Util ();
use Socket qw(AF_UNIX SOCK_STREAM PF_UNSPEC SOL_SOCKET SO_LINGER);

our $VERSION = '0.01';


sub start {
    my ($class, %opt) = @_;
    my $targets = $opt{targets};
    croak 'EtcdPartition->start: targets => [host:port, ...] is required'
        unless ref $targets eq 'ARRAY' && @$targets;
    my $pid_files = $opt{pid_files} // [];
    croak 'EtcdPartition->start: pid_files => [...] needs one file per target'
        unless ref $pid_files eq 'ARRAY' && @$pid_files == @$targets;
    for (@$targets) {
        croak "EtcdPartition->start: target '$_' must be host:port" unless /\A[^\s:]+:\d+\z/;
    }
    my @listen = map {
        _listen(0) or croak "EtcdPartition->start: cannot listen on 127.0.0.1: $!"
    } @$targets;
    my @ports = map { $_->sockport } @listen;

    return $class->_spawn(\&_child, [\@listen, \@ports, $targets, $pid_files],
        { ports => \@ports, targets => [@$targets], cut => {} }, \@listen);
}

sub size  { scalar @{ $_[0]{ports} } }
sub ports { @{ $_[0]{ports} } }

sub port {
    my ($self, $i) = @_;
    $self->_index('port', $i);
    return $self->{ports}[$i];
}

sub _index {
    my ($self, $what, $i) = @_;
    croak "EtcdPartition->$what: member index must be 0.." . ($self->size - 1)
        . ', not ' . ($i // 'undef')
        unless defined $i && $i =~ /\A\d+\z/ && $i < $self->size;
}

sub partition {
    my ($self, $i) = @_;
    $self->_index('partition', $i);
    $self->_cmd("partition $i");
    $self->{cut}{$i} = 1;
    return $self;
}

sub heal {
    my ($self, $i) = @_;
    if (defined $i) {
        $self->_index('heal', $i);
        $self->_cmd("heal $i");
        delete $self->{cut}{$i};
    } else {
        $self->_cmd('heal');
        $self->{cut} = {};
    }
    return $self;
}

sub partitioned { sort { $a <=> $b } keys %{ $_[0]{cut} } }

sub _listen {
    my ($port) = @_;
    return IO::Socket::INET->new(
        LocalAddr => '127.0.0.1', LocalPort => $port, Listen => 128, ReuseAddr => 1, Proto => 'tcp',
    );
}

# ---------------------------------------------------------------- the child

# The member (index) whose process holds the client end of a connection
# accepted on $listen_port from 127.0.0.1:$from_port, or undef.
sub _sender {
    my ($from_port, $listen_port, $pid_files) = @_;
    my $inode;
    my $want = sprintf '0100007F:%04X', $from_port;
    my $rem  = sprintf '0100007F:%04X', $listen_port;
    open my $fh, '<', '/proc/net/tcp' or return;
    while (my $l = <$fh>) {
        my @f = split ' ', $l;
        next unless @f > 9 && $f[1] eq $want && $f[2] eq $rem;
        $inode = $f[9];
        last;
    }
    close $fh;
    return unless $inode;
    my $link = "socket:[$inode]";
    for my $i (0 .. $#$pid_files) {
        open my $pf, '<', $pid_files->[$i] or next;
        my $pid = <$pf>;
        close $pf;
        next unless defined $pid && $pid =~ /\A(\d+)/;
        $pid = $1;
        opendir my $dh, "/proc/$pid/fd" or next;
        for my $fd (readdir $dh) {
            next unless $fd =~ /\A\d+\z/;
            my $t = readlink "/proc/$pid/fd/$fd";
            return $i if defined $t && $t eq $link;
        }
    }
    return;
}

sub _child {
    my ($listen, $ports, $targets, $pid_files, $ctl, $parent) = @_;
    $SIG{PIPE} = 'IGNORE';
    $SIG{$_} = 'DEFAULT' for qw(INT TERM HUP);
    my %cut;      # member index => 1
    my %st = (accepted => 0, forwarded => 0, dropped => 0);
    my @pairs;    # { to => index, from => index|undef, c, s, out => { fileno => buffer } }
    my %peer;     # fileno => [pair, the other socket]
    my $ctl_buf = '';
    $_->blocking(0) for @$listen;

    my $close_pair = sub {
        my ($p, $reset) = @_;
        return if $p->{closed}++;
        for my $sock (grep { defined } @$p{qw(c s)}) {
            delete $peer{ fileno $sock };
            setsockopt($sock, SOL_SOCKET, SO_LINGER, pack('ii', 1, 0)) if $reset;
            close $sock;
        }
        @pairs = grep { $_ != $p } @pairs;
    };
    my $reset = sub {
        my ($sock) = @_;
        setsockopt($sock, SOL_SOCKET, SO_LINGER, pack('ii', 1, 0));
        close $sock;
    };
    my $from = sub {
        my ($p) = @_;
        $p->{from} //= _sender($p->{c}->peerport, $ports->[ $p->{to} ], $pid_files);
        return $p->{from};
    };
    # cut: to or from a partitioned member
    my $apply = sub {
        for my $p (@{ [@pairs] }) {
            next unless $cut{ $p->{to} } || (defined $from->($p) && $cut{ $p->{from} });
            $st{dropped}++;
            $close_pair->($p, 1);
        }
        for my $i (0 .. $#$listen) {
            if ($cut{$i} && $listen->[$i]) {
                close $listen->[$i];
                $listen->[$i] = undef;
            } elsif (!$cut{$i} && !$listen->[$i]) {
                $listen->[$i] = _listen($ports->[$i])
                    or return "cannot listen on 127.0.0.1:$ports->[$i] again: $!";
                $listen->[$i]->blocking(0);
            }
        }
        return;
    };

    while (1) {
        return 0 if getppid() != $parent;
        my ($rin, $win) = ('', '');
        vec($rin, fileno $ctl, 1) = 1;
        for my $l (grep { defined } @$listen) { vec($rin, fileno $l, 1) = 1 }
        for my $p (@pairs) {
            for my $sock (@$p{qw(c s)}) {
                my $fn = fileno $sock;
                my (undef, $other) = @{ $peer{$fn} };
                vec($rin, $fn, 1) = 1 if !$p->{eof} && length($p->{out}{ fileno $other } // '') < (1 << 20);
                vec($win, $fn, 1) = 1 if length($p->{out}{$fn} // '');
            }
        }
        my $n = select(my $rout = $rin, my $wout = $win, undef, 0.5);
        next if $n <= 0;

        if (vec($rout, fileno $ctl, 1)) {
            my $got = sysread $ctl, $ctl_buf, 4096, length $ctl_buf;
            return 0 unless $got;    # the parent is gone
            while ($ctl_buf =~ s/\A([^\n]*)\n//) {
                my ($cmd, $arg) = split ' ', $1, 2;
                my $reply = 'ok';
                if ($cmd eq 'ping') {
                } elsif ($cmd eq 'stop') {
                    $close_pair->($_, 0) for @{ [@pairs] };
                    return 0;
                } elsif ($cmd eq 'partition') {
                    $cut{$arg} = 1;
                    my $e = $apply->();
                    $reply = $e if $e;
                } elsif ($cmd eq 'heal') {
                    if (defined $arg) { delete $cut{$arg} } else { %cut = () }
                    my $e = $apply->();
                    $reply = $e if $e;
                } elsif ($cmd eq 'stats') {
                    $reply = "ok connections=" . scalar(@pairs) . ' cut=' . join(',', sort keys %cut)
                        . join('', map { " $_=$st{$_}" } sort keys %st);
                } else {
                    $reply = "unknown command '$cmd'";
                }
                syswrite $ctl, "$reply\n";
            }
        }

        for my $i (0 .. $#$listen) {
            my $l = $listen->[$i] or next;
            next unless vec($rout, fileno $l, 1);
            while (my $c = $l->accept) {
                $st{accepted}++;
                my $p = { to => $i, c => $c, out => {} };
                if (%cut && defined $from->($p) && $cut{ $p->{from} }) {
                    $st{dropped}++;
                    $reset->($c);
                    next;
                }
                my $s = IO::Socket::INET->new(PeerAddr => $targets->[$i], Proto => 'tcp', Timeout => 2);
                if (!$s) { close $c; next }
                $st{forwarded}++;
                $p->{s} = $s;
                $_->blocking(0) for $c, $s;
                $peer{ fileno $c } = [ $p, $s ];
                $peer{ fileno $s } = [ $p, $c ];
                push @pairs, $p;
            }
        }

        for my $p (@{ [@pairs] }) {
            for my $sock (@$p{qw(c s)}) {
                last if $p->{closed};
                my $fn = fileno $sock // next;
                my $ent = $peer{$fn} or next;
                if (vec($wout, $fn, 1) && length($p->{out}{$fn} // '')) {
                    my $w = syswrite $sock, $p->{out}{$fn};
                    if (defined $w) { substr($p->{out}{$fn}, 0, $w) = '' }
                    elsif ($! != Errno::EAGAIN() && $! != Errno::EWOULDBLOCK()) { $close_pair->($p, 0); last }
                }
                if (vec($rout, $fn, 1)) {
                    my (undef, $other) = @$ent;
                    my $r = sysread $sock, my $buf, 65536;
                    if ($r) {
                        $p->{out}{ fileno $other } .= $buf;
                    } elsif (defined $r || ($! != Errno::EAGAIN() && $! != Errno::EWOULDBLOCK())) {
                        # one side closed: what it sent is passed on first
                        $p->{eof} = 1;
                    }
                }
                if ($p->{eof} && !grep { length } values %{ $p->{out} }) {
                    $close_pair->($p, 0);
                    last;
                }
            }
        }
    }
}

1;
