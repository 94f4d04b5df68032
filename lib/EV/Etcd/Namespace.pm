package EV::Etcd::Namespace;

# A view of the client inside a key prefix (Go's clientv3/namespace): every
# key, range end, lock and election name given to it is put under the
# prefix, and the prefix is removed from every key in its responses.

use strict;
use warnings;

use Carp ();

use EV::Etcd::Recipe qw(_prefix_end _twins _noargs);

our $VERSION = '0.01';

sub _new {
    my ($class, $client, $prefix) = @_;
    Carp::croak('namespace: the prefix must be a non-empty string; usage: $client->namespace($prefix)')
        if !defined $prefix || ref $prefix || $prefix eq '';
    Carp::croak('namespace: wrong number of arguments; usage: $client->namespace($prefix)') if @_ != 3;
    return bless { client => $client, prefix => $prefix, plen => length $prefix }, $class;
}

sub prefix { &_noargs; $_[0]{prefix} }
sub client { &_noargs; $_[0]{client} }

# ---------------------------------------------------------------- keys

sub _key {
    my ($self, $method, $what, $key) = @_;
    Carp::croak("$method: '$what' must be a string") if !defined $key || ref $key;
    return $self->{prefix} . $key;
}

sub _strip {
    my ($self, $key) = @_;
    return $key unless defined $key && substr($key, 0, $self->{plen}) eq $self->{prefix};
    return substr($key, $self->{plen});
}

# etcd's "\0" range end (every key from the start key on) stops at the end
# of the namespace; another range end is put under the prefix.
sub _range_end {
    my ($self, $end) = @_;
    return $end if !defined $end || ref $end || $end eq '';
    return _prefix_end($self->{prefix}) if $end eq "\0";
    return $self->{prefix} . $end;
}

sub _opts {
    my ($self, $opts) = @_;
    return $opts unless ref $opts eq 'HASH' && defined $opts->{range_end};
    return { %$opts, range_end => $self->_range_end($opts->{range_end}) };
}

sub _strip_kv {
    my ($self, $kv) = @_;
    $kv->{key} = $self->_strip($kv->{key}) if ref $kv eq 'HASH' && exists $kv->{key};
    return;
}

# Removes the prefix from the keys of a response of get, put, delete, txn
# (also nested) and watch.
sub _strip_resp {
    my ($self, $r) = @_;
    return unless ref $r eq 'HASH';
    $self->_strip_kv($_) for @{ $r->{kvs} || [] }, @{ $r->{prev_kvs} || [] };
    $self->_strip_kv($r->{prev_kv}) if $r->{prev_kv};
    for my $ev (@{ $r->{events} || [] }) {
        $self->_strip_kv($ev->{kv});
        $self->_strip_kv($ev->{prev_kv}) if $ev->{prev_kv};
    }
    for my $sub (@{ $r->{responses} || [] }) {
        $self->_strip_resp($_) for values %$sub;
    }
    return;
}

# (positional args, options or undef, callback) of "ARGS... [\%opts] $cb"
sub _args {
    my ($self, $method, $npos, $usage, @args) = @_;
    Carp::croak("$method: missing callback; usage: $usage") unless @args;
    my $cb = pop @args;
    Carp::croak("$method: the last argument must be a callback (code reference); usage: $usage")
        unless ref $cb eq 'CODE';
    my $opts = @args > $npos ? pop @args : undef;
    Carp::croak("$method: wrong number of arguments; usage: $usage") if @args != $npos;
    return (\@args, $opts, $cb);
}

sub _wrap {
    my ($self, $cb) = @_;
    return sub {
        my ($r, $err) = @_;
        $self->_strip_resp($r) if $r;
        $cb->($r, $err);
    };
}

# ---------------------------------------------------------------- KV

sub put {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('put', 2, '$ns->put($key, $value, [\%opts], $cb)', @args);
    return $self->{client}->put($self->_key('put', 'key', $pos->[0]), $pos->[1],
        defined $opts ? $opts : (), $self->_wrap($cb));
}

sub get {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('get', 1, '$ns->get($key, [\%opts], $cb)', @args);
    return $self->{client}->get($self->_key('get', 'key', $pos->[0]),
        defined $opts ? $self->_opts($opts) : (), $self->_wrap($cb));
}

sub delete {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('delete', 1, '$ns->delete($key, [\%opts], $cb)', @args);
    return $self->{client}->delete($self->_key('delete', 'key', $pos->[0]),
        defined $opts ? $self->_opts($opts) : (), $self->_wrap($cb));
}

my %OP_ALIAS = (
    put => 'put', request_put => 'put',
    range => 'range', request_range => 'range',
    delete => 'delete', request_delete_range => 'delete',
    txn => 'txn', request_txn => 'txn',
);

sub _cmp_list {
    my ($self, $list) = @_;
    return $list unless ref $list eq 'ARRAY';
    return [ map {
        ref $_ eq 'HASH' && defined $_->{key} && !ref $_->{key}
            ? { %$_, key => $self->{prefix} . $_->{key},
                (defined $_->{range_end} ? (range_end => $self->_range_end($_->{range_end})) : ()) }
            : $_
    } @$list ];
}

sub _op_list {
    my ($self, $list) = @_;
    return $list unless ref $list eq 'ARRAY';
    my @out;
    for my $op (@$list) {
        my ($name) = ref $op eq 'HASH' && keys %$op == 1 ? keys %$op : ();
        my $kind = defined $name ? $OP_ALIAS{$name} : undef;
        my $req = defined $kind ? $op->{$name} : undef;
        unless (ref $req eq 'HASH') { push @out, $op; next }    # the client says what is wrong
        my %r = %$req;
        if ($kind eq 'txn') {
            $r{compare} = $self->_cmp_list($r{compare}) if exists $r{compare};
            $r{$_} = $self->_op_list($r{$_}) for grep { exists $r{$_} } qw(success failure);
        } else {
            $r{key} = $self->{prefix} . $r{key} if defined $r{key} && !ref $r{key};
            $r{range_end} = $self->_range_end($r{range_end}) if defined $r{range_end};
        }
        push @out, { $name => \%r };
    }
    return \@out;
}

sub txn {
    my ($self, @args) = @_;
    if (@args && defined $args[0] && !ref $args[0]) {    # named arguments
        Carp::croak('txn: odd number of named arguments') if @args % 2;
        my %a = @args;
        Carp::croak("txn: 'callback' must be a code reference") unless ref $a{callback} eq 'CODE';
        $a{compare} = $self->_cmp_list($a{compare}) if exists $a{compare};
        $a{$_} = $self->_op_list($a{$_}) for grep { exists $a{$_} } qw(success failure);
        $a{callback} = $self->_wrap($a{callback});
        return $self->{client}->txn(%a);
    }
    my $usage = '$ns->txn(\@compare, \@success, [\@failure], [\%opts], $cb)';
    Carp::croak("txn: missing callback; usage: $usage") unless @args;
    my $cb = pop @args;
    Carp::croak("txn: the last argument must be a callback (code reference); usage: $usage")
        unless ref $cb eq 'CODE';
    my @pos = @args;
    $pos[0] = $self->_cmp_list($pos[0]) if @pos > 0;
    $pos[$_] = $self->_op_list($pos[$_]) for grep { $_ < @pos && ref $pos[$_] eq 'ARRAY' } 1, 2;
    return $self->{client}->txn(@pos, $self->_wrap($cb));
}

# ---------------------------------------------------------------- watch

sub watch {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('watch', 1, '$ns->watch($key, [\%opts], $cb)', @args);
    return $self->{client}->watch($self->_key('watch', 'key', $pos->[0]),
        defined $opts ? $self->_opts($opts) : (), $self->_wrap($cb));
}

# ---------------------------------------------------------------- leases

sub lease_grant     { my $self = shift; return $self->{client}->lease_grant(@_) }
sub lease_revoke    { my $self = shift; return $self->{client}->lease_revoke(@_) }
sub lease_leases    { my $self = shift; return $self->{client}->lease_leases(@_) }
sub lease_keepalive { my $self = shift; return $self->{client}->lease_keepalive(@_) }

# The keys attached to a lease, as seen from the namespace: those inside it,
# without the prefix.
sub lease_time_to_live {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('lease_time_to_live', 1,
        '$ns->lease_time_to_live($lease_id, [\%opts], $cb)', @args);
    return $self->{client}->lease_time_to_live($pos->[0], defined $opts ? $opts : (), sub {
        my ($r, $err) = @_;
        if ($r && $r->{keys}) {
            $r->{keys} = [ map { $self->_strip($_) }
                           grep { substr($_, 0, $self->{plen}) eq $self->{prefix} } @{ $r->{keys} } ];
        }
        $cb->($r, $err);
    });
}

# ---------------------------------------------------------------- locks

sub lock {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('lock', 2, '$ns->lock($name, $lease_id, [\%opts], $cb)', @args);
    return $self->{client}->lock($self->_key('lock', 'name', $pos->[0]), $pos->[1],
        defined $opts ? $opts : (), sub {
            my ($r, $err) = @_;
            $r->{key} = $self->_strip($r->{key}) if $r;
            $cb->($r, $err);
        });
}

sub unlock {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('unlock', 1, '$ns->unlock($key, [\%opts], $cb)', @args);
    return $self->{client}->unlock($self->_key('unlock', 'key', $pos->[0]), defined $opts ? $opts : (), $cb);
}

# ---------------------------------------------------------------- elections

sub _leader_in {
    my ($self, $method, $leader) = @_;
    Carp::croak("$method: 'leader' must be a hash reference (the leader of election_campaign)")
        unless ref $leader eq 'HASH';
    my %l = %$leader;
    $l{$_} = $self->{prefix} . $l{$_} for grep { defined $l{$_} && !ref $l{$_} } qw(name key);
    return \%l;
}

sub _leader_out {
    my ($self, $cb) = @_;
    return sub {
        my ($r, $err) = @_;
        if ($r) {
            if (my $l = $r->{leader}) { $l->{$_} = $self->_strip($l->{$_}) for grep { exists $l->{$_} } qw(name key) }
            $self->_strip_kv($r->{kv}) if $r->{kv};
        }
        $cb->($r, $err);
    };
}

sub election_campaign {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('election_campaign', 3,
        '$ns->election_campaign($name, $lease_id, $value, [\%opts], $cb)', @args);
    return $self->{client}->election_campaign($self->_key('election_campaign', 'name', $pos->[0]),
        @$pos[1, 2], defined $opts ? $opts : (), $self->_leader_out($cb));
}

sub election_proclaim {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('election_proclaim', 2,
        '$ns->election_proclaim(\%leader, $value, [\%opts], $cb)', @args);
    return $self->{client}->election_proclaim($self->_leader_in('election_proclaim', $pos->[0]),
        $pos->[1], defined $opts ? $opts : (), $cb);
}

sub election_resign {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('election_resign', 1,
        '$ns->election_resign(\%leader, [\%opts], $cb)', @args);
    return $self->{client}->election_resign($self->_leader_in('election_resign', $pos->[0]),
        defined $opts ? $opts : (), $cb);
}

sub election_leader {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('election_leader', 1, '$ns->election_leader($name, [\%opts], $cb)', @args);
    return $self->{client}->election_leader($self->_key('election_leader', 'name', $pos->[0]),
        defined $opts ? $opts : (), $self->_leader_out($cb));
}

sub election_observe {
    my ($self, @args) = @_;
    my ($pos, $opts, $cb) = $self->_args('election_observe', 1, '$ns->election_observe($name, [\%opts], $cb)', @args);
    return $self->{client}->election_observe($self->_key('election_observe', 'name', $pos->[0]),
        defined $opts ? $opts : (), $self->_leader_out($cb));
}

# ---------------------------------------------------------------- recipes

# The recipes use only the methods above, so they work inside a namespace.
sub session   { my $self = shift; require EV::Etcd::Session; EV::Etcd::Session->_new($self, @_) }
sub stm       { my $self = shift; require EV::Etcd::STM;     EV::Etcd::STM->_run($self, @_) }
sub mirror    { my $self = shift; require EV::Etcd::Mirror;  EV::Etcd::Mirror->_new($self, @_) }
sub namespace { my $self = shift; return EV::Etcd::Namespace->_new($self, @_) }

# ---------------------------------------------------------------- Futures

# METHOD_f for every method above that answers once (not the streams watch,
# lease_keepalive and election_observe), as the client's (EV::Etcd::_twin):
# cancelling the Future cancels the call.
_twins(
    (map { ($_ => { usage => "\$ns->${_}_f(...)" }) }
        qw(put get delete lease_grant lease_revoke lease_leases lease_time_to_live lock unlock
           election_campaign election_proclaim election_resign election_leader)),
    txn => { named => 1, usage => '$ns->txn_f(...)' },
);
# the recipes' twins are the client's: they call $ns->session and $ns->stm
*session_f = \&EV::Etcd::session_f;
*stm_f     = \&EV::Etcd::stm_f;

1;
__END__

=head1 NAME

EV::Etcd::Namespace - the client, inside a key prefix

=head1 SYNOPSIS

    my $app = $client->namespace('/apps/billing/');
    $app->put('config', 'v2', sub { ... });                  # puts /apps/billing/config
    $app->get('', { prefix => 1 }, sub {                     # everything under /apps/billing/
        my ($resp, $err) = @_;
        print "$_->{key}\n" for @{ $resp->{kvs} };           # "config", ...
    });

=head1 DESCRIPTION

What L<EV::Etcd/namespace> returns, like Go's C<clientv3/namespace>: an
object with the key-value, transaction, watch, lease, lock and election
methods of the client, taking the same arguments and options and giving the
same responses and errors, where:

=over 4

=item *

every key, lock name and election name given to it is prefixed with the
namespace's prefix, and so is every C<range_end>; a C<range_end> of
C<"\0"> (every key from the start key on) ends at the end of the
namespace, and C<< prefix => 1 >> on the key C<''> means the whole
namespace;

=item *

every key in a response (C<kvs>, C<prev_kv>, C<prev_kvs>, watch events,
nested C<txn> responses, the lock C<key>, the election C<leader> and
C<kv>) has the prefix removed; L<lease_time_to_live|EV::Etcd/lease_time_to_live> lists only the keys
inside the namespace.

=back

So nothing outside the prefix is read, written or returned through it
(leases themselves are not keys: they are shared with the whole client).

=head1 METHODS

L<EV::Etcd/put>, L<EV::Etcd/get>, L<EV::Etcd/delete>, L<EV::Etcd/txn> (both
forms; the keys in C<compare> and in every operation, also nested),
L<EV::Etcd/watch>, L<EV::Etcd/lease_grant>, L<EV::Etcd/lease_revoke>,
L<EV::Etcd/lease_time_to_live>, L<EV::Etcd/lease_leases>,
L<EV::Etcd/lease_keepalive>, L<EV::Etcd/lock>, L<EV::Etcd/unlock>,
L<EV::Etcd/election_campaign>, L<EV::Etcd/election_proclaim>,
L<EV::Etcd/election_resign>, L<EV::Etcd/election_leader>,
L<EV::Etcd/election_observe>: as documented there. The handles and the
error hashes they give are the client's.

The recipes work inside the namespace too, since they are built on those
methods: L<EV::Etcd/session> (and so mutexes and elections),
L<EV::Etcd/stm>, L<EV::Etcd/mirror>, and C<namespace> (a namespace within
this one).

Every method above that answers once has its Future twin, as the
client's (L<EV::Etcd/METHOD_f>): C<put_f>, C<get_f>, C<delete_f>, C<txn_f>
(both forms), C<lease_grant_f>, C<lease_revoke_f>, C<lease_time_to_live_f>,
C<lease_leases_f>, C<lock_f>, C<unlock_f>, C<election_campaign_f>,
C<election_proclaim_f>, C<election_resign_f>, C<election_leader_f>, and
C<session_f> and C<stm_f> for the recipes. Each takes its method's
arguments without the callback and returns an C<EV::Etcd::Future> done with
the response (keys without the prefix) or failed with C<("METHOD:
message\n", 'etcd', $error)>; cancelling the Future cancels the call. The
streams (C<watch>, C<lease_keepalive>, C<election_observe>) have none.

    my $config = $app->get_f('', { prefix => 1 })->get;    # runs EV until done
    print "$_->{key}\n" for @{ $config->{kvs} };

=over 4

=item prefix

The prefix.

=item client

The client (or enclosing namespace) this one was made from.

=back

=head1 SEE ALSO

L<EV::Etcd>.

=cut
