package EV::Etcd::STM;

# Software transactional memory (Go's clientv3/concurrency STM): runs an
# apply function that reads and writes keys through the STM object,
# collecting a read set and a write set, and commits the writes in one txn
# guarded by comparisons on what was read; when the guard fails, the
# function runs again.  The isolation level decides the reads' revision and
# the guard, with Go's meanings.

use strict;
use warnings;

use Carp ();
use Future;
use Scalar::Util ();
use EV::Etcd::Recipe qw(_err _reerr _check_cb _check_opts _noargs);

our $VERSION = '0.01';

my %ISOLATION = map { $_ => 1 } qw(serializable_snapshot serializable repeatable_reads read_committed);

sub _run {
    my ($class, $client, @args) = @_;
    my $usage = '$client->stm($apply, [\%opts], $cb)';
    Carp::croak("stm: wrong number of arguments; usage: $usage") if @args < 2 || @args > 3;
    my $cb = pop @args;
    _check_cb('stm', $usage, $cb);
    my ($apply, $opts) = @args;
    Carp::croak("stm: 'apply' must be a code reference; usage: $usage") unless ref $apply eq 'CODE';
    $opts //= {};
    _check_opts('stm', $opts, qw(isolation prefetch max_retries));
    my $iso = $opts->{isolation} // 'serializable_snapshot';
    Carp::croak("stm: 'isolation' must be one of " . join(', ', map { "'$_'" } sort keys %ISOLATION))
        unless !ref $iso && $ISOLATION{$iso};
    my $prefetch = $opts->{prefetch} // [];
    Carp::croak("stm: 'prefetch' must be an array reference of keys")
        unless ref $prefetch eq 'ARRAY' && !grep { !defined || ref } @$prefetch;
    my $max = $opts->{max_retries};
    Carp::croak("stm: 'max_retries' must be a non-negative integer")
        if defined $max && (ref $max || $max !~ /\A[0-9]+\z/);

    my $self = bless {
        client     => $client,
        apply      => $apply,
        cb         => $cb,
        iso        => $iso,
        prefetch   => [@$prefetch],
        max        => $max,
        runs       => 0,
        epoch      => 0,
        prefetched => {},    # key => read, from a failed commit (serializable levels)
    }, $class;
    $self->_attempt;
    return;
}

sub _serializable { $_[0]{iso} eq 'serializable_snapshot' || $_[0]{iso} eq 'serializable' }

sub isolation { &_noargs; $_[0]{iso} }
sub attempt   { &_noargs; $_[0]{runs} }

sub _attempt {
    my ($self) = @_;
    return if $self->{done};
    if (defined $self->{max} && $self->{runs} > $self->{max}) {
        return $self->_finish(undef, _err('stm', 'ABORTED',
            "the transaction conflicted $self->{runs} times (max_retries $self->{max})"));
    }
    $self->{runs}++;
    my $epoch = ++$self->{epoch};
    $self->{rset} = {};       # key => { value, mod, rev }
    $self->{wset} = {};       # key => { value, op }
    $self->{reading} = {};    # key => Future of a read in flight
    $self->{base} = undef;    # serializable levels: the revision of the first read

    my $run = sub {
        my $ret = eval { $self->{apply}->($self) };
        if (my $e = $@) {
            chomp $e;
            return Future->fail("apply died: $e", 'stm');
        }
        return Scalar::Util::blessed($ret) && $ret->isa('Future') ? $ret : Future->done($ret);
    };
    my $f = @{ $self->{prefetch} }
        ? $self->_read($epoch, @{ $self->{prefetch} })->then($run)
        : $run->();
    $self->{future} = $f;
    $f->on_ready(sub {
        my ($f) = @_;
        return if $self->{done} || $epoch != $self->{epoch};
        delete $self->{future};
        if ($f->is_cancelled) {
            return $self->_finish(undef, _err('stm', 'CANCELLED', 'the apply future was cancelled'));
        }
        if ($f->is_failed) {
            my ($msg, $cat, $err) = $f->failure;
            return $self->_finish(undef, ref $err eq 'HASH' && ($cat // '') eq 'etcd'
                ? _reerr('stm', $err)
                : _err('stm', 'UNKNOWN', $msg));
        }
        $self->_commit($epoch, scalar $f->get);
    });
    return;
}

sub _finish {
    my ($self, @res) = @_;
    return if $self->{done};
    $self->{done} = 1;
    delete $self->{future};
    my $cb = delete $self->{cb};
    delete $self->{apply};    # it may refer to this object
    $cb->(@res);
    return;
}

# ---------------------------------------------------------------- reads

sub get {
    my ($self, $key) = @_;
    Carp::croak('get: usage: $stm->get($key)') if @_ != 2;
    Carp::croak("get: 'key' must be a string") if !defined $key || ref $key;
    return Future->done($self->{wset}{$key}{value}) if exists $self->{wset}{$key};
    return $self->_read($self->{epoch}, $key)->then(sub {
        my ($reads) = @_;
        # a write made while the read was in flight wins
        return Future->done(exists $self->{wset}{$key} ? $self->{wset}{$key}{value} : $reads->{$key}{value});
    });
}

sub rev {
    my ($self, $key) = @_;
    Carp::croak('rev: usage: $stm->rev($key)') if @_ != 2;
    Carp::croak("rev: 'key' must be a string") if !defined $key || ref $key;
    return $self->_read($self->{epoch}, $key)->then(sub { Future->done($_[0]{$key}{mod}) });
}

# A Future of { key => read } for @keys, from the read set when they were
# read before in this attempt, else in one txn at the attempt's revision.
sub _read {
    my ($self, $epoch, @keys) = @_;
    my (%have, @need, @waits);
    for my $key (@keys) {
        next if exists $have{$key};
        if (my $p = delete $self->{prefetched}{$key}) {
            $self->{rset}{$key} = $p;
            $self->{base} //= $p->{rev} if $self->_serializable;
        }
        if (my $r = $self->{rset}{$key}) {
            $have{$key} = $r;
        } elsif (my $f = $self->{reading}{$key}) {
            push @waits, $f;
            $have{$key} = undef;
        } else {
            push @need, $key;
            $have{$key} = undef;
        }
    }
    if (@need) {
        my $f = Future->new;
        $self->{reading}{$_} = $f for @need;
        my %o;
        if ($self->_serializable) {
            %o = (revision => $self->{base}, serializable => 1) if defined $self->{base};
        } else {
            %o = (serializable => 1);
        }
        $self->{client}->txn([], [ map { { range => { key => $_, %o } } } @need ], sub {
            my ($r, $err) = @_;
            return $f->fail("$err->{message}", 'etcd', $err) if $err;
            my $rev = $r->{header}{revision};
            my %got;
            for my $i (0 .. $#need) {
                my $kv = $r->{responses}[$i]{response_range}{kvs}[0];
                $got{ $need[$i] } = { value => $kv ? $kv->{value} : undef, mod => $kv ? $kv->{mod_revision} : 0, rev => $rev };
            }
            if ($epoch == $self->{epoch}) {
                for my $k (@need) {
                    delete $self->{reading}{$k};
                    $self->{rset}{$k} //= $got{$k};
                }
                $self->{base} //= $rev if $self->_serializable;
            }
            $f->done(\%got);
        });
        push @waits, $f;
    }
    return Future->done(\%have) unless @waits;
    return Future->needs_all(@waits)->then(sub {
        my %all = %have;
        for my $got (@_) { $all{$_} //= $got->{$_} for grep { exists $all{$_} } keys %$got }
        return Future->done(\%all);
    });
}

# ---------------------------------------------------------------- writes

sub put {
    my ($self, $key, $value, $opts) = @_;
    Carp::croak('put: usage: $stm->put($key, $value, [\%opts])') if @_ < 3 || @_ > 4;
    Carp::croak("put: 'key' must be a string") if !defined $key || ref $key;
    Carp::croak("put: 'value' must be a string") if !defined $value || ref $value;
    Carp::croak("put: options must be a hash reference") if defined $opts && ref $opts ne 'HASH';
    $self->{wset}{$key} = { value => $value, op => { put => { %{ $opts // {} }, key => $key, value => $value } } };
    return;
}

sub delete {
    my ($self, $key) = @_;
    Carp::croak('delete: usage: $stm->delete($key)') if @_ != 2;
    Carp::croak("delete: 'key' must be a string") if !defined $key || ref $key;
    $self->{wset}{$key} = { value => undef, op => { delete => { key => $key } } };
    return;
}

# ---------------------------------------------------------------- commit

sub _commit {
    my ($self, $epoch, $value) = @_;
    my ($rset, $wset, $iso) = @$self{qw(rset wset iso)};
    my @rkeys = sort keys %$rset;
    my @cmp;
    if ($iso ne 'read_committed') {
        # every key read is still as it was read
        push @cmp, map { { key => $_, target => 'mod', mod_revision => $rset->{$_}{mod} } } @rkeys;
    }
    if ($iso eq 'serializable_snapshot' && @rkeys) {
        # and no key written was changed after the first read
        my ($first) = sort { $a <=> $b } map { $rset->{$_}{rev} } @rkeys;
        push @cmp, map { { key => $_, target => 'mod', mod_revision => $first + 1, result => '<' } }
            sort keys %$wset;
    }
    my @ops = map { $wset->{$_}{op} } sort keys %$wset;
    # on a conflict, the failure branch reads the read set again for the
    # next attempt (saves a round trip)
    my @else = $self->_serializable ? map { { range => { key => $_ } } } @rkeys : ();
    $self->{client}->txn(\@cmp, \@ops, \@else, sub {
        my ($r, $err) = @_;
        return if $self->{done} || $epoch != $self->{epoch};
        return $self->_finish(undef, _reerr('stm', $err)) if $err;
        return $self->_finish({ value => $value, header => $r->{header} }, undef) if $r->{succeeded};
        if (@else) {
            my $rev = $r->{header}{revision};
            my %pre;
            for my $i (0 .. $#rkeys) {
                my $kv = $r->{responses}[$i]{response_range}{kvs}[0];
                $pre{ $rkeys[$i] } = { value => $kv ? $kv->{value} : undef, mod => $kv ? $kv->{mod_revision} : 0, rev => $rev };
            }
            $self->{prefetched} = \%pre;
        }
        $self->_attempt;
    });
    return;
}

1;
__END__

=head1 NAME

EV::Etcd::STM - software transactional memory over etcd transactions

=head1 SYNOPSIS

    # move 10 from one account to another, atomically
    $client->stm(sub {
        my ($stm) = @_;
        return Future->needs_all($stm->get('/acct/a'), $stm->get('/acct/b'))->then(sub {
            my ($a, $b) = @_;
            $stm->put('/acct/a', $a - 10);
            $stm->put('/acct/b', $b + 10);
            return Future->done($a - 10);
        });
    }, { isolation => 'serializable_snapshot' }, sub {
        my ($result, $err) = @_;
        die "stm: $err->{message}\n" if $err;
        print "a is now $result->{value}, at revision $result->{header}{revision}\n";
    });

=head1 DESCRIPTION

Go's C<clientv3/concurrency> STM for EV::Etcd, started with
L<EV::Etcd/stm>:

    $client->stm($apply, \%opts, $cb);
    $client->stm($apply, $cb);

C<$apply> is called with an C<EV::Etcd::STM> object. It reads keys with
L</get> (each read returns a L<Future>: Debian's C<libfuture-perl>) and
writes them with L</put> and L</delete>; writes are buffered. It returns a
value, or a L<Future> of one, when it is done. Then the writes are
committed in one L<EV::Etcd/txn> that holds only if what was read is still
current (as the isolation level defines it); if it does not, C<$apply> runs
again from the start, with fresh reads. So C<$apply> must not have effects
of its own besides the STM's writes, since it may run several times.

The callback gets C<($result, undef)> once committed: C<< $result->{value} >>
is what C<$apply> returned (or its Future's first value) in the attempt
that committed, C<< $result->{header} >> the commit's response header. Or
C<(undef, $error)> (C<source> C<stm>): the error of a read or of the
commit (as L<EV::Etcd/txn> reports it), C<UNKNOWN> when C<$apply> died or
its Future failed (the message says why), or C<ABORTED> when
C<max_retries> was reached.

Options:

=over 4

=item isolation

With Go's meanings:

=over 4

=item serializable_snapshot (default)

Every read of an attempt is at the revision of its first read (a
snapshot), and the commit also fails when any key written was changed
after that revision: no conflicting write is lost, and the attempt saw one
consistent state.

=item serializable

Reads at the revision of the first read; the commit fails when a key read
has changed since.

=item repeatable_reads

Each key is read once per attempt (from the member, possibly stale,
C<serializable> reads); the commit fails when a key read has changed since.

=item read_committed

Reads of any committed state; the commit is not guarded at all, so it
never conflicts and C<$apply> runs once: concurrent read-modify-write
cycles can overwrite each other.

=back

=item prefetch

Array reference of keys read, in one round trip, before C<$apply> runs.

=item max_retries

How many times C<$apply> may run again after a conflict (a non-negative
integer); default: no limit, as in Go.

=back

=head1 METHODS

Of the object passed to C<$apply>:

=over 4

=item get

    my $future = $stm->get($key);

A L<Future> of the key's value: a string, or C<undef> when the key does not
exist (or was deleted by this attempt). A key written by this attempt reads
as written. The key joins the read set that guards the commit. A failed
read fails the Future with C<($message, 'etcd', $error)>; if C<$apply>'s
Future fails with it, the STM ends with that error.

It is a plain L<Future>, resolved from the EV loop: calling C<< ->get >>
on it inside C<$apply> dies (C<... is not yet complete and does not
provide -E<gt>await>), and the STM ends with C<UNKNOWN>, C<apply died:
...>. Chain on it (C<then>, C<< Future->needs_all >>, as in the
L</SYNOPSIS>) and return the resulting Future, or make C<$apply> an
C<async sub> and C<await> the reads (L<Future::AsyncAwait>, Debian's
C<libfuture-asyncawait-perl>):

    use Future::AsyncAwait;

    # add 1 to a counter, whatever else writes it meanwhile
    $client->stm(async sub {
        my ($stm) = @_;
        my $n = await $stm->get('/counter');
        $stm->put('/counter', ($n // 0) + 1);
        return ($n // 0) + 1;
    }, sub {
        my ($result, $err) = @_;
        die "stm: $err->{message}\n" if $err;
        print "the counter is now $result->{value}\n";
    });

=item rev

    my $future = $stm->rev($key);

A L<Future> of the key's C<mod_revision> as read (0 when absent).

=item put

    $stm->put($key, $value);
    $stm->put($key, $value, { lease => $lease_id });

Buffers a write; the options are those of L<EV::Etcd/put>.

=item delete

    $stm->delete($key);

Buffers the deletion of a key.

=item isolation, attempt

The isolation level, and the number of the attempt running (1 for the
first).

=back

=head1 SEE ALSO

L<EV::Etcd>, L<Future>.

=cut
