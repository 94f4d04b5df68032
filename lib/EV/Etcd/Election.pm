package EV::Etcd::Election;

# Leader election on a session (Go's clientv3/concurrency.Election): the
# candidates queue like a mutex's contenders (EV::Etcd::Recipe::Queue),
# under "$name/", each key holding its candidate's value; the oldest key
# is the leader.

use strict;
use warnings;

use Carp ();
use EV::Etcd::Recipe qw(_err _reerr _later _check_cb _twins _noargs);
use EV::Etcd::Session ();

our $VERSION = '0.01';
our @ISA = ('EV::Etcd::Recipe::Queue');

*_stop_op = \&EV::Etcd::Recipe::Queue::_stop_op;

sub _new {
    my ($class, $session, $name) = @_;
    return $class->SUPER::_new('election', 'election', $session, $name);
}

sub rev { &_noargs; $_[0]{rev} }

sub _first_op {
    my ($self) = @_;
    return ($self->{pfx}, { prefix => 1, sort_target => 'create', sort_order => 'ascend', limit => 1 });
}

# What campaign's callback gets once elected.
sub _won {
    my ($self) = @_;
    return { key => $self->{key}, rev => $self->{rev}, header => $self->{header} };
}

sub campaign {
    my ($self, @args) = @_;
    my $usage = '$election->campaign($value, [\%opts], $cb)';
    Carp::croak("campaign: wrong number of arguments; usage: $usage") if @args < 2 || @args > 3;
    my $cb = pop @args;
    _check_cb('campaign', $usage, $cb);
    my ($value, $opts) = @args;
    Carp::croak("campaign: 'value' must be a string; usage: $usage") if !defined $value || ref $value;
    $opts //= {};
    EV::Etcd::Recipe::Queue::_check_wait_opts('campaign', $opts);

    my ($op, $handle) = $self->_begin('election.campaign', $cb, $opts,
        $self->{op} ? 'election: a campaign of this election is already in progress' : undef, 'not elected');
    return $handle unless $op;
    my $client = $self->{client};
    my $lease = $self->{session}->lease;
    my $key = $op->{key};
    $op->{txn} = 1;
    $client->txn(
        [ { key => $key, target => 'create', create_revision => 0 } ],
        [ { put => { key => $key, value => $value, lease => $lease } } ],
        [ { range => { key => $key } } ],
        sub {
            my ($r, $err) = @_;
            return unless $self->_txn_answered($op, $r, $err);
            return $self->_wait_turn($op, $r->{header}{revision}) if $r->{succeeded};
            # our key was already there (this session campaigned before)
            my $kv = $r->{responses}[0]{response_range}{kvs}[0];
            my $rev = $op->{rev} = $kv->{create_revision};
            return $self->_wait_turn($op, $rev) if $kv->{value} eq $value;
            $op->{txn} = 1;
            $client->txn(
                [ { key => $key, target => 'create', create_revision => $rev } ],
                [ { put => { key => $key, value => $value, lease => $lease } } ],
                sub {
                    my ($r, $err) = @_;
                    return unless $self->_txn_answered($op, $r, $err);
                    return $self->_failed($op, _err('election.campaign', 'FAILED_PRECONDITION',
                        'election: not leader')) unless $r->{succeeded};
                    $self->_wait_turn($op, $rev);
                });
        });
    return $handle;
}

sub proclaim {
    my ($self, $value, $cb) = @_;
    my $usage = '$election->proclaim($value, $cb)';
    Carp::croak("proclaim: wrong number of arguments; usage: $usage") if @_ != 3;
    Carp::croak("proclaim: 'value' must be a string; usage: $usage") if !defined $value || ref $value;
    _check_cb('proclaim', $usage, $cb);
    return _later(sub { $cb->(undef, _err('election.proclaim', 'FAILED_PRECONDITION', 'election: not leader')) })
        unless defined $self->{key};
    my ($key, $rev) = @$self{qw(key rev)};
    $self->{client}->txn(
        [ { key => $key, target => 'create', create_revision => $rev } ],
        [ { put => { key => $key, value => $value, lease => $self->{session}->lease } } ],
        sub {
            my ($r, $err) = @_;
            return $cb->(undef, _reerr('election.proclaim', $err)) if $err;
            unless ($r->{succeeded}) {
                @$self{qw(key rev)} = (undef, -1) if defined $self->{key} && $self->{key} eq $key;
                return $cb->(undef, _err('election.proclaim', 'FAILED_PRECONDITION', 'election: not leader'));
            }
            $self->{header} = $r->{header};
            $cb->({ header => $r->{header} }, undef);
        });
    return;
}

sub resign {
    my ($self, $cb) = @_;
    my $usage = '$election->resign([$cb])';
    Carp::croak("resign: wrong number of arguments; usage: $usage") if @_ > 2;
    Carp::croak("resign: the argument must be a callback (code reference); usage: $usage")
        if defined $cb && ref $cb ne 'CODE';
    $cb //= sub {};
    if (my $op = $self->{op}) {    # still campaigning: stop
        $op->{handle}->cancel(sub { $cb->({}, undef) });
        return;
    }
    return _later(sub { $cb->({}, undef) }) unless defined $self->{key};
    my ($key, $rev) = @$self{qw(key rev)};
    @$self{qw(key rev)} = (undef, -1);
    $self->{session}->_unregister($self);
    $self->{client}->txn(
        [ { key => $key, target => 'create', create_revision => $rev } ],
        [ { delete => { key => $key } } ],
        sub {
            my ($r, $err) = @_;
            return $cb->(undef, _reerr('election.resign', $err)) if $err;
            $self->{header} = $r->{header};
            $cb->({ header => $r->{header} }, undef);
        });
    return;
}

sub leader {
    my ($self, $cb) = @_;
    my $usage = '$election->leader($cb)';
    Carp::croak("leader: wrong number of arguments; usage: $usage") if @_ != 2;
    _check_cb('leader', $usage, $cb);
    $self->{client}->get($self->_first_op, sub {
        my ($r, $err) = @_;
        return $cb->(undef, _reerr('election.leader', $err)) if $err;
        return $cb->(undef, _err('election.leader', 'UNKNOWN', 'election: no leader'))
            unless @{ $r->{kvs} };
        $cb->({ kv => $r->{kvs}[0], header => $r->{header} }, undef);
    });
    return;
}

# Like Go's Observe: read the leader, report it, watch its key for new
# values until it is deleted, then read the next leader (or wait for the
# first key to appear).
sub observe {
    my ($self, $cb) = @_;
    my $usage = '$election->observe($cb)';
    Carp::croak("observe: wrong number of arguments; usage: $usage") if @_ != 2;
    _check_cb('observe', $usage, $cb);
    my $client = $self->{client};
    my @first = $self->_first_op;
    my $op = {};
    my $stop = sub { _stop_op($op); delete $op->{follow} };
    $op->{handle} = EV::Etcd::Session::Handle->_new(sub {
        my ($ccb) = @_;
        $stop->();
        _later(sub { $ccb->({}, undef) });
    });
    my $fail = sub {
        my ($err) = @_;
        return if $op->{stopped};
        $stop->();
        $cb->(undef, _reerr('election.observe', $err));
    };
    my $on_watch_error = sub {
        my ($err) = @_;
        delete $op->{watch};
        return $err->{status} eq 'OUT_OF_RANGE' ? $op->{step}->() : $fail->($err);
    };
    $op->{follow} = sub {
        my ($kv, $header) = @_;
        $cb->({ kv => $kv, header => $header }, undef);
        return if $op->{stopped};
        $op->{watch} = $client->watch($kv->{key}, { start_revision => $header->{revision} + 1 }, sub {
            my ($wr, $werr) = @_;
            return if $op->{stopped};
            return $on_watch_error->($werr) if $werr;
            for my $ev (@{ $wr->{events} || [] }) {
                if ($ev->{type} eq 'DELETE') {
                    my $w = delete $op->{watch};
                    $w->cancel if $w;
                    return $op->{step}->();
                }
                $cb->({ kv => $ev->{kv}, header => $wr->{header} }, undef);
                return if $op->{stopped};
            }
        });
    };
    $op->{step} = sub {
        return if $op->{stopped};
        $client->get(@first, sub {
            my ($r, $err) = @_;
            return if $op->{stopped};
            return $fail->($err) if $err;
            return $op->{follow}->($r->{kvs}[0], $r->{header}) if @{ $r->{kvs} };
            # no leader: wait for the first candidate
            $op->{watch} = $client->watch($first[0], { prefix => 1, start_revision => $r->{header}{revision} }, sub {
                my ($wr, $werr) = @_;
                return if $op->{stopped};
                return $on_watch_error->($werr) if $werr;
                for my $ev (@{ $wr->{events} || [] }) {
                    next unless $ev->{type} eq 'PUT';
                    my $w = delete $op->{watch};
                    $w->cancel if $w;
                    return $op->{follow}->($ev->{kv}, { %{ $wr->{header} }, revision => $ev->{kv}{mod_revision} });
                }
            });
        });
    };
    $op->{step}->();
    return $op->{handle};
}

# The Future twins (observe, a stream, has none).
_twins(
    campaign => { usage => '$election->campaign_f($value, [\%opts])' },
    proclaim => { usage => '$election->proclaim_f($value)' },
    resign   => { usage => '$election->resign_f' },
    leader   => { usage => '$election->leader_f' },
);

1;
__END__

=head1 NAME

EV::Etcd::Election - leader election on an EV::Etcd::Session

=head1 SYNOPSIS

    $client->session({ ttl => 10, on_lost => sub { warn "no longer leader\n" } }, sub {
        my ($session, $err) = @_;
        die "session: $err->{message}\n" if $err;
        my $election = $session->election('/elections/scheduler');
        $election->campaign('node-1', sub {
            my ($resp, $err) = @_;
            die "campaign: $err->{message}\n" if $err;
            print "leading since revision $resp->{rev}\n";
            # ... lead; later:
            $election->resign(sub { $session->close });
        });
    });

    # anyone can follow the leadership
    my $observer = $election->observe(sub {
        my ($resp, $err) = @_;
        return warn "observe: $err->{message}\n" if $err;
        print "leader: $resp->{kv}{value}\n";
    });

=head1 DESCRIPTION

Leader election as in Go's C<clientv3/concurrency.Election>, on
L<EV::Etcd/txn>, L<EV::Etcd/get> and L<EV::Etcd/watch>. A candidate puts the
key C<$name/E<lt>lease ID in hexE<gt>>, holding its value, attached to its
session's lease; the oldest key under C<$name/> is the leader, and the
others wait in order, like a mutex's contenders (L<EV::Etcd::Mutex>). When
the leader's session ends (closed, lease expired or revoked), its key goes
and the next candidate is elected; the session's C<on_lost> says so to the
old leader. It interoperates with Go's election and with etcd's Election
service (L<EV::Etcd/election_campaign>) on the same name.

Get one with L<EV::Etcd::Session/election>.

=head1 METHODS

=over 4

=item campaign

    my $wait = $election->campaign($value, $cb);
    my $wait = $election->campaign($value, \%opts, $cb);

Campaigns with C<$value> (a string) and waits until elected. The callback
gets C<({key, rev, header}, undef)>: the leader key, its create revision
and the response header of the read that found every older candidate gone.
Returns an L<EV::Etcd::Session::Handle>; its C<cancel> withdraws the
candidacy (the key is deleted) and the callback gets C<CANCELLED>. If this
session is already a candidate or the leader (the key exists), its value is
updated and its place kept.

Options: C<timeout>, seconds: not elected by then, the candidacy is
withdrawn and the callback gets C<DEADLINE_EXCEEDED>.

Errors (C<source> C<election.campaign>): C<FAILED_PRECONDITION> when the
session is not alive or a campaign of this object is in progress;
C<CANCELLED>; C<DEADLINE_EXCEEDED>; C<NOT_FOUND> when the session's lease
ended during the wait; or the error of the call that failed.

=item proclaim

    $election->proclaim($value, $cb);

Announces a new value without a new election. The callback gets
C<({header}, undef)>, or C<(undef, $error)> (C<source>
C<election.proclaim>; C<FAILED_PRECONDITION> C<election: not leader> when
this object is not the leader, or no longer is).

=item resign

    $election->resign($cb);
    $election->resign;

Gives up leadership (deletes the key, if it is still ours); the next
candidate is elected. During a campaign, withdraws it. The callback gets
C<({header}, undef)>, or C<({}, undef)> when there was nothing to give up,
or C<(undef, $error)> (C<source> C<election.resign>).

=item leader

    $election->leader($cb);

The current leader: C<({kv, header}, undef)>, C<kv> being the leader's
key-value pair (its C<value> is what the leader announced). When there is
none: C<UNKNOWN> C<election: no leader> (C<source> C<election.leader>).

=item observe

    my $observer = $election->observe($cb);

Follows the leadership: the callback gets C<({kv, header}, undef)> with
the current leader (once there is one), then again for every new value it
proclaims and for every new leader. When no one leads, nothing is sent
until someone does. Returns an L<EV::Etcd::Session::Handle>; C<cancel>
stops it. Its watches ride out reconnections and compaction; it ends with
C<(undef, $error)> (C<source> C<election.observe>) when a read or watch
fails for good.

=item campaign_f

    my $future = $election->campaign_f($value, \%opts);
    my $future = $election->campaign_f($value);

The Future twin of L</campaign> (see L<EV::Etcd/METHOD_f>): the same
arguments, no callback; returns an C<EV::Etcd::Future> done with C<{key,
rev, header}> once elected, or failed with C<("campaign:
$error-E<gt>{message}\n", 'etcd', $error)>, C<$error> being the error hash
L</campaign> would give. C<< $future->cancel >> withdraws the candidacy
(the key is deleted) and nothing is delivered.

    use Future::AsyncAwait;
    async sub lead {
        my ($election, $name) = @_;
        my $won = await $election->campaign_f($name, { timeout => 60 });
        await $election->proclaim_f("$name: ready");
        return $won->{rev};
    }

=item proclaim_f

    $election->proclaim_f($value)->get;

The twin of L</proclaim>: done with C<{header}>, or failed (C<proclaim:
election: not leader>, ...).

=item resign_f

    $election->resign_f->get;

The twin of L</resign>: done with C<{header}>, or C<{}> when there was
nothing to give up, or failed (C<resign: ...>).

=item leader_f

    my $kv = $election->leader_f->get->{kv};

The twin of L</leader>: done with C<{kv, header}>, or failed (C<leader:
election: no leader> when no one leads).

Cancelling the Future of C<proclaim_f>, C<resign_f> or C<leader_f> only
drops the answer: the call goes on. L</observe> is a stream and has no
twin.

=item key, rev

The leader key and its create revision while this object leads, else
C<undef> and -1. Leadership ends with L</resign>, with the session (see
L<EV::Etcd::Session/on_lost>) and when a L</proclaim> finds the key gone.

=item header

The response header of the last campaign, proclaim or resign.

=item name, session

The election's name and the L<EV::Etcd::Session>.

=back

=head1 SEE ALSO

L<EV::Etcd>, L<EV::Etcd::Session>, L<EV::Etcd::Mutex>.

=cut
