#!/usr/bin/perl
# Regression (issue 10, fault 4): auth on with a short token TTL, a client
# with username/password idle past it: an election_observe opened then was
# ended by the server with status OK and no message, which the runtime
# took for an outage and reopened with the same stale token until it gave
# up ("observe stream failed ... times in a row").  Now a stream that the
# server ends before any message, while credentials are configured, logs in
# again once before that counts as a failure.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'enables auth on its server (ETCD_ENDPOINTS is set)' unless managed();
my $e = EtcdTest->start(no_fsync => 1, extra_args => ['--auth-token-ttl', 2]);
my $admin = new_client($e);
my $P = uniq_prefix('observe-stale-token');
for my $step ([user_add => 'root', 'pw'], [role_add => 'root'],
              [user_grant_role => 'root', 'root'], [auth_enable =>]) {
    my ($m, @a) = @$step;
    my ($r, $err) = sync($admin, $m, @a);
    ok !$err, $m or diag explain $err;
}

my $c = new_client($e, username => 'root', password => 'pw');
my ($r, $g, $err);
($g, $err) = sync($c, lease_grant => 60);
ok !$err, 'lease_grant (logged in)' or diag explain $err;
($r, $err) = sync($c, election_campaign => "${P}e", $g->{id}, 'leader-1');
ok !$err, 'campaign' or diag explain $err;
run_for(5);                             # idle past the token's TTL

my (@msgs, @errors);
my $o = $c->election_observe("${P}e", sub {
    my ($r, $err) = @_;
    push @errors, $err if $err;
    push @msgs, $r if $r;
});
wait_until { scalar(@msgs) + scalar(@errors) } 'the observer\'s first callback', 30;
is scalar @errors, 0, 'no error' or diag explain \@errors;
is $msgs[0] && $msgs[0]{kv}{value}, 'leader-1', 'the observer sees the leader';
$o->cancel;
($r, $err) = sync($c, auth_disable =>);
ok !$err, 'auth_disable' or diag explain $err;
done_testing;
