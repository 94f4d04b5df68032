#!/usr/bin/perl
# Transactions: the named and positional forms, every compare target and
# result operator, both branches, every request op (long names and short
# aliases, prefix inside a range/delete op) and the per-op responses.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('txn');

my ($r, $err);

# ---------------------------------------------------------------- fixtures

my $A = "${P}a";      # value 'abc', version 2
my $B = "${P}b";      # attached to a lease
sync($c, put => $A, 'abc');
($r) = sync($c, put => $A, 'abc');
my $a_mod = $r->{header}{revision};
($r) = sync($c, get => $A);
my $a_create = $r->{kvs}[0]{create_revision};
is $r->{kvs}[0]{version}, 2, "fixture: $A has version 2";

($r, $err) = sync($c, lease_grant => 120);
my $lease = $r->{id};
ok $lease, 'fixture: lease granted';
sync($c, put => $B, 'bee', { lease => $lease });

# Run a txn whose success branch reads $A and failure branch reads $B; check
# the branch taken and the per-op response.
sub branch {
    my ($cmp, $want, $name) = @_;
    my ($r, $err) = sync($c, txn => [ref $cmp eq 'ARRAY' ? @$cmp : $cmp],
        [{ range => { key => $A } }], [{ range => { key => $B } }]);
    subtest $name => sub {
        ok !$err, 'no error' or return diag explain $err;
        is $r->{succeeded}, $want, "succeeded is $want";
        is scalar @{ $r->{responses} }, 1, 'one response';
        is $r->{responses}[0]{response_range}{kvs}[0]{key}, $want ? $A : $B,
            $want ? 'success branch ran' : 'failure branch ran';
    };
}

# ---------------------------------------------------------------- compare targets x operators

my @cases = (
    # target value (byte-wise comparison)
    [{ key => $A, target => 'value', value => 'abc' }, 1, 'value (default =) equal'],
    [{ key => $A, target => 'value', value => 'abd' }, 0, 'value (default =) not equal'],
    [{ key => $A, target => 'value', result => '=', value => 'abc' }, 1, "value '=' true"],
    [{ key => $A, target => 'value', result => '=', value => 'ab' }, 0, "value '=' false"],
    [{ key => $A, target => 'value', result => '!=', value => 'abd' }, 1, "value '!=' true"],
    [{ key => $A, target => 'value', result => '!=', value => 'abc' }, 0, "value '!=' false"],
    [{ key => $A, target => 'value', result => '<', value => 'abd' }, 1, "value '<' true"],
    [{ key => $A, target => 'value', result => '<', value => 'abb' }, 0, "value '<' false"],
    [{ key => $A, target => 'value', result => '>', value => 'abb' }, 1, "value '>' true"],
    [{ key => $A, target => 'value', result => '>', value => 'abc' }, 0, "value '>' false (equal)"],
    # target version (2)
    [{ key => $A, target => 'version', version => 2 }, 1, 'version (default =) true'],
    [{ key => $A, target => 'version', result => '=', version => 3 }, 0, "version '=' false"],
    [{ key => $A, target => 'version', result => '!=', version => 3 }, 1, "version '!=' true"],
    [{ key => $A, target => 'version', result => '!=', version => 2 }, 0, "version '!=' false"],
    [{ key => $A, target => 'version', result => '<', version => 3 }, 1, "version '<' true"],
    [{ key => $A, target => 'version', result => '<', version => 2 }, 0, "version '<' false"],
    [{ key => $A, target => 'version', result => '>', version => 1 }, 1, "version '>' true"],
    [{ key => $A, target => 'version', result => '>', version => 2 }, 0, "version '>' false"],
    # target create
    [{ key => $A, target => 'create', create_revision => $a_create }, 1, 'create = true'],
    [{ key => $A, target => 'create', result => '=', create_revision => $a_create + 1 }, 0, "create '=' false"],
    [{ key => $A, target => 'create', result => '!=', create_revision => $a_create + 1 }, 1, "create '!=' true"],
    [{ key => $A, target => 'create', result => '!=', create_revision => $a_create }, 0, "create '!=' false"],
    [{ key => $A, target => 'create', result => '<', create_revision => $a_create + 1 }, 1, "create '<' true"],
    [{ key => $A, target => 'create', result => '<', create_revision => $a_create }, 0, "create '<' false"],
    [{ key => $A, target => 'create', result => '>', create_revision => $a_create - 1 }, 1, "create '>' true"],
    [{ key => $A, target => 'create', result => '>', create_revision => $a_create }, 0, "create '>' false"],
    # target mod
    [{ key => $A, target => 'mod', mod_revision => $a_mod }, 1, 'mod = true'],
    [{ key => $A, target => 'mod', result => '=', mod_revision => $a_mod - 1 }, 0, "mod '=' false"],
    [{ key => $A, target => 'mod', result => '!=', mod_revision => $a_mod - 1 }, 1, "mod '!=' true"],
    [{ key => $A, target => 'mod', result => '!=', mod_revision => $a_mod }, 0, "mod '!=' false"],
    [{ key => $A, target => 'mod', result => '<', mod_revision => $a_mod + 1 }, 1, "mod '<' true"],
    [{ key => $A, target => 'mod', result => '<', mod_revision => $a_mod }, 0, "mod '<' false"],
    [{ key => $A, target => 'mod', result => '>', mod_revision => $a_mod - 1 }, 1, "mod '>' true"],
    [{ key => $A, target => 'mod', result => '>', mod_revision => $a_mod }, 0, "mod '>' false"],
    # target lease
    [{ key => $B, target => 'lease', lease => $lease }, 1, 'lease = true'],
    [{ key => $B, target => 'lease', result => '=', lease => 0 }, 0, "lease '=' false"],
    [{ key => $B, target => 'lease', result => '!=', lease => 0 }, 1, "lease '!=' true"],
    [{ key => $B, target => 'lease', result => '!=', lease => $lease }, 0, "lease '!=' false"],
    [{ key => $B, target => 'lease', result => '>', lease => 0 }, 1, "lease '>' true"],
    [{ key => $B, target => 'lease', result => '<', lease => 0 }, 0, "lease '<' false"],
    [{ key => $A, target => 'lease', lease => 0 }, 1, 'lease = 0 on a key without lease'],
    # aliases of the target names from the compare fields
    [{ key => $A, target => 'create_revision', create_revision => $a_create }, 1, "target 'create_revision'"],
    [{ key => $A, target => 'mod_revision', mod_revision => $a_mod }, 1, "target 'mod_revision'"],
    # a missing key has version 0
    [{ key => "${P}missing", target => 'version', version => 0 }, 1, 'missing key: version = 0'],
    [{ key => "${P}missing", target => 'version', result => '>', version => 0 }, 0, 'missing key: version > 0 false'],
    # several compares: all must hold
    [[{ key => $A, target => 'value', value => 'abc' }, { key => $A, target => 'version', version => 2 }],
        1, 'two compares, both true'],
    [[{ key => $A, target => 'value', value => 'abc' }, { key => $A, target => 'version', version => 9 }],
        0, 'two compares, one false'],
    [[], 1, 'no compare: success'],
);
branch(@$_) for @cases;

# ---------------------------------------------------------------- forms

my $N = "${P}forms/";

# named form with all three
{
    my ($nr, $nerr, $n);
    $c->txn(
        compare  => [{ key => $A, target => 'value', value => 'abc' }],
        success  => [{ request_put => { key => "${N}named", value => 'n2' } }],
        failure  => [{ request_put => { key => "${N}named-f", value => 'x' } }],
        callback => sub { ($nr, $nerr) = @_; $n++ },
    );
    wait_until { $n } 'named txn';
    ok !$nerr, 'named form: no error' or diag explain $nerr;
    is_deeply keys_of($nr), [qw(header responses succeeded)], 'txn response keys';
    check_header($nr->{header}, 'txn');
    is $nr->{succeeded}, 1, 'named form: succeeded 1';
    ok is_int_sv($nr->{succeeded}), 'succeeded is an integer';
    is_deeply [map { keys_of($_) } @{ $nr->{responses} }], [['response_put']], 'named form: one response_put';
    is_deeply keys_of($nr->{responses}[0]{response_put}), ['header'], 'response_put: header only';
}
($r) = sync($c, get => "${N}named");
is $r->{kvs}[0]{value}, 'n2', 'named form: success put applied';
($r) = sync($c, get => "${N}named-f");
is $r->{count}, 0, 'named form: failure put not applied';

# named form, failure taken, without a failure list
{
    my ($nr, $nerr, $n);
    $c->txn(
        compare  => [{ key => $A, target => 'value', value => 'nope' }],
        success  => [{ put => { key => "${N}named2", value => 'x' } }],
        callback => sub { ($nr, $nerr) = @_; $n++ },
    );
    wait_until { $n } 'named txn without failure';
    ok !$nerr, 'named form without failure: no error' or diag explain $nerr;
    is $nr->{succeeded}, 0, 'named form without failure: succeeded 0';
    is_deeply $nr->{responses}, [], 'named form without failure: no responses';
}
($r) = sync($c, get => "${N}named2");
is $r->{count}, 0, 'failed compare: the success put was not applied';

# named form with options
{
    my ($nr, $nerr, $n);
    $c->txn(
        compare  => [],
        success  => [{ put => { key => "${N}named3", value => 'o' } }],
        failure  => [],
        options  => { timeout => 5 },
        callback => sub { ($nr, $nerr) = @_; $n++ },
    );
    wait_until { $n } 'named txn with options';
    ok !$nerr, 'named form with options => { timeout }' or diag explain $nerr;
    is $nr->{succeeded}, 1, 'named form with options: succeeded';
}

# positional, 4 arguments
($r, $err) = sync($c, txn => [{ key => $A, target => 'version', result => '>', version => 100 }],
    [{ put => { key => "${N}pos", value => 'success' } }],
    [{ put => { key => "${N}pos", value => 'failure' } }]);
ok !$err, 'positional form: no error' or diag explain $err;
is $r->{succeeded}, 0, 'positional form: succeeded 0';
is_deeply [map { keys_of($_) } @{ $r->{responses} }], [['response_put']], 'positional form: failure response_put';
($r) = sync($c, get => "${N}pos");
is $r->{kvs}[0]{value}, 'failure', 'positional form: the failure branch was applied';

# positional, 3 arguments (no failure list), and with options
($r, $err) = sync($c, txn => [], [{ put => { key => "${N}pos3", value => 'three' } }]);
ok !$err, 'positional without failure: no error' or diag explain $err;
is $r->{succeeded}, 1, 'positional without failure: succeeded 1';
($r, $err) = sync($c, txn => [], [{ put => { key => "${N}pos4", value => 'four' } }], [], { timeout => 5 });
ok !$err, 'positional with options: no error' or diag explain $err;
is $r->{succeeded}, 1, 'positional with options: succeeded 1';
($r) = sync($c, get => $N, { prefix => 1 });
is_deeply [map { $_->{key} } @{ $r->{kvs} }], [map { "$N$_" } qw(named named3 pos pos3 pos4)],
    'keys written by the forms';

# ---------------------------------------------------------------- request ops and responses

my $O = "${P}ops/";
sync($c, put => "${O}old", 'old-value');
sync($c, put => "${O}del1", 'd1');
sync($c, put => "${O}gone/1", 'g1');
sync($c, put => "${O}gone/2", 'g2');
sync($c, put => "${O}r/x", 'rx');
sync($c, put => "${O}r/y", 'ry');
($r, $err) = sync($c, txn => [{ key => "${O}old", target => 'value', value => 'old-value' }], [
    { request_put          => { key => "${O}new", value => 'nv' } },
    { put                  => { key => "${O}old", value => 'replaced', prev_kv => 1 } },
    { request_range        => { key => "${O}new" } },
    { range                => { key => "${O}r/", prefix => 1 } },
    { request_delete_range => { key => "${O}del1" } },
    { delete               => { key => "${O}gone/", prefix => 1, prev_kv => 1 } },
    { range                => { key => "${O}r/", prefix => 1, count_only => 1 } },
    { request_range        => { key => "${O}r/x", range_end => "${O}r/z", limit => 1 } },
], []);
ok !$err, 'txn with every op: no error' or diag explain $err;
is $r->{succeeded}, 1, 'every op: succeeded';
my @resp = @{ $r->{responses} || [] };
is scalar @resp, 8, 'one response per op';
is_deeply [map { keys_of($_) } @resp], [
    ['response_put'], ['response_put'], ['response_range'], ['response_range'],
    ['response_delete_range'], ['response_delete_range'], ['response_range'], ['response_range'],
], 'response kinds in op order';

is_deeply keys_of($resp[0]{response_put}), ['header'], 'request_put: header only';
is_deeply keys_of($resp[1]{response_put}), [qw(header prev_kv)], 'put prev_kv: header and prev_kv';
check_kv($resp[1]{response_put}{prev_kv}, { key => "${O}old", value => 'old-value' }, 'put prev_kv in txn');

my $rr = $resp[2]{response_range};
is_deeply keys_of($rr), [qw(count header kvs more)], 'response_range keys';
is $rr->{count}, 1, 'request_range: count 1';
check_kv($rr->{kvs}[0], { key => "${O}new", value => 'nv', version => 1 }, 'range sees the put before it');

$rr = $resp[3]{response_range};
is $rr->{count}, 2, 'range with prefix: count 2';
is_deeply [map { $_->{value} } @{ $rr->{kvs} }], [qw(rx ry)], 'range with prefix: values';

my $dr = $resp[4]{response_delete_range};
is_deeply keys_of($dr), [qw(deleted header)], 'request_delete_range: deleted and header';
is $dr->{deleted}, 1, 'request_delete_range: deleted 1';

$dr = $resp[5]{response_delete_range};
is_deeply keys_of($dr), [qw(deleted header prev_kvs)], 'delete prefix prev_kv: prev_kvs present';
is $dr->{deleted}, 2, 'delete with prefix: deleted 2';
is_deeply [map { $_->{value} } @{ $dr->{prev_kvs} }], [qw(g1 g2)], 'delete with prefix: prev_kvs';

$rr = $resp[6]{response_range};
is $rr->{count}, 2, 'count_only range: count 2';
is_deeply $rr->{kvs}, [], 'count_only range: no kvs';

$rr = $resp[7]{response_range};
is scalar @{ $rr->{kvs} }, 1, 'range_end + limit: one kv';
is $rr->{more}, 1, 'range_end + limit: more';
is $rr->{count}, 2, 'range_end + limit: count 2';

($r) = sync($c, get => $O, { prefix => 1 });
is_deeply [map { "$_->{key}=$_->{value}" } @{ $r->{kvs} }],
    ["${O}new=nv", "${O}old=replaced", "${O}r/x=rx", "${O}r/y=ry"], 'the store after the txn';

# failure branch with ops; the success ops are not applied
($r, $err) = sync($c, txn => [{ key => "${O}old", target => 'value', value => 'old-value' }],
    [{ put => { key => "${O}never", value => 'x' } }],
    [{ range => { key => "${O}old" } }, { delete => { key => "${O}new", prev_kv => 1 } }]);
ok !$err, 'failure branch: no error' or diag explain $err;
is $r->{succeeded}, 0, 'failure branch: succeeded 0';
is_deeply [map { keys_of($_) } @{ $r->{responses} }], [['response_range'], ['response_delete_range']],
    'failure branch responses';
is $r->{responses}[0]{response_range}{kvs}[0]{value}, 'replaced', 'failure branch range';
is $r->{responses}[1]{response_delete_range}{deleted}, 1, 'failure branch delete';
is $r->{responses}[1]{response_delete_range}{prev_kvs}[0]{value}, 'nv', 'failure branch delete prev_kvs';
($r) = sync($c, get => "${O}never");
is $r->{count}, 0, 'success op of a failed txn not applied';

# create-if-absent, the classic use: the second attempt fails
for my $try (1, 2) {
    ($r, $err) = sync($c, txn => [{ key => "${O}once", target => 'create', create_revision => 0 }],
        [{ put => { key => "${O}once", value => "try$try" } }], []);
    is $r->{succeeded}, $try == 1 ? 1 : 0, "create-if-absent attempt $try";
}
($r) = sync($c, get => "${O}once");
is $r->{kvs}[0]{value}, 'try1', 'create-if-absent kept the first value';

# a server-side error in a txn comes back as an error hash
($r, $err) = sync($c, txn => [], [{ put => { key => "${O}dup", value => 1 } }, { put => { key => "${O}dup", value => 2 } }]);
ok !defined $r, 'duplicate key in txn: no response';
check_error($err, { code => 3, status => 'INVALID_ARGUMENT', source => 'txn', retryable => 0,
    message => qr/duplicate key/ }, 'duplicate key in txn');

is inflight($c), 0, 'nothing left in flight';

done_testing;
