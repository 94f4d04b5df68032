package EV::Etcd::Mutex;

# A distributed mutex on a session (Go's clientv3/concurrency.Mutex): each
# contender puts the key "$name/<lease in hex>" with its session's lease;
# the key with the lowest create revision holds the lock, the others wait,
# each for the deletion of the keys created before its own (FIFO): the
# queue of EV::Etcd::Recipe::Queue.

use strict;
use warnings;

use Carp ();
use EV::Etcd::Recipe qw(_err _reerr _later _check_cb _prefix_end _twins _noargs);
use EV::Etcd::Session ();

our $VERSION = '0.01';
our @ISA = ('EV::Etcd::Recipe::Queue');

sub _new {
    my ($class, $session, $name) = @_;
    return $class->SUPER::_new('mutex', 'lock', $session, $name);
}

# A compare (for txn) that holds only while this mutex holds the lock.
sub is_owner {
    &_noargs;
    my ($self) = @_;
    return defined $self->{key}
        ? { key => $self->{key}, target => 'create', create_revision => $self->{rev} }
        : { key => "\0", target => 'create', create_revision => -1 };    # never true
}

# The oldest key under the prefix: the holder.
sub _owner_op {
    my ($self) = @_;
    return { range => { key => $self->{pfx}, prefix => 1, sort_target => 'create',
                        sort_order => 'ascend', limit => 1 } };
}

# What lock's callback gets once the lock is held.
sub _won {
    my ($self) = @_;
    return { key => $self->{key}, header => $self->{header} };
}

sub _busy {
    my ($self) = @_;
    return $self->{op} || defined $self->{key}
        ? 'mutex: this mutex already holds the lock or is waiting for it' : undef;
}

sub lock {
    my ($self, @args) = @_;
    my $usage = '$mutex->lock([\%opts], $cb)';
    Carp::croak("lock: missing callback; usage: $usage") unless @args;
    my $cb = pop @args;
    _check_cb('lock', $usage, $cb);
    Carp::croak("lock: wrong number of arguments; usage: $usage") if @args > 1;
    my $opts = $args[0] // {};
    EV::Etcd::Recipe::Queue::_check_wait_opts('lock', $opts);

    my ($op, $handle) = $self->_begin('mutex.lock', $cb, $opts, $self->_busy, 'not acquired');
    return $handle unless $op;
    my $my_key = $op->{key};
    $op->{txn} = 1;
    $self->{client}->txn(
        [ { key => $my_key, target => 'create', create_revision => 0 } ],
        [ { put => { key => $my_key, value => '', lease => $self->{session}->lease } }, $self->_owner_op ],
        [ { range => { key => $my_key } }, $self->_owner_op ],
        sub {
            my ($r, $err) = @_;
            return unless $self->_txn_answered($op, $r, $err);
            my $rev = $r->{succeeded}
                ? $r->{header}{revision}
                : $r->{responses}[0]{response_range}{kvs}[0]{create_revision};
            my $owner = $r->{responses}[1]{response_range}{kvs}[0];
            if (!$owner || $owner->{create_revision} == $rev) {
                $op->{rev} = $rev;
                return $self->_first($op, $r->{header});
            }
            $self->_wait_turn($op, $rev);
        });
    return $handle;
}

sub try_lock {
    my ($self, $cb) = @_;
    my $usage = '$mutex->try_lock($cb)';
    Carp::croak("try_lock: wrong number of arguments; usage: $usage") if @_ != 2;
    _check_cb('try_lock', $usage, $cb);
    my $refused = !$self->{session}->is_alive
        ? "mutex: the session is not alive (lease $self->{session}{lease})"
        : $self->_busy;
    return _later(sub { $cb->(undef, _err('mutex.try_lock', 'FAILED_PRECONDITION', $refused)) })
        if defined $refused;

    # One round trip, and no key is put unless the lock is free: the put
    # happens only if no key at all exists under the prefix (a compare over
    # a range holds for an empty range).
    my $my_key = $self->_my_key;
    $self->{client}->txn(
        [ { key => $self->{pfx}, range_end => _prefix_end($self->{pfx}), target => 'create',
            create_revision => 0 } ],
        [ { put => { key => $my_key, value => '', lease => $self->{session}->lease } } ],
        [ $self->_owner_op ],
        sub {
            my ($r, $err) = @_;
            return $cb->(undef, _reerr('mutex.try_lock', $err)) if $err;
            # free, or already ours (another mutex object of this session holds it)
            my $owner = $r->{succeeded} ? undef : $r->{responses}[0]{response_range}{kvs}[0];
            return $cb->(0, undef) unless $r->{succeeded} || ($owner && $owner->{key} eq $my_key);
            $self->{session}->_register($self);
            @$self{qw(key rev header)} =
                ($my_key, $owner ? $owner->{create_revision} : $r->{header}{revision}, $r->{header});
            return $cb->(1, undef);
        });
    return;
}

sub unlock {
    my ($self, $cb) = @_;
    my $usage = '$mutex->unlock([$cb])';
    Carp::croak("unlock: wrong number of arguments; usage: $usage") if @_ > 2;
    Carp::croak("unlock: the argument must be a callback (code reference); usage: $usage")
        if defined $cb && ref $cb ne 'CODE';
    $cb //= sub {};
    return _later(sub { $cb->(undef, _err('mutex.unlock', 'FAILED_PRECONDITION', 'mutex: not locked')) })
        unless defined $self->{key};
    my $key = $self->{key};
    $self->{client}->delete($key, sub {
        my ($r, $err) = @_;
        return $cb->(undef, _reerr('mutex.unlock', $err)) if $err;
        if (defined $self->{key} && $self->{key} eq $key) {
            @$self{qw(key rev)} = (undef, -1);
            $self->{session}->_unregister($self);
        }
        $cb->({ header => $r->{header} }, undef);
    });
    return;
}

# The Future twins.  A lock that try_lock_f takes after its Future was
# cancelled is released again.
_twins(
    lock     => { usage => '$mutex->lock_f([\%opts])' },
    try_lock => { usage => '$mutex->try_lock_f', late => sub { $_[0]->unlock if $_[1] } },
    unlock   => { usage => '$mutex->unlock_f' },
);

1;
__END__

=head1 NAME

EV::Etcd::Mutex - a distributed lock on an EV::Etcd::Session

=head1 SYNOPSIS

    $client->session({ ttl => 10 }, sub {
        my ($session, $err) = @_;
        die "session: $err->{message}\n" if $err;
        my $mutex = $session->mutex('/locks/counter');
        $mutex->lock({ timeout => 30 }, sub {
            my ($resp, $err) = @_;
            die "lock: $err->{message}\n" if $err;
            # a write that only happens while the lock is still held
            $client->txn([ $mutex->is_owner ],
                         [ { put => { key => '/counter', value => 42 } } ], sub {
                my ($resp, $err) = @_;
                warn "lost the lock\n" unless $err || $resp->{succeeded};
                $mutex->unlock(sub { $session->close });
            });
        });
    });

=head1 DESCRIPTION

A mutex as in Go's C<clientv3/concurrency.Mutex>, built on L<EV::Etcd/txn>,
L<EV::Etcd/get> and L<EV::Etcd/watch>. Locking puts the key
C<$name/E<lt>lease ID in hexE<gt>> attached to the session's lease; the
key with the lowest create revision under C<$name/> holds the lock. A
contender waits for the deletion of the key created just before its own,
then checks again, so waiters get the lock in the order they asked for it
(FIFO) and nobody is woken for nothing. A holder whose session ends (closed,
lease expired or revoked) loses the lock with its key. It interoperates
with Go's mutex and C<etcdctl lock> on the same name.

Get one with L<EV::Etcd::Session/mutex>. A session's lease identifies its
lock key, so two mutexes of one session on one name share the key: they
are the same holder.

=head1 METHODS

=over 4

=item lock

    my $wait = $mutex->lock(\%opts, $cb);
    my $wait = $mutex->lock($cb);

Acquires the lock, waiting as long as it takes (or C<timeout>). The
callback gets C<({key, header}, undef)> once the lock is held: C<key> is the
lock key, C<header> the response header of the read that found every older
contender gone. Returns an L<EV::Etcd::Session::Handle> whose C<cancel>
stops waiting: the queued key is deleted, then the callback runs with
C<CANCELLED>.

Options: C<timeout>, seconds (a positive number): when the lock is not held
by then, the key is deleted and the callback gets C<DEADLINE_EXCEEDED>.

Errors (C<source> C<mutex.lock>): C<FAILED_PRECONDITION> when the session
is not alive or this mutex already holds the lock or waits for it;
C<CANCELLED>; C<DEADLINE_EXCEEDED>; C<NOT_FOUND> when the session's lease
ended during the wait; or the error of the L<EV::Etcd/txn>,
L<EV::Etcd/get> or L<EV::Etcd/watch> that failed (e.g. C<UNAVAILABLE>).
After an error the key is deleted (best effort; if that fails, the next
C<lock> of the same session takes its place in the queue again).

=item try_lock

    $mutex->try_lock($cb);

Takes the lock if nobody holds it or waits for it, and never waits: the
callback gets C<(1, undef)> when the lock is now held, C<(0, undef)> when
it is not (no key was put), or C<(undef, $error)> (C<source>
C<mutex.try_lock>). One L<EV::Etcd/txn>.

=item unlock

    $mutex->unlock($cb);
    $mutex->unlock;

Releases the lock by deleting its key. The callback gets C<({header},
undef)>, or C<(undef, $error)> (C<source> C<mutex.unlock>;
C<FAILED_PRECONDITION> C<mutex: not locked> when the lock is not held;
after an RPC error the lock is still held and C<unlock> can be repeated).

=item lock_f

    my $future = $mutex->lock_f(\%opts);
    my $future = $mutex->lock_f;

The Future twin of L</lock> (see L<EV::Etcd/METHOD_f>): the same options,
no callback; returns an C<EV::Etcd::Future> done with C<{key, header}>, or
failed with C<("lock: $error-E<gt>{message}\n", 'etcd', $error)>, C<$error>
being the error hash L</lock> would give. C<< $future->cancel >> withdraws
the wait, as the handle's C<cancel> does: the queued key is deleted and
nothing is delivered.

    use Future::AsyncAwait;
    async sub locked {
        my ($mutex, $work) = @_;
        await $mutex->lock_f({ timeout => 30 });
        my $result = await $work->();
        await $mutex->unlock_f;
        return $result;
    }

=item try_lock_f

    my $held = $mutex->try_lock_f->get;    # 1 or 0

The twin of L</try_lock>: done with C<1> (the lock is now held) or C<0>
(it is not), or failed as above (C<try_lock: ...>). Cancelling the Future
drops the answer; if the lock was taken meanwhile, it is released again.

=item unlock_f

    $mutex->unlock_f->get;

The twin of L</unlock>: done with C<{header}>, or failed (C<unlock: mutex:
not locked> when the lock is not held). Cancelling the Future only drops
the answer: the key is deleted all the same.

=item is_owner

    $client->txn([ $mutex->is_owner, ... ], \@success, \@failure, $cb);

A comparison for L<EV::Etcd/txn> that holds only while this mutex holds the
lock (the lock key exists with the create revision it was acquired with):
writes fenced with it cannot happen after the lock was lost. When the lock
is not held, it is a comparison that never holds.

=item key

The lock key while the lock is held, else C<undef>.

=item header

The response header of the acquisition (see L</lock>).

=item name, session

The name and the L<EV::Etcd::Session>.

=back

=head1 SEE ALSO

L<EV::Etcd>, L<EV::Etcd::Session>, L<EV::Etcd::Election>.

=cut
