#!/usr/bin/perl
# Regression (issue 9, fault 4): when grpc_call_start_batch refuses a batch,
# nothing is ever queued for it.  The old runtime then never called back and
# destroying the client waited forever for a completion that could not come.
# Now a refused batch is posted as a completion: the callback runs once with
# an error and teardown ends.  EV::Etcd::_fail_batches($n) (internal, for
# this test) makes the next $n batches be refused as gRPC would refuse them.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTestUtil qw(:all);

my ($e, $c) = server_and_client();
my $P = uniq_prefix('batch-start');

# a unary call
EV::Etcd::_fail_batches(1);
my ($r, $err) = sync($c, put => "${P}k", 'v');
ok !$r, 'put with a refused batch: no response';
check_error($err, { code => 13, status => 'INTERNAL', source => 'put' }, 'refused batch');
like $err->{message}, qr/could not start/, 'the message says the batch could not start';
($r, $err) = sync($c, put => "${P}k", 'v');
ok !$err, 'the next put works' or diag explain $err;

# every batch of a stream: open, status, receive, send
for my $n (1 .. 4) {
    my $d = new_client($e, max_retries => 0);
    my @got;
    EV::Etcd::_fail_batches($n, 1);     # only the $n-th next batch
    my $w = $d->watch("${P}w$n", sub { push @got, [@_] });
    wait_until { @got } "watch with batch $n refused: a callback", 10;
    my $t0 = time;
    my $alarm = 0;
    local $SIG{ALRM} = sub { $alarm = 1; die "teardown hung\n" };
    alarm 15;
    eval { $w->cancel; undef $w; undef $d; 1 } or diag $@;
    alarm 0;
    ok !$alarm, "watch with batch $n refused: teardown ends";
}
EV::Etcd::_fail_batches(0);
done_testing;
