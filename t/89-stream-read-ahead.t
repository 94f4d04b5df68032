#!/usr/bin/perl
# A stream reads ahead: the completion-queue thread takes each message as it
# arrives and starts the next receive at once, and hands what it read to the
# loop in batches.  While the loop is busy, reading stops once 64 messages
# (or 4 MiB) wait for it and goes on as the loop takes them.  This test
# blocks the loop while a burst arrives, small messages and big ones: every
# event must arrive exactly once, in order, and reading must have paused
# (stats: stream_reads_paused) and resumed.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTestUtil qw(:all);

my ($e, $c) = server_and_client();
# three writers: each client has at most 64 calls on the wire, and the burst
# must be more than 64 messages
my @writers = map { new_client($e) } 1 .. 3;
my $P = uniq_prefix('read-ahead');

# $n puts of $size bytes issued by another client while this client's loop
# is blocked for $block seconds (the puts travel on the writer's own
# completion-queue thread meanwhile).
sub burst {
    my ($tag, $n, $size, $block) = @_;
    my (@events, @errors, $go, $created);
    my $w = $c->watch("$P$tag/", { prefix => 1 }, sub {
        my ($r, $err) = @_;
        return push @errors, $err if $err;
        return $created = 1 if $r->{created};
        push @events, @{ $r->{events} };
        if (!$go++) {                       # the first event: the burst, then block
            for my $i (1 .. $n) {
                $writers[$i % 3]->put(sprintf("$P$tag/%04d", $i), "$i:" . ('v' x $size), sub { push @errors, $_[1] if $_[1] });
            }
            select undef, undef, undef, $block;
        }
    });
    wait_until { $created } "$tag: the watch created";
    my $paused0 = $c->stats->{stream_reads_paused};
    my ($r, $err) = sync($writers[0], put => "$P$tag/0000", 'start');
    ok !$err, "$tag: the first put" or diag explain $err;
    wait_until { @events >= $n + 1 || @errors } "$tag: all $n events", 60;
    run_for(0.3);
    is scalar @errors, 0, "$tag: no error" or diag explain \@errors;
    is scalar @events, $n + 1, "$tag: every event exactly once";
    # the writer's puts are concurrent: the server orders them
    is_deeply [sort map { $_->{kv}{key} } @events], [map { sprintf "$P$tag/%04d", $_ } 0 .. $n], "$tag: every key once";
    my @revs = map { $_->{kv}{mod_revision} } @events;
    ok !grep({ $revs[$_] <= $revs[$_ - 1] } 1 .. $#revs), "$tag: in revision order, none twice";
    my @bad = grep { my ($i) = $_->{kv}{key} =~ m{/(\d+)\z}; $i + 0 && $_->{kv}{value} ne ($i + 0) . ":" . ('v' x $size) } @events;
    is scalar @bad, 0, "$tag: every value whole";
    cmp_ok $c->stats->{stream_reads_paused}, '>', $paused0, "$tag: reading paused while the loop was blocked";
    $w->cancel;
    run_for(0.2);
}

burst('small', 150, 10, 2);           # 150 messages of one unit each: pauses at 64
burst('big', 40, 200 * 1024, 2);      # 4 units each (200 KiB): pauses after 16

done_testing;
