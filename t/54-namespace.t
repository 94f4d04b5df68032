#!/usr/bin/perl
# EV::Etcd::Namespace ($client->namespace($prefix)): the same operations
# (put, get with prefix / range_end / "\0" / limit / count_only, delete,
# txn in both forms with nested txns, watch, lock, elections, lease keys)
# through namespace("${P}a/") and directly under "${P}d/" give the same
# responses once the prefix is taken off; the keys really live under the
# prefix; nothing outside it is touched or returned; the recipes (session,
# mutex, election, stm, mirror) work inside a namespace.  Bad input croaks.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV;
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);
use Future;

require_etcd();
pod_clean('EV/Etcd/Namespace.pm');

my ($e, $c) = server_and_client();
my $P = uniq_prefix('namespace');
my $A = "${P}a/";    # the namespace
my $D = "${P}d/";    # the same operations, directly
my ($r, $err);

my $ns = $c->namespace($A);
isa_ok $ns, 'EV::Etcd::Namespace';
is $ns->prefix, $A, 'prefix';

for my $case (
    [ sub { $c->namespace('') }, qr/^namespace: the prefix must be a non-empty string/ ],
    [ sub { $c->namespace(undef) }, qr/^namespace: the prefix must be a non-empty string/ ],
    [ sub { $ns->get('k') }, qr/^get: the last argument must be a callback/ ],
    [ sub { $ns->get(undef, sub {}) }, qr/^get: 'key' must be a string/ ],
    [ sub { $ns->put('k', sub {}) }, qr/^put: wrong number of arguments/ ],
    [ sub { $ns->lock([], 1, sub {}) }, qr/^lock: 'name' must be a string/ ],
    [ sub { $ns->election_resign('x', sub {}) }, qr/^election_resign: 'leader' must be a hash reference/ ],
    [ sub { $ns->get('k', { bogus => 1 }, sub {}) }, qr/^get: unknown option 'bogus'/ ],
) {
    my ($code, $re) = @$case;
    eval { $code->(); 1 } and fail("no croak for $re"), next;
    like $@, $re, "croaks: $re";
}

# keys around the namespace that must stay as they are
my %outside = ("${P}a" => 1, "${P}a0" => 2, "${P}a.x" => 3, "${P}Z" => 4, "${P}a/../x" => undef);
delete $outside{"${P}a/../x"};    # (that one is inside: keys are bytes, not paths)
sync($c, put => $_, $outside{$_}) for sort keys %outside;
my ($before) = sync($c, get => $P, { prefix => 1 });
my %before = map { $_->{key} => $_ } grep { index($_->{key}, $A) != 0 && index($_->{key}, $D) != 0 } @{ $before->{kvs} };
is scalar(keys %before), 4, 'four keys outside the namespace';

# ---------------------------------------------------------------- equivalence

# a response without what must differ: revisions, leases, headers, and the
# direct prefix in keys
sub norm {
    my ($x, $strip) = @_;
    if (ref $x eq 'HASH') {
        my %h;
        for my $k (keys %$x) {
            next if $k =~ /\A(?:header|create_revision|mod_revision|revision|rev|lease|id|watch_id)\z/;
            if ($k eq 'key' || $k eq 'name') {
                my $v = $x->{$k};
                $v = substr($v, length $strip) if defined $strip && defined $v && index($v, $strip) == 0;
                $v =~ s{/[0-9a-f]+\z}{/<lease>} if defined $v && $v =~ m{\A[LE]/};
                $h{$k} = $v;
            } else {
                $h{$k} = norm($x->{$k}, $strip);
            }
        }
        return \%h;
    }
    return [ map { norm($_, $strip) } @$x ] if ref $x eq 'ARRAY';
    return $x;
}

my $n_ops = 0;
sub same {
    my ($name, $method, $ns_args, $direct_args) = @_;
    my ($nr, $nerr) = sync($ns, $method, @$ns_args);
    my ($dr, $derr) = sync($c, $method, @$direct_args);
    ok !$nerr && !$derr, "$name: no error" or diag explain [$nerr, $derr];
    is_deeply norm($nr), norm($dr, $D), "$name: same response through the namespace and directly"
        or diag explain [$nr, $dr];
    $n_ops++;
    return $nr;
}

same('put k1', put => ['k1', 'v1'], ["${D}k1", 'v1']);
same('put k2', put => ['k2', 'v2'], ["${D}k2", 'v2']);
$r = same('put k1 prev_kv', put => ['k1', 'v1b', { prev_kv => 1 }], ["${D}k1", 'v1b', { prev_kv => 1 }]);
is $r->{prev_kv}{key}, 'k1', 'prev_kv key without the prefix';
$r = same('get k1', get => ['k1'], ["${D}k1"]);
is $r->{kvs}[0]{key}, 'k1', 'get: key without the prefix';
$r = same("get '' prefix", get => ['', { prefix => 1 }], [$D, { prefix => 1 }]);
is_deeply [map { $_->{key} } @{ $r->{kvs} }], [qw(k1 k2)], "prefix => 1 on '': the whole namespace, nothing else";
same('get range_end', get => ['k', { range_end => 'k2' }], ["${D}k", { range_end => "${D}k2" }]);
$r = same('get range_end \0', get => ['k1', { range_end => "\0" }], ["${D}k1", { range_end => _end($D) }]);
is_deeply [map { $_->{key} } @{ $r->{kvs} }], [qw(k1 k2)], 'range_end "\0": up to the end of the namespace';
$r = same('get count_only', get => ['', { prefix => 1, count_only => 1 }], [$D, { prefix => 1, count_only => 1 }]);
is $r->{count}, 2, 'count_only counts the namespace only';
same('get limit/sort', get => ['', { prefix => 1, limit => 1, sort_order => 'descend' }],
    [$D, { prefix => 1, limit => 1, sort_order => 'descend' }]);

sub txn_args {
    my ($p) = @_;
    return (
        [ { key => "${p}k1", target => 'value', value => 'v1b' },
          { key => "${p}k", range_end => "${p}k9", target => 'version', version => 0, result => '>' } ],
        [ { put => { key => "${p}k3", value => 'v3' } },
          { range => { key => "${p}k1" } },
          { delete => { key => "${p}k2", prev_kv => 1 } },
          { txn => { compare => [ { key => "${p}k3", target => 'version', version => 0 } ],
                     success => [ { request_range => { key => $p eq '' ? '' : $p, prefix => 1 } } ],
                     failure => [] } } ],
        [],
    );
}
$r = same('txn (positional, nested)', txn => [ txn_args('') ], [ txn_args($D) ]);
ok $r->{succeeded}, 'txn: compares held';
my @nested = map { $_->{key} } @{ $r->{responses}[3]{response_txn}{responses}[0]{response_range}{kvs} || [] };
ok scalar(grep { $_ eq 'k1' } @nested), 'nested txn range: k1 found' or diag explain \@nested;
is scalar(grep { /\A\Q$P/ } @nested), 0, 'nested txn range: keys without the prefix';
is $r->{responses}[2]{response_delete_range}{prev_kvs}[0]{key}, 'k2', 'txn delete prev_kvs: key without the prefix';
my ($nt, $nt_err, $nt_n);
$ns->txn(compare => [ { key => 'k1', target => 'value', value => 'nope' } ],
    success => [], failure => [ { request_range => { key => 'k1', range_end => "\0" } } ],
    callback => sub { ($nt, $nt_err) = @_; $nt_n++ });
wait_until { $nt_n } 'txn (named)';
ok !$nt_err && !$nt->{succeeded}, 'txn (named): compare failed';
is_deeply [map { $_->{key} } @{ $nt->{responses}[0]{response_range}{kvs} }], [qw(k1 k3)], 'txn (named): failure range';

$r = same('delete k3 prev_kv', delete => ['k3', { prev_kv => 1 }], ["${D}k3", { prev_kv => 1 }]);
is $r->{prev_kvs}[0]{key}, 'k3', 'delete prev_kvs: key without the prefix';

# the keys live under the prefix
($r) = sync($c, get => $A, { prefix => 1 });
is_deeply [map { $_->{key} } @{ $r->{kvs} }], ["${A}k1"], 'the namespace\'s keys are under its prefix';

# ---------------------------------------------------------------- watch

my (@nev, @dev);
my $nw = $ns->watch('', { prefix => 1, prev_kv => 1 }, sub { push @nev, @{ $_[0]{events} || [] } if $_[0] });
my $dw = $c->watch($D, { prefix => 1, prev_kv => 1 }, sub { push @dev, @{ $_[0]{events} || [] } if $_[0] });
run_for(0.3);
for my $p ('', $D) {
    my $cl = $p eq '' ? $ns : $c;
    sync($cl, put => "${p}w", 1);
    sync($cl, put => "${p}w", 2);
    sync($cl, delete => "${p}w");
}
sync($c, put => "${P}a", 'outside');    # not in the namespace
wait_until { @nev >= 3 && @dev >= 3 } 'watch events';
run_for(0.2);
is scalar(@nev), 3, 'the namespace watch saw its 3 events only';
is_deeply norm(\@nev), norm(\@dev, $D), 'watch events: the same through the namespace';
is_deeply [map { $_->{kv}{key} } @nev], [qw(w w w)], 'watch: keys without the prefix';
is $nev[2]{prev_kv}{key}, 'w', 'watch: prev_kv key without the prefix';
$nw->cancel; $dw->cancel;
sync($c, put => "${P}a", 1);

# ---------------------------------------------------------------- lock, election, lease

($r) = sync($c, lease_grant => 30);
my $lease = $r->{id};
$r = same('lock', lock => ['L', $lease], ["${D}L", $lease]);
like $r->{key}, qr{\AL/[0-9a-f]+\z}, 'lock key: without the prefix';
my ($lk) = sync($c, get => "${A}$r->{key}");
is $lk->{count}, 1, 'the lock key is under the prefix';
($r, $err) = sync($ns, unlock => $r->{key});
ok !$err, 'unlock through the namespace';
($lk) = sync($c, get => "${A}L/", { prefix => 1 });
is $lk->{count}, 0, 'unlock deleted the key under the prefix';

my $camp = same('election_campaign', election_campaign => ['E', $lease, 'x'], ["${D}E", $lease, 'x']);
is $camp->{leader}{name}, 'E', 'leader name without the prefix';
like $camp->{leader}{key}, qr{\AE/[0-9a-f]+\z}, 'leader key without the prefix';
$r = same('election_leader', election_leader => ['E'], ["${D}E"]);
is $r->{kv}{key}, $camp->{leader}{key}, 'election_leader: kv key without the prefix';
($r, $err) = sync($ns, election_proclaim => $camp->{leader}, 'y');
ok !$err, 'election_proclaim through the namespace' or diag explain $err;
($r) = sync($c, election_leader => "${A}E");
is $r->{kv}{value}, 'y', 'the election lives under the prefix';
my @obs;
my $ob = $ns->election_observe('E', sub { push @obs, $_[0] if $_[0] });
wait_until { @obs } 'election_observe';
is $obs[0]{kv}{key}, $camp->{leader}{key}, 'election_observe: kv key without the prefix';
$ob->cancel;
($r) = sync($ns, lease_time_to_live => $lease, { keys => 1 });
is_deeply $r->{keys}, [ $camp->{leader}{key} ], 'lease_time_to_live: only the keys inside, without the prefix';
($r, $err) = sync($ns, election_resign => $camp->{leader});
ok !$err, 'election_resign through the namespace';
($r, $err) = sync($ns, election_leader => 'E');
ok $err, 'no leader after resign';

# ---------------------------------------------------------------- recipes inside

my ($s) = sync($ns, session => { ttl => 10 });
isa_ok $s, 'EV::Etcd::Session';
my $m = $s->mutex('M');
($r, $err) = sync($m, 'lock');
ok !$err, 'a mutex in the namespace';
like $r->{key}, qr{\AM/[0-9a-f]+\z}, 'mutex key without the prefix';
($lk) = sync($c, get => "${A}$r->{key}");
is $lk->{count}, 1, 'the mutex key is under the prefix';
($r, $err) = sync($ns, txn => [ $m->is_owner ], [ { put => { key => 'fenced', value => 1 } } ], []);
ok $r->{succeeded}, 'is_owner works through the namespace';
sync($m, 'unlock');
($r, $err) = sync($ns, stm => sub {
    my ($stm) = @_;
    $stm->get('k1')->then(sub { $stm->put('from-stm', "$_[0]!"); Future->done($_[0]) });
});
is $r->{value}, 'v1b', 'stm reads in the namespace';
($r) = sync($c, get => "${A}from-stm");
is $r->{kvs}[0]{value}, 'v1b!', 'stm writes in the namespace';
my $ready;
my $mirror = $ns->mirror('', { on_ready => sub { $ready = 1 } });
wait_until { $ready } 'a mirror of the whole namespace';
is_deeply [sort keys %{ $mirror->data }], [qw(fenced from-stm k1)], 'the mirror holds the namespace, keys without the prefix';
$mirror->cancel;
sync($s, 'close');
my $inner = $ns->namespace('in/');
sync($inner, put => 'x', 1);
($r) = sync($c, get => "${A}in/x");
is $r->{count}, 1, 'a namespace within a namespace';

# ---------------------------------------------------------------- outside untouched

my ($in_ns) = sync($c, get => $A, { prefix => 1, count_only => 1 });
($r, $err) = sync($ns, delete => '', { prefix => 1 });
is $r->{deleted}, $in_ns->{count}, "delete '' with prefix: every key of the namespace, no other";
($r) = sync($c, get => $P, { prefix => 1 });
my %after = map { $_->{key} => $_ } grep { index($_->{key}, $A) != 0 && index($_->{key}, $D) != 0 } @{ $r->{kvs} };
is_deeply [sort keys %after], [sort keys %before], 'the keys outside the namespace are all there';
for my $k (sort keys %before) {
    next if $k eq "${P}a";    # rewritten directly by this test
    is $after{$k}{mod_revision}, $before{$k}{mod_revision}, "$k was not touched";
}
($r) = sync($c, get => $A, { prefix => 1, count_only => 1 });
is $r->{count}, 0, "delete '' with prefix emptied the namespace";

sub _end {
    my ($p) = @_;
    my @b = unpack 'C*', $p;
    $b[-1]++;
    return pack 'C*', @b;
}

done_testing;
