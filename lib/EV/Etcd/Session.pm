package EV::Etcd::Session;

# A lease kept alive for as long as the session lives: the ground that
# EV::Etcd::Mutex and EV::Etcd::Election stand on (Go's
# clientv3/concurrency.Session).  Pure Perl, on the client's public methods:
# lease_grant, lease_keepalive, lease_revoke.  Also home of
# EV::Etcd::Session::Handle, the handle of a wait.

use strict;
use warnings;

use Carp ();
use EV ();
use Scalar::Util ();
use EV::Etcd::Recipe qw(_err _reerr _later _check_cb _check_opts _twins _noargs);

our $VERSION = '0.01';
my %OPTIONS = map { $_ => 1 } qw(ttl lease on_lost);

# ---------------------------------------------------------------- session

sub _new {
    my ($class, $client, @args) = @_;
    my $usage = '$client->session([\%opts], $cb)';
    Carp::croak("session: missing callback; usage: $usage") unless @args;
    my $cb = pop @args;
    _check_cb('session', $usage, $cb);
    Carp::croak("session: wrong number of arguments; usage: $usage") if @args > 1;
    my $opts = $args[0] // {};
    _check_opts('session', $opts, keys %OPTIONS);

    my $ttl = $opts->{ttl} // 60;
    Carp::croak("session: 'ttl' must be a positive integer number of seconds")
        unless !ref $ttl && $ttl =~ /\A[0-9]+\z/ && $ttl > 0;
    my $lease = $opts->{lease};
    Carp::croak("session: 'lease' must be a positive 64-bit integer (a lease ID)")
        if defined $lease && (ref $lease || $lease !~ /\A[1-9][0-9]{0,18}\z/);
    Carp::croak("session: 'on_lost' must be a code reference")
        if defined $opts->{on_lost} && ref $opts->{on_lost} ne 'CODE';

    my $self = bless {
        client   => $client,
        ttl      => $ttl + 0,
        lease    => undef,
        on_lost  => $opts->{on_lost},
        alive    => 0,
        state    => 'starting',    # starting, alive, lost, closed
        members  => {},            # refaddr => weak ref: mutexes and elections
    }, $class;

    if (defined $lease) {
        $self->_keep_alive($lease + 0, 0, $cb);
    } else {
        $client->lease_grant($ttl, sub {
            my ($resp, $err) = @_;
            return $cb->(undef, _reerr('session', $err)) if $err;
            $self->_keep_alive($resp->{id}, 1, $cb);
        });
    }
    return;
}

# Starts the keepalive; $cb runs once the first refresh is confirmed (so an
# adopted lease that does not exist fails here, not later).
sub _keep_alive {
    my ($self, $id, $granted, $cb) = @_;
    $self->{lease} = $id;
    my $hold = $self;    # the session lives on its own until $cb has it
    my $weak = $self;
    Scalar::Util::weaken($weak);
    $self->{keepalive} = $self->{client}->lease_keepalive($id, sub {
        my ($resp, $err) = @_;
        if ($hold) {
            my ($s, $first_cb) = ($hold, $cb);
            undef $hold;
            undef $cb;    # the user's callback may hold what it was given
            if ($err) {
                $s->{state} = 'closed';
                delete $s->{keepalive};
                $s->{client}->lease_revoke($id, sub {}) if $granted;    # best effort
                return $first_cb->(undef, _reerr('session', $err));
            }
            $s->{state} = 'alive';
            $s->{alive} = 1;
            $s->{ttl} = $resp->{ttl} if $resp->{ttl};
            return $first_cb->($s, undef);
        }
        return unless $weak;
        $weak->_lost(_reerr('session', $err)) if $err;
    });
    return;
}

sub _lost {
    my ($self, $err) = @_;
    return unless $self->{state} eq 'alive';
    $self->{state} = 'lost';
    $self->{alive} = 0;
    delete $self->{keepalive};
    $self->_end_members($err);
    $self->{on_lost}->($err, $self) if $self->{on_lost};
    return;
}

# Tells every live mutex and election of the session that the lease is gone.
sub _end_members {
    my ($self, $err) = @_;
    my $members = $self->{members};
    for my $addr (sort keys %$members) {
        my $m = delete $members->{$addr} or next;
        $m->_session_ended($err);
    }
    return;
}

sub _register {
    my ($self, $member) = @_;
    my $addr = Scalar::Util::refaddr($member);
    $self->{members}{$addr} = $member;
    Scalar::Util::weaken($self->{members}{$addr});
    return;
}

sub _unregister {
    my ($self, $member) = @_;
    delete $self->{members}{ Scalar::Util::refaddr($member) };
    return;
}

sub lease     { &_noargs; $_[0]{lease} }
sub ttl       { &_noargs; $_[0]{ttl} }
sub client    { &_noargs; $_[0]{client} }
sub is_alive  { &_noargs; $_[0]{state} eq 'alive' ? 1 : 0 }

sub close {
    my ($self, $cb) = @_;
    my $usage = '$session->close([$cb])';
    Carp::croak("close: wrong number of arguments; usage: $usage") if @_ > 2;
    Carp::croak("close: the argument must be a callback (code reference); usage: $usage")
        if defined $cb && ref $cb ne 'CODE';
    if ($self->{state} eq 'closed') {
        _later(sub { $cb->({}, undef) }) if $cb;
        return;
    }
    $self->{state} = 'closed';
    $self->{alive} = 0;
    my $ka = delete $self->{keepalive};
    $ka->cancel if $ka && $ka->is_active;
    $self->_end_members(_err('session', 'CANCELLED', 'session closed'));
    $self->{client}->lease_revoke($self->{lease}, sub {
        my ($resp, $err) = @_;
        $cb->($err ? (undef, _reerr('session', $err)) : ($resp, undef)) if $cb;
    });
    return;
}

sub DESTROY {
    my ($self) = @_;
    return if ${^GLOBAL_PHASE} eq 'DESTRUCT';
    return if $self->{state} eq 'closed' || !defined $self->{lease};
    local ($@, $!, $?);
    eval {
        my $ka = delete $self->{keepalive};
        $ka->cancel if $ka && $ka->is_active;
        $self->{client}->lease_revoke($self->{lease}, sub {}) if $self->{state} eq 'alive';
        1;
    };
    return;
}

sub mutex {
    my ($self, $name) = @_;
    require EV::Etcd::Mutex;
    return EV::Etcd::Mutex->_new($self, $name);
}

sub election {
    my ($self, $name) = @_;
    require EV::Etcd::Election;
    return EV::Etcd::Election->_new($self, $name);
}

# The Future twin: close_f.
_twins(close => { usage => '$session->close_f' });

# ---------------------------------------------------------------- handle

package EV::Etcd::Session::Handle;

BEGIN { EV::Etcd::Recipe->import('_noargs') }

# What Mutex::lock, Election::campaign and Election::observe return:
# cancel([$cb]) and is_active.  $on_cancel does the work.

sub _new {
    my ($class, $on_cancel) = @_;
    return bless { active => 1, on_cancel => $on_cancel }, $class;
}

sub is_active { &_noargs; $_[0]{active} ? 1 : 0 }

sub cancel {
    my ($self, $cb) = @_;
    Carp::croak('cancel: the argument must be a callback (code reference)')
        if defined $cb && ref $cb ne 'CODE';
    if (!$self->{active}) {
        EV::Etcd::Recipe::_later(sub { $cb->({}, undef) }) if $cb;
        return;
    }
    $self->{active} = 0;
    my $on_cancel = delete $self->{on_cancel};
    $on_cancel->($cb || sub {}) if $on_cancel;
    return;
}

1;
__END__

=head1 NAME

EV::Etcd::Session - a lease kept alive, for locks and elections

=head1 SYNOPSIS

    use EV;
    use EV::Etcd;

    my $client = EV::Etcd->new(endpoints => ['127.0.0.1:2379']);
    $client->session({ ttl => 10, on_lost => sub {
        my ($err, $session) = @_;
        warn "session lost: $err->{message}\n";
    } }, sub {
        my ($session, $err) = @_;
        die "session: $err->{message}\n" if $err;
        printf "lease %x\n", $session->lease;
        my $mutex = $session->mutex('/locks/report');
        $mutex->lock(sub {
            my ($resp, $err) = @_;
            die "lock: $err->{message}\n" if $err;
            # ... work while holding the lock ...
            $mutex->unlock(sub { $session->close });
        });
    });
    EV::run;

=head1 DESCRIPTION

A session is a lease that the client keeps alive (L<EV::Etcd/lease_keepalive>)
for as long as the session lives, like Go's C<clientv3/concurrency.Session>.
Everything a session's L<mutexes|EV::Etcd::Mutex> and
L<elections|EV::Etcd::Election> hold is a key attached to that lease, so
when the session ends, by L</close>, by losing its lease, or because the
process died and the lease ran out, all of it is released.

Sessions are created with L<EV::Etcd/session>:

    $client->session(\%opts, $cb);
    $client->session($cb);

The callback gets C<($session, undef)> once the lease has been granted (or,
for an adopted lease, found) and its first refresh confirmed, or
C<(undef, $error)>. Options:

=over 4

=item ttl

The lease's TTL in seconds (a positive integer), default 60. The lease is
refreshed every third of it. A process that dies without closing its
session holds its locks for up to this long.

=item lease

Adopt an existing lease (its ID, a positive integer) instead of granting
one, e.g. to resume a session after a restart. It fails with the server's
C<NOT_FOUND> when the lease does not exist. C<ttl> is then ignored: the
lease's own TTL applies.

=item on_lost

Code reference called once, as C<< $on_lost->($error, $session) >>, when
the session loses its lease: it was revoked (e.g. by another client), it
expired, or it could not be refreshed before its TTL ran out (the server
was unreachable). C<$error> is an error hash (L<EV::Etcd/ERROR HANDLING>)
with C<source> C<session>: C<NOT_FOUND> when the server says the lease is
gone, C<DEADLINE_EXCEEDED> when it could not be refreshed in time, or the
error of the keepalive stream when it could not be reopened. By then the
session's locks and leaderships are gone: its mutexes are unlocked, its
elections are not led, and their waits in progress end with this error.
Not called after L</close>.

=back

Errors have C<source> C<session>, and the code, status and message of the
call that failed (L<EV::Etcd/lease_grant>, L<EV::Etcd/lease_keepalive>).

=head1 METHODS

=over 4

=item lease

The lease ID (an integer). Keys put with C<< { lease => $session->lease } >>
live as long as the session.

=item ttl

The lease's TTL in seconds, as the server last confirmed it.

=item is_alive

True from creation until the lease is lost or the session closed.

=item client

The client (or L<namespace|EV::Etcd::Namespace>) the session was created
on.

=item close

    $session->close;
    $session->close($cb);

Stops refreshing the lease and revokes it, which deletes every key attached
to it: locks and leaderships are released at once. Waits in progress
(L<EV::Etcd::Mutex/lock>, L<EV::Etcd::Election/campaign>) end with
C<CANCELLED>. The optional callback receives the L<EV::Etcd/lease_revoke>
response C<({header}, undef)>, or C<(undef, $error)> (C<NOT_FOUND> when the
lease was already gone). Closing a closed session calls back at once with
C<{}>.

Dropping the last reference to a session closes it too (without a
callback). Mutexes and elections hold a reference to their session.

=item close_f

    $session->close_f->get;

The Future twin of L</close> (see L<EV::Etcd/METHOD_f>): takes no
argument; returns an C<EV::Etcd::Future> done with C<{header}> (or C<{}>
for a closed session), or failed with C<("close: $error-E<gt>{message}\n",
'etcd', $error)> (C<NOT_FOUND> when the lease was already gone). The
session is closed at once either way; cancelling the Future only drops the
answer.

=item mutex

    my $mutex = $session->mutex($name);

An L<EV::Etcd::Mutex> named C<$name> (a string: the prefix of its keys,
C<$name/>).

=item election

    my $election = $session->election($name);

An L<EV::Etcd::Election> named C<$name>.

=back

=head1 EV::Etcd::Session::Handle

What L<EV::Etcd::Mutex/lock>, L<EV::Etcd::Election/campaign> and
L<EV::Etcd::Election/observe> return, to stop waiting:

=over 4

=item cancel

    $handle->cancel;
    $handle->cancel($cb);

Stops the wait. A lock or campaign that has not completed ends with its
callback called once with C<CANCELLED> (C<cancelled by the caller>), after
the key it had queued has been deleted. The optional C<$cb> runs then, with
C<({}, undef)>. Cancelling an inactive handle calls back at once.

=item is_active

True while the wait (or the observing) goes on.

=back

=head1 SEE ALSO

L<EV::Etcd>, L<EV::Etcd::Mutex>, L<EV::Etcd::Election>.

=cut
