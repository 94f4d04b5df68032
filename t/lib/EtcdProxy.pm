package EtcdProxy;

# A small TCP proxy that tests control, to cut, stall and restore the
# connections between a client and an etcd server (or any TCP server).  It
# listens on a free loopback port and forwards every connection to a target
# endpoint; it runs in a forked child (a select() loop, core Perl only), so
# it keeps forwarding whatever the test's own event loop is doing.  Commands
# go to the child over a socketpair and are acknowledged before the method
# returns, so when cut() returns, the connections are gone.
#
#   use lib 't/lib';
#   use EtcdProxy;
#   my $p = EtcdProxy->start(target => $etcd->endpoint);   # before creating clients
#   my $client = EV::Etcd->new(endpoints => [$p->endpoint]);
#   $p->cut;        # close every connection (RST) and refuse new ones
#   $p->restore;    # accept and forward again
#   $p->stop;
#
# EtcdProxy->start(%opts): target => 'host:port' (required), host (listen
# address, default 127.0.0.1), port (default: a free one).  Croaks if the
# port cannot be bound.
#
# Methods (each returns once the proxy has done it):
#   endpoint        "127.0.0.1:PORT", the address to give clients
#   port, host, target, pid
#   cut             close every current connection (with a TCP reset) and
#                   refuse new ones (the port stops listening: ECONNREFUSED)
#   drop            close every current connection, keep accepting new ones
#   pause           stall: keep the connections open but stop reading from
#                   either side (data waits in the kernel's buffers, as on a
#                   frozen network); new connections are accepted and stall
#   restore         after cut or pause: listen, forward again
#   set_target($ep) new connections go to $ep (existing ones stay where they
#                   are); e.g. to swap the server behind a client
#   stats           hash: state ('open', 'cut' or 'paused'), connections (open
#                   now), accepted (ever), refused (upstream connects that
#                   failed), bytes_up (client -> server), bytes_down
#   stop            end the child (also done when the object is destroyed,
#                   and at exit); the child also ends when its parent dies
#
# A connection whose upstream connect fails is closed at once.  A fork()ed
# child of the test does not stop its parent's proxies.

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
    my $target = $opt{target} // croak 'EtcdProxy->start: target => "host:port" is required';
    croak "EtcdProxy->start: target '$target' must be host:port" unless $target =~ /\A[^\s:]+:\d+\z/;
    my $host = $opt{host} // '127.0.0.1';
    my $listen = _listen($host, $opt{port} // 0)
        or croak "EtcdProxy->start: cannot listen on $host:" . ($opt{port} // 0) . ": $!";
    my $port = $listen->sockport;

    return $class->_spawn(\&_child, [$listen, $host, $port, $target],
        { host => $host, port => $port, target => $target }, [$listen]);
}

sub endpoint { "$_[0]{host}:$_[0]{port}" }
sub port     { $_[0]{port} }
sub host     { $_[0]{host} }
sub target   { $_[0]{target} }

sub cut     { $_[0]->_cmd('cut');     $_[0] }
sub drop    { $_[0]->_cmd('drop');    $_[0] }
sub pause   { $_[0]->_cmd('pause');   $_[0] }
sub restore { $_[0]->_cmd('restore'); $_[0] }

sub set_target {
    my ($self, $target) = @_;
    croak "EtcdProxy->set_target: '$target' must be host:port" unless defined $target && $target =~ /\A[^\s:]+:\d+\z/;
    $self->_cmd("target $target");
    $self->{target} = $target;
    return $self;
}

sub _listen {
    my ($host, $port) = @_;
    return IO::Socket::INET->new(
        LocalAddr => $host, LocalPort => $port, Listen => 128, ReuseAddr => 1, Proto => 'tcp',
    );
}

# ---------------------------------------------------------------- the child

sub _child {
    my ($listen, $host, $port, $target, $ctl, $parent) = @_;
    $SIG{PIPE} = 'IGNORE';
    $SIG{$_} = 'DEFAULT' for qw(INT TERM HUP);
    my $state = 'open';
    my %st = (accepted => 0, refused => 0, bytes_up => 0, bytes_down => 0);
    my @pairs;    # { c => client socket, s => server socket, out => { fileno => buffer } }
    my %peer;     # fileno => [pair, the other socket, direction]
    my $ctl_buf = '';
    $listen->blocking(0);

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

    while (1) {
        return 0 if getppid() != $parent;
        my ($rin, $win) = ('', '');
        vec($rin, fileno $ctl, 1) = 1;
        vec($rin, fileno $listen, 1) = 1 if $listen;
        if ($state ne 'paused') {
            for my $p (@pairs) {
                for my $sock (@$p{qw(c s)}) {
                    my $fn = fileno $sock;
                    my (undef, $other) = @{ $peer{$fn} };
                    # read only while the other side's queue is short
                    vec($rin, $fn, 1) = 1 if length($p->{out}{ fileno $other } // '') < (1 << 20);
                    vec($win, $fn, 1) = 1 if length($p->{out}{$fn} // '');
                }
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
                } elsif ($cmd eq 'cut' || $cmd eq 'drop') {
                    $close_pair->($_, 1) for @{ [@pairs] };
                    if ($cmd eq 'cut') {
                        close $listen if $listen;
                        undef $listen;
                        $state = 'cut';
                    }
                } elsif ($cmd eq 'pause') {
                    $state = 'paused';
                } elsif ($cmd eq 'restore') {
                    if (!$listen) {
                        $listen = _listen($host, $port);
                        if ($listen) { $listen->blocking(0) } else { $reply = "cannot listen on $host:$port again: $!" }
                    }
                    $state = 'open' if $listen;
                } elsif ($cmd eq 'target') {
                    $target = $arg;
                } elsif ($cmd eq 'stats') {
                    $reply = "ok state=$state connections=" . scalar(@pairs)
                        . join('', map { " $_=$st{$_}" } sort keys %st);
                } else {
                    $reply = "unknown command '$cmd'";
                }
                syswrite $ctl, "$reply\n";
            }
        }

        if ($listen && vec($rout, fileno $listen, 1)) {
            while (my $c = $listen->accept) {
                $st{accepted}++;
                my $s = IO::Socket::INET->new(PeerAddr => $target, Proto => 'tcp', Timeout => 2);
                if (!$s) { $st{refused}++; close $c; next }
                $_->blocking(0) for $c, $s;
                my $p = { c => $c, s => $s, out => {} };
                $peer{ fileno $c } = [ $p, $s, 'bytes_up' ];
                $peer{ fileno $s } = [ $p, $c, 'bytes_down' ];
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
                    my ($pp, $other, $dir) = @$ent;
                    my $r = sysread $sock, my $buf, 65536;
                    if ($r) {
                        $st{$dir} += $r;
                        $p->{out}{ fileno $other } .= $buf;
                    } elsif (defined $r || ($! != Errno::EAGAIN() && $! != Errno::EWOULDBLOCK())) {
                        # one side closed: pass on what is queued (best effort), then close both
                        my $ofn = fileno $other;
                        if (length($p->{out}{$ofn} // '')) {
                            $other->blocking(1);
                            syswrite $other, $p->{out}{$ofn};
                        }
                        $close_pair->($p, 0);
                        last;
                    }
                }
            }
        }
    }
}

1;
