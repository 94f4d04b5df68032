#!/usr/bin/perl
# eg/config_reload.pl - configuration kept in etcd, reloaded as it changes.
#
# Reads every key under a prefix (one get), then watches the prefix from the
# next revision on, so no change between the read and the watch is missed,
# and applies each event to the in-memory configuration.  If the watch's
# revision has been compacted meanwhile (OUT_OF_RANGE), it reads everything
# again and watches from there.  Runs for --duration seconds, then stops.
#
# Unless --no-writer is given, a second client plays the operator and
# changes the configuration every second, so there is something to see.
# With --no-writer, change keys yourself, e.g.:
#     ETCDCTL_API=3 etcdctl put /eg/config/log_level debug
#
#     perl -Mblib eg/config_reload.pl [--duration SECONDS] [--prefix PREFIX] [--no-writer]
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

my %opt = (duration => 6, prefix => '/eg/config/', writer => 1);
GetOptions(\%opt, 'duration=f', 'prefix=s', 'writer!')
    or die "usage: $0 [--duration SECONDS] [--prefix PREFIX] [--no-writer]\n";
my $P = $opt{prefix};

my $endpoints = endpoints();
EV::now_update();    # starting a throwaway etcd took a while: timers count from now
my $etcd = EV::Etcd->new(endpoints => $endpoints, timeout => 10);
my $T0 = Time::HiRes::time();
my $status = 0;
my (%config, $watch, $writer, $tick, $stop_timer, $stopping);

sub logf { my ($fmt, @args) = @_; printf "%6.2fs $fmt\n", Time::HiRes::time() - $T0, @args }

sub show_config {
    logf('config: %s', %config ? join(', ', map { "$_=$config{$_}" } sort keys %config) : '(empty)');
}

sub stop {
    my ($error) = @_;
    return if $stopping++;
    if ($error) {
        warn "$error\n";
        $status = 1;
    }
    undef $tick;
    undef $stop_timer;
    # Cancelling the watch (and dropping the timers) leaves EV::run with
    # nothing to do once the last calls have completed.
    $watch->cancel(sub { logf('stopped watching') }) if $watch;
    undef $watch;
}

sub error_text { my ($what, $err) = @_; "$what failed: $err->{status} ($err->{code}): $err->{message}" }

# Read the whole configuration, then follow it.
sub load {
    $etcd->get($P, { prefix => 1 }, sub {
        my ($resp, $err) = @_;
        return stop(error_text(get => $err)) if $err;
        return if $stopping;
        %config = map { (substr($_->{key}, length $P) => $_->{value}) } @{ $resp->{kvs} };
        my $rev = $resp->{header}{revision};
        logf('loaded %d key(s) at revision %d', scalar(keys %config), $rev);
        show_config();
        follow($rev + 1);
    });
}

sub follow {
    my ($from) = @_;
    $watch = $etcd->watch($P, { prefix => 1, start_revision => $from }, sub {
        my ($resp, $err) = @_;
        if ($err) {
            undef $watch;
            return if $stopping;
            if ($err->{status} eq 'OUT_OF_RANGE') {     # compacted: start over
                logf('watch: revision %d compacted; reloading', $from);
                return load();
            }
            return stop(error_text(watch => $err));
        }
        logf('watching from revision %d', $from) if $resp->{created};
        my $changed = 0;
        for my $ev (@{ $resp->{events} }) {
            my $name = substr $ev->{kv}{key}, length $P;
            if ($ev->{type} eq 'PUT') {
                logf('  set %s = %s (revision %d)', $name, $ev->{kv}{value}, $ev->{kv}{mod_revision});
                $config{$name} = $ev->{kv}{value};
            } else {
                logf('  removed %s (revision %d)', $name, $ev->{kv}{mod_revision});
                delete $config{$name};
            }
            $changed++;
        }
        show_config() if $changed;    # apply: here, just show the new config
    });
}

# The operator: a client of its own, one change per second.
sub start_writer {
    $writer = EV::Etcd->new(endpoints => $endpoints, timeout => 10);
    my @changes = (
        [ put => "${P}log_level", 'debug' ],
        [ put => "${P}workers",   '8' ],
        [ put => "${P}log_level", 'warn' ],
        [ delete => "${P}workers" ],
        [ put => "${P}feature_x", 'on' ],
    );
    $tick = EV::timer(1, 1, sub {
        my $change = shift @changes or return undef $tick;
        my ($method, @args) = @$change;
        $writer->$method(@args, sub {
            my (undef, $err) = @_;
            stop(error_text("writer $method", $err)) if $err;
        });
    });
}

sub seed_then {
    my ($then) = @_;
    # a starting configuration: clear the prefix, then two keys in one
    # transaction (etcd refuses a txn that deletes and puts the same keys)
    $etcd->delete($P, { prefix => 1 }, sub {
        my (undef, $err) = @_;
        return stop(error_text(delete => $err)) if $err;
        $etcd->txn(
            compare  => [],
            success  => [
                { put => { key => "${P}log_level", value => 'info' } },
                { put => { key => "${P}workers",   value => '4' } },
            ],
            callback => sub {
                my (undef, $err) = @_;
                return stop(error_text(txn => $err)) if $err;
                $then->();
            },
        );
    });
}

$stop_timer = EV::timer($opt{duration}, 0, sub { logf('%gs are up', $opt{duration}); stop() });
if ($opt{writer}) {
    seed_then(sub { load(); start_writer() });
} else {
    load();
}
EV::run;

if ($opt{writer} && !$status) {    # leave the server as we found it
    $etcd->delete($P, { prefix => 1 }, sub {
        my (undef, $err) = @_;
        if ($err) { warn error_text(delete => $err), "\n"; $status = 1 }
    });
    EV::run;
}
say $status ? 'config_reload failed' : 'done';
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
