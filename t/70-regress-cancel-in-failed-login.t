#!/usr/bin/perl
# Regression (issue 9, fault 1): a failed login wakes everything waiting for
# the token; a watch's error callback, run while those waiters are woken,
# cancels a get that is still waiting in the same list.  The old runtime
# walked the list with a saved next pointer: the get was completed twice
# (its tag posted twice) and the drain ran on a freed call (SIGSEGV).
# Now: each callback runs exactly once, the process lives, the client works.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'enables auth on the server (ETCD_ENDPOINTS is set)' unless managed();
my ($e, $admin) = server_and_client();
my $P = uniq_prefix('cancel-in-failed-login');

for my $step ([user_add => 'root', 'right'], [role_add => 'root'],
              [user_grant_role => 'root', 'root'], [auth_enable =>]) {
    my ($m, @a) = @$step;
    my ($r, $err) = sync($admin, $m, @a);
    ok !$err, "$m" or diag explain $err;
}

for my $round (1 .. 5) {
    my $c = new_client($e, username => 'root', password => 'WRONG');
    my (@get, @watch);
    my $g = $c->get("${P}k", sub { push @get, [@_] });
    my $w = $c->watch("${P}k", sub {
        my ($r, $err) = @_;
        push @watch, [@_];
        $g->cancel if $err;             # the get still waits for the same login
    });
    wait_until { @get && @watch } "round $round: both callbacks";
    run_for(0.2);                       # a second delivery would come now
    my ($r2, $e2) = sync($c, get => "${P}k");   # and the next drain of this client
    is $e2 && $e2->{source}, 'get', "round $round: the client still answers (with the login error)";
    is scalar @get, 1, "round $round: the get's callback ran once";
    is scalar @watch, 1, "round $round: the watch's callback ran once";
    ok !defined $get[0][0], "round $round: get has no response";
    like $get[0][1]{status}, qr/^(UNAUTHENTICATED|CANCELLED|INVALID_ARGUMENT)$/,
        "round $round: get failed with the login's error or CANCELLED";
    is $watch[0][1]{source}, 'watch', "round $round: the watch failed (source watch)";
    like $watch[0][1]{message}, qr/authentication as 'root' failed/, "round $round: watch names the login";
    ok !$w->is_active, "round $round: the watch is over";
}

# the right password still works, and auth goes off again
my $ok = new_client($e, username => 'root', password => 'right');
my ($r, $err) = sync($ok, put => "${P}k", 'v');
ok !$err, 'a client with the right password works' or diag explain $err;
($r, $err) = sync($ok, auth_disable =>);
ok !$err, 'auth_disable' or diag explain $err;
done_testing;
