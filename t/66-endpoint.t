#!/usr/bin/perl
# $client->endpoint: the host:port of the member in use, as given in
# endpoints.  With two servers it is the first until that one is killed;
# the next call fails over and endpoint() names the second (and the log
# hook says "failover", from and to).  Bad input croaks naming the method.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;

require_etcd();
plan skip_all => 'kills a server (ETCD_ENDPOINTS is set)' unless managed();

my $e1 = EtcdTest->start(no_fsync => 1);
my $e2 = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('endpoint');

# ---------------------------------------------------------------- bad input

{
    my $c = new_client($e1);
    eval { $c->endpoint(1) };
    like $@, qr/^endpoint: takes no arguments; usage: \$client->endpoint/, 'endpoint with an argument croaks';
    eval { EV::Etcd::endpoint('EV::Etcd') };
    like $@, qr/^endpoint: not called on an EV::Etcd client/, 'endpoint as a function on a string croaks';
    eval { EV::Etcd::endpoint(bless {}, 'EV::Etcd') };
    like $@, qr/^endpoint: not an EV::Etcd client made by EV::Etcd->new/, 'endpoint on a hand-made object croaks';
}

# ---------------------------------------------------------------- the forms of endpoints

{
    my $port = $e1->port;
    my $c = EV::Etcd->new(endpoints => "http://127.0.0.1:$port/");
    is $c->endpoint, "127.0.0.1:$port", 'http://host:port/ is given back as host:port';
    my $v6 = EV::Etcd->new(endpoints => ['[::1]:2379']);
    is $v6->endpoint, '[::1]:2379', '[v6]:port as given';
}

# ---------------------------------------------------------------- failover moves it

{
    my @recs;
    my $c = EV::Etcd->new(endpoints => [$e1->endpoint, $e2->endpoint], timeout => 30,
                          on_log => sub { push @recs, $_[0] });
    is $c->endpoint, $e1->endpoint, 'before any call: the first endpoint';
    my ($r, $err) = sync($c, put => "${P}k", 'one');
    ok !$err, 'put on the first member' or diag explain $err;
    is $c->endpoint, $e1->endpoint, 'after a call: still the first endpoint';
    is scalar(grep { $_->{event} eq 'failover' } @recs), 0, 'no failover record yet';

    $e1->kill;
    ($r, $err) = sync($c, get => "${P}k");
    ok !$err, 'get after the first member was killed (another server answers)' or diag explain $err;
    is $r && $r->{count}, 0, 'it came from the second server (a store without the key)';
    is $c->endpoint, $e2->endpoint, 'endpoint() now names the second member';
    wait_until { grep { $_->{event} eq 'failover' } @recs } 'a failover record';
    my ($f) = grep { $_->{event} eq 'failover' } @recs;
    is $f->{from}, $e1->endpoint, 'failover: from the first member';
    is $f->{to}, $e2->endpoint, 'failover: to the second';
    is $f->{endpoint}, $e2->endpoint, 'failover: endpoint is the new member';
    is $f->{level}, 'warn', 'failover: level warn';
    is_deeply [sort keys %$f], [sort qw(level event endpoint message time from to)], 'failover: keys'
        or diag explain $f;

    ($r, $err) = sync($c, put => "${P}k", 'two');
    ok !$err, 'put on the second member' or diag explain $err;
    is $c->endpoint, $e2->endpoint, 'it stays on the second member';
    undef $c;
}

# ---------------------------------------------------------------- a destroyed client

{
    my $c = new_client($e2);
    my $ep = $c->endpoint;
    is $ep, $e2->endpoint, 'endpoint of a fresh client';
    $c->DESTROY;
    eval { $c->endpoint };
    like $@, qr/^endpoint: not an EV::Etcd client made by EV::Etcd->new \(or already destroyed\)/,
        'endpoint after DESTROY croaks';
}

done_testing;
