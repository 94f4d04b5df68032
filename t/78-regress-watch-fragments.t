#!/usr/bin/perl
# Regression (issue 10, fault 3): with fragment => 1 the server splits a
# response larger than its --max-request-bytes; one txn rewriting 8 keys of
# 100 KiB with prev_kv comes as two fragments (7 events, then 1).  The old
# runtime delivered each fragment as it came and moved the resume point
# past the txn's revision after the first: a connection lost between them
# lost the 8th event.  Now a split response is put together again and
# delivered once, whole, and the resume point moves after its last
# fragment only.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'needs a server started with --max-request-bytes (ETCD_ENDPOINTS is set)' unless managed();
my $e = EtcdTest->start(no_fsync => 1, extra_args => ['--max-request-bytes', 1048576]);
my $c = new_client($e);
my $P = uniq_prefix('fragments');
my $big = 'x' x (100 * 1024);

sub rewrite_all {
    my ($tag) = @_;
    my ($r, $err) = sync($c, txn => [], [map { { request_put => { key => "${P}k$_", value => "$tag$_$big" } } } 1 .. 8], []);
    ok !$err, "txn $tag: 8 keys of 100 KiB in one revision" or diag explain $err;
    return $r->{header}{revision};
}
rewrite_all('a');

my (@msgs, @errors);
my $w = $c->watch($P, { prefix => 1, prev_kv => 1, fragment => 1 }, sub {
    my ($r, $err) = @_;
    return push @errors, $err if $err;
    push @msgs, $r unless $r->{created};
});
wait_until { $c->_stats->{streams_open} } 'the watch stream';
run_for(0.5);
my $rev = rewrite_all('b');
wait_until { @msgs } 'the rewrite\'s events', 30;
run_for(0.5);
is scalar @msgs, 1, 'the split response is delivered once';
is scalar @{ $msgs[0]{events} }, 8, '... whole: all 8 events';
is $msgs[0]{fragment}, 0, '... and says it is not a fragment';
is_deeply [map { $_->{kv}{mod_revision} } @{ $msgs[0]{events} }], [($rev) x 8], 'all of the txn\'s revision';
is_deeply [sort map { $_->{kv}{key} } @{ $msgs[0]{events} }], [sort map { "${P}k$_" } 1 .. 8], 'every key once';
ok !grep({ !$_->{prev_kv} } @{ $msgs[0]{events} }), 'each with its prev_kv';

# the same after a reconnect: nothing lost, nothing twice
$e->restart;
$rev = rewrite_all('c');
wait_until { @msgs >= 2 } 'the next rewrite after a restart', 30;
run_for(0.5);
is scalar @msgs, 2, 'after a restart: one more response';
is scalar @{ $msgs[1]{events} }, 8, '... with all 8 events';
is scalar @errors, 0, 'no error' or diag explain \@errors;
$w->cancel;
done_testing;
