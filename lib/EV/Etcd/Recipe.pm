package EV::Etcd::Recipe;

# What the recipes (EV::Etcd::Session, ::Mutex, ::Election, ::STM,
# ::Namespace, ::Mirror) share: their error hashes, deferred callbacks,
# argument checks, etcd's prefix range end and their Future twins.
#
#   use EV::Etcd::Recipe qw(_err _later);
#
# sets the caller's @CARP_NOT (a croak in any recipe is reported at the
# user's line) and imports the helpers named.  EV::Etcd::Recipe::Queue,
# below, is the queue of keys that EV::Etcd::Mutex and EV::Etcd::Election
# stand in.

use strict;
use warnings;

use Carp ();
use EV ();
use Scalar::Util ();
use EV::Etcd ();

our $VERSION = '0.01';

my (@PACKAGES, %HELPERS);
BEGIN {    # (the queue below imports at compile time)
    @PACKAGES = qw(EV::Etcd EV::Etcd::Namespace EV::Etcd::Session EV::Etcd::Session::Handle
        EV::Etcd::Mutex EV::Etcd::Election EV::Etcd::STM EV::Etcd::Mirror
        EV::Etcd::Recipe EV::Etcd::Recipe::Queue);
    %HELPERS = map { $_ => 1 } qw(_err _reerr _later _check_cb _check_opts _is_posnum _prefix_end _twins _noargs);
}
our @CARP_NOT = @PACKAGES;

sub import {
    my ($class, @names) = @_;
    my $caller = caller;
    no strict 'refs';
    no warnings 'once';
    @{"${caller}::CARP_NOT"} = @PACKAGES;
    for my $name (@names) {
        Carp::croak("EV::Etcd::Recipe: no helper '$name'") unless $HELPERS{$name};
        *{"${caller}::$name"} = \&{$name};
    }
    return;
}

my %RETRYABLE = map { $_ => 1 } qw(UNAVAILABLE RESOURCE_EXHAUSTED ABORTED DEADLINE_EXCEEDED);
my %STATUS = (
    CANCELLED => 1, UNKNOWN => 2, INVALID_ARGUMENT => 3, DEADLINE_EXCEEDED => 4,
    NOT_FOUND => 5, FAILED_PRECONDITION => 9, ABORTED => 10, OUT_OF_RANGE => 11,
    UNAVAILABLE => 14,
);

# An error hash of the client's contract: code, status, message, source,
# retryable, grpc_code (the recipe's own errors: the same as code).
sub _err {
    my ($source, $status, $message) = @_;
    return {
        code      => $STATUS{$status} // 2,
        grpc_code => $STATUS{$status} // 2,
        status    => $status,
        message   => $message,
        source    => $source,
        retryable => $RETRYABLE{$status} ? 1 : 0,
    };
}

# The error of an underlying call, reported as the recipe method's own:
# the same code, grpc_code, status, message and retryable; source is the
# recipe's.
sub _reerr {
    my ($source, $err) = @_;
    return { %$err{qw(code status message retryable)}, grpc_code => $err->{grpc_code} // $err->{code},
        source => $source };
}

# The accessors' check, called as &_noargs (the accessor's own @_): a call
# on the class, or with arguments, croaks naming the accessor.
my %VAR = ('EV::Etcd::Session' => '$session', 'EV::Etcd::Session::Handle' => '$handle',
    'EV::Etcd::Mutex' => '$mutex', 'EV::Etcd::Election' => '$election', 'EV::Etcd::STM' => '$stm',
    'EV::Etcd::Namespace' => '$ns', 'EV::Etcd::Mirror' => '$mirror');
sub _noargs {
    my ($sub) = (caller 1)[3] =~ /(\w+)\z/;
    my $var = $VAR{ ref $_[0] || $_[0] // '' } // '$obj';
    Carp::croak("$sub: not called on an object; usage: $var->$sub") unless Scalar::Util::blessed($_[0]);
    Carp::croak("$sub: takes no arguments; usage: $var->$sub") if @_ > 1;
    return;
}

# Runs $code from the event loop, after the caller has returned (a
# callback never runs before the method that started it has returned).
sub _later {
    my ($code) = @_;
    my $w;
    $w = EV::timer(0, 0, sub { undef $w; $code->() });
    return;
}

sub _check_cb {
    my ($method, $usage, $cb) = @_;
    Carp::croak("$method: the last argument must be a callback (code reference); usage: $usage")
        unless ref $cb eq 'CODE';
}

sub _check_opts {
    my ($method, $opts, @valid) = @_;
    Carp::croak("$method: options must be a hash reference") unless ref $opts eq 'HASH';
    my %ok = map { $_ => 1 } @valid;
    for my $k (sort keys %$opts) {
        Carp::croak("$method: unknown option '$k' (valid options: " . join(', ', sort @valid) . ")")
            unless $ok{$k};
    }
}

sub _is_posnum {
    my ($v) = @_;
    return defined $v && !ref $v && Scalar::Util::looks_like_number($v) && $v == $v && $v > 0;
}

# The first key after every key starting with $p (etcd's prefix range end).
sub _prefix_end {
    my ($p) = @_;
    my @b = unpack 'C*', $p;
    while (@b) {
        if ($b[-1] < 0xff) { $b[-1]++; return pack 'C*', @b }
        pop @b;
    }
    return "\0";
}

# Installs the caller's METHOD_f twins (EV::Etcd::_twin):
# _twins(NAME => { usage => ..., late => ... }, ...).
sub _twins {
    my (%twins) = @_;
    EV::Etcd::_install_twins(scalar caller, %twins);
    return;
}

# ---------------------------------------------------------------- queue

package EV::Etcd::Recipe::Queue;

# The base of EV::Etcd::Mutex and EV::Etcd::Election (Go's lock and
# election share it too): each contender puts "$name/<lease in hex>" with
# its session's lease, the key with the lowest create revision is first,
# and the others wait, each for the deletion of the keys created before
# its own.  A wait in progress is an op: { cb, source, handle, key, rev,
# txn (its first txn is in flight), queued (its key is there), timer,
# watch, stopped, aborting, abort_err, cancel_cb }.

use Carp ();
use EV ();
use Scalar::Util ();
BEGIN { EV::Etcd::Recipe->import(qw(_err _reerr _later _check_opts _is_posnum _noargs)) }

# $what: 'mutex' or 'election', for the messages; $noun: what $name names.
sub _new {
    my ($class, $what, $noun, $session, $name) = @_;
    Carp::croak("$what: the $noun name must be a non-empty string; usage: \$session->$what(\$name)")
        if !defined $name || ref $name || $name eq '';
    return bless {
        what    => $what,
        session => $session,
        client  => $session->client,
        pfx     => "$name/",
        name    => $name,
        key     => undef,    # our key while we are first (hold the lock, lead)
        rev     => -1,       # its create revision
        header  => undef,
        op      => undef,    # the wait in progress
    }, $class;
}

sub name    { &_noargs; $_[0]{name} }
sub key     { &_noargs; $_[0]{key} }
sub header  { &_noargs; $_[0]{header} }
sub session { &_noargs; $_[0]{session} }

sub _my_key {
    my ($self) = @_;
    return $self->{pfx} . sprintf('%x', $self->{session}->lease);
}

# The 'timeout' option of lock and campaign.
sub _check_wait_opts {
    my ($method, $opts) = @_;
    _check_opts($method, $opts, 'timeout');
    Carp::croak("$method: option 'timeout' must be a positive number of seconds")
        if defined $opts->{timeout} && !_is_posnum($opts->{timeout});
}

# Starts a wait ($source: 'mutex.lock', ...) and returns ($op, $handle);
# $op is undef when the wait cannot start ($busy: the message when this
# object is already first or waiting), and $cb then gets the error from
# the loop.  On timeout, the wait is aborted with $late_msg.
sub _begin {
    my ($self, $source, $cb, $opts, $busy, $late_msg) = @_;
    my $op = { cb => $cb, source => $source };
    my $handle = $op->{handle} = EV::Etcd::Session::Handle->_new(sub {
        my ($ccb) = @_;
        $op->{cancel_cb} = $ccb;
        $self->_abort($op, _err($source, 'CANCELLED', 'cancelled by the caller'));
    });
    my $refused = !$self->{session}->is_alive
        ? "$self->{what}: the session is not alive (lease $self->{session}{lease})"
        : $busy;
    if (defined $refused) {
        _stop_op($op);
        _later(sub { $cb->(undef, _err($source, 'FAILED_PRECONDITION', $refused)) });
        return (undef, $handle);
    }
    $self->{op} = $op;
    $self->{session}->_register($self);
    if (defined(my $t = $opts->{timeout})) {
        $op->{timer} = EV::timer($t, 0, sub {
            $self->_abort($op, _err($source, 'DEADLINE_EXCEEDED', "$self->{what}: $late_msg within ${t}s"));
        });
    }
    $op->{key} = $self->_my_key;
    return ($op, $handle);
}

# The answer of a txn of the wait: true when the wait goes on with it.
sub _txn_answered {
    my ($self, $op, $r, $err) = @_;
    $op->{txn} = 0;
    $op->{queued} = 1 if $r;    # our key is there (put now, or left by an earlier try)
    if ($op->{aborting}) {
        $self->_cleanup($op, $op->{abort_err});
        return 0;
    }
    return 0 if $op->{stopped};
    if ($err) {
        $self->_failed($op, $err);
        return 0;
    }
    return 1;
}

# Waits for every key created before ours (at $rev) to be deleted; then
# $self->_first($op, $header).
sub _wait_turn {
    my ($self, $op, $rev) = @_;
    $op->{rev} = $rev;
    _wait_deletes($self->{client}, $self->{pfx}, $rev - 1, $op->{key}, $op, sub {
        my ($header, $err) = @_;
        return $self->_failed($op, $err) if $err;
        $self->_first($op, $header);
    });
    return;
}

# Our key is the oldest: the lock is held, the campaign won.
sub _first {
    my ($self, $op, $header) = @_;
    _stop_op($op);
    $self->{op} = undef;
    @$self{qw(key rev header)} = ($op->{key}, $op->{rev}, $header);
    $op->{cb}->($self->_won, undef);
    return;
}

# A wait that failed: like Go, the queued key is deleted (best effort) so
# that it does not hold up the others until the lease ends.  (If that
# delete fails too, the next wait of the session finds the key and takes
# its place in the queue again.)
sub _failed {
    my ($self, $op, $err) = @_;
    $self->_abort($op, _reerr($op->{source}, $err));
    return;
}

# Stops a wait (cancel, timeout, failure, end of the session): deletes the
# key it queued, then calls back.  If a txn of it is still in flight, its
# answer does the cleanup.
sub _abort {
    my ($self, $op, $err) = @_;
    return if $op->{stopped} || $op->{aborting};
    $op->{aborting} = 1;
    $op->{abort_err} = $err;
    _stop_op($op);
    return if $op->{txn};
    $self->_cleanup($op, $err);
    return;
}

sub _cleanup {
    my ($self, $op, $err) = @_;
    my $finish = sub {
        $self->{op} = undef if $self->{op} && $self->{op} == $op;
        $op->{cb}->(undef, $err);
        my $ccb = delete $op->{cancel_cb};
        $ccb->({}, undef) if $ccb;
    };
    # the key is ours to delete once the first txn has answered (it put the
    # key, or found it left by an earlier try of this session); when the
    # session has ended, the lease took it already
    if ($op->{queued} && $self->{session}->is_alive) {
        $self->{client}->delete($op->{key}, sub { $finish->() });
    } else {
        _later($finish);
    }
    return;
}

# From the session: its lease is gone (lost or closed), and with it our
# key: the lock or the leadership, and the wait in progress.
sub _session_ended {
    my ($self, $err) = @_;
    @$self{qw(key rev)} = (undef, -1);
    my $op = $self->{op};
    $self->_abort($op, _reerr($op->{source}, $err)) if $op;
    return;
}

# Waits until no key under $pfx created at or before $max_rev is left
# (Go's waitDeletes): repeatedly finds the newest such key and watches it
# until it is deleted.  Each step also checks that $my_key still exists:
# if it is gone, the session's lease has expired or been revoked.  $op is
# the wait's state; once $op->{stopped} is set, nothing more happens.
# $done->($header) when the wait is over, $done->(undef, $err) on failure.
sub _wait_deletes {
    my ($client, $pfx, $max_rev, $my_key, $op, $done) = @_;
    my $step;
    $step = sub {
        return if $op->{stopped};
        my $next = $op->{step};    # __SUB__ without the reference cycle
        $client->txn([], [
            { range => { key => $pfx, prefix => 1, sort_target => 'create', sort_order => 'descend',
                         limit => 1, max_create_revision => $max_rev } },
            { range => { key => $my_key, keys_only => 1 } },
        ], sub {
            my ($r, $err) = @_;
            return if $op->{stopped};
            return $done->(undef, $err) if $err;
            return $done->(undef, _err('session', 'NOT_FOUND',
                "session expired: its key $my_key is gone (the lease expired or was revoked)"))
                unless @{ $r->{responses}[1]{response_range}{kvs} };
            my $last = $r->{responses}[0]{response_range}{kvs}[0];
            return $done->($r->{header}) unless $last;
            $op->{watch} = $client->watch($last->{key}, { start_revision => $r->{header}{revision} }, sub {
                my ($wr, $werr) = @_;
                return if $op->{stopped};
                if ($werr) {
                    delete $op->{watch};
                    # compacted meanwhile: the next read tells whether it is gone
                    return $werr->{status} eq 'OUT_OF_RANGE' ? $next->() : $done->(undef, $werr);
                }
                return unless grep { $_->{type} eq 'DELETE' } @{ $wr->{events} || [] };
                my $w = delete $op->{watch};
                $w->cancel if $w;
                $next->();
            });
        });
    };
    $op->{step} = $step;
    $step->();
    return;
}

# Ends a wait (or an observing): nothing more of it runs, its watch and
# timer are dropped.
sub _stop_op {
    my ($op) = @_;
    $op->{stopped} = 1;
    delete $op->{step};
    delete $op->{timer};
    my $w = delete $op->{watch};
    $w->cancel if $w && $w->is_active;
    if (my $h = $op->{handle}) {
        $h->{active} = 0;
        delete $h->{on_cancel};    # it refers to $op
    }
    return;
}

1;
__END__

=head1 NAME

EV::Etcd::Recipe - what the recipes of EV::Etcd share (internal)

=head1 DESCRIPTION

Internal to L<EV::Etcd::Session>, L<EV::Etcd::Mutex>,
L<EV::Etcd::Election>, L<EV::Etcd::STM>, L<EV::Etcd::Namespace> and
L<EV::Etcd::Mirror>: their error hashes, argument checks and Future twins,
and the queue of keys that mutexes and elections wait in. It has no
public interface.

=head1 SEE ALSO

L<EV::Etcd>.

=cut
