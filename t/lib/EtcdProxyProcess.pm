package EtcdProxyProcess;

# The parent's side of a proxy that runs as a forked process of its own,
# controlled over a socketpair with one-line commands ("ping", "stats",
# "stop", and whatever the proxy adds) answered "ok[ REPLY]" or an error.
# EtcdProxy (one connection-cutting proxy) and EtcdPartition (peer proxies
# of a partitionable cluster) are such proxies.
#
#   my $self = $class->_spawn(\&child, [@child_args], { fields }, [@close_in_parent]);
#       forks; the child runs child(@child_args, $control_socket, $parent_pid)
#       and exits; the parent blesses { pid, owner, ctl, fields } into $class,
#       waits for the child's answer to "ping" and returns it.
#   $self->_cmd($line)   the answer's text, or croaks (no answer after
#                        $EtcdProxyProcess::CMD_TIMEOUT seconds, an error)
#   $self->stats         the proxy's "stats" as a hash
#   $self->stop          ends the proxy (also on DESTROY and at END)
#
# Only the process that started a proxy controls or stops it: a fork()ed
# test child leaves its parent's proxies alone.

use strict;
use warnings;

use Carp qw(croak);
use IO::Handle ();
use IO::Select ();
use POSIX ();
use Scalar::Util ();
use Socket qw(AF_UNIX SOCK_STREAM PF_UNSPEC);

our $CMD_TIMEOUT = 10;    # seconds the parent waits for an acknowledgement

my %LIVE;    # pid => weak object, for END

sub _spawn {
    my ($class, $child, $args, $fields, $close) = @_;
    socketpair(my $parent_end, my $child_end, AF_UNIX, SOCK_STREAM, PF_UNSPEC)
        or croak "$class->start: socketpair: $!";
    $_->autoflush(1) for $parent_end, $child_end;
    my $parent = $$;
    my $pid = fork;
    croak "$class->start: fork: $!" unless defined $pid;
    if (!$pid) {
        close $parent_end;
        my $rc = eval { $child->(@$args, $child_end, $parent); 0 } // do {
            print STDERR "$class child: $@";
            1;
        };
        POSIX::_exit($rc);
    }
    close $child_end;
    close $_ for @{ $close || [] };
    my $self = bless { %$fields, pid => $pid, owner => $$, ctl => $parent_end }, $class;
    $LIVE{$pid} = $self;
    Scalar::Util::weaken($LIVE{$pid});
    $self->_cmd('ping');    # the child is up
    return $self;
}

sub pid { $_[0]{pid} }

sub stats {
    my ($self) = @_;
    my $line = $self->_cmd('stats');
    return { map { split /=/, $_, 2 } split ' ', $line };
}

sub stop {
    my ($self) = @_;
    return unless $self->{pid} && $self->{owner} == $$;
    my $pid = delete $self->{pid};
    delete $LIVE{$pid};
    eval { print { $self->{ctl} } "stop\n" };
    close $self->{ctl};
    for (1 .. 100) {
        return if waitpid($pid, POSIX::WNOHANG()) == $pid;
        select undef, undef, undef, 0.02;
    }
    kill 'KILL', $pid;
    waitpid $pid, 0;
    return;
}

sub DESTROY { local ($@, $!, $?); $_[0]->stop }

END { local ($@, $!, $?); $_->stop for grep { defined } values %LIVE }

sub _cmd {
    my ($self, $cmd) = @_;
    my $name = ref $self;
    croak "$name: the proxy is stopped" unless $self->{pid};
    croak "$name: only the process that started the proxy can control it" unless $self->{owner} == $$;
    my $ctl = $self->{ctl};
    print {$ctl} "$cmd\n" or croak "$name: $cmd: the proxy is gone: $!";
    my $sel = IO::Select->new($ctl);
    croak "$name: $cmd: no answer from the proxy after ${CMD_TIMEOUT}s" unless $sel->can_read($CMD_TIMEOUT);
    my $reply = <$ctl>;
    croak "$name: $cmd: the proxy is gone" unless defined $reply;
    chomp $reply;
    croak "$name: $cmd: $reply" unless $reply =~ s/\Aok ?//;
    return $reply;
}

1;
