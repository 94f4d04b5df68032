#!/usr/bin/perl
# The generic $client->call($service, $method, \%fields, [\%opts], $cb):
# proto field names in snake_case (the proto spelling accepted on input),
# responses in the same shape as the friendly methods, croaks for unknown
# or streaming RPCs and unknown fields.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('call');

my ($r, $err);

# ---------------------------------------------------------------- KV

($r, $err) = sync($c, call => 'KV', 'Put', { key => "${P}a", value => 'va' });
ok !$err, 'call KV/Put' or diag explain $err;
is_deeply keys_of($r), ['header'], 'KV/Put: header only';
check_header($r->{header}, 'KV/Put');
sync($c, call => 'KV', 'Put', { key => "${P}b", value => 'vb' });
($r, $err) = sync($c, call => 'KV', 'Put', { key => "${P}c", value => 'vc' }, { timeout => 5 });
ok !$err, 'call KV/Put with { timeout => 5 }' or diag explain $err;

($r, $err) = sync($c, call => 'KV', 'Put', { key => "${P}a", value => 'va2', prev_kv => 1 });
is_deeply keys_of($r), [qw(header prev_kv)], 'KV/Put prev_kv';
check_kv($r->{prev_kv}, { key => "${P}a", value => 'va', version => 1 }, 'KV/Put prev_kv');

($r, $err) = sync($c, call => 'KV', 'Range', { key => "${P}a", range_end => "${P}c" });
ok !$err, 'call KV/Range' or diag explain $err;
is_deeply keys_of($r), [qw(count header kvs more)], 'KV/Range response keys';
is_deeply [map { "$_->{key}=$_->{value}" } @{ $r->{kvs} }], ["${P}a=va2", "${P}b=vb"], 'KV/Range [a, c)';
is $r->{count}, 2, 'KV/Range count';
check_kv($r->{kvs}[0], { key => "${P}a", version => 2 }, 'KV/Range kv');

($r, $err) = sync($c, call => 'KV', 'Range', { key => $P, prefix => 1, limit => 1,
    sort_order => 'DESCEND', sort_target => 'KEY' });
ok !$err, 'KV/Range with prefix, limit, sort' or diag explain $err;
is $r->{kvs}[0]{key}, "${P}c", 'KV/Range descend limit 1';
is $r->{more}, 1, 'KV/Range more';
is $r->{count}, 3, 'KV/Range count with limit';

($r, $err) = sync($c, call => 'KV', 'Txn', {
    compare => [{ key => "${P}a", target => 'VALUE', result => 'EQUAL', value => 'va2' }],
    success => [{ request_range => { key => "${P}b" } }],
});
ok !$err, 'call KV/Txn' or diag explain $err;
is $r->{succeeded}, 1, 'KV/Txn succeeded';
is $r->{responses}[0]{response_range}{kvs}[0]{value}, 'vb', 'KV/Txn response_range';

($r, $err) = sync($c, call => 'KV', 'DeleteRange', { key => "${P}b", prev_kv => 1 });
is $r->{deleted}, 1, 'call KV/DeleteRange';
is $r->{prev_kvs}[0]{value}, 'vb', 'KV/DeleteRange prev_kvs';

# ---------------------------------------------------------------- Maintenance

($r, $err) = sync($c, call => 'Maintenance', 'Status', {});
ok !$err, 'call Maintenance/Status {}' or diag explain $err;
for my $k (qw(version db_size leader raft_index raft_term raft_applied_index is_learner header)) {
    ok exists $r->{$k}, "Maintenance/Status has $k";
}
ok !exists $r->{errors}, 'Maintenance/Status: errors absent';
check_header($r->{header}, 'Maintenance/Status');
my ($sr) = sync($c, 'status');
is $r->{version}, $sr->{version}, 'call(Status) and status() agree on the version';
is $r->{leader}, $sr->{leader}, '... and the leader';

($r, $err) = sync($c, call => 'Maintenance', 'Status', undef);
ok !$err, 'call Maintenance/Status with undef fields' or diag explain $err;
ok exists $r->{version}, 'Maintenance/Status (undef fields) has version';

($r, $err) = sync($c, call => 'Maintenance', 'Alarm', { action => 'GET', memberID => 0 });
ok !$err, 'call Maintenance/Alarm with the proto spelling memberID' or diag explain $err;
is_deeply $r->{alarms}, [], 'no alarms';

# ---------------------------------------------------------------- Lease

($r, $err) = sync($c, call => 'Lease', 'LeaseGrant', { ttl => 90 });
ok !$err, 'call Lease/LeaseGrant { ttl }' or diag explain $err;
ok exists $r->{id} && exists $r->{ttl}, 'LeaseGrant response has id and ttl (snake_case of ID and TTL)';
ok !exists $r->{ID} && !exists $r->{TTL}, 'no proto-spelled keys in the response';
is $r->{ttl}, 90, 'LeaseGrant ttl';
is_int($r->{id}, 'LeaseGrant id');
my $lease = $r->{id};

my $explicit = '9223372000' . sprintf('%09d', int rand 1e9);
($r, $err) = sync($c, call => 'Lease', 'LeaseGrant', { TTL => 80, ID => $explicit });
ok !$err, 'call Lease/LeaseGrant with the proto spelling TTL and ID' or diag explain $err;
is $r->{id}, $explicit, 'LeaseGrant ID taken as given (64-bit exact)';
is $r->{ttl}, 80, 'LeaseGrant TTL taken as given';

sync($c, put => "${P}leased", 'x', { lease => $lease });
($r, $err) = sync($c, call => 'Lease', 'LeaseTimeToLive', { ID => $lease, keys => 1 });
ok !$err, 'call Lease/LeaseTimeToLive' or diag explain $err;
is $r->{id}, $lease, 'LeaseTimeToLive id';
is $r->{granted_ttl}, 90, 'LeaseTimeToLive granted_ttl (grantedTTL in the proto)';
ok !exists $r->{grantedTTL}, 'no proto-spelled grantedTTL';
cmp_ok $r->{ttl}, '>', 0, 'LeaseTimeToLive ttl';
cmp_ok $r->{ttl}, '<=', 90, 'LeaseTimeToLive ttl <= granted';
is_deeply $r->{keys}, ["${P}leased"], 'LeaseTimeToLive keys';

($r, $err) = sync($c, call => 'Lease', 'LeaseLeases', {});
ok !$err, 'call Lease/LeaseLeases' or diag explain $err;
my %ids = map { $_->{id} => 1 } @{ $r->{leases} || [] };
ok $ids{$lease} && $ids{$explicit}, 'LeaseLeases lists both leases';

($r, $err) = sync($c, call => 'Lease', 'LeaseRevoke', { id => $explicit });
ok !$err, 'call Lease/LeaseRevoke { id }' or diag explain $err;
($r, $err) = sync($c, call => 'Lease', 'LeaseRevoke', { ID => $lease });
ok !$err, 'call Lease/LeaseRevoke { ID }' or diag explain $err;
($r, $err) = sync($c, get => "${P}leased");
is $r->{count}, 0, 'revoking the lease removed its key';

# server-side error through call
($r, $err) = sync($c, call => 'Lease', 'LeaseRevoke', { ID => $lease });
ok !defined $r, 'LeaseRevoke of a revoked lease: no response';
check_error($err, { code => 5, status => 'NOT_FOUND', source => 'call', retryable => 0 },
    'call Lease/LeaseRevoke of a revoked lease');

# ---------------------------------------------------------------- croaks

my $called = 0;
my $cb = sub { $called++ };
my $here = quotemeta __FILE__;
my @cases = (
    ['unknown method', sub { $c->call('KV', 'Nope', {}, $cb) }, qr/^call: unknown RPC 'KV\/Nope'/],
    ['unknown service', sub { $c->call('Nope', 'Range', {}, $cb) }, qr/^call: unknown RPC 'Nope\/Range'/],
    ['method name in the wrong case', sub { $c->call('KV', 'range', {}, $cb) }, qr/^call: unknown RPC 'KV\/range'/],
    ['bidi streaming Watch', sub { $c->call('Watch', 'Watch', {}, $cb) }, qr/^call: Watch\/Watch is a streaming RPC/],
    ['bidi streaming LeaseKeepAlive', sub { $c->call('Lease', 'LeaseKeepAlive', { ID => 1 }, $cb) },
        qr/^call: Lease\/LeaseKeepAlive is a streaming RPC/],
    ['server streaming Snapshot', sub { $c->call('Maintenance', 'Snapshot', {}, $cb) },
        qr/^call: Maintenance\/Snapshot is a streaming RPC/],
    ['server streaming Observe', sub { $c->call('Election', 'Observe', { name => 'x' }, $cb) },
        qr/^call: Election\/Observe is a streaming RPC/],
    ['unknown field', sub { $c->call('KV', 'Range', { key => 'a', bogus => 1 }, $cb) }, qr/^call: unknown field 'bogus'/],
    ['friendly option name that is not a field', sub { $c->call('KV', 'Put', { key => 'a', value => 'b', timeout => 1 }, $cb) },
        qr/^call: unknown field 'timeout'/],
    ['unknown nested field', sub { $c->call('KV', 'Txn', { compare => [{ key => 'a', target => 'value', bogus => 1 }] }, $cb) },
        qr/^call: unknown field 'bogus' in '.*compare\[0\]'/],
    ['bad integer field', sub { $c->call('Lease', 'LeaseGrant', { TTL => 'long' }, $cb) }, qr/^call: '(?:[^']*\.)?ttl' must be a non-negative 64-bit integer, got 'long'/],
    ['bad enum field', sub { $c->call('KV', 'Range', { key => 'a', sort_order => 'up' }, $cb) }, qr/^call: '(?:[^']*\.)?sort_order' must be one of .*, got 'up'/],
    ['fields not a hash', sub { $c->call('KV', 'Range', [], $cb) }, qr/^call: fields must be a hash reference/],
    ['options not a hash', sub { $c->call('KV', 'Range', { key => 'a' }, [], $cb) }, qr/^call: options must be a hash reference/],
    ['unknown option', sub { $c->call('KV', 'Range', { key => 'a' }, { prefix => 1 }, $cb) },
        qr/^call: unknown option 'prefix' \(valid options: timeout, wait_for_ready\)/],
    ['bad timeout', sub { $c->call('KV', 'Range', { key => 'a' }, { timeout => 0 }, $cb) },
        qr/^call: option 'timeout' must be a positive number of seconds/],
    ['missing callback', sub { $c->call('KV', 'Range', { key => 'a' }) }, qr/^call: callback must be a code reference, got none/],
    ['callback not code', sub { $c->call('KV', 'Range', { key => 'a' }, 'cb') }, qr/^call: callback must be a code reference/],
    ['too many arguments', sub { $c->call('KV', 'Range', { key => 'a' }, {}, {}, $cb) }, qr/^call: wrong number of arguments/],
);
for my $case (@cases) {
    my ($name, $code, $re) = @$case;
    my $ok = eval { $code->(); 1 };
    my $msg = $@;
    ok !$ok, "call, $name: croaks";
    like $msg, $re, "call, $name: message";
    like $msg, qr/ at $here line \d+\.?\n\z/, "call, $name: reported at the caller" unless $ok;
}
is $called, 0, 'no croaked call ran its callback';
is inflight($c), 0, 'nothing in flight after the croaks';

($r, $err) = sync($c, call => 'KV', 'Range', { key => "${P}a" });
is $r->{kvs}[0]{value}, 'va2', 'call still works after the croaks';

done_testing;
