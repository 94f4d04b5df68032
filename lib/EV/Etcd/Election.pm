package EV::Etcd::Election;

# Leader election on a session (Go's clientv3/concurrency.Election): the
# candidates queue like a mutex's contenders, under "$name/", each key
# holding its candidate's value; the oldest key is the leader.

use strict;
use warnings;

use Carp ();
use EV::Etcd::Session ();
use EV::Etcd::Mutex ();

our $VERSION = '0.01';
our @CARP_NOT = qw(EV::Etcd EV::Etcd::Namespace EV::Etcd::Session EV::Etcd::Mutex EV::Etcd::Election EV::Etcd::STM EV::Etcd::Mirror);

*_err     = \&EV::Etcd::Session::_err;
*_reerr   = \&EV::Etcd::Session::_reerr;
*_later   = \&EV::Etcd::Session::_later;
*_stop_op = \&EV::Etcd::Session::_stop_op;

# the queue's cleanup is the mutex's
*_abort   = \&EV::Etcd::Mutex::_abort;
*_cleanup = \&EV::Etcd::Mutex::_cleanup;
*_failed  = \&EV::Etcd::Mutex::_failed;

sub _new {
    my ($class, $session, $name) = @_;
    Carp::croak('election: the election name must be a non-empty string; usage: $session->election($name)')
        if !defined $name || ref $name || $name eq '';
    return bless {
        session => $session,
        client  => $session->client,
        pfx     => "$name/",
        name    => $name,
        key     => undef,    # our key while we lead
        rev     => -1,       # its create revision
        header  => undef,
        op      => undef,    # the campaign in progress
    }, $class;
}

sub name    { $_[0]{name} }
sub key     { $_[0]{key} }
sub rev     { $_[0]{rev} }
sub header  { $_[0]{header} }
sub session { $_[0]{session} }

sub _first_op {
    my ($self) = @_;
    return ($self->{pfx}, { prefix => 1, sort_target => 'create', sort_order => 'ascend', limit => 1 });
}

sub campaign {
    my ($self, @args) = @_;
    my $usage = '$election->campaign($value, [\%opts], $cb)';
    Carp::croak("campaign: wrong number of arguments; usage: $usage") if @args < 2 || @args > 3;
    my $cb = pop @args;
    EV::Etcd::Session::_check_cb('campaign', $usage, $cb);
    my ($value, $opts) = @args;
    Carp::croak("campaign: 'value' must be a string; usage: $usage") if !defined $value || ref $value;
    $opts //= {};
    EV::Etcd::Session::_check_opts('campaign', $opts, 'timeout');
    Carp::croak("campaign: option 'timeout' must be a positive number of seconds")
        if defined $opts->{timeout} && !EV::Etcd::Session::_is_posnum($opts->{timeout});

    my $op = { cb => $cb, source => 'election.campaign' };
    my $handle = $op->{handle} = EV::Etcd::Session::Handle->_new(sub {
        my ($ccb) = @_;
        $op->{cancel_cb} = $ccb;
        $self->_abort($op, _err($op->{source}, 'CANCELLED', 'cancelled by the caller'));
    });
    my $fail = sub {
        my ($err) = @_;
        _stop_op($op);
        _later(sub { $cb->(undef, $err) });
        return $handle;
    };
    return $fail->(_err('election.campaign', 'FAILED_PRECONDITION',
        "election: the session is not alive (lease $self->{session}{lease})"))
        unless $self->{session}->is_alive;
    return $fail->(_err('election.campaign', 'FAILED_PRECONDITION',
        'election: a campaign of this election is already in progress'))
        if $self->{op};

    $self->{op} = $op;
    $self->{session}->_register($self);
    if (defined $opts->{timeout}) {
        $op->{timer} = EV::timer($opts->{timeout}, 0, sub {
            $self->_abort($op, _err('election.campaign', 'DEADLINE_EXCEEDED',
                "election: not elected within $opts->{timeout}s"));
        });
    }

    my $client = $self->{client};
    my $lease = $self->{session}->lease;
    my $key = $op->{key} = $self->{pfx} . sprintf('%x', $lease);
    my $wait = sub {
        my ($rev) = @_;
        EV::Etcd::Session::_wait_deletes($client, $self->{pfx}, $rev - 1, $key, $op, sub {
            my ($header, $err) = @_;
            return $self->_failed($op, $err) if $err;
            _stop_op($op);
            $self->{op} = undef;
            @$self{qw(key rev header)} = ($key, $rev, $header);
            $cb->({ key => $key, rev => $rev, header => $header }, undef);
        });
    };
    $op->{txn} = 1;
    $client->txn(
        [ { key => $key, target => 'create', create_revision => 0 } ],
        [ { put => { key => $key, value => $value, lease => $lease } } ],
        [ { range => { key => $key } } ],
        sub {
            my ($r, $err) = @_;
            $op->{txn} = 0;
            $op->{queued} = 1 if $r;
            return $self->_cleanup($op, $op->{abort_err}) if $op->{aborting};
            return if $op->{stopped};
            return $self->_failed($op, $err) if $err;
            return $wait->($r->{header}{revision}) if $r->{succeeded};
            # our key was already there (this session campaigned before)
            my $kv = $r->{responses}[0]{response_range}{kvs}[0];
            my $rev = $op->{rev} = $kv->{create_revision};
            return $wait->($rev) if $kv->{value} eq $value;
            $op->{txn} = 1;
            $client->txn(
                [ { key => $key, target => 'create', create_revision => $rev } ],
                [ { put => { key => $key, value => $value, lease => $lease } } ],
                sub {
                    my ($r, $err) = @_;
                    $op->{txn} = 0;
                    return $self->_cleanup($op, $op->{abort_err}) if $op->{aborting};
                    return if $op->{stopped};
                    return $self->_failed($op, $err) if $err;
                    return $self->_failed($op, _err('election.campaign', 'FAILED_PRECONDITION',
                        'election: not leader')) unless $r->{succeeded};
                    $wait->($rev);
                });
        });
    return $handle;
}

sub proclaim {
    my ($self, $value, $cb) = @_;
    my $usage = '$election->proclaim($value, $cb)';
    Carp::croak("proclaim: wrong number of arguments; usage: $usage") if @_ != 3;
    Carp::croak("proclaim: 'value' must be a string; usage: $usage") if !defined $value || ref $value;
    EV::Etcd::Session::_check_cb('proclaim', $usage, $cb);
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
    EV::Etcd::Session::_check_cb('leader', $usage, $cb);
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
    EV::Etcd::Session::_check_cb('observe', $usage, $cb);
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

# From the session: its lease is gone (lost or closed); so is leadership.
sub _session_ended {
    my ($self, $err) = @_;
    @$self{qw(key rev)} = (undef, -1);
    my $op = $self->{op};
    $self->_abort($op, _reerr($op->{source}, $err)) if $op;
    return;
}

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
