#!/usr/bin/perl
# eg/lock.pl - a distributed lock with the recipes: a session (a lease kept
# alive) and a mutex on it.
#
# Two workers, each with a client of its own (as if they were two
# processes), take the same lock in turn.  Each one:
#   session (lease + keepalive) -> mutex->lock (waits, FIFO, while the other
#   holds it) -> work (a timer) -> a write fenced with is_owner -> unlock
#   -> session close (revokes the lease)
# Should the session be lost meanwhile (on_lost), the lock is gone too, and
# the fenced write would fail instead of overwriting someone else's work.
#
#     perl -Mblib eg/lock.pl [--work SECONDS] [--ttl SECONDS] [--name LOCK]
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

my %opt = (work => 3, ttl => 5, name => 'eg-lock', guard => 60);
GetOptions(\%opt, 'work=f', 'ttl=i', 'name=s', 'guard=f')
    or die "usage: $0 [--work SECONDS] [--ttl SECONDS] [--name LOCK] [--guard SECONDS]\n";

my $endpoints = endpoints();
EV::now_update();    # starting a throwaway etcd took a while: timers count from now
my $T0 = Time::HiRes::time();
my ($status, $running) = (0, 0);

sub logf { my ($who, $fmt, @args) = @_; printf "%6.2fs %-8s $fmt\n", Time::HiRes::time() - $T0, $who, @args }

# A bound on the whole run: nothing here may hang.
my $guard = EV::timer($opt{guard}, 0, sub { warn "gave up after $opt{guard}s\n"; $status = 1; EV::break });
$guard->keepalive(0);    # does not keep EV::run going by itself

sub worker {
    my ($who) = @_;
    my $etcd = EV::Etcd->new(endpoints => $endpoints, timeout => 10);
    $running++;
    my $fail = sub {
        my ($what, $err, $session) = @_;
        logf($who, '%s failed: %s (%d): %s', $what, $err->{status}, $err->{code}, $err->{message});
        $status = 1;
        $running--;
        $session->close if $session;    # frees the lock, if it is held
    };

    my $on_lost = sub { my ($err) = @_; logf($who, 'session lost: %s', $err->{message}) };
    $etcd->session({ ttl => $opt{ttl}, on_lost => $on_lost }, sub {
        my ($session, $err) = @_;
        return $fail->(session => $err) if $err;
        logf($who, 'session with lease %x, TTL %ds', $session->lease, $session->ttl);
        my $mutex = $session->mutex($opt{name});

        logf($who, 'waiting for lock "%s"', $opt{name});
        $mutex->lock({ timeout => $opt{guard} }, sub {
            my ($resp, $err) = @_;
            return $fail->(lock => $err, $session) if $err;
            logf($who, 'holds the lock (key %s); working %.1fs', $resp->{key}, $opt{work});

            my $work; $work = EV::timer($opt{work}, 0, sub {
                undef $work;
                # write the result only if the lock is still ours
                $etcd->txn([ $mutex->is_owner ], [ { put => { key => "$opt{name}-result", value => $who } } ], sub {
                    my ($resp, $err) = @_;
                    return $fail->(txn => $err, $session) if $err;
                    logf($who, $resp->{succeeded} ? 'wrote its result' : 'lost the lock: result not written');
                    $mutex->unlock(sub {
                        my (undef, $err) = @_;
                        return $fail->(unlock => $err, $session) if $err;
                        logf($who, 'released the lock');
                        $session->close(sub {
                            logf($who, 'session closed; done');
                            $running--;
                        });
                    });
                });
            });
        });
    });
    return;
}

worker($_) for qw(worker-1 worker-2);
EV::run;    # returns when both workers are done (or the guard fires)
say $status || $running ? 'lock demo failed' : 'both workers done';
exit($status || $running ? 1 : 0);

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
