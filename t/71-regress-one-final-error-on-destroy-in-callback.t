#!/usr/bin/perl
# Regression (issue 9, fault 2): a keepalive's final error callback drops the
# last reference to its client.  The old runtime's timer callbacks did not
# hold the client, so teardown ran inside the callback and failed the same
# subscription again: DEADLINE_EXCEEDED, then CANCELLED delivered inside the
# first callback.  Now every entry from the loop holds the client; teardown
# runs when the outermost entry returns, and the keepalive gets exactly one
# final error.  The same for a watch (stream end) and a unary call.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'freezes its server (ETCD_ENDPOINTS is set)' unless managed();
my $e = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('destroy-in-callback');

{
    my $c = new_client($e, max_retries => 0, timeout => 2);
    my ($g, $err) = sync($c, lease_grant => 2);
    ok !$err, 'lease_grant' or diag explain $err;
    my (@errs, $depth, $nested);
    $depth = 0;
    $c->lease_keepalive($g->{id}, sub {
        my ($r, $err) = @_;
        return unless $err;
        $nested = 1 if $depth;
        $depth++;
        push @errs, $err;
        undef $c;                       # the client's last reference
        $depth--;
    });
    wait_until { defined $c && $c->_stats->{subscriptions} == 1 } 'keepalive running';
    run_for(0.5);
    $e->freeze;
    wait_until { @errs } 'the keepalive error', 20;
    run_for(0.5);
    $e->thaw;
    is scalar @errs, 1, 'keepalive: exactly one final error';
    ok !$nested, 'keepalive: no callback ran inside the error callback';
    like $errs[0]{status}, qr/^(DEADLINE_EXCEEDED|UNAVAILABLE)$/, 'keepalive: the outage\'s error'
        or diag explain $errs[0];
    ok !defined $c, 'the client is gone';
}

{
    my $c = new_client($e, max_retries => 0, timeout => 2);
    my (@errs, $depth, $nested);
    $depth = 0;
    $c->watch("${P}w", sub {
        my ($r, $err) = @_;
        return unless $err;
        $nested = 1 if $depth;
        $depth++;
        push @errs, $err;
        undef $c;
        $depth--;
    });
    wait_until { defined $c && $c->_stats->{streams_open} == 1 } 'watch stream open';
    run_for(0.3);
    $e->restart;                        # the stream ends; max_retries 0: final error
    wait_until { @errs } 'the watch error', 20;
    run_for(0.5);
    is scalar @errs, 1, 'watch: exactly one final error';
    ok !$nested, 'watch: no callback ran inside the error callback';
}

{
    my $c = new_client($e);
    my (@got, $depth, $nested);
    $depth = 0;
    for my $i (1 .. 5) {
        $c->get("${P}g$i", sub {
            $nested = 1 if $depth;
            $depth++;
            push @got, [@_];
            undef $c;                   # teardown while the drain still has answers
            $depth--;
        });
    }
    wait_until { @got == 5 } 'five get callbacks';
    run_for(0.3);
    is scalar @got, 5, 'get: every callback ran once';
    ok !$nested, 'get: no callback ran inside another';
}
done_testing;
