#!/usr/bin/perl
# eg/election.pl - leader election with the recipes: sessions and
# EV::Etcd::Election (campaign, observe, proclaim, resign).
#
# Three clients, as if they were three processes:
#   observer  observe: prints every change of leader or value
#   node-a    campaigns and is elected, proclaims a new value, resigns
#   node-b    campaigns once node-a has proclaimed, waits, is elected when
#             node-a resigns (a second later), then resigns too
# Each candidate holds its leadership with a session (a lease kept alive);
# losing it would end the leadership, which on_lost reports.  Every step
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

my (%seen, %when_seen, $observer, %sessions, $pause);

# Report an error and end the run.
sub fail {
    my ($who, $what, $err) = @_;
    logf($who, '%s failed: %s (%d): %s', $what, $err->{status}, $err->{code}, $err->{message});
    $status = 1;
    EV::break;
}

my $guard = EV::timer($opt{guard}, 0, sub { warn "gave up after $opt{guard}s\n"; $status = 1; EV::break });
$guard->keepalive(0);

# A session of its own client for $who; then $cb->($session).
sub with_session {
    my ($who, $cb) = @_;
    my $etcd = EV::Etcd->new(endpoints => $endpoints, timeout => 10);
    $etcd->session({ ttl => $opt{ttl}, on_lost => sub { fail($who, session => $_[0]) } }, sub {
        my ($session, $err) = @_;
        return fail($who, session => $err) if $err;
        $sessions{$who} = $session;
        $cb->($session);
    });
}

# Run $cb once the observer has seen the leader announce $value.
sub when_seen {
    my ($value, $cb) = @_;
    return $cb->() if $seen{$value};
    $when_seen{$value} = $cb;
}

# A candidate: campaigns with "$who ready"; $on_elected->($election) once
# elected; $on_campaigning (optional) once the campaign is on its way.
sub candidate {
    my ($who, $on_elected, $on_campaigning) = @_;
    with_session($who, sub {
        my ($session) = @_;
        my $election = $session->election($opt{name});
        logf($who, 'campaigning');
        $election->campaign("$who ready", sub {
            my ($resp, $err) = @_;
            return fail($who, campaign => $err) if $err;
            logf($who, 'elected (key %s, revision %d)', $resp->{key}, $resp->{rev});
            $on_elected->($election);
        });
        $on_campaigning->() if $on_campaigning;
    });
}

# Resign, close the session (revokes its lease); then $then.
sub retire {
    my ($who, $election, $then) = @_;
    $election->resign(sub {
        my (undef, $err) = @_;
        return fail($who, resign => $err) if $err;
        logf($who, 'resigned');
        (delete $sessions{$who})->close(sub { logf($who, 'session closed'); $then->() });
    });
}

# ---------------------------------------------------------------- the run

with_session(observer => sub {
    my ($session) = @_;
    $observer = $session->election($opt{name})->observe(sub {
        my ($resp, $err) = @_;
        return fail(observer => observe => $err) if $err;
        my $value = $resp->{kv}{value};
        logf(observer => 'leader is %s, announcing "%s"', $resp->{kv}{key}, $value);
        $seen{$value} = 1;
        if (my $cb = delete $when_seen{$value}) { $cb->() }
    });

    candidate('node-a', sub {
        my ($a) = @_;
        when_seen('node-a ready', sub {
            $a->proclaim('node-a busy', sub {
                my (undef, $err) = @_;
                return fail('node-a', proclaim => $err) if $err;
                logf('node-a', 'proclaimed "node-a busy"');
                when_seen('node-a busy', sub {
                    candidate('node-b', sub {              # elected once node-a resigns
                        my ($b) = @_;
                        when_seen('node-b ready', sub {
                            retire('node-b', $b, sub {
                                $observer->cancel;
                                logf(observer => 'stopped observing');
                                (delete $sessions{observer})->close;    # EV::run returns
                            });
                        });
                    }, sub {
                        # node-b waits while node-a leads; node-a steps down a bit later
                        $pause = EV::timer(1, 0, sub { retire('node-a', $a, sub {}) });
                    });
                });
            });
        });
    });
});

EV::run;
if ($status) {    # stop what may still run, so the program ends
    $observer->cancel if $observer;
    $_->close for values %sessions;
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
