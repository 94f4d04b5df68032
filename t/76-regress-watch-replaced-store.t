#!/usr/bin/perl
# Regression (issue 10, fault 1): a watch whose server's store is replaced
# under it (the member killed, its data dir wiped, started again with the
# same name: same cluster id, revisions from 1 again) was parked at a
# revision of a store that no longer exists: nothing delivered, nothing
# reported.  Now the re-created watch ends with DATA_LOSS saying why, so the
# application can read again and watch anew.  A restart that keeps the
# store (ordinary reconnect) still resumes with nothing lost.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'wipes its server (ETCD_ENDPOINTS is set)' unless managed();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('replaced-store');

my (@events, @errors);
my $w = $c->watch("${P}k", sub {
    my ($r, $err) = @_;
    return push @errors, $err if $err;
    push @events, @{ $r->{events} || [] };
});
wait_until { $w->is_active && $c->_stats->{streams_open} } 'watch stream';
run_for(0.3);
my $last;
for my $i (1 .. 20) {
    my ($r, $err) = sync($c, put => "${P}k", "v$i");
    ok !$err, "put $i" or diag explain $err;
    $last = $r->{header}{revision};
}
wait_until { @events == 20 } 'the 20 events';

# an ordinary restart: the store stays, the watch resumes
$e->restart;
my ($r, $err) = sync($c, put => "${P}k", 'after-restart');
ok !$err, 'put after a restart' or diag explain $err;
wait_until { @events == 21 } 'the event after the restart';
is $events[-1]{kv}{value}, 'after-restart', 'a restart keeping the store: resumed, nothing lost';
is scalar @errors, 0, 'and no error';

# a replaced store
$e->wipe;
($r, $err) = sync($c, put => "${P}k", 'new-store');
ok !$err, 'put into the new store' or diag explain $err;
cmp_ok $r->{header}{revision}, '<', $last, 'the new store\'s revision is lower';
wait_until { @errors } 'the watch reports the replaced store', 30;
is scalar @errors, 1, 'one error';
check_error($errors[0], { code => 15, status => 'DATA_LOSS', source => 'watch', retryable => 0 }, 'replaced store');
like $errors[0]{message}, qr/revision went backwards.*store was replaced/, 'the message says what happened';
ok !$w->is_active, 'the watch is over';
is scalar @events, 21, 'no event from the new store was passed off as the old one\'s';
done_testing;
