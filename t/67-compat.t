#!/usr/bin/perl
# Drop-in forms existing EV::Etcd code uses:
#   - txn in the named form with the callback as a last positional
#     argument (compare => [...], success => [...], failure => [], sub {});
#   - new(timeout => 0) and values in [0, 1) are raised to 1 second: a call
#     succeeds, and a call that cannot complete ends with DEADLINE_EXCEEDED
#     no earlier than 1 s; negative or non-numeric values croak;
#   - a missing or non-code callback croaks with "callback must be a code
#     reference", naming the method and the usage, for every method.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd dead_endpoint);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;
use Time::HiRes ();

my ($e, $c) = server_and_client();
my $P = uniq_prefix('compat');
my ($r, $err);

# ---------------------------------------------------------------- txn, named form, callback last

{
    my (@res, $n);
    $n = 0;
    $c->txn(
        compare => [{ key => "${P}t", target => 'VERSION', result => 'EQUAL', version => 0 }],
        success => [{ put => { key => "${P}t", value => 'one' } }],
        failure => [],
        sub { @res = @_; $n++ },
    );
    wait_until { $n } 'the txn callback';
    ok !$res[1], 'txn named form with the callback last: succeeds' or diag explain $res[1];
    ok $res[0]{succeeded}, 'txn named form with the callback last: the compare held';
    is scalar @{ $res[0]{responses} || [] }, 1, 'one response';
    ($r, $err) = sync($c, get => "${P}t");
    is $r->{kvs}[0]{value}, 'one', 'the txn wrote the key';

    # with options, and without failure
    $n = 0;
    $c->txn(compare => [], success => [{ range => { key => "${P}t" } }], options => { timeout => 5 },
        sub { @res = @_; $n++ });
    wait_until { $n } 'the second txn callback';
    ok !$res[1], 'txn named form, options, callback last' or diag explain $res[1];
    is $res[0]{responses}[0]{response_range}{kvs}[0]{value}, 'one', '... its range read the key';
}

# ---------------------------------------------------------------- new(timeout) below 1 s

for my $t (0, 0.001, 0.5) {
    my $tc = eval { EV::Etcd->new(endpoints => [$e->endpoint], timeout => $t) };
    ok $tc, "new(timeout => $t) is accepted" or diag $@;
    next unless $tc;
    ($r, $err) = sync($tc, put => "${P}to", 'v');
    ok !$err, "timeout => $t: a put succeeds (the timeout is 1 s)" or diag explain $err;
}
{
    my $dead = EV::Etcd->new(endpoints => [dead_endpoint()], timeout => 0);
    my $t0 = Time::HiRes::time();
    ($r, $err) = sync($dead, get => "${P}x");
    my $took = Time::HiRes::time() - $t0;
    check_error($err, { code => 4, status => 'DEADLINE_EXCEEDED', source => 'get' },
        'timeout => 0, nothing reachable');
    cmp_ok $took, '>=', 0.9, 'the deadline was 1 s, not 0 (a deadline never fires early)';
}
for my $bad (-1, -0.5, 'abc', '', [], 1e10) {
    eval { EV::Etcd->new(endpoints => [$e->endpoint], timeout => $bad) };
    like $@, qr/\Anew: 'timeout' must be a number of seconds from 0 to 2147483/,
        'new(timeout => ' . (ref $bad ? 'ref' : "'$bad'") . ') croaks';
}

# ---------------------------------------------------------------- callback must be a code reference

for my $m (EV::Etcd::_method_info()) {
    my $name = $m->{name};
    eval { $c->$name() };
    like $@, qr/\A\Q$name\E: callback must be a code reference.*; usage: \$client->\Q$name\E\(/,
        "$name without arguments";
    eval { $c->$name([], 'not code') };
    like $@, qr/\A\Q$name\E: callback must be a code reference/, "$name with a string for the callback";
}
eval { $c->call('KV', 'Range', {}) };
like $@, qr/\Acall: callback must be a code reference.*; usage: /, 'call without a callback';
eval { $c->lease_keepalive_once(1) };
like $@, qr/\Alease_keepalive_once: callback must be a code reference; usage: /,
    'lease_keepalive_once without a callback';

done_testing;
