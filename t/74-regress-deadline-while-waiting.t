#!/usr/bin/perl
# Regression (issue 9, fault 5): a call's deadline runs from the moment it
# is accepted, whatever it waits for.  The old runtime started it only when
# the call went on the wire: a get with timeout 1 waiting for a login to a
# frozen server answered after the login gave up, with the login's error; a
# call queued behind the 64-call window answered only when a slot freed.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use Time::HiRes ();

require_etcd();
plan skip_all => 'freezes its server (ETCD_ENDPOINTS is set)' unless managed();
my ($e, $admin) = server_and_client();
my $P = uniq_prefix('deadline-waiting');

# --- waiting behind the window of calls on the wire
{
    my $c = new_client($e, timeout => 30, keepalive_time => 120);
    my ($r, $err) = sync($c, get => "${P}connect");   # connected before the freeze
    ok !$err, 'connected' or diag explain $err;
    $e->freeze;
    my (%done, @order);
    for my $i (1 .. 64) {               # fill the window; they wait for the frozen server
        $c->get("${P}w$i", sub { $done{$i} = $_[1]; push @order, $i });
    }
    my $t0 = Time::HiRes::time();
    my $late;
    $c->get("${P}late", { timeout => 1 }, sub { $late = [@_, Time::HiRes::time() - $t0]; push @order, 'late' });
    wait_until { $late } 'the queued call\'s callback', 25;
    is $order[0], 'late', 'the queued call answered before any call holding a slot';
    ok !$late->[0], 'queued call: no response';
    check_error($late->[1], { code => 4, status => 'DEADLINE_EXCEEDED', source => 'get' }, 'queued call');
    cmp_ok $late->[2], '<', 10, 'it came at its own deadline, not when a slot freed (guard)';
    $e->thaw;
    wait_until { keys %done == 64 } 'the window calls', 40;
    ok !grep({ defined } values %done), 'the window calls succeed once the server answers';
}

# --- waiting for a login
for my $step ([user_add => 'root', 'pw'], [role_add => 'root'],
              [user_grant_role => 'root', 'root'], [auth_enable =>]) {
    my ($m, @a) = @$step;
    my ($r, $err) = sync($admin, $m, @a);
    ok !$err, $m or diag explain $err;
}
{
    my $c = new_client($e, username => 'root', password => 'pw', timeout => 15, keepalive_time => 120);
    # connected, but not logged in: Authenticate itself carries no token
    my ($r, $err) = sync($c, authenticate => 'root', 'not-the-password');
    ok $err, 'a failed authenticate() connects without a token';
    $e->freeze;
    my $t0 = Time::HiRes::time();
    my $got;
    $c->get("${P}x", { timeout => 1 }, sub { $got = [@_, Time::HiRes::time() - $t0] });
    wait_until { $got } 'the get waiting for the login', 30;
    ok !$got->[0], 'get waiting for a login: no response';
    check_error($got->[1], { code => 4, status => 'DEADLINE_EXCEEDED', source => 'get' }, 'waiting for a login');
    unlike $got->[1]{message}, qr/authentication as/, 'its own deadline, not the login\'s error';
    cmp_ok $got->[2], '<', 10, 'at its own deadline, before the login\'s (guard)';
    $e->thaw;
    ($r, $err) = sync($c, put => "${P}x", 'v');
    ok !$err, 'after the thaw the client logs in and works' or diag explain $err;
    ($r, $err) = sync($c, auth_disable =>);
    ok !$err, 'auth_disable' or diag explain $err;
}
done_testing;
