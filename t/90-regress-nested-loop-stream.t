#!/usr/bin/perl
# Regression (found by the "breaker" review): user code that runs the EV
# loop inside a stream callback (->get on a Future, an AnyEvent condvar's
# recv, EV::run) while that stream has read ahead.  The bridge's drain
# detaches its whole queue (runtime/bridge.c ee_bridge_drain); a nested
# wake-up drains what arrived since, so:
#   1. a watch's later messages are delivered before earlier ones still
#      held by the outer drain (events out of revision order);
#   2. an observe cancelled in its callback ends its gRPC call; the nested
#      drain runs its recv_done/status_done and frees the stream while the
#      outer drain still holds read-ahead items pointing at it
#      (runtime/stream.c item_done: heap-use-after-free; silent in the
#      normal build, reported by AddressSanitizer under make test-asan).
# Fixed: a stream's messages and the end of its reading go through its own
# inbox (runtime/bridge.c), delivered one at a time in order, and a stream
# is held while its owner runs user code.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);
use Time::HiRes ();

require_etcd();
require_modules('Future' => 'libfuture-perl');
my ($e, $c) = server_and_client();
my $writer = new_client($e);
my $P = uniq_prefix('nested-loop');

# ---- 1. a watch whose callback runs the loop: events stay in order
# 20 events pile up while the loop is blocked (fewer than the 64 that pause
# reading), so one drain takes them all; the first callback has 10 more
# written, waits until they have arrived, and runs the loop.
{
    my (@events, @errors, $created, $first, $responses);
    my $w = $c->watch("${P}w/", { prefix => 1 }, sub {
        my ($r, $err) = @_;
        return push @errors, $err if $err;
        return $created = 1 if $r->{created};
        push @events, @{ $r->{events} };
        $responses++;
        return if $first++;
        my $n = 0;
        $writer->put(sprintf("${P}w/b%02d", $_), "b$_", sub { $n++ }) for 1 .. 10;
        Time::HiRes::sleep(1);                  # the 10 puts travel on the writer's own thread
        # runs the loop until the get is answered (as the POD advises against)
        eval { $c->get_f("${P}w/a01")->get; 1 } or push @errors, { message => "nested get: $@" };
    });
    wait_until { $created } 'the watch created';
    my $done = 0;
    $writer->put(sprintf("${P}w/a%02d", $_), "a$_", sub { $done++ }) for 1 .. 20;
    Time::HiRes::sleep(1);                      # the 20 events arrive while the loop is blocked
    wait_until { @events >= 30 || @errors } 'all 30 events', 60;
    run_for(0.3);
    is scalar @errors, 0, 'no error' or diag explain \@errors;
    is scalar @events, 30, 'every event once';
    my @revs = map { $_->{kv}{mod_revision} } @events;
    my @bad = grep { $revs[$_] <= $revs[$_ - 1] } 1 .. $#revs;
    note 'responses: ' . $responses;
    is scalar @bad, 0, 'events in revision order though the callback ran the loop'
        or diag 'keys in delivery order: ' . join ' ', map { $_->{kv}{key} =~ m{/(\w+)\z} } @events;
    $w->cancel;
    run_for(0.2);
}

# ---- 2. an observe cancelled in its callback, which then runs the loop
{
    my $code = <<'CHILD';
use strict; use warnings; use EV; use EV::Etcd; use Future; use Time::HiRes qw(sleep);
my ($ep, $name) = @ARGV;
my $c = EV::Etcd->new(endpoints => $ep); my $w8 = EV::Etcd->new(endpoints => $ep);
my ($leader, $lease, $o, $first, $sent);
$w8->lease_grant(30, sub { $lease = $_[0]{id} or die "lease_grant: $_[1]{message}\n" }); EV::run(EV::RUN_ONCE) until $lease;
$w8->election_campaign($name, $lease, 'v0', sub { $leader = $_[0]{leader} or die "campaign: $_[1]{message}\n" });
EV::run(EV::RUN_ONCE) until $leader;
$o = $c->election_observe($name, sub {
    my ($r, $e) = @_;
    return if $e || $first++;
    $o->cancel;                              # ends the observe's gRPC call
    $c->get_f("$name/x")->get;               # runs the loop inside the callback
});
sleep 0.5; EV::run(EV::RUN_NOWAIT) for 1 .. 20;
$w8->election_proclaim($leader, "v$_", sub { $sent++ }) for 1 .. 200;
EV::run(EV::RUN_ONCE) until $sent == 200;
my $block = EV::timer 0, 0, sub { sleep 1 };   # the proclaims' messages pile up meanwhile
EV::run(EV::RUN_ONCE);
my $guard = EV::timer 3, 0, sub { EV::break }; EV::run;
print "child done\n";
CHILD
    my $script = "/tmp/ee-regress-nested-$$.pl";
    open my $fh, '>', $script or die "$script: $!";
    print $fh $code;
    close $fh;
    my $out = `$^X @{[ map { "-I$_" } grep { !ref } @INC ]} $script @{[ $e->endpoint ]} ${P}obs 2>&1`;
    my $rc = $?;
    unlink $script;
    like $out, qr/child done|AddressSanitizer/, 'the child ran (to its end, or until ASan stopped it)' or diag $out;
    ok $rc == 0 && $out =~ /child done/ && $out !~ /AddressSanitizer/,
        'no use after free (visible under make test-asan)' or diag $out;
}

done_testing;
