#!/usr/bin/perl
# eg/lock.pl - a distributed lock held with a kept-alive lease.
#
# Two workers, each with a client of its own (as if they were two
# processes), take the same lock in turn.  Each one:
#   lease_grant -> lease_keepalive -> lock (waits while the other holds it)
#   -> work (a timer) -> unlock -> cancel the keepalive -> lease_revoke
# If the lease were lost meanwhile (the keepalive reports an error), the
# lock would be gone too and the worker stops.
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
my $status = 0;
my $running = 0;

sub logf { my ($who, $fmt, @args) = @_; printf "%6.2fs %-8s $fmt\n", Time::HiRes::time() - $T0, $who, @args }

# A bound on the whole run: nothing here may hang.
my $guard = EV::timer($opt{guard}, 0, sub {
    warn "gave up after $opt{guard}s\n";
    $status = 1;
    EV::break;
});
$guard->keepalive(0);    # does not keep EV::run going by itself

sub worker {
    my ($who) = @_;
    my $etcd = EV::Etcd->new(endpoints => $endpoints, timeout => 10);
    my ($lease_id, $keepalive, $work_timer, $done);
    $running++;

    # every error ends this worker: report it, drop what it holds
    my $fail = sub {
        my ($what, $err) = @_;
        logf($who, '%s failed: %s (%d): %s', $what, $err->{status}, $err->{code}, $err->{message});
        $status = 1;
        undef $work_timer;
        $keepalive->cancel if $keepalive;
        $etcd->lease_revoke($lease_id, sub {}) if $lease_id;    # best effort: frees the lock
        $done = 1;
        $running--;
    };

    $etcd->lease_grant($opt{ttl}, sub {
        my ($resp, $err) = @_;
        return $fail->(lease_grant => $err) if $err;
        $lease_id = $resp->{id};
        logf($who, 'lease %s granted, TTL %ds', $lease_id, $resp->{ttl});

        $keepalive = $etcd->lease_keepalive($lease_id, sub {
            my ($resp, $err) = @_;
            return $fail->(lease_keepalive => $err) if $err && !$done;
            logf($who, 'lease refreshed, TTL %ds', $resp->{ttl}) if $resp;
        });

        logf($who, 'waiting for lock "%s"', $opt{name});
        $etcd->lock($opt{name}, $lease_id, { timeout => $opt{guard} }, sub {
            my ($resp, $err) = @_;
            return $fail->(lock => $err) if $err;
            return if $done;
            my $lock_key = $resp->{key};
            logf($who, 'holds the lock (key %s); working %.1fs', $lock_key, $opt{work});

            $work_timer = EV::timer($opt{work}, 0, sub {
                undef $work_timer;
                $etcd->unlock($lock_key, sub {
                    my (undef, $err) = @_;
                    return $fail->(unlock => $err) if $err;
                    logf($who, 'released the lock');
                    $done = 1;
                    $keepalive->cancel(sub {
                        undef $keepalive;
                        $etcd->lease_revoke($lease_id, sub {
                            my (undef, $err) = @_;
                            return $fail->(lease_revoke => $err) if $err;
                            logf($who, 'lease %s revoked; done', $lease_id);
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
