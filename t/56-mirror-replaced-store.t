#!/usr/bin/perl
# EV::Etcd::Mirror across a replaced store (issue 12 with issue 10's fault
# 1): the server is killed, its data dir wiped and it is started again with
# the same name; the mirror's watch ends with DATA_LOSS (the revision went
# backwards), and the mirror lists again: on_change reports the difference
# as resync events, and its data equals the new store's contents at its
# revision, which is the new store's (lower) revision.
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
my $P = uniq_prefix('mirror-replaced');

my ($r, $err);
for my $i (1 .. 10) {
    ($r, $err) = sync($c, put => "${P}k$i", "old$i");
    ok !$err, "put k$i" or diag explain $err;
}
my ($ready, @changes, @errors);
my $m = $c->mirror($P, {
    on_ready  => sub { $ready++ },
    on_change => sub { push @changes, @{ $_[1] } },
    on_error  => sub { push @errors, $_[1] },
});
wait_until { $ready } 'on_ready';
my $old_rev = $m->revision;
is scalar keys %{ $m->data }, 10, 'the mirror lists the 10 keys';

$e->wipe;
for my $i (1 .. 3) {
    ($r, $err) = sync($c, put => "${P}k$i", "new$i");
    ok !$err, "put k$i into the new store" or diag explain $err;
}
my $new_rev = $r->{header}{revision};
cmp_ok $new_rev, '<', $old_rev, 'the new store\'s revision is below the mirror\'s';
wait_until { $m->revision == $new_rev && keys %{ $m->data } == 3 } "the mirror follows the new store", 40
    or diag explain { errors => \@errors, changes => scalar(@changes), rev => $m->revision, stats => $c->_stats };
is_deeply { map { $_ => $m->data->{$_}{value} } keys %{ $m->data } },
          { map { ("${P}k$_" => "new$_") } 1 .. 3 }, 'its data is the new store\'s';
my @resync = grep { $_->{resync} } @changes;
ok scalar(@resync), 'the difference came as resync events';
# (the relisting may come before or between the three puts: k1-k3 may be
# deleted and put again; k4-k10 are gone for good)
my %deleted = map { $_->{kv}{key} => 1 } grep { $_->{type} eq 'DELETE' } @resync;
ok !grep({ !$deleted{"${P}k$_"} } 4 .. 10), '... every key of the old store that is gone (k4-k10) is deleted';
ok !grep({ !/^\Q${P}\Ek(?:[1-9]|10)$/ } keys %deleted), '... and nothing else';
$m->cancel;
done_testing;
