#!/usr/bin/perl
# A lease under an active keepalive whose only server goes away and stays
# away: the keepalive callback gets an error with source 'keepalive' at the
# latest shortly after the TTL has run out (counted from the last
# successful refresh), the error names the lease, and nothing comes after
# it.  Three ways to lose the server: frozen (SIGSTOP: the connection stays
# up, nothing answers), stopped with max_retries => 10 (reconnecting until
# the TTL runs out), stopped with the default max_retries (the client gives
# up reconnecting first).
#
# Also: max_retries => 0 disables reconnection: a watch whose server
# restarts gets one error callback (source 'watch', a retryable status)
# instead of resuming, and nothing after it.
#
# Timeouts are guards (a failure), never measurements; the one timing
# assertion is the contract's own bound: the error comes no later than
# TTL + $MARGIN after the last refresh.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;
use Time::HiRes ();

require_etcd();
plan skip_all => 'needs a server this test can stop and freeze (ETCD_ENDPOINTS is set)' unless managed();

my $TTL = 3;
my $MARGIN = 1.0;    # "shortly after": timer slack plus one loop iteration
my %RETRYABLE = map { $_ => 1 } qw(UNAVAILABLE RESOURCE_EXHAUSTED ABORTED DEADLINE_EXCEEDED);
my %CODE = (DEADLINE_EXCEEDED => 4, NOT_FOUND => 5, RESOURCE_EXHAUSTED => 8, ABORTED => 10,
            UNAVAILABLE => 14, CANCELLED => 1, UNKNOWN => 2, INTERNAL => 13);

my $e = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('lease-outage');

# Start a keepalive for a fresh TTL-3 lease on $c; returns the record that
# its callback fills: ok => [{t, ttl, id}], err => [{t, err}], late => [...]
# (anything after the first error).
sub keepalive {
    my ($c) = @_;
    my ($g, $err) = sync($c, lease_grant => $TTL);
    ok !$err, "lease_grant $TTL" or diag explain $err;
    my $k = { id => $g->{id}, ok => [], err => [], late => [] };
    $k->{handle} = $c->lease_keepalive($k->{id}, sub {
        my ($r, $err) = @_;
        my $t = Time::HiRes::time();
        if (@{ $k->{err} }) { push @{ $k->{late} }, [$r, $err]; return }
        if ($err || !$r) { push @{ $k->{err} }, { t => $t, err => $err, resp => $r }; return }
        push @{ $k->{ok} }, { t => $t, ttl => $r->{ttl}, id => $r->{id} };
    });
    return $k;
}

# The shared checks once the server is gone: one error, in time, naming the
# lease; nothing after it.
sub check_outage {
    my ($name, $k, $t_down, $status) = @_;
    wait_until { @{ $k->{err} } } "$name: the keepalive error", 30 or return;
    my $last_ok = (grep { $_->{t} <= $k->{err}[0]{t} } @{ $k->{ok} })[-1];
    my $err = $k->{err}[0]{err};
    my $dt = $k->{err}[0]{t} - $last_ok->{t};
    note sprintf '%s: error %.3f s after the last refresh, %.3f s after the server went down: %s: %s',
        $name, $dt, $k->{err}[0]{t} - $t_down, $err->{status} // '?', $err->{message} // '?';
    ok !defined $k->{err}[0]{resp}, "$name: no response with the error";
    cmp_ok $dt, '<=', $TTL + $MARGIN,
        "$name: the error came at the latest shortly after the TTL ran out (<= TTL + $MARGIN s after the last refresh)";
    check_error($err, {
        source    => 'keepalive',
        status    => $status,
        retryable => 1,
        message   => qr/\b\Q$k->{id}\E\b/,
    }, "$name: keepalive error");
    is $err->{code}, $CODE{ $err->{status} }, "$name: code matches the status"
        if defined $err->{status} && $CODE{ $err->{status} };
    ok !$k->{handle}->is_active, "$name: the keepalive is no longer active";
    return $dt;
}

sub no_more {
    my ($name, $k) = @_;
    is scalar @{ $k->{err} }, 1, "$name: exactly one error callback";
    is scalar @{ $k->{late} }, 0, "$name: no callback after the error"
        or diag explain $k->{late};
}

# ================================================================== frozen server

subtest 'server frozen (SIGSTOP): DEADLINE_EXCEEDED once the TTL runs out' => sub {
    my $c = EV::Etcd->new(endpoints => [$e->endpoint]);
    my $k = keepalive($c);
    wait_until { @{ $k->{ok} } >= 3 || @{ $k->{err} } } 'three refreshes' or return;
    is scalar @{ $k->{err} }, 0, 'no error while the server is up';
    is scalar(grep { $_->{ttl} != $TTL } @{ $k->{ok} }), 0, "every refresh reports ttl $TTL";
    is scalar(grep { "$_->{id}" ne "$k->{id}" } @{ $k->{ok} }), 0, 'every refresh is for the lease';

    $e->freeze;
    my $t_down = Time::HiRes::time();
    my $dt = check_outage('frozen', $k, $t_down, 'DEADLINE_EXCEEDED') // return;
    cmp_ok $dt, '>=', $TTL - 0.1, 'frozen: ... and not before the TTL had run out';

    run_for($TTL + 1);                      # still frozen
    no_more('frozen, still down', $k);

    # the requests sent while it was frozen are answered now: nobody listens
    $e->thaw;
    run_for(2);
    no_more('frozen, then thawed', $k);
    my ($tl, $err) = sync($c, lease_time_to_live => $k->{id});
    ok !$err, 'lease_time_to_live after the thaw' or diag explain $err;
    is $tl->{ttl}, -1, 'the lease has expired on the server, as the error said' unless $err;
    ok run_cb(sub {}, 5), 'EV::run returns: the failed keepalive holds no loop reference';
};

# ================================================================== stopped server, reconnecting

subtest 'server stopped, max_retries 10: DEADLINE_EXCEEDED once the TTL runs out' => sub {
    $e->start unless $e->is_running;
    $e->wait_healthy;
    my $c = EV::Etcd->new(endpoints => [$e->endpoint], max_retries => 10);
    my $k = keepalive($c);
    wait_until { @{ $k->{ok} } >= 2 || @{ $k->{err} } } 'two refreshes' or return;
    is scalar @{ $k->{err} }, 0, 'no error while the server is up';

    $e->stop;
    my $t_down = Time::HiRes::time();
    my $dt = check_outage('stopped', $k, $t_down, 'DEADLINE_EXCEEDED') // return;
    cmp_ok $dt, '>=', $TTL - 0.1, 'stopped: ... and not before the TTL had run out';
    run_for($TTL + 1);
    no_more('stopped', $k);
    ok run_cb(sub {}, 5), 'EV::run returns: the failed keepalive holds no loop reference';
};

# ================================================================== stopped server, default max_retries

subtest 'server stopped, default max_retries: an error by the time the TTL runs out' => sub {
    $e->start unless $e->is_running;
    $e->wait_healthy;
    my $c = EV::Etcd->new(endpoints => [$e->endpoint]);
    my $k = keepalive($c);
    wait_until { @{ $k->{ok} } >= 2 || @{ $k->{err} } } 'two refreshes' or return;
    is scalar @{ $k->{err} }, 0, 'no error while the server is up';

    $e->stop;
    my $t_down = Time::HiRes::time();
    check_outage('stopped, giving up', $k, $t_down, qr/\A(?:UNAVAILABLE|DEADLINE_EXCEEDED)\z/);
    run_for($TTL + 1);
    no_more('stopped, giving up', $k);
};

# ================================================================== max_retries => 0: no reconnection

subtest 'max_retries 0: a watch whose server restarts fails instead of resuming' => sub {
    $e->start unless $e->is_running;
    $e->wait_healthy;
    my $c = EV::Etcd->new(endpoints => [$e->endpoint], max_retries => 0);
    my $w = EV::Etcd->new(endpoints => [$e->endpoint]);
    my (@resp, @err, @late);
    my $watch = $c->watch("${P}w/", { prefix => 1 }, sub {
        my ($r, $err) = @_;
        if (@err) { push @late, [$r, $err]; return }
        if ($err || !$r) { push @err, [$r, $err]; return }
        push @resp, $r;
    });
    wait_until { @resp || @err } 'the watch to be created' or return;
    ok $resp[0] && $resp[0]{created}, 'watch created';
    my ($r, $perr) = sync($w, put => "${P}w/before", '1');
    ok !$perr, 'put before the restart';
    wait_until { (grep { @{ $_->{events} } } @resp) || @err } 'the event before the restart';

    $e->stop;
    wait_until { @err } 'the watch error', 30 or return;
    $e->start;

    my ($resp, $err) = @{ $err[0] };
    ok !defined $resp, 'no response with the error';
    check_error($err, { source => 'watch', retryable => 1 }, 'watch error with max_retries 0');
    ok $RETRYABLE{ $err->{status} // '' }, "the status is a retryable one ($err->{status})";
    is $err->{code}, $CODE{ $err->{status} }, 'code matches the status' if $CODE{ $err->{status} // '' };
    ok !$watch->is_active, 'the watch is no longer active';

    # the server is back: the watch must not have come back with it
    ($r, $perr) = sync($w, put => "${P}w/after", '2');
    ok !$perr, 'put after the restart' or diag explain $perr;
    run_for(2);
    is scalar @err, 1, 'exactly one error callback';
    is scalar @late, 0, 'no callback after the error (the watch did not resume)' or diag explain \@late;
    my @keys = map { $_->{kv}{key} } map { @{ $_->{events} } } @resp;
    is_deeply \@keys, ["${P}w/before"], 'only the event before the restart was delivered';
};

done_testing;
