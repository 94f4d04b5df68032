#!/usr/bin/perl
# EV::Etcd::Mirror ($client->mirror) through t/lib/EtcdProxy.pm:
#   - the proxy forwards, cut() makes calls fail, restore() heals; pause()
#     stalls a connection, drop() closes the current ones, set_target();
#   - on_ready after the first listing: data equals a get of the prefix at
#     the mirror's revision; live changes (puts, deletes, a txn touching
#     several keys at one revision) arrive through on_change, and at every
#     callback the copy equals the prefix at $m->revision;
#   - 1,000 puts and deletes made while the mirror's stream is cut, then a
#     compaction past its revision, then the stream restored: the watch
#     cannot resume (OUT_OF_RANGE), the mirror lists again and reports the
#     difference as events flagged resync => 1; its data then equals a get
#     at its revision, and replaying every on_change event over the first
#     listing gives the same data;
#   - it goes on watching after the resync; cancel stops it.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV;
use EV::Etcd;
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EtcdProxy;

require_etcd();
plan skip_all => 'needs a server of its own (ETCD_ENDPOINTS is set): it compacts' unless managed();
pod_clean('EV/Etcd/Mirror.pm');

my $e = EtcdTest->start(no_fsync => 1);
my $proxy = EtcdProxy->start(target => $e->endpoint);    # before any client
my $c = new_client($e);                                   # direct
my $P = uniq_prefix('mirror');
my $M = "${P}m/";
my ($r, $err);

# ---------------------------------------------------------------- the proxy

{
    my $pc = EV::Etcd->new(endpoints => [$proxy->endpoint], timeout => 2, max_retries => 0, wait_for_ready => 0);   # fails fast
    ($r, $err) = sync($pc, put => "${P}via-proxy", 1);
    ok !$err, 'a put through the proxy' or diag explain $err;
    my $st = $proxy->stats;
    is $st->{state}, 'open', 'proxy stats: open';
    cmp_ok $st->{connections}, '>=', 1, 'proxy stats: a connection';
    cmp_ok $st->{bytes_up}, '>', 0, 'proxy stats: bytes forwarded';
    $proxy->cut;
    is $proxy->stats->{state}, 'cut', 'proxy stats: cut';
    is $proxy->stats->{connections}, 0, 'cut: no connection left';
    ($r, $err) = sync($pc, get => "${P}via-proxy");
    check_error($err, { status => 'UNAVAILABLE', source => 'get' }, 'a get while the proxy is cut');
    $proxy->restore;
    is $proxy->stats->{state}, 'open', 'proxy stats: open again';
    # (a new client: the first one's channel waits out gRPC's reconnect backoff)
    my $pc2 = EV::Etcd->new(endpoints => [$proxy->endpoint], timeout => 5);
    ($r, $err) = sync($pc2, get => "${P}via-proxy");
    ok !$err, 'a get through the restored proxy' or diag explain $err;
    is $r->{kvs}[0]{value}, 1, '... reads the value';

    # pause: connections stay, nothing is forwarded
    $proxy->pause;
    is $proxy->stats->{state}, 'paused', 'proxy stats: paused';
    ($r, $err) = sync($pc2, get => "${P}via-proxy", { timeout => 1 });
    check_error($err, { status => 'DEADLINE_EXCEEDED', source => 'get' }, 'a get while the proxy is paused');
    $proxy->restore;
    ($r, $err) = sync($pc2, get => "${P}via-proxy");
    ok !$err, 'the same connection works again after the pause' or diag explain $err;

    # drop: connections closed, new ones accepted
    my $accepted = $proxy->stats->{accepted};
    $proxy->drop;
    is $proxy->stats->{connections}, 0, 'drop: no connection left';
    is $proxy->stats->{state}, 'open', 'drop: still accepting';
    my $pc3 = EV::Etcd->new(endpoints => [$proxy->endpoint], timeout => 5);
    ($r, $err) = sync($pc3, get => "${P}via-proxy");
    ok !$err, 'a new connection after drop' or diag explain $err;
    cmp_ok $proxy->stats->{accepted}, '>', $accepted, 'drop: a new connection was accepted';

    # set_target: new connections go elsewhere (here: nowhere)
    $proxy->set_target(EtcdTest::dead_endpoint());
    $proxy->drop;
    my $pc4 = EV::Etcd->new(endpoints => [$proxy->endpoint], timeout => 2, max_retries => 0, wait_for_ready => 0);   # fails fast
    ($r, $err) = sync($pc4, get => "${P}via-proxy");
    check_error($err, { status => 'UNAVAILABLE' }, 'a get through a proxy aimed at a dead endpoint');
    cmp_ok $proxy->stats->{refused}, '>', 0, 'stats: refused upstream connects';
    $proxy->set_target($e->endpoint);
    is $proxy->target, $e->endpoint, 'target';
}

# ---------------------------------------------------------------- bad input

for my $case (
    [ sub { $c->mirror }, qr/^mirror: wrong number of arguments/ ],
    [ sub { $c->mirror(undef) }, qr/^mirror: 'prefix' must be a string/ ],
    [ sub { $c->mirror($M, { bogus => 1 }) }, qr/^mirror: unknown option 'bogus' \(valid options: on_change, on_error, on_ready, page_size\)/ ],
    [ sub { $c->mirror($M, { on_change => 1 }) }, qr/^mirror: 'on_change' must be a code reference/ ],
    [ sub { $c->mirror($M, { page_size => 0 }) }, qr/^mirror: 'page_size' must be a positive integer/ ],
) {
    my ($code, $re) = @$case;
    eval { $code->(); 1 } and fail("no croak for $re"), next;
    like $@, $re, "croaks: $re";
    like $@, qr/ at \S*55-mirror\.t line \d+/, '... at the caller\'s line';
}

# ---------------------------------------------------------------- first listing

sync($c, put => sprintf('%sk%04d', $M, $_), "seed$_") for 1 .. 120;
sync($c, put => "${P}m", 'outside');     # next to the prefix: not in it
sync($c, put => "${P}m0", 'outside');

sub copy_data { my ($d) = @_; return { map { $_ => { %{ $d->{$_} } } } keys %$d } }

my (%initial, $initial_rev, @log, @snapshots, @errors, $ready_calls);
my $mc = EV::Etcd->new(endpoints => [$proxy->endpoint]);
my $m = $mc->mirror($M, {
    page_size => 50,    # the first listing takes three pages
    on_ready  => sub {
        my ($mm) = @_;
        $ready_calls++;
        %initial = %{ copy_data($mm->data) };
        $initial_rev = $mm->revision;
    },
    on_change => sub {
        my ($mm, $events) = @_;
        push @log, map { { %$_, kv => { %{ $_->{kv} } } } } @$events;
        push @snapshots, [ $mm->revision, copy_data($mm->data), [ map { $_->{kv}{key} } @$events ] ];
    },
    on_error => sub { push @errors, $_[1] },
});
isa_ok $m, 'EV::Etcd::Mirror';
is $m->revision, 0, 'revision 0 before the first listing';
ok !$m->is_ready, 'not ready before the first listing';
wait_until { $ready_calls } 'on_ready';
is $ready_calls, 1, 'on_ready once';
ok $m->is_ready, 'ready';
is scalar(keys %initial), 120, 'the first listing has every key of the prefix (over three pages)';

# the copy against the server at a revision
sub check_at {
    my ($rev, $data, $name) = @_;
    my ($r, $err) = sync($c, get => $M, { prefix => 1, revision => $rev });
    ok !$err, "$name: get at revision $rev" or return diag explain $err;
    my %want = map { $_->{key} => $_ } @{ $r->{kvs} };
    is_deeply [sort keys %$data], [sort keys %want], "$name: the same keys as the server at revision $rev"
        or return;
    my @diff = grep { $data->{$_}{value} ne $want{$_}{value} || $data->{$_}{mod_revision} != $want{$_}{mod_revision} } keys %want;
    is_deeply \@diff, [], "$name: the same values and mod revisions";
}
check_at($initial_rev, \%initial, 'first listing');
is_deeply [grep { index($_, $M) != 0 } keys %initial], [], 'nothing outside the prefix';

# ---------------------------------------------------------------- live changes

my $last_rev;
for my $i (1 .. 10) {
    ($r) = sync($c, put => sprintf('%sk%04d', $M, $i), "live$i");
    ($r) = sync($c, delete => sprintf('%sk%04d', $M, 100 + $i));
}
($r) = sync($c, txn => [], [ map { { put => { key => "${M}txn$_", value => $_ } } } 1 .. 3 ], []);
sync($c, put => "${P}m0", 'outside again');
$last_rev = $r->{header}{revision};
wait_until { $m->revision >= $last_rev } 'the mirror to catch up with the live changes';
is $m->revision, $last_rev, 'revision: the last change\'s';
is scalar(@log), 23, 'on_change reported the 23 events of the 21 changes';
is scalar(grep { my $s = $_; 3 == grep { /txn\d\z/ } @{ $s->[2] } } @snapshots), 1,
    'the txn\'s three puts came in one callback';
ok !(grep { $_->{resync} } @log), 'no resync event yet';
ok !(grep { index($_->{kv}{key}, $M) != 0 } @log), 'no event outside the prefix';
my ($del) = grep { $_->{type} eq 'DELETE' } @log;
is $del->{prev_kv}{value}, 'seed101', 'a DELETE event carries the pair the copy had (prev_kv)';
check_at($_->[0], $_->[1], "callback at revision $_->[0]") for @snapshots;
my $n_live = @snapshots;
is scalar(@errors), 0, 'no error so far';

# ---------------------------------------------------------------- cut, 1000 changes, compaction

my $cut_rev = $m->revision;
$proxy->cut;
my ($sent, $answered, @werr) = (0, 0);
my %exists = map { $_ => 1 } keys %{ $m->data };
srand(42);
for my $j (1 .. 1000) {
    my $key = sprintf('%sk%04d', $M, 1 + int rand 400);
    if ($j % 3 == 0) {
        $c->delete($key, sub { $answered++; push @werr, $_[1] if $_[1] });
    } else {
        $c->put($key, "cut$j", sub { $answered++; push @werr, $_[1] if $_[1] });
    }
    $sent++;
}
wait_until { $answered == $sent } '1,000 puts and deletes', 60;
is_deeply \@werr, [], '1,000 puts and deletes while the mirror is cut off';
($r) = sync($c, get => $M, { prefix => 1, count_only => 1 });
my $compact_rev = $r->{header}{revision};
cmp_ok $compact_rev, '>', $cut_rev + 500, 'the store moved on while the mirror was cut off';
($r, $err) = sync($c, compact => $compact_rev, { physical => 1 });
ok !$err, "compacted at $compact_rev, past the mirror's revision $cut_rev" or diag explain $err;
is $m->revision, $cut_rev, 'the cut-off mirror has not moved';
is scalar(@snapshots), $n_live, 'no callback while cut off';

# ---------------------------------------------------------------- restore

$proxy->restore;
wait_until { $m->revision >= $compact_rev } 'the mirror to resync after the restore', 90;
is $m->resyncs, 1, 'one resync';
my @resync = grep { $_->{resync} } @log;
cmp_ok scalar(@resync), '>', 0, 'resync events reported';
is scalar(@resync), scalar(@log) - (grep { !$_->{resync} } @log), 'resync events are flagged resync => 1';
ok((grep { $_->{type} eq 'DELETE' } @resync), 'resync DELETE events');
ok((grep { $_->{type} eq 'PUT' } @resync), 'resync PUT events');
ok((grep { $_->{status} eq 'OUT_OF_RANGE' } @errors), 'on_error reported the compaction (OUT_OF_RANGE)')
    or diag explain \@errors;
check_error($errors[-1], { source => 'mirror' }, 'on_error error');

my $data = $m->data;
check_at($m->revision, $data, 'after the resync');
check_at($_->[0], $_->[1], "callback at revision $_->[0] (after the cut)") for @snapshots[$n_live .. $#snapshots];

# replaying the events over the first listing gives the copy
my %replay = %{ copy_data(\%initial) };
for my $ev (@log) {
    if ($ev->{type} eq 'PUT') { $replay{ $ev->{kv}{key} } = $ev->{kv} }
    else                      { delete $replay{ $ev->{kv}{key} } }
}
is_deeply [sort keys %replay], [sort keys %$data], 'replay: the same keys';
is_deeply { map { $_ => $replay{$_}{value} } keys %replay }, { map { $_ => $data->{$_}{value} } keys %$data },
    'replay: the same values';
is_deeply { map { $_ => $replay{$_}{mod_revision} } keys %replay }, { map { $_ => $data->{$_}{mod_revision} } keys %$data },
    'replay: the same mod revisions';

# ---------------------------------------------------------------- on, then cancel

my $n = @log;
($r) = sync($c, put => "${M}after", 'resync');
wait_until { $m->revision >= $r->{header}{revision} } 'a change after the resync';
is $log[-1]{kv}{key}, "${M}after", 'watching again after the resync';
ok !$log[-1]{resync}, '... as a normal event';
is $m->get("${M}after")->{value}, 'resync', 'get';
is $m->get("${M}never"), undef, 'get of an absent key: undef';
$m->cancel;
ok !$m->is_active, 'cancelled';
$n = @log;
sync($c, put => "${M}after", 'cancelled');
run_for(0.3);
is scalar(@log), $n, 'no callback after cancel';

# dropping the last reference cancels it
{
    my $calls = 0;
    my $ready2;
    my $m2 = $c->mirror($M, { on_ready => sub { $ready2 = 1 }, on_change => sub { $calls++ } });
    wait_until { $ready2 } 'a second mirror';
    undef $m2;
    sync($c, put => "${M}after", 'dropped');
    run_for(0.3);
    is $calls, 0, 'a dropped mirror reports nothing';
}

# an on_change that dies: reported, and the mirror goes on
{
    my (@warnings, $calls, $ready3);
    local $SIG{__WARN__} = sub { push @warnings, $_[0] };
    my $m3 = $c->mirror($M, { on_ready => sub { $ready3 = 1 }, on_change => sub { $calls++; die "on_change boom\n" } });
    wait_until { $ready3 } 'a third mirror';
    ($r) = sync($c, put => "${M}die1", 1);
    wait_until { $m3->revision >= $r->{header}{revision} } 'the first change';
    ($r) = sync($c, put => "${M}die2", 2);
    wait_until { $m3->revision >= $r->{header}{revision} } 'the second change';
    is $calls, 2, 'on_change ran for each change although it died';
    is $m3->get("${M}die2")->{value}, 2, 'the copy is up to date';
    ok((grep { /on_change boom/ } @warnings), 'the error was reported (warn)');
}

$proxy->stop;
done_testing;
