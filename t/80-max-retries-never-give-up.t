#!/usr/bin/perl
# Issue 10, fault 6: outages longer than the retry budget.  max_retries => -1
# never gives up: a watch rides out an outage that makes a client with the
# default budget give up, and resumes with nothing lost.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'stops its server (ETCD_ENDPOINTS is set)' unless managed();
my ($e, $admin) = server_and_client();
my $P = uniq_prefix('never-give-up');

# timeout 1: each reconnect waits at most 1 s for the server, so 3 attempts
# are used up within a few seconds of an outage
my %c = (finite => new_client($e, timeout => 1, max_retries => 3),
         forever => new_client($e, timeout => 1, max_retries => -1));
my (%events, %errors, %created);
for my $k (sort keys %c) {
    $c{$k}->watch("${P}k", sub {
        my ($r, $err) = @_;
        return push @{ $errors{$k} }, $err if $err;
        $created{$k} = 1 if $r->{created};
        push @{ $events{$k} }, @{ $r->{events} || [] };
    });
}
# created before the outage: a watch from now that was never created
# starts from whenever it is created (as Go's client does)
wait_until { $created{finite} && $created{forever} } 'both watches created';
$e->stop;
wait_until { $errors{finite} } 'the finite client gives up', 60;
run_for(3);
$e->start;
my ($r, $err) = sync($admin, put => "${P}k", 'after');
ok !$err, 'put after the outage' or diag explain $err;
wait_until { $events{forever} && @{ $events{forever} } } 'the never-give-up watch resumes', 60;
is $events{forever}[0]{kv}{value}, 'after', 'max_retries => -1: the watch resumed and saw the put';
ok !$errors{forever}, '... without an error';
is scalar @{ $errors{finite} }, 1, 'max_retries => 3: one error';
like $errors{finite}[0]{message}, qr/failed 4 times in a row, giving up/, '... saying it gave up';

ok !eval { EV::Etcd->new(endpoints => [$e->endpoint], max_retries => -2); 1 }, 'max_retries -2 croaks';
like $@, qr/^new: 'max_retries' must be -1 \(never give up\) or an integer from 0 to 1000000/, '... naming the option';
done_testing;
