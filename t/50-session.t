#!/usr/bin/perl
# EV::Etcd::Session: $client->session(\%opts, $cb) grants a lease and keeps
# it alive; lease, ttl, is_alive, close (revokes), an adopted lease, a lease
# that does not exist, on_lost when another client revokes the lease (once,
# with an error hash), and dropping the last reference revokes the lease.
# Bad input croaks naming the method and the argument.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV;
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $other = new_client($e);
my ($r, $err);

# the session's POD
pod_clean('EV/Etcd/Session.pm');

# ---------------------------------------------------------------- bad input

my $line;
for my $case (
    [ sub { $c->session }, qr/^session: missing callback/ ],
    [ sub { $c->session({}) }, qr/^session: the last argument must be a callback/ ],
    [ sub { $c->session([], sub {}) }, qr/^session: options must be a hash reference/ ],
    [ sub { $c->session({ bogus => 1 }, sub {}) }, qr/^session: unknown option 'bogus' \(valid options: lease, on_lost, ttl\)/ ],
    [ sub { $c->session({ ttl => 0 }, sub {}) }, qr/^session: 'ttl' must be a positive integer/ ],
    [ sub { $c->session({ ttl => 'abc' }, sub {}) }, qr/^session: 'ttl' must be a positive integer/ ],
    [ sub { $c->session({ lease => 'x' }, sub {}) }, qr/^session: 'lease' must be a positive 64-bit integer/ ],
    [ sub { $c->session({ on_lost => 1 }, sub {}) }, qr/^session: 'on_lost' must be a code reference/ ],
    [ sub { $c->session({}, {}, sub {}) }, qr/^session: wrong number of arguments/ ],
) {
    my ($code, $re) = @$case;
    $line = __LINE__ - 1;
    eval { $code->(); 1 } and fail("no croak for $re"), next;
    like $@, $re, "croaks: $re";
    like $@, qr/ at \S*50-session\.t line \d+/, '... at the caller\'s line';
}

# ---------------------------------------------------------------- a session

my ($s, $lost);
($s, $err) = sync($c, session => { ttl => 2, on_lost => sub { $lost++ } });
ok !$err, 'session: no error' or diag explain $err;
isa_ok $s, 'EV::Etcd::Session';
ok is_int_sv($s->lease) && $s->lease > 0, 'lease is a positive integer';
is $s->ttl, 2, 'ttl is the TTL granted';
is $s->is_alive, 1, 'is_alive';
is $s->client, $c, 'client';

($r, $err) = sync($c, lease_time_to_live => $s->lease);
is $r->{granted_ttl}, 2, 'the lease was granted with the TTL asked for';

# kept alive well past its TTL
run_for(3.5);
($r, $err) = sync($c, lease_time_to_live => $s->lease);
cmp_ok $r->{ttl}, '>', 0, 'the lease lives on past its TTL (kept alive)';
is $s->is_alive, 1, 'still alive';
ok !$lost, 'on_lost was not called';

# close: revokes the lease
my $lease = $s->lease;
($r, $err) = sync($s, 'close');
ok !$err, 'close: no error' or diag explain $err;
exact_keys($r, ['header'], 'close');
check_header($r->{header}, 'close');
is $s->is_alive, 0, 'closed: not alive';
($r, $err) = sync($c, lease_time_to_live => $lease);
is $r->{ttl}, -1, 'close revoked the lease';
($r, $err) = sync($s, 'close');
is_deeply [$r, $err], [{}, undef], 'closing again: ({}, undef)';
run_for(0.5);
ok !$lost, 'on_lost is not called by close';

# ---------------------------------------------------------------- adopted lease

($r, $err) = sync($c, lease_grant => 30);
my $id = $r->{id};
($s, $err) = sync($c, session => { lease => $id });
ok !$err, 'session with an adopted lease' or diag explain $err;
is $s->lease, $id, 'its lease is the one given';
is $s->ttl, 30, 'its ttl is that lease\'s';
($r, $err) = sync($s, 'close');
($r, $err) = sync($c, lease_time_to_live => $id);
is $r->{ttl}, -1, 'closing revoked the adopted lease';

($s, $err) = sync($c, session => { lease => 1234567 });
ok !defined $s, 'a lease that does not exist: no session';
check_error($err, { status => 'NOT_FOUND', code => 5, source => 'session', retryable => 0 },
    'a lease that does not exist');

# ---------------------------------------------------------------- on_lost

my @lost;
($s, $err) = sync($c, session => { ttl => 2, on_lost => sub { push @lost, [@_] } });
ok !$err, 'session for on_lost' or diag explain $err;
($r, $err) = sync($other, lease_revoke => $s->lease);
ok !$err, 'another client revokes the lease';
wait_until { @lost } 'on_lost';
is scalar @lost, 1, 'on_lost called';
check_error($lost[0][0], { status => 'NOT_FOUND', code => 5, source => 'session', retryable => 0 },
    'on_lost error');
is $lost[0][1], $s, 'on_lost gets the session';
is $s->is_alive, 0, 'lost: not alive';
run_for(2.5);
is scalar @lost, 1, 'on_lost is called only once';
($r, $err) = sync($s, 'close');
check_error($err, { status => 'NOT_FOUND', source => 'session' }, 'close after the lease is gone');

# ---------------------------------------------------------------- dropped

($s, $err) = sync($c, session => { ttl => 30 });
$lease = $s->lease;
undef $s;
my $gone;
wait_until {
    my ($r) = sync($c, lease_time_to_live => $lease);
    $gone = $r && $r->{ttl} == -1;
} 'the lease of a dropped session to be revoked';
ok $gone, 'dropping the last reference revokes the lease';

done_testing;
