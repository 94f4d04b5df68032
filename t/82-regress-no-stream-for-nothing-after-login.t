#!/usr/bin/perl
# Regression (issue 16): on a client with credentials, a watch or keepalive
# made and cancelled while the client still waits for its first login left
# the shared stream's reopen waiting for that login; once logged in, it
# opened a Watch (LeaseKeepAlive) stream serving nothing, and kept it open
# as long as the client lived.  Now the last item going calls the reopen
# off: no stream is opened at all, and a watch made later still works.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'enables auth on the server: needs a server of its own (ETCD_ENDPOINTS is set)'
    unless managed();

my ($e, $c) = server_and_client();
my $P = uniq_prefix('nostream');
my $PW = 'r00t-' . int(rand 1e6);
my ($r, $err);

for ([user_add => 'root', $PW], [role_add => 'root'], [user_grant_role => 'root', 'root'], [auth_enable =>]) {
    my ($m, @a) = @$_;
    ($r, $err) = sync($c, $m, @a);
    ok !$err, "$m" or diag explain $err;
}

my $x = new_client($e, username => 'root', password => $PW);
my ($g) = sync($x, lease_grant => 60);             # logs in once: the token is there
ok $g && $g->{id}, 'lease_grant with credentials';

# a second client: its first login is still to come when these are cancelled
my $y = new_client($e, username => 'root', password => $PW);
my ($wdone, $kdone) = (0, 0);
my $w = $y->watch("${P}k", sub { });
$w->cancel(sub { $wdone++ });
my $k = $y->lease_keepalive($g->{id}, sub { });
$k->cancel(sub { $kdone++ });
is $wdone, 1, 'watch cancelled before the login: cancel callback at once';
is $kdone, 1, 'keepalive cancelled before the login: cancel callback at once';

($r, $err) = sync($y, put => "${P}k", 'v1');     # the login completes
ok !$err, 'put after the login' or diag explain $err;
run_for(0.5);
is $y->_stats->{streams_opened}, 0, 'no stream was opened for the cancelled watch and keepalive';
is $y->_stats->{streams_open}, 0, 'no stream open';

# the streams still open when there is something to serve
my @got;
my $w2 = $y->watch("${P}k", sub { push @got, [@_] });
wait_until { grep { $_->[0] && $_->[0]{created} } @got } 'a new watch is created';
($r, $err) = sync($y, put => "${P}k", 'v2');
ok !$err, 'put' or diag explain $err;
wait_until { grep { $_->[0] && $_->[0]{events} } @got } 'the event';
my ($ev) = map { @{ $_->[0]{events} } } grep { $_->[0] && $_->[0]{events} } @got;
is $ev && $ev->{kv}{value}, 'v2', 'the new watch sees the put';
is $y->_stats->{streams_open}, 1, 'one stream open for it';
my $done;
$w2->cancel(sub { $done = 1 });
wait_until { $done } 'the watch cancelled';
wait_until { $y->_stats->{streams_open} == 0 } 'its stream closed';
is $y->_stats->{streams_open}, 0, 'no stream open after the last watch';

($r, $err) = sync($x, auth_disable =>);
ok !$err, 'auth_disable' or diag explain $err;
done_testing;
