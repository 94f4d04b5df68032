#!/usr/bin/perl
# Mojo::IOLoop with its EV reactor (MOJO_REACTOR=Mojo::Reactor::EV):
# EV::Etcd callbacks run while Mojo waits; the Mojo::Promise wrapper of the
# POD (resolve with the response, reject with the error hash), Mojo timers
# alongside a watch.  With another reactor, new() warns once.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV;
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

BEGIN { $ENV{MOJO_REACTOR} = 'Mojo::Reactor::EV' }
require_modules('Mojo::IOLoop' => 'libmojolicious-perl', 'Mojo::Promise' => 'libmojolicious-perl');

require_etcd();
my $e = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('mojo');

isa_ok(Mojo::IOLoop->singleton->reactor, 'Mojo::Reactor::EV', 'the Mojo reactor');

# the wrapper from the POD
sub etcd_p {
    my ($client, $method, @args) = @_;
    my $p = Mojo::Promise->new;
    $client->$method(@args, sub {
        my ($resp, $err) = @_;
        $err ? $p->reject($err) : $p->resolve($resp);
    });
    return $p;
}

# ->wait with a guard: a promise still pending after $GUARD seconds is rejected
sub wait_guarded {
    my ($p, $what) = @_;
    my $id = Mojo::IOLoop->timer($GUARD => sub {
        fail("guard: $what after ${GUARD}s");
        $p->reject("guard\n");
    });
    my (@ok, @bad);
    $p->then(sub { @ok = @_ }, sub { @bad = @_ })->wait;
    Mojo::IOLoop->remove($id);
    return (\@ok, \@bad);
}

my @warnings;
local $SIG{__WARN__} = sub { push @warnings, @_ };
my $c = EV::Etcd->new(endpoints => [$e->endpoint]);
is_deeply \@warnings, [], 'new: no warning with the EV reactor';

{
    my ($ok, $bad) = wait_guarded(
        etcd_p($c, put => "${P}k", 'v1')->then(sub { etcd_p($c, get => "${P}k") }),
        'put then get');
    is_deeply $bad, [], 'put then get: not rejected';
    is $ok->[0]{kvs}[0]{value}, 'v1', 'the get after the put sees the value';
    check_kv($ok->[0]{kvs}[0], { key => "${P}k", value => 'v1', version => 1 }, 'through Mojo::Promise');

    ($ok, $bad) = wait_guarded(etcd_p($c, lease_revoke => 4242424242), 'lease_revoke');
    is_deeply $ok, [], 'lease_revoke of a missing lease: not resolved';
    check_error($bad->[0], { code => 5, status => 'NOT_FOUND', source => 'lease_revoke' }, 'rejected with');

    ($ok, $bad) = wait_guarded(Mojo::Promise->all(map { etcd_p($c, put => "${P}all/$_", $_) } 1 .. 4),
        'Mojo::Promise->all');
    is scalar(@$ok), 4, 'Mojo::Promise->all of four puts';
    my ($r) = sync($c, get => "${P}all/", { prefix => 1, count_only => 1 });
    is $r->{count}, 4, 'the four keys exist';
}

{
    # a watch and Mojo timers in one loop
    my @seen;
    my $done = Mojo::Promise->new;
    my $watch = $c->watch("${P}w/", { prefix => 1 }, sub {
        my ($resp, $err) = @_;
        return $done->reject($err) if $err;
        push @seen, map { "$_->{type} $_->{kv}{key}=$_->{kv}{value}" } @{ $resp->{events} };
        $done->resolve if @seen >= 3;
    });
    my $n = 0;
    my $id;
    $id = Mojo::IOLoop->recurring(0.05 => sub {
        $n++;
        $c->put("${P}w/$n", "t$n", sub { });
        Mojo::IOLoop->remove($id) if $n >= 3;
    });
    my (undef, $bad) = wait_guarded($done, 'three watch events');
    is_deeply $bad, [], 'the watch did not fail';
    is_deeply \@seen, [map { "PUT ${P}w/$_=t$_" } 1 .. 3], 'the watch saw the timer\'s puts, in order';
    $watch->cancel;
}

{
    # Mojo::IOLoop->start runs EV: a callback runs (and stops the loop)
    my $got;
    $c->get("${P}k", sub { $got = $_[0]; Mojo::IOLoop->stop });
    my $guard = Mojo::IOLoop->timer($GUARD => sub { fail('guard: IOLoop->start'); Mojo::IOLoop->stop });
    Mojo::IOLoop->start;
    Mojo::IOLoop->remove($guard);
    is $got->{kvs}[0]{value}, 'v1', 'a callback runs under Mojo::IOLoop->start';
}

is_deeply \@warnings, [], 'no warnings';

# another reactor: one warning, from the first new() only
{
    my $script = <<'PERL';
use strict; use warnings;
use Mojo::IOLoop;
use EV::Etcd;
my @w;
local $SIG{__WARN__} = sub { push @w, @_ };
EV::Etcd->new(endpoints => ['127.0.0.1:1']) for 1 .. 3;
print scalar(@w), "\n", @w;
PERL
    local $ENV{MOJO_REACTOR} = 'Mojo::Reactor::Poll';
    open my $fh, '-|', $^X, (map { "-I$_" } @INC), '-e', $script or die "fork: $!";
    my $out = do { local $/; <$fh> };
    close $fh;
    my ($count, $text) = split /\n/, $out, 2;
    is $count, 1, 'Mojo::Reactor::Poll: new warns once for three clients' or diag $out;
    like $text // '', qr/\AEV::Etcd: Mojo::IOLoop uses Mojo::Reactor::Poll, not EV: EV::Etcd callbacks will only run inside the EV loop/,
        'the warning names the reactor';
}

done_testing;
