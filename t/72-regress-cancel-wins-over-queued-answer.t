#!/usr/bin/perl
# Regression (issue 9, fault 3): cancel of a call whose answer has already
# reached the completion queue but not yet the loop.  The old runtime gave
# about 60% of those callbacks the success response; the POD promises
# CANCELLED to every call cancelled while its handle is active.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTestUtil qw(:all);
use Time::HiRes ();

my ($e, $c) = server_and_client();
my $P = uniq_prefix('cancel-wins');
my ($r, $err) = sync($c, put => "${P}k", 'v');
ok !$err, 'put' or diag explain $err;

my ($cancelled, $wrong) = (0, 0);
for my $round (1 .. 20) {
    my (@h, %res);
    for my $i (0 .. 24) {
        push @h, $c->get("${P}k", sub { $res{$i} = [@_] });
    }
    Time::HiRes::sleep(0.002 + 0.006 * ($round % 4) / 3);   # answers arrive; the loop does not run
    my @cancelled;
    for my $i (0 .. 24) {
        next unless $h[$i]->is_active;
        $h[$i]->cancel;
        push @cancelled, $i;
    }
    wait_until { keys %res == 25 } "round $round: every callback";
    for my $i (@cancelled) {
        $cancelled++;
        my ($resp, $e2) = @{ $res{$i} };
        $wrong++ unless !$resp && $e2 && $e2->{status} eq 'CANCELLED' && $e2->{code} == 1
                        && $e2->{source} eq 'get' && $e2->{retryable} == 0;
    }
    ok !$h[$_]->is_active, "round $round: handle $_ is done" for 0 .. 24;
}
ok $cancelled > 0, "some calls were cancelled while active ($cancelled)";
is $wrong, 0, 'every call cancelled while active got CANCELLED';
done_testing;
