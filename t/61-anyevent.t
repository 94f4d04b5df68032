#!/usr/bin/perl
# AnyEvent with its EV backend: EV::Etcd callbacks run while AnyEvent waits
# (condvars, AnyEvent timers alongside a watch).  With another backend,
# new() warns once that the callbacks only run inside the EV loop.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV;
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

BEGIN { $ENV{PERL_ANYEVENT_MODEL} = 'EV' }
require_modules('AnyEvent' => 'libanyevent-perl');

require_etcd();
my $e = EtcdTest->start(no_fsync => 1);
my $P = uniq_prefix('anyevent');

is AnyEvent::detect(), 'AnyEvent::Impl::EV', 'AnyEvent runs on EV';

# a condvar with a guard: recv never waits longer than $GUARD seconds
sub recv_guarded {
    my ($cv, $what) = @_;
    my $t = AnyEvent->timer(after => $GUARD, cb => sub {
        fail("guard: $what after ${GUARD}s");
        $cv->croak("guard\n");
    });
    return $cv->recv;
}

{
    my @warnings;
    local $SIG{__WARN__} = sub { push @warnings, @_ };
    my $c = EV::Etcd->new(endpoints => [$e->endpoint]);
    is_deeply \@warnings, [], 'new: no warning with the EV backend';

    # put, then get, each waited for with a condvar
    my $cv = AnyEvent->condvar;
    $c->put("${P}k", 'v1', sub { $cv->send(@_) });
    my ($r, $err) = recv_guarded($cv, 'put');
    ok !$err, 'put through a condvar' or diag explain $err;
    check_header($r->{header}, 'put');

    $cv = AnyEvent->condvar;
    $c->get("${P}k", sub { $cv->send(@_) });
    ($r, $err) = recv_guarded($cv, 'get');
    is $r->{kvs}[0]{value}, 'v1', 'get through a condvar';

    # errors arrive as the error hash
    $cv = AnyEvent->condvar;
    $c->lease_revoke(4242424242, sub { $cv->send(@_) });
    ($r, $err) = recv_guarded($cv, 'lease_revoke');
    ok !$r, 'lease_revoke of a missing lease: no response';
    check_error($err, { code => 5, status => 'NOT_FOUND', source => 'lease_revoke' }, 'through a condvar');

    # a watch and AnyEvent timers in one loop: the timer puts, the watch sees
    # each put, in order
    my @seen;
    my $done = AnyEvent->condvar;
    my $watch = $c->watch("${P}w/", { prefix => 1 }, sub {
        my ($resp, $werr) = @_;
        return $done->croak("watch: $werr->{message}\n") if $werr;
        push @seen, map { "$_->{type} $_->{kv}{key}=$_->{kv}{value}" } @{ $resp->{events} };
        $done->send if @seen >= 3;
    });
    my $n = 0;
    my $tick;
    $tick = AnyEvent->timer(after => 0.1, interval => 0.05, cb => sub {
        $n++;
        $c->put("${P}w/$n", "t$n", sub { });
        undef $tick if $n >= 3;
    });
    recv_guarded($done, 'three watch events');
    is_deeply \@seen, [map { "PUT ${P}w/$_=t$_" } 1 .. 3], 'the watch saw the timer\'s puts, in order';
    $watch->cancel;

    # a second client: still no warning (and none would be given twice)
    EV::Etcd->new(endpoints => [$e->endpoint]);
    is_deeply \@warnings, [], 'still no warning';
}

# another backend: one warning, from the first new() only
{
    my $script = <<'PERL';
use strict; use warnings;
use AnyEvent;
AnyEvent::detect();
use EV::Etcd;
my @w;
local $SIG{__WARN__} = sub { push @w, @_ };
EV::Etcd->new(endpoints => ['127.0.0.1:1']) for 1 .. 3;
print scalar(@w), "\n", @w;
PERL
    local $ENV{PERL_ANYEVENT_MODEL} = 'Perl';
    open my $fh, '-|', $^X, (map { "-I$_" } @INC), '-e', $script or die "fork: $!";
    my $out = do { local $/; <$fh> };
    close $fh;
    my ($count, $text) = split /\n/, $out, 2;
    is $count, 1, 'AnyEvent::Impl::Perl: new warns once for three clients' or diag $out;
    like $text // '', qr/\AEV::Etcd: AnyEvent uses AnyEvent::Impl::Perl, not EV: EV::Etcd callbacks will only run inside the EV loop/,
        'the warning names the backend';
    like $text // '', qr/ at -e line \d+\.$/m, 'the warning is at the caller\'s line';
}

done_testing;
