#!/usr/bin/perl
# eg/election.pl - leader election: campaign, observe, proclaim, resign.
#
# Three clients, as if they were three processes:
#   observer  election_observe: prints every change of leader or value
#   node-a    campaigns and is elected, proclaims a new value, resigns
#   node-b    campaigns once node-a has proclaimed, waits, is elected when
#             node-a resigns (a second later), then resigns too
# Each candidate holds its leadership with a kept-alive lease.  Every step
# waits until the observer has seen the previous one, so the steps happen
# in a fixed order.
#
#     perl -Mblib eg/election.pl [--name ELECTION] [--ttl SECONDS]
#
# Endpoints: $ETCD_ENDPOINTS (comma-separated host:port list), else
# 127.0.0.1:2379 if an etcd listens there, else a throwaway etcd started with
# t/lib/EtcdTest.pm (when run from the source tree).
use v5.14;
use strict;
use warnings;

use FindBin ();
use Getopt::Long qw(GetOptions);
use IO::Socket::INET ();
use Time::HiRes ();
use EV;
use EV::Etcd;

my %opt = (name => 'eg-election', ttl => 10, guard => 60);
GetOptions(\%opt, 'name=s', 'ttl=i', 'guard=f')
    or die "usage: $0 [--name ELECTION] [--ttl SECONDS] [--guard SECONDS]\n";

my $endpoints = endpoints();
EV::now_update();    # starting a throwaway etcd took a while: timers count from now
my $T0 = Time::HiRes::time();
my $status = 0;

sub logf { my ($who, $fmt, @args) = @_; printf "%6.2fs %-8s $fmt\n", Time::HiRes::time() - $T0, $who, @args }

my (%seen, %when_seen, $observe, @candidates);

# Report an error and end the run (the guard and cleanup of the loop's users
# follow from EV::break).
sub fail {
    my ($who, $what, $err) = @_;
    logf($who, '%s failed: %s (%d): %s', $what, $err->{status}, $err->{code}, $err->{message});
    $status = 1;
    EV::break;
}

my $guard = EV::timer($opt{guard}, 0, sub {
    warn "gave up after $opt{guard}s\n";
    $status = 1;
    EV::break;
});
$guard->keepalive(0);

# ---------------------------------------------------------------- observer

my $observer = EV::Etcd->new(endpoints => $endpoints, timeout => 10);

# Run $cb once the observer has seen the leader announce $value.
sub when_seen {
    my ($value, $cb) = @_;
    return $cb->() if $seen{$value};
    $when_seen{$value} = $cb;
}

$observe = $observer->election_observe($opt{name}, sub {
    my ($resp, $err) = @_;
    return fail(observer => election_observe => $err) if $err;
    my $value = $resp->{kv}{value};
    logf(observer => 'leader is %s, announcing "%s"', $resp->{kv}{key}, $value);
    $seen{$value} = 1;
    if (my $cb = delete $when_seen{$value}) { $cb->() }
});

# ---------------------------------------------------------------- candidates

# A candidate: a client, a lease kept alive, a campaign.  $on_elected gets
# the candidate and the leader hash to pass to proclaim / resign;
# $on_campaigning (optional) runs once the campaign has been sent.
sub candidate {
    my ($who, $on_elected, $on_campaigning) = @_;
    my $c = { who => $who, etcd => EV::Etcd->new(endpoints => $endpoints, timeout => 10) };
    push @candidates, $c;
    $c->{etcd}->lease_grant($opt{ttl}, sub {
        my ($resp, $err) = @_;
        return fail($who, lease_grant => $err) if $err;
        $c->{lease} = $resp->{id};
        $c->{keepalive} = $c->{etcd}->lease_keepalive($c->{lease}, sub {
            my (undef, $err) = @_;
            fail($who, lease_keepalive => $err) if $err;    # leadership would be lost
        });
        logf($who, 'campaigning');
        $c->{etcd}->election_campaign($opt{name}, $c->{lease}, "$who ready", sub {
            my ($resp, $err) = @_;
            return fail($who, election_campaign => $err) if $err;
            logf($who, 'elected (key %s)', $resp->{leader}{key});
            $on_elected->($c, $resp->{leader});
        });
        $on_campaigning->() if $on_campaigning;
    });
}

# Stop keeping the lease alive and revoke it; then $then.
sub retire {
    my ($c, $then) = @_;
    $c->{keepalive}->cancel(sub {
        $c->{etcd}->lease_revoke($c->{lease}, sub {
            my (undef, $err) = @_;
            return fail($c->{who}, lease_revoke => $err) if $err;
            logf($c->{who}, 'lease revoked');
            $then->();
        });
    });
}

sub resign {
    my ($c, $leader, $then) = @_;
    $c->{etcd}->election_resign($leader, sub {
        my (undef, $err) = @_;
        return fail($c->{who}, election_resign => $err) if $err;
        logf($c->{who}, 'resigned');
        retire($c, $then);
    });
}

# The script of the run.
my $pause;
candidate('node-a', sub {
    my ($node_a, $leader_a) = @_;
    when_seen('node-a ready', sub {
        $node_a->{etcd}->election_proclaim($leader_a, 'node-a busy', sub {
            my (undef, $err) = @_;
            return fail('node-a', election_proclaim => $err) if $err;
            logf('node-a', 'proclaimed "node-a busy"');
            when_seen('node-a busy', sub {
                candidate('node-b', sub {           # elected once node-a resigns
                    my ($node_b, $leader_b) = @_;
                    when_seen('node-b ready', sub {
                        resign($node_b, $leader_b, sub {
                            $observe->cancel(sub {
                                logf(observer => 'stopped observing');
                                # EV::run returns: nothing is left in flight
                            });
                        });
                    });
                }, sub {
                    # node-b waits while node-a leads; node-a steps down a bit later
                    $pause = EV::timer(1, 0, sub { resign($node_a, $leader_a, sub {}) });
                });
            });
        });
    });
});

EV::run;
if ($status) {
    # stop what may still run, so the program ends
    $_->{keepalive} && $_->{keepalive}->cancel for @candidates;
    $observe->cancel;
}
say $status ? 'election demo failed' : 'done';
exit $status;

# ---------------------------------------------------------------- endpoints

sub endpoints {
    if (defined $ENV{ETCD_ENDPOINTS} && $ENV{ETCD_ENDPOINTS} =~ /\S/) {
        return [ grep { length } map { s/^\s+|\s+$//gr } split /,/, $ENV{ETCD_ENDPOINTS} ];
    }
    return ['127.0.0.1:2379']
        if IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => 2379, Timeout => 1);
    my $lib = "$FindBin::Bin/../t/lib";
    die "no etcd: set ETCD_ENDPOINTS=host:port,... or start etcd on 127.0.0.1:2379\n"
        unless -f "$lib/EtcdTest.pm";
    unshift @INC, $lib;
    require EtcdTest;
    our $SERVER = EtcdTest->start(no_fsync => 1);    # stopped when this program ends
    say 'started a throwaway etcd at ', $SERVER->endpoint;
    return [ $SERVER->endpoint ];
}
