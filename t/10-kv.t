#!/usr/bin/perl
# KV operations against a real etcd: put / get / delete and their options,
# the exact shape of the responses (headers, kvs), 64-bit lease ids,
# compact (+ the OUT_OF_RANGE error for a compacted revision), status, and
# the per-call timeout option.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('kv');

# ---------------------------------------------------------------- put

my ($r, $err);

($r, $err) = sync($c, put => "${P}p/a", 'v1');
ok !$err, 'put: no error' or diag explain $err;
is_deeply keys_of($r), ['header'], 'put: response has only a header';
check_header($r->{header}, 'put');
my $rev_a1 = $r->{header}{revision};

($r, $err) = sync($c, put => "${P}p/a", 'v2', { prev_kv => 1 });
ok !$err, 'put prev_kv: no error';
is_deeply keys_of($r), [qw(header prev_kv)], 'put prev_kv: header and prev_kv';
check_kv($r->{prev_kv}, { key => "${P}p/a", value => 'v1', version => 1, lease => 0,
    create_revision => $rev_a1, mod_revision => $rev_a1 }, 'put prev_kv');
cmp_ok $r->{header}{revision}, '==', $rev_a1 + 1, 'put: revision advances by one';

($r, $err) = sync($c, put => "${P}p/a", 'v3', { prev_kv => 0 });
is_deeply keys_of($r), ['header'], 'put prev_kv => 0: no prev_kv';

($r, $err) = sync($c, put => "${P}p/new", 'x', { prev_kv => 1 });
ok !$err, 'put prev_kv on a new key: no error';
ok !exists $r->{prev_kv}, 'put prev_kv on a new key: no prev_kv (nothing was there)';

# leases: put with a lease, ignore_value, ignore_lease
($r, $err) = sync($c, lease_grant => 120);
ok !$err, 'lease_grant' or diag explain $err;
my $lease = $r->{id};
is_int($lease, 'lease_grant id');
cmp_ok $lease, '!=', 0, 'lease id is non-zero';

($r, $err) = sync($c, put => "${P}p/leased", 'lv', { lease => $lease });
ok !$err, 'put with lease' or diag explain $err;
($r, $err) = sync($c, get => "${P}p/leased");
check_kv($r->{kvs}[0], { key => "${P}p/leased", value => 'lv', lease => "$lease", version => 1 },
    'get leased key');

# ignore_value: attach a lease to an existing key, keeping its value
($r, $err) = sync($c, put => "${P}p/a", '', { lease => $lease, ignore_value => 1 });
ok !$err, 'put ignore_value' or diag explain $err;
($r, $err) = sync($c, get => "${P}p/a");
check_kv($r->{kvs}[0], { value => 'v3', lease => "$lease", version => 4 }, 'after ignore_value');

# ignore_lease: change the value, keeping the lease
($r, $err) = sync($c, put => "${P}p/a", 'v5', { ignore_lease => 1 });
ok !$err, 'put ignore_lease' or diag explain $err;
($r, $err) = sync($c, get => "${P}p/a");
check_kv($r->{kvs}[0], { value => 'v5', lease => "$lease", version => 5 }, 'after ignore_lease');

# without ignore_lease a put detaches the lease
($r, $err) = sync($c, put => "${P}p/a", 'v6');
($r, $err) = sync($c, get => "${P}p/a");
check_kv($r->{kvs}[0], { value => 'v6', lease => 0, version => 6 }, 'plain put detaches the lease');

# ignore_value on a key that does not exist is a server error
($r, $err) = sync($c, put => "${P}p/none", '', { ignore_value => 1 });
check_error($err, { code => 3, status => 'INVALID_ARGUMENT', source => 'put', retryable => 0,
    message => qr/key not found/ }, 'put ignore_value on a missing key');
ok !defined $r, 'no response with an error';

# ---------------------------------------------------------------- 64-bit lease ids

# ids above 2**53 (not exact as doubles), as a string and as a Perl integer;
# random, so that a shared server (ETCD_ENDPOINTS) never sees one twice
my @big_ids = (
    '9223372000' . sprintf('%09d', int rand 1e9),   # string, close to 2**63
    9007199254740993 + 2 * int(rand 1e6),           # IV, odd: not a double
);
for my $id (@big_ids) {
    ($r, $err) = sync($c, lease_grant => 60, { id => $id });
    ok !$err, "lease_grant with explicit id $id" or diag explain $err;
    is $r->{id}, "$id", "lease_grant returns id $id exactly";
    is_int($r->{id}, "lease_grant id $id");
    ($r, $err) = sync($c, put => "${P}big/$id", 'x', { lease => $id });
    ok !$err, "put with lease $id" or diag explain $err;
    ($r, $err) = sync($c, get => "${P}big/$id");
    is $r->{kvs}[0]{lease}, "$id", "kv lease is $id exactly";
    ($r, $err) = sync($c, lease_time_to_live => $id);
    ok !$err, "lease_time_to_live $id" or diag explain $err;
    is $r->{id}, "$id", "lease_time_to_live id $id exactly";
    ($r, $err) = sync($c, lease_time_to_live => $id, { keys => 1 });
    is_deeply $r->{keys}, ["${P}big/$id"], "lease_time_to_live keys of lease $id";
    ($r, $err) = sync($c, lease_revoke => $id);
    ok !$err, "lease_revoke $id";
    ($r, $err) = sync($c, get => "${P}big/$id");
    is $r->{count}, 0, "revoking lease $id deleted its key";
}

# ---------------------------------------------------------------- get

# Data for the sort tests.  Key order k1 k2 k3; the puts below make every
# sort target give a different order:
#   create:  k2 k3 k1        value:   k3 k1 k2 (a < b < c)
#   version: k1(2) k3(3) k2(4)        mod: k3 k2 k1
my $S = "${P}s/";
my %val = (k1 => 'b', k2 => 'c', k3 => 'a');
my %rev;
for my $k (qw(k2 k3 k1 k2 k2 k3 k3 k2 k1)) {
    ($r, $err) = sync($c, put => "$S$k", $val{$k});
    die "put $S$k failed: $err->{message}" if $err;
    $rev{create}{$k} //= $r->{header}{revision};
    $rev{mod}{$k} = $r->{header}{revision};
}
my %order = (
    key     => [qw(k1 k2 k3)],
    create  => [qw(k2 k3 k1)],
    value   => [qw(k3 k1 k2)],
    version => [qw(k1 k3 k2)],
    mod     => [qw(k3 k2 k1)],
);
my $names = sub { [map { substr $_->{key}, length $S } @{ $_[0]{kvs} }] };

($r, $err) = sync($c, get => $S, { prefix => 1 });
ok !$err, 'get prefix: no error' or diag explain $err;
is_deeply keys_of($r), [qw(count header kvs more)], 'get: response keys are count, header, kvs, more';
check_header($r->{header}, 'get');
is $r->{count}, 3, 'get prefix: count 3';
ok is_int_sv($r->{count}), 'count is an integer';
is $r->{more}, 0, 'get prefix: more is 0';
is_deeply $names->($r), [qw(k1 k2 k3)], 'get prefix: keys in key order';
check_kv($r->{kvs}[0], { key => "${S}k1", value => 'b', version => 2, lease => 0,
    create_revision => $rev{create}{k1}, mod_revision => $rev{mod}{k1} }, 'get k1');
check_kv($r->{kvs}[1], { key => "${S}k2", value => 'c', version => 4,
    create_revision => $rev{create}{k2}, mod_revision => $rev{mod}{k2} }, 'get k2');
check_kv($r->{kvs}[2], { key => "${S}k3", value => 'a', version => 3,
    create_revision => $rev{create}{k3}, mod_revision => $rev{mod}{k3} }, 'get k3');

# single key, missing key
($r, $err) = sync($c, get => "${S}k2");
is $r->{count}, 1, 'get one key: count 1';
is_deeply $names->($r), ['k2'], 'get one key';
($r, $err) = sync($c, get => "${S}nope");
ok !$err, 'get missing key: no error';
is_deeply keys_of($r), [qw(count header kvs more)], 'get missing key: same response keys';
is_deeply $r->{kvs}, [], 'get missing key: kvs is an empty array';
is $r->{count}, 0, 'get missing key: count 0';

# prefix => 0 means no prefix
($r, $err) = sync($c, get => $S, { prefix => 0 });
is $r->{count}, 0, 'prefix => 0: exact key (none)';

# range_end
($r, $err) = sync($c, get => "${S}k1", { range_end => "${S}k3" });
is_deeply $names->($r), [qw(k1 k2)], 'range_end: [k1, k3)';
($r, $err) = sync($c, get => "${S}k2", { range_end => "\0" });
ok scalar(grep { $_ eq 'k3' } @{ $names->($r) }), 'range_end "\\0": from key to the end of the keyspace';

# limit, more, count
($r, $err) = sync($c, get => $S, { prefix => 1, limit => 2 });
is scalar @{ $r->{kvs} }, 2, 'limit 2: two kvs';
is $r->{more}, 1, 'limit 2: more is 1';
is $r->{count}, 3, 'limit 2: count is the total, 3';
is_deeply $names->($r), [qw(k1 k2)], 'limit 2: the first two keys';
($r, $err) = sync($c, get => $S, { prefix => 1, limit => 3 });
is $r->{more}, 0, 'limit 3 of 3: more is 0';
($r, $err) = sync($c, get => $S, { prefix => 1, limit => '1' });
is scalar @{ $r->{kvs} }, 1, 'limit as a decimal string';

# revision
($r, $err) = sync($c, get => "${S}k2", { revision => $rev{create}{k2} });
ok !$err, 'get at an old revision' or diag explain $err;
check_kv($r->{kvs}[0], { value => 'c', version => 1, mod_revision => $rev{create}{k2} },
    'get k2 at its create revision');
($r, $err) = sync($c, get => "${S}k1", { revision => $rev{create}{k2} });
is $r->{count}, 0, 'k1 did not exist yet at that revision';

# keys_only, count_only
($r, $err) = sync($c, get => $S, { prefix => 1, keys_only => 1 });
is_deeply $names->($r), [qw(k1 k2 k3)], 'keys_only: all keys';
is_deeply [map { $_->{value} } @{ $r->{kvs} }], ['', '', ''], 'keys_only: values are empty';
check_kv($r->{kvs}[0], { key => "${S}k1", version => 2 }, 'keys_only kv');
($r, $err) = sync($c, get => $S, { prefix => 1, count_only => 1 });
is_deeply $r->{kvs}, [], 'count_only: no kvs';
is $r->{count}, 3, 'count_only: count 3';
is_deeply keys_of($r), [qw(count header kvs more)], 'count_only: same response keys';

# sort
for my $target (qw(key create value version mod)) {
    ($r, $err) = sync($c, get => $S, { prefix => 1, sort_order => 'ascend', sort_target => $target });
    ok !$err, "sort $target ascend: no error" or diag explain $err;
    is_deeply $names->($r), $order{$target}, "sort_target $target, ascend";
    ($r, $err) = sync($c, get => $S, { prefix => 1, sort_order => 'descend', sort_target => $target });
    is_deeply $names->($r), [reverse @{ $order{$target} }], "sort_target $target, descend";
}
($r, $err) = sync($c, get => $S, { prefix => 1, sort_order => 'descend' });
is_deeply $names->($r), [qw(k3 k2 k1)], 'sort_order descend alone sorts by key';
($r, $err) = sync($c, get => $S, { prefix => 1, sort_order => 'descend', limit => 1 });
is_deeply $names->($r), ['k3'], 'descend with limit 1: the last key';
is $r->{more}, 1, 'descend with limit 1: more';

# serializable
($r, $err) = sync($c, get => "${S}k3", { serializable => 1 });
ok !$err, 'serializable get' or diag explain $err;
is $r->{kvs}[0]{value}, 'a', 'serializable get returns the value';

# mod / create revision filters
($r, $err) = sync($c, get => $S, { prefix => 1, min_mod_revision => $rev{mod}{k1} });
is_deeply $names->($r), ['k1'], 'min_mod_revision: only the last modified key';
($r, $err) = sync($c, get => $S, { prefix => 1, max_mod_revision => $rev{mod}{k3} });
is_deeply $names->($r), ['k3'], 'max_mod_revision: only the first modified key';
($r, $err) = sync($c, get => $S, { prefix => 1, min_create_revision => $rev{create}{k1} });
is_deeply $names->($r), ['k1'], 'min_create_revision: only the last created key';
($r, $err) = sync($c, get => $S, { prefix => 1, max_create_revision => $rev{create}{k2} });
is_deeply $names->($r), ['k2'], 'max_create_revision: only the first created key';
($r, $err) = sync($c, get => $S, { prefix => 1, min_create_revision => $rev{create}{k3},
    max_create_revision => $rev{create}{k3} });
is_deeply $names->($r), ['k3'], 'min and max_create_revision together';

# ---------------------------------------------------------------- delete

my $D = "${P}d/";
sync($c, put => "$D$_", "val-$_") for qw(a b c d e f);

($r, $err) = sync($c, delete => "${D}a");
ok !$err, 'delete one key' or diag explain $err;
is_deeply keys_of($r), [qw(deleted header)], 'delete: response keys are deleted and header';
check_header($r->{header}, 'delete');
is $r->{deleted}, 1, 'delete: deleted 1';
ok is_int_sv($r->{deleted}), 'deleted is an integer';
ok !exists $r->{prev_kvs}, 'delete: no prev_kvs when not asked';

($r, $err) = sync($c, delete => "${D}a");
ok !$err, 'delete a missing key: no error';
is $r->{deleted}, 0, 'delete a missing key: deleted 0';

($r, $err) = sync($c, delete => "${D}b", { prev_kv => 1 });
is $r->{deleted}, 1, 'delete prev_kv: deleted 1';
is_deeply keys_of($r), [qw(deleted header prev_kvs)], 'delete prev_kv: prev_kvs present';
is ref $r->{prev_kvs}, 'ARRAY', 'prev_kvs is an array';
is scalar @{ $r->{prev_kvs} || [] }, 1, 'one prev_kv';
check_kv($r->{prev_kvs}[0], { key => "${D}b", value => 'val-b', version => 1 }, 'delete prev_kv');

($r, $err) = sync($c, delete => "${D}c", { range_end => "${D}e" });
is $r->{deleted}, 2, 'delete range_end [c, e): 2 keys';
($r, $err) = sync($c, get => $D, { prefix => 1 });
is_deeply [map { $_->{key} } @{ $r->{kvs} }], ["${D}e", "${D}f"], 'e and f remain';

($r, $err) = sync($c, delete => $D, { prefix => 1, prev_kv => 1 });
is $r->{deleted}, 2, 'delete prefix: 2 keys';
is_deeply [map { $_->{key} } @{ $r->{prev_kvs} }], ["${D}e", "${D}f"], 'delete prefix prev_kvs';
is_deeply [map { $_->{value} } @{ $r->{prev_kvs} }], ['val-e', 'val-f'], 'delete prefix prev_kvs values';
($r, $err) = sync($c, get => $D, { prefix => 1 });
is $r->{count}, 0, 'nothing left under the prefix';

($r, $err) = sync($c, delete => "${D}zzz", { prev_kv => 1 });
is $r->{deleted}, 0, 'delete missing with prev_kv: deleted 0';
ok !exists $r->{prev_kvs}, 'delete missing with prev_kv: no prev_kvs (nothing deleted)';

# ---------------------------------------------------------------- per-call timeout

($r, $err) = sync($c, get => "${S}k1", { timeout => 5 });
ok !$err, 'get with timeout => 5' or diag explain $err;
is $r->{kvs}[0]{value}, 'b', 'value with a per-call timeout';
($r, $err) = sync($c, put => "${P}t", 'x', { timeout => 2.5 });
ok !$err, 'put with timeout => 2.5';
($r, $err) = sync($c, delete => "${P}t", { timeout => 1 });
is $r->{deleted}, 1, 'delete with timeout => 1';

# ---------------------------------------------------------------- status

($r, $err) = sync($c, 'status');
ok !$err, 'status' or diag explain $err;
for my $k (qw(version db_size leader raft_index raft_term raft_applied_index is_learner header)) {
    ok exists $r->{$k}, "status has $k";
}
ok !exists $r->{errors}, 'status: errors absent when the member has none';
check_header($r->{header}, 'status');
like $r->{version}, qr/^\d+\.\d+\.\d+/, "status version ($r->{version})";
for my $k (qw(db_size leader raft_index raft_term raft_applied_index)) {
    ok is_int_sv($r->{$k}), "status $k is an integer";
    cmp_ok $r->{$k}, '>', 0, "status $k > 0";
}
is $r->{is_learner}, 0, 'status: is_learner false';
is $r->{leader}, $r->{header}{member_id}, 'a single member is its own leader';
is $r->{raft_term}, $r->{header}{raft_term}, 'status raft_term matches the header';

# ---------------------------------------------------------------- compact

my $C = "${P}c";
($r) = sync($c, put => $C, 'old');
my $old_rev = $r->{header}{revision};
($r) = sync($c, put => $C, 'new');
my $new_rev = $r->{header}{revision};
($r, $err) = sync($c, get => $C, { revision => $old_rev });
is $r->{kvs}[0]{value}, 'old', 'before compact: the old revision is readable';

($r, $err) = sync($c, compact => $new_rev, { physical => 1 });
ok !$err, 'compact physical' or diag explain $err;
is_deeply keys_of($r), ['header'], 'compact: response has only a header';
check_header($r->{header}, 'compact');

($r, $err) = sync($c, get => $C, { revision => $old_rev });
ok !defined $r, 'get at a compacted revision: no response';
check_error($err, { code => 11, status => 'OUT_OF_RANGE', source => 'get', retryable => 0,
    message => qr/compacted/ }, 'get at a compacted revision');

($r, $err) = sync($c, get => $C);
is $r->{kvs}[0]{value}, 'new', 'the current value survives compaction';

($r, $err) = sync($c, compact => $new_rev);
check_error($err, { status => 'OUT_OF_RANGE', code => 11, source => 'compact' },
    'compact at an already compacted revision');

($r, $err) = sync($c, compact => $new_rev + 1000);
check_error($err, { status => 'OUT_OF_RANGE', code => 11, source => 'compact',
    message => qr/future revision/ }, 'compact at a future revision');

is inflight($c), 0, 'nothing left in flight';

done_testing;
