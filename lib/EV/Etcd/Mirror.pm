package EV::Etcd::Mirror;

# A local copy of a key prefix that stays correct: list the prefix, watch
# it from the listed revision on, and when the watch cannot go on (its
# revision was compacted, its stream failed for good) list it again and
# report the difference as events, then watch again.

use strict;
use warnings;

use Carp ();
use EV ();
use Scalar::Util ();
use EV::Etcd::Recipe qw(_reerr _check_opts _prefix_end _noargs);

our $VERSION = '0.01';

my @OPTIONS = qw(on_ready on_change on_error page_size);

sub _new {
    my ($class, $client, @args) = @_;
    my $usage = '$client->mirror($prefix, [\%opts])';
    Carp::croak("mirror: wrong number of arguments; usage: $usage") if @args < 1 || @args > 2;
    my ($prefix, $opts) = @args;
    Carp::croak("mirror: 'prefix' must be a string; usage: $usage") if !defined $prefix || ref $prefix;
    $opts //= {};
    _check_opts('mirror', $opts, @OPTIONS);
    for my $k (qw(on_ready on_change on_error)) {
        Carp::croak("mirror: '$k' must be a code reference")
            if defined $opts->{$k} && ref $opts->{$k} ne 'CODE';
    }
    my $page = $opts->{page_size} // 1000;
    Carp::croak("mirror: 'page_size' must be a positive integer")
        unless !ref $page && $page =~ /\A[0-9]+\z/ && $page > 0;

    my $self = bless {
        client    => $client,
        prefix    => $prefix,
        end       => $prefix eq '' ? "\0" : _prefix_end($prefix),
        page      => $page + 0,
        on_ready  => $opts->{on_ready},
        on_change => $opts->{on_change},
        on_error  => $opts->{on_error},
        data      => {},
        revision  => 0,
        ready     => 0,
        active    => 1,
        resyncs   => 0,
        delay     => 0,
    }, $class;
    $self->_list;
    return $self;
}

sub prefix    { &_noargs; $_[0]{prefix} }
sub revision  { &_noargs; $_[0]{revision} }
sub is_ready  { &_noargs; $_[0]{ready} }
sub is_active { &_noargs; $_[0]{active} }
sub resyncs   { &_noargs; $_[0]{resyncs} }
sub data      { &_noargs; return { %{ $_[0]{data} } } }

sub get {
    my ($self, $key) = @_;
    Carp::croak('get: usage: $mirror->get($key)') if @_ != 2;
    Carp::croak("get: 'key' must be a string") if !defined $key || ref $key;
    return $self->{data}{$key};
}

sub cancel {
    my ($self) = @_;
    $self->{active} = 0;
    delete $self->{timer};
    my $w = delete $self->{watch};
    $w->cancel if $w && $w->is_active;
    return;
}

sub DESTROY {
    my ($self) = @_;
    return if ${^GLOBAL_PHASE} eq 'DESTRUCT';
    local ($@, $!, $?);
    eval { $self->cancel; 1 };
    return;
}

# Lists the prefix at one revision, page by page; then (first time) calls
# on_ready, or (later) reports the difference with the old view.
sub _list {
    my ($self) = @_;
    my $weak = $self;
    Scalar::Util::weaken($weak);
    my %new;
    my $rev;
    my $page;
    $page = sub {
        my ($from) = @_;
        my $s = $weak;
        if (!$s || !$s->{active}) {
            undef $page;
            return;
        }
        my $next = $page;
        my %o = (limit => $s->{page});
        if (defined $rev) {
            @o{qw(range_end revision)} = ($s->{end}, $rev);
        } else {
            $o{prefix} = 1;
        }
        $s->{client}->get($from, \%o, sub {
            my ($r, $err) = @_;
            my $s = $weak;
            if (!$s || !$s->{active}) {
                undef $page;    # it refers to itself
                return;
            }
            if ($err) {
                undef $page;
                return $s->_failed($err);
            }
            $rev //= $r->{header}{revision};
            $new{ $_->{key} } = $_ for @{ $r->{kvs} };
            if ($r->{more} && @{ $r->{kvs} }) {
                return $next->($r->{kvs}[-1]{key} . "\0");
            }
            undef $page;
            $s->{delay} = 0;
            $s->_listed(\%new, $rev);
        });
    };
    $page->($self->{prefix});
    return;
}

sub _listed {
    my ($self, $new, $rev) = @_;
    my $old = $self->{data};
    $self->{data} = $new;
    $self->{revision} = $rev;
    $self->_watch;
    if (!$self->{ready}) {
        $self->{ready} = 1;
        $self->{on_ready}->($self) if $self->{on_ready};
        return;
    }
    $self->{resyncs}++;
    my @events;
    my %keys = (%$old, %$new);
    for my $key (sort keys %keys) {
        my ($o, $n) = ($old->{$key}, $new->{$key});
        if (!$n) {
            push @events, { type => 'DELETE', resync => 1, prev_kv => $o, kv => {
                key => $key, value => '', create_revision => 0, mod_revision => $rev, version => 0, lease => 0 } };
        } elsif (!$o || $o->{mod_revision} != $n->{mod_revision}) {
            push @events, { type => 'PUT', resync => 1, kv => $n, ($o ? (prev_kv => $o) : ()) };
        }
    }
    $self->{on_change}->($self, \@events) if @events && $self->{on_change};
    return;
}

sub _watch {
    my ($self) = @_;
    my $weak = $self;
    Scalar::Util::weaken($weak);
    $self->{watch} = $self->{client}->watch($self->{prefix},
        { prefix => 1, start_revision => $self->{revision} + 1 }, sub {
        my ($r, $err) = @_;
        my $s = $weak or return;
        return unless $s->{active};
        if ($err) {
            delete $s->{watch};
            return $s->_failed($err);
        }
        if ($r->{created} && $r->{header}{revision} < $s->{revision}) {
            # the server's store is behind the listing: it was replaced
            # between the listing and the watch (the runtime reports it
            # for a watch it re-creates): list again
            return $s->_failed({ code => 15, grpc_code => 15, status => 'DATA_LOSS', source => 'watch', retryable => 0,
                message => "the server's revision ($r->{header}{revision}) is below the listing's "
                         . "($s->{revision}): the store was replaced" });
        }
        my $events = $r->{events} || [];
        unless (@$events) {
            # a progress notification: everything up to its revision is here
            $s->{revision} = $r->{header}{revision}
                if !$r->{created} && $r->{header}{revision} > $s->{revision};
            return;
        }
        my $data = $s->{data};
        my @out;
        for my $ev (@$events) {
            my $key = $ev->{kv}{key};
            my $prev = $ev->{type} eq 'DELETE' ? delete $data->{$key} : $data->{$key};
            $data->{$key} = $ev->{kv} if $ev->{type} eq 'PUT';
            push @out, { type => $ev->{type}, kv => $ev->{kv}, ($prev ? (prev_kv => $prev) : ()) };
        }
        $s->{revision} = $events->[-1]{kv}{mod_revision};
        $s->{on_change}->($s, \@out) if $s->{on_change};
    });
    return;
}

# The watch or a listing failed: report it, then list again (at once after
# a compaction or a replaced store, else after a backoff growing from 0.1 s
# to 5 s).
sub _failed {
    my ($self, $err) = @_;
    my $w = delete $self->{watch};
    $w->cancel if $w && $w->is_active;
    my $compacted = $err->{status} eq 'OUT_OF_RANGE' || $err->{status} eq 'DATA_LOSS';   # or replaced
    $self->{delay} = $compacted ? 0 : $self->{delay} ? ($self->{delay} * 2 > 5 ? 5 : $self->{delay} * 2) : 0.1;
    my $delay = $self->{delay} * (0.8 + rand 0.4);
    my $weak = $self;
    Scalar::Util::weaken($weak);
    $self->{timer} = EV::timer($delay, 0, sub {
        my $s = $weak or return;
        delete $s->{timer};
        $s->_list if $s->{active};
    });
    $self->{on_error}->($self, _reerr('mirror', $err)) if $self->{on_error};
    return;
}

1;
__END__

=head1 NAME

EV::Etcd::Mirror - a local copy of a key prefix that survives disconnection and compaction

=head1 SYNOPSIS

    my $mirror = $client->mirror('/config/', {
        on_ready  => sub {
            my ($m) = @_;
            printf "%d keys at revision %d\n", scalar keys %{ $m->data }, $m->revision;
        },
        on_change => sub {
            my ($m, $events) = @_;
            for my $ev (@$events) {
                printf "%s %s%s\n", $ev->{type}, $ev->{kv}{key}, $ev->{resync} ? ' (resync)' : '';
            }
        },
    });
    ...
    my $kv = $mirror->get('/config/mode');    # undef when absent

=head1 DESCRIPTION

What L<EV::Etcd/mirror> returns:

    my $mirror = $client->mirror($prefix, \%opts);

It lists every key starting with C<$prefix> (C<''>: every key) with
L<EV::Etcd/get>, page by page at one revision, then L<EV::Etcd/watch>es
the prefix from the revision after the listing and applies every event to
its copy. The watch rides out reconnections by itself. When it cannot go
on, because the revision it has to resume from has been compacted, the
server's store was replaced (a wiped member, a restore from an older
snapshot: its revision went backwards), or its stream failed for good, the
mirror lists the prefix again and reports the
difference between the old copy and the new listing as events flagged
C<< resync => 1 >>, then watches again from the new listing. So at every
callback the copy equals the prefix's contents at L</revision>, and the
events reported, applied in order to the first listing, give the copy.

Keep the object: dropping its last reference cancels it. Options (all
optional):

=over 4

=item on_ready

C<< $on_ready->($mirror) >>, once, after the first listing.

=item on_change

C<< $on_change->($mirror, \@events) >> after every change applied to the
copy, with the events applied (the copy and L</revision> are already
updated). Events are shaped like L<EV::Etcd/watch> events: C<type>
(C<PUT> or C<DELETE>), C<kv>, and C<prev_kv>, the pair as the copy had it
(absent when the copy did not have the key). Events of a resync also have
C<< resync => 1 >>; a resync C<DELETE>'s C<kv> has the key, and the new
listing's revision as C<mod_revision> (the real revision of the deletion
is no longer known).

=item on_error

C<< $on_error->($mirror, $error) >> for every failure the mirror recovers
from by listing again (C<source> C<mirror>, the code, status and message
of the watch or get that failed; C<OUT_OF_RANGE> after a compaction). The
mirror retries at once after a compaction, else with a backoff from 0.1 s
up to 5 s, for as long as it is not cancelled.

=item page_size

Keys per L<EV::Etcd/get> while listing; default 1000.

=back

=head1 METHODS

=over 4

=item get

    my $kv = $mirror->get($key);

The key's pair (a hash as in L<EV::Etcd/get>'s C<kvs>), or C<undef>.

=item data

A new hash reference of every key of the copy to its pair.

=item revision

The revision the copy reflects: 0 before the first listing.

=item is_ready

True after the first listing.

=item resyncs

How many times the prefix was listed again.

=item cancel

Stops the mirror (its watch is cancelled, nothing more is called). The
copy stays readable.

=item is_active

True until cancelled.

=item prefix

The prefix.

=back

=head1 SEE ALSO

L<EV::Etcd>, L<EV::Etcd/watch>.

=cut
