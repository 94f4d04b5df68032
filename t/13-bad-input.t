#!/usr/bin/perl
# Bad input croaks at the call, with a message that names the method and
# the argument, reported at the caller's line; a croaked call never runs its
# callback, nothing crashes, and the client keeps working.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('bad-input');

my $called = 0;
my $cb = sub { $called++ };
my $here = quotemeta __FILE__;

# [ name, code, regex the croak message must match ]
my @cases = (
    # callback
    ['get without any argument', sub { $c->get }, qr/^get: callback must be a code reference, got none \(missing callback\); usage: \$client->get\(\$key/],
    ['get without callback', sub { $c->get("${P}k") }, qr/^get: callback must be a code reference \(the last argument\)/],
    ['put without callback', sub { $c->put("${P}k", 'v') }, qr/^put: callback must be a code reference/],
    ['callback is a string', sub { $c->get("${P}k", 'main::cb') }, qr/^get: callback must be a code reference/],
    ['callback is a hash ref', sub { $c->get("${P}k", {}) }, qr/^get: callback must be a code reference/],
    ['callback is an array ref', sub { $c->delete("${P}k", []) }, qr/^delete: callback must be a code reference/],
    ['callback is undef', sub { $c->put("${P}k", 'v', undef) }, qr/^put: callback must be a code reference/],

    # options
    ['options an array ref', sub { $c->get("${P}k", [1], $cb) }, qr/^get: options must be a hash reference/],
    ['options a string', sub { $c->put("${P}k", 'v', 'prev_kv', $cb) }, qr/^put: options must be a hash reference/],
    ['options a scalar ref', sub { $c->delete("${P}k", \1, $cb) }, qr/^delete: options must be a hash reference/],
    ['unknown option for get', sub { $c->get("${P}k", { bogus => 1 }, $cb) },
        qr/^get: unknown option 'bogus' \(valid options: prefix, range_end, limit, revision, keys_only, count_only, sort_order, sort_target, serializable, min_mod_revision, max_mod_revision, min_create_revision, max_create_revision, timeout, wait_for_ready\)/],
    ['unknown option for put', sub { $c->put("${P}k", 'v', { prefix => 1 }, $cb) },
        qr/^put: unknown option 'prefix' \(valid options: lease, prev_kv, ignore_value, ignore_lease, timeout, wait_for_ready\)/],
    ['unknown option for delete', sub { $c->delete("${P}k", { limit => 1 }, $cb) },
        qr/^delete: unknown option 'limit' \(valid options: prefix, range_end, prev_kv, timeout, wait_for_ready\)/],
    ['timeout 0', sub { $c->get("${P}k", { timeout => 0 }, $cb) }, qr/^get: option 'timeout' must be a positive number of seconds/],
    ['timeout negative', sub { $c->get("${P}k", { timeout => -1 }, $cb) }, qr/^get: option 'timeout' must be a positive number of seconds/],
    ['timeout not a number', sub { $c->put("${P}k", 'v', { timeout => 'soon' }, $cb) }, qr/^put: option 'timeout' must be a positive number of seconds/],
    ['prefix with range_end', sub { $c->get("${P}k", { prefix => 1, range_end => 'z' }, $cb) }, qr/^get: 'prefix' and 'range_end' cannot be combined/],

    # integers
    ["lease => 'abc'", sub { $c->put("${P}k", 'v', { lease => 'abc' }, $cb) }, qr/^put: 'lease' must be a 64-bit integer, got 'abc'/],
    ["lease => '12abc'", sub { $c->put("${P}k", 'v', { lease => '12abc' }, $cb) }, qr/^put: 'lease' must be a 64-bit integer, got '12abc'/],
    ["lease => ''", sub { $c->put("${P}k", 'v', { lease => '' }, $cb) }, qr/^put: 'lease' must be a 64-bit integer/],
    ['lease => 1e30', sub { $c->put("${P}k", 'v', { lease => 1e30 }, $cb) }, qr/^put: 'lease' must be a 64-bit integer/],
    ['lease => 2**64 as a string', sub { $c->put("${P}k", 'v', { lease => '18446744073709551616' }, $cb) }, qr/^put: 'lease' must be a 64-bit integer/],
    ['lease => 2**63 (out of int64 range)', sub { $c->put("${P}k", 'v', { lease => '9223372036854775808' }, $cb) }, qr/^put: 'lease' must be a 64-bit integer/],
    ['limit => 1.5', sub { $c->get("${P}k", { limit => 1.5 }, $cb) }, qr/^get: 'limit' must be a 64-bit integer, got '1\.5'/],
    ["limit => '1.5'", sub { $c->get("${P}k", { limit => '1.5' }, $cb) }, qr/^get: 'limit' must be a 64-bit integer, got '1\.5'/],
    ['revision => []', sub { $c->get("${P}k", { revision => [] }, $cb) }, qr/^get: 'revision' must be a non-negative 64-bit integer, not a reference/],
    ['revision => {}', sub { $c->get("${P}k", { revision => {} }, $cb) }, qr/^get: 'revision' must be a non-negative 64-bit integer, not a reference/],
    ["lease_grant('ten')", sub { $c->lease_grant('ten', $cb) }, qr/^lease_grant: 'ttl' must be a non-negative 64-bit integer, got 'ten'/],
    ["lease_grant(-1)", sub { $c->lease_grant(-1, $cb) }, qr/^lease_grant: 'ttl' must be a non-negative 64-bit integer, got '-1'/],
    ["compact('x')", sub { $c->compact('x', $cb) }, qr/^compact: 'revision' must be a non-negative 64-bit integer, got 'x'/],
    ['min_mod_revision => NaN', sub { $c->get("${P}k", { min_mod_revision => 'NaN' }, $cb) }, qr/^get: 'min_mod_revision' must be a non-negative 64-bit integer/],

    # numbers C cannot hold (fault 6): refused before any cast
    ['lease => 1e19 (an NV beyond int64)', sub { $c->put("${P}k", 'v', { lease => 1e19 }, $cb) }, qr/^put: 'lease' must be a 64-bit integer, got '1e\+19'/],
    ['lease => -1e19', sub { $c->put("${P}k", 'v', { lease => -1e19 }, $cb) }, qr/^put: 'lease' must be a 64-bit integer, got '-1e\+19'/],
    ['lease => 9**9**9 (infinity)', sub { $c->put("${P}k", 'v', { lease => 9**9**9 }, $cb) }, qr/^put: 'lease' must be a 64-bit integer, got 'Inf'/],
    ['lease => -9**9**9', sub { $c->put("${P}k", 'v', { lease => -9**9**9 }, $cb) }, qr/^put: 'lease' must be a 64-bit integer/],
    ['lease => NaN as an NV', sub { $c->put("${P}k", 'v', { lease => 9**9**9 / 9**9**9 }, $cb) }, qr/^put: 'lease' must be a 64-bit integer/],
    ['lease => -2**63 - 1 as a string', sub { $c->put("${P}k", 'v', { lease => '-9223372036854775809' }, $cb) }, qr/^put: 'lease' must be a 64-bit integer/],
    ['lease => 21 digits with leading zeros stripped to 20', sub { $c->put("${P}k", 'v', { lease => '000099999999999999999999' }, $cb) }, qr/^put: 'lease' must be a 64-bit integer/],
    ['member_remove(-1): unsigned', sub { $c->member_remove(-1, $cb) }, qr/^member_remove: 'id' must be an unsigned 64-bit integer, got '-1'/],
    ['member_remove(2**64 as an NV)', sub { $c->member_remove(2**64, $cb) }, qr/^member_remove: 'id' must be an unsigned 64-bit integer/],
    ['member_remove(1.5)', sub { $c->member_remove(1.5, $cb) }, qr/^member_remove: 'id' must be an unsigned 64-bit integer, got '1\.5'/],
    ['sort_order => 1.5 (an enum by number must be whole)', sub { $c->get("${P}k", { sort_order => 1.5 }, $cb) }, qr/^get: 'sort_order' must be one of .*, got '1\.5'/],
    ["sort_order => '1abc'", sub { $c->get("${P}k", { sort_order => '1abc' }, $cb) }, qr/^get: 'sort_order' must be one of .*, got '1abc'/],
    ['timeout => 1e10 (beyond 32-bit milliseconds)', sub { $c->get("${P}k", { timeout => 1e10 }, $cb) }, qr/^get: option 'timeout' must be a positive number of seconds, at most 2147483/],
    ['timeout => 2147484', sub { $c->get("${P}k", { timeout => 2147484 }, $cb) }, qr/^get: option 'timeout' must be a positive number of seconds, at most 2147483/],
    ['timeout => Inf', sub { $c->get("${P}k", { timeout => 9**9**9 }, $cb) }, qr/^get: option 'timeout' must be a positive number/],
    ['timeout => NaN', sub { $c->get("${P}k", { timeout => 'NaN' }, $cb) }, qr/^get: option 'timeout' must be a positive number/],

    # negative revisions, where etcd forbids them (0 keeps meaning "latest")
    ['get revision => -1', sub { $c->get("${P}k", { revision => -1 }, $cb) }, qr/^get: 'revision' must be a non-negative 64-bit integer, got '-1'/],
    ["get revision => '-3'", sub { $c->get("${P}k", { revision => '-3' }, $cb) }, qr/^get: 'revision' must be a non-negative 64-bit integer, got '-3'/],
    ['get min_mod_revision => -1', sub { $c->get("${P}k", { min_mod_revision => -1 }, $cb) }, qr/^get: 'min_mod_revision' must be a non-negative 64-bit integer/],
    ['get max_create_revision => -1', sub { $c->get("${P}k", { max_create_revision => -1 }, $cb) }, qr/^get: 'max_create_revision' must be a non-negative 64-bit integer/],
    ['watch start_revision => -5', sub { $c->watch("${P}k", { start_revision => -5 }, $cb) }, qr/^watch: 'start_revision' must be a non-negative 64-bit integer, got '-5'/],
    ['compact(-1)', sub { $c->compact(-1, $cb) }, qr/^compact: 'revision' must be a non-negative 64-bit integer, got '-1'/],
    ['hash_kv(-1)', sub { $c->hash_kv(-1, $cb) }, qr/^hash_kv: 'revision' must be a non-negative 64-bit integer, got '-1'/],
    ['txn range op revision => -1', sub { $c->txn([], [{ range => { key => 'a', revision => -1 } }], $cb) },
        qr/^txn: 'success\[0\]\.request_range\.revision' must be a non-negative 64-bit integer, got '-1'/],
    ['call(KV/Range) revision -1', sub { $c->call('KV', 'Range', { key => 'a', revision => -1 }, $cb) },
        qr/^call: 'KV\/Range\.revision' must be a non-negative 64-bit integer, got '-1'/],

    # enums
    ["sort_order => 'sideways'", sub { $c->get("${P}k", { sort_order => 'sideways' }, $cb) },
        qr/^get: 'sort_order' must be one of .*'ASCEND'.*'DESCEND'.*, got 'sideways'/],
    ["sort_target => 'size'", sub { $c->get("${P}k", { sort_target => 'size' }, $cb) },
        qr/^get: 'sort_target' must be one of .*'VALUE'.*, got 'size'/],
    ['sort_order => 99', sub { $c->get("${P}k", { sort_order => 99 }, $cb) }, qr/^get: 'sort_order' must be one of/],

    # txn
    ['txn compare without target', sub { $c->txn([{ key => "${P}k", value => 'x' }], [], $cb) },
        qr/^txn: 'compare\[0\]\.target' is required/],
    ['txn compare without key', sub { $c->txn([{ target => 'value', value => 'x' }], [], $cb) },
        qr/^txn: 'compare\[0\]\.key' is required/],
    ['txn second compare without target', sub { $c->txn([{ key => 'a', target => 'value', value => 'x' }, { key => 'b' }], [], $cb) },
        qr/^txn: 'compare\[1\]\.target' is required/],
    ["txn result '=~'", sub { $c->txn([{ key => "${P}k", target => 'value', value => 'x', result => '=~' }], [], $cb) },
        qr/^txn: 'compare\[0\]\.result' must be one of .*, got '=~'/],
    ["txn result 'like'", sub { $c->txn([{ key => "${P}k", target => 'version', version => 1, result => 'like' }], [], $cb) },
        qr/^txn: 'compare\[0\]\.result' must be one of .*'!='.*, got 'like'/],
    ["txn target 'colour'", sub { $c->txn([{ key => "${P}k", target => 'colour', value => 'x' }], [], $cb) },
        qr/^txn: 'compare\[0\]\.target' must be one of .*, got 'colour'/],
    ['txn compare version not an integer', sub { $c->txn([{ key => "${P}k", target => 'version', version => 'two' }], [], $cb) },
        qr/^txn: 'compare\[0\]\.version' must be a 64-bit integer, got 'two'/],
    ['txn compare not an array', sub { $c->txn({}, [], $cb) }, qr/^txn: 'compare' must be an array reference/],
    ['txn compare element not a hash', sub { $c->txn(['x'], [], $cb) }, qr/^txn: 'compare\[0\]' must be a hash reference/],
    ['txn unknown compare field', sub { $c->txn([{ key => 'a', target => 'value', valu => 'x' }], [], $cb) },
        qr/^txn: unknown field 'valu' in 'compare\[0\]'/],
    ['txn unknown request op', sub { $c->txn([], [{ frobnicate => { key => 'a' } }], $cb) },
        qr/^txn: unknown field 'frobnicate' in 'success\[0\]'/],
    ['txn unknown field in a put op', sub { $c->txn([], [], [{ put => { key => 'a', valeu => 'x' } }], $cb) },
        qr/^txn: unknown field 'valeu' in 'failure\[0\]\.request_put'/],
    ['txn op not a hash', sub { $c->txn([], [{ put => 'a' }], $cb) }, qr/^txn: 'success\[0\]\.request_put' must be a hash reference/],
    ['txn bad limit inside a range op', sub { $c->txn([], [{ range => { key => 'a', limit => 'x' } }], $cb) },
        qr/^txn: 'success\[0\]\.request_range\.limit' must be a 64-bit integer, got 'x'/],
    ['txn named form without callback', sub { $c->txn(compare => [], success => []) }, qr/^txn: callback must be a code reference/],
    ['txn named form unknown argument', sub { $c->txn(compare => [], sucess => [], callback => $cb) }, qr/^txn: unknown argument 'sucess'/],
    ['txn named form without compare', sub { $c->txn(success => [], callback => $cb) }, qr/^txn: 'compare' is missing; usage: /],
    ['txn named form with compare undef', sub { $c->txn(compare => undef, success => [], callback => $cb) }, qr/^txn: 'compare' is undefined; usage: /],
    ['txn positional compare undef', sub { $c->txn(undef, [], $cb) }, qr/^txn: 'compare' is undefined; usage: /],
    ['txn named form odd arguments', sub { $c->txn(compare => [], success => [], 'x') }, qr/^txn: odd number of arguments in the named form/],
    ['txn named form with two callbacks', sub { $c->txn(compare => [], success => [], callback => $cb, $cb) }, qr/^txn: two callbacks/],

    # undefined / non-string key
    ['get undef key', sub { $c->get(undef, $cb) }, qr/^get: 'key' is undefined; usage: \$client->get/],
    ['put undef key', sub { $c->put(undef, 'v', $cb) }, qr/^put: 'key' is undefined/],
    ['delete undef key', sub { $c->delete(undef, $cb) }, qr/^delete: 'key' is undefined/],
    ['put undef value', sub { $c->put("${P}k", undef, $cb) }, qr/^put: 'value' is undefined/],
    ['get key is an array ref', sub { $c->get([], {}, $cb) }, qr/^get: 'key' must be a string, not a reference/],
    ['put value is a hash ref', sub { $c->put("${P}k", {}, {}, $cb) }, qr/^put: 'value' must be a string, not a reference/],

    # argument count
    ['put with only a key', sub { $c->put("${P}k", $cb) }, qr/^put: wrong number of arguments; usage: \$client->put\(\$key, \$value, \[\\%opts\], \$cb\)/],
    ['get with three positionals', sub { $c->get('a', 'b', 'c', $cb) }, qr/^get: wrong number of arguments/],
    ['delete with two keys', sub { $c->delete('a', 'b', {}, $cb) }, qr/^delete: wrong number of arguments/],
    ['lease_grant without ttl', sub { $c->lease_grant($cb) }, qr/^lease_grant: wrong number of arguments/],
    ['lock with one argument', sub { $c->lock('name', $cb) }, qr/^lock: wrong number of arguments/],
    ['status with an argument', sub { $c->status('x', $cb) }, qr/^status: /],

    # not a client
    ['class method call', sub { EV::Etcd->get("${P}k", $cb) }, qr/^get: not called on an EV::Etcd client/],
);

for my $case (@cases) {
    my ($name, $code, $re) = @$case;
    my $before = $called;
    my $ok = eval { $code->(); 1 };
    my $msg = $@;
    ok !$ok, "$name: croaks";
    like $msg, $re, "$name: message";
    like $msg, qr/ at $here line \d+\.?\n\z/, "$name: reported at the caller" unless $ok;
    is $called, $before, "$name: callback not run";
    is inflight($c), 0, "$name: nothing in flight";
}

# ---------------------------------------------------------------- new

my @new_cases = (
    ['unknown option', [endpoints => [$e->endpoint], bogus => 1],
        qr/^new: unknown option 'bogus' \(valid options: auth_token, balance, endpoints, health_interval, keepalive_time, keepalive_timeout, max_receive_message_size, max_retries, max_send_message_size, on_health_change, on_log, on_state, password, require_leader, timeout, tls, username, wait_for_ready\)/],
    ['odd number of arguments', [endpoints => [$e->endpoint], 'timeout'], qr/^new: odd number of arguments/],
    ['timeout -0.5', [endpoints => [$e->endpoint], timeout => -0.5], qr/^new: 'timeout' must be a number of seconds from 0 to 2147483 \(below 1 means 1\)/],
    ['timeout abc', [endpoints => [$e->endpoint], timeout => 'abc'], qr/^new: 'timeout' must be a number of seconds from 0 to 2147483/],
    ['timeout 1e10 (beyond 32-bit milliseconds)', [endpoints => [$e->endpoint], timeout => 1e10], qr/^new: 'timeout' must be a number of seconds from 0 to 2147483/],
    ['timeout Inf', [endpoints => [$e->endpoint], timeout => 9**9**9], qr/^new: 'timeout' must be a number of seconds from 0 to 2147483/],
    ['keepalive_time 3e6', [endpoints => [$e->endpoint], keepalive_time => 3e6], qr/^new: 'keepalive_time' must be a positive number of seconds, at most 2147483/],
    ['keepalive_timeout Inf', [endpoints => [$e->endpoint], keepalive_timeout => 9**9**9], qr/^new: 'keepalive_timeout' must be a positive number of seconds, at most 2147483/],
    ['keepalive_timeout 0', [endpoints => [$e->endpoint], keepalive_timeout => 0], qr/^new: 'keepalive_timeout' must be a positive number of seconds/],
    ['health_interval 1e12', [endpoints => [$e->endpoint], health_interval => 1e12], qr/^new: 'health_interval' must be a number of seconds from 0 to 2147483/],
    ['max_retries 2**64 as a string', [endpoints => [$e->endpoint], max_retries => '18446744073709551616'], qr/^new: 'max_retries' must be -1 \(never give up\) or an integer from 0 to 1000000/],
    ['timeout not a number', [endpoints => [$e->endpoint], timeout => 'long'], qr/^new: 'timeout'/],
    ['empty endpoints', [endpoints => []], qr/^new: 'endpoints' is an empty list; give at least one host:port/],
    ['endpoints a hash', [endpoints => {}], qr/^new: 'endpoints' must be an array reference/],
    ['endpoint without port', [endpoints => ['localhost']], qr/^new: endpoint 'localhost' must be host:port/],
    ['endpoint with empty port', [endpoints => ['127.0.0.1:']], qr/^new: endpoint '127\.0\.0\.1:' must be host:port/],
    ['endpoint undef', [endpoints => [undef]], qr/^new: 'endpoints' must hold host:port strings/],
    ['endpoint a reference', [endpoints => [[]]], qr/^new: 'endpoints' must hold host:port strings/],
    ['endpoint empty string', [endpoints => ['']], qr/^new: /],
    ['endpoint too long', [endpoints => [('a' x 300) . ':2379']], qr/^new: endpoint 'a+:2379' is too long/],
    ['unsupported scheme', [endpoints => ['ftp://127.0.0.1:2379']], qr/^new: endpoint 'ftp:\/\/127\.0\.0\.1:2379' has an unsupported scheme/],
    ['on_health_change a string', [endpoints => [$e->endpoint], on_health_change => 'main::x'],
        qr/^new: 'on_health_change' must be a code reference/],
    ['on_health_change a hash', [endpoints => [$e->endpoint], on_health_change => {}],
        qr/^new: 'on_health_change' must be a code reference/],
    ['max_retries below -1', [endpoints => [$e->endpoint], max_retries => -2], qr/^new: 'max_retries' must be -1 \(never give up\) or an integer from 0 to 1000000/],
    ['health_interval negative', [endpoints => [$e->endpoint], health_interval => -1], qr/^new: 'health_interval'/],
    ['on_log a string', [endpoints => [$e->endpoint], on_log => 'x'], qr/^new: 'on_log' must be a code reference/],
);
for my $case (@new_cases) {
    my ($name, $args, $re) = @$case;
    my $obj;
    my $ok = eval { $obj = EV::Etcd->new(@$args); 1 };
    my $msg = $@;
    ok !$ok, "new, $name: croaks";
    ok !defined $obj, "new, $name: no object";
    like $msg, $re, "new, $name: message";
    like $msg, qr/ at $here line \d+\.?\n\z/, "new, $name: reported at the caller" unless $ok;
}

# _new (internal) trusts nothing: a config new() would never build croaks
my $ep = $e->endpoint;
my %good = (endpoints => [$ep], timeout_ms => 1000, max_retries => 0, keepalive_time_ms => 10000,
            keepalive_timeout_ms => 5000, balance => 'pick_first');
my @internal_cases = (
    ['_new({})', sub { EV::Etcd->_new({}) }, qr/^_new: config key 'endpoints' must be a non-empty array reference/],
    ['_new(undef)', sub { EV::Etcd->_new(undef) }, qr/^_new: the config must be a hash reference/],
    ['_new([])', sub { EV::Etcd->_new([]) }, qr/^_new: the config must be a hash reference/],
    ['_new as a function', sub { EV::Etcd::_new(undef, {%good}) }, qr/^_new: not called as a class method of EV::Etcd/],
    ['_new, endpoint without port', sub { EV::Etcd->_new({ %good, endpoints => ['x'] }) }, qr/^_new: endpoint 'x' must be host:port/],
    ['_new, endpoint a reference', sub { EV::Etcd->_new({ %good, endpoints => [{}] }) }, qr/^_new: config key 'endpoints' must hold host:port strings/],
    ['_new, no timeout_ms', sub { my %h = %good; delete $h{timeout_ms}; EV::Etcd->_new(\%h) }, qr/^_new: config key 'timeout_ms' is required/],
    ['_new, timeout_ms 1e19', sub { EV::Etcd->_new({ %good, timeout_ms => 1e19 }) }, qr/^_new: 'timeout_ms' must be a 64-bit integer/],
    ['_new, timeout_ms 2**31', sub { EV::Etcd->_new({ %good, timeout_ms => 2**31 }) }, qr/^_new: config key 'timeout_ms' must be between 1 and 2147483647/],
    ['_new, keepalive_time_ms -1', sub { EV::Etcd->_new({ %good, keepalive_time_ms => -1 }) }, qr/^_new: config key 'keepalive_time_ms' must be between 1/],
    ['_new, max_retries abc', sub { EV::Etcd->_new({ %good, max_retries => 'abc' }) }, qr/^_new: 'max_retries' must be a 64-bit integer/],
    ['_new, unknown key', sub { EV::Etcd->_new({ %good, bogus => 1 }) }, qr/^_new: unknown config key 'bogus'/],
    ['_new, balance', sub { EV::Etcd->_new({ %good, balance => 'random' }) }, qr/^_new: config key 'balance' must be 'pick_first' or 'round_robin'/],
    ['_new, tls not a hash', sub { EV::Etcd->_new({ %good, tls => 'yes' }) }, qr/^_new: config key 'tls' must be a hash reference/],
    ['_new, tls ca a reference', sub { EV::Etcd->_new({ %good, tls => { ca => [] } }) }, qr/^_new: config key 'ca' must be a string/],
    ['_new, on_health_change a string', sub { EV::Etcd->_new({ %good, on_health_change => 'x' }) }, qr/^_new: config key 'on_health_change' must be a code reference/],
    ['_new, on_log a string', sub { EV::Etcd->_new({ %good, on_log => 'x' }) }, qr/^_new: config key 'on_log' must be a code reference/],
    ['_new, health_interval Inf', sub { EV::Etcd->_new({ %good, health_interval => 9**9**9 }) }, qr/^_new: config key 'health_interval' must be a number of seconds/],
);

# Objects made by hand (or re-blessed into another class) are not trusted
# with a pointer: each method croaks, DESTROY does nothing.
my ($live_events, $live_result) = (0);
my $live_watch = $c->watch("${P}w", sub { $live_events++ });
my $live_calls = 0;
my $live_call = $c->get("${P}k", sub { $live_calls++; $live_result = $_[1] ? $_[1]{status} : 'OK' });
for my $class (qw(EV::Etcd::Watch EV::Etcd::Keepalive EV::Etcd::Observe)) {
    push @internal_cases,
        ["hand-blessed $class->cancel", sub { (bless \(my $x = 1234), $class)->cancel }, qr/^cancel: not an EV::Etcd handle made by EV::Etcd/],
        ["hand-blessed $class->id", sub { (bless \(my $x = 1234), $class)->id }, qr/^id: not an EV::Etcd handle made by EV::Etcd/],
        ["hand-blessed $class->is_active", sub { (bless \(my $x = 1234), $class)->is_active }, qr/^is_active: not an EV::Etcd handle made by EV::Etcd/];
}
push @internal_cases,
    ['hand-blessed EV::Etcd::Call->cancel', sub { (bless \(my $x = 1234), 'EV::Etcd::Call')->cancel }, qr/^cancel: not an EV::Etcd::Call handle made by EV::Etcd/],
    ['hand-blessed EV::Etcd::Call->is_active', sub { (bless \(my $x = 1234), 'EV::Etcd::Call')->is_active }, qr/^is_active: not an EV::Etcd::Call handle made by EV::Etcd/],
    ['hand-blessed EV::Etcd->get', sub { (bless \(my $x = 1234), 'EV::Etcd')->get('k', $cb) }, qr/^get: not an EV::Etcd client made by EV::Etcd->new/],
    ['hand-blessed EV::Etcd->call', sub { (bless \(my $x = 1234), 'EV::Etcd')->call('KV', 'Range', {}, $cb) }, qr/^call: not an EV::Etcd client made by EV::Etcd->new/],
    ['hand-blessed EV::Etcd->_stats', sub { (bless {}, 'EV::Etcd')->_stats }, qr/^_stats: not an EV::Etcd client made by EV::Etcd->new/],
    ['a copy of a watch handle\'s integer', sub { (bless \(my $x = 0 + $live_watch), 'EV::Etcd::Watch')->cancel }, qr/^cancel: not an EV::Etcd handle made by EV::Etcd/],
    ['a call handle re-blessed as a watch', sub { (bless \(my $x), 'EV::Etcd::Watch'); bless $live_call, 'EV::Etcd::Watch'; my $r = eval { $live_call->cancel; 1 }; bless $live_call, 'EV::Etcd::Call'; die $@ unless $r },
        qr/^cancel: not an EV::Etcd handle made by EV::Etcd/],
    ['a watch handle re-blessed as a client', sub { bless $live_watch, 'EV::Etcd'; my $r = eval { $live_watch->get('k', $cb); 1 }; bless $live_watch, 'EV::Etcd::Watch'; die $@ unless $r },
        qr/^get: not an EV::Etcd client made by EV::Etcd->new/];

for my $case (@internal_cases) {
    my ($name, $code, $re) = @$case;
    my $before = $called;
    my @warnings;
    local $SIG{__WARN__} = sub { push @warnings, @_ };
    my $ok = eval { $code->(); 1 };
    my $msg = $@;
    ok !$ok, "$name: croaks";
    like $msg, $re, "$name: message";
    is $called, $before, "$name: callback not run";
    is "@warnings", '', "$name: no warning (a hand-made object's DESTROY does nothing)";
}
ok $live_watch->is_active, 'the real watch handle is untouched by all that';
ok eval { $live_watch->cancel; 1 }, 'and cancels' or diag $@;
ok !$live_watch->is_active, '... and is inactive then';
ok $live_call->is_active, 'the real call handle is untouched too';
$live_call->cancel;
wait_until { defined $live_result } 10;
is $live_result, 'CANCELLED', 'a cancel while the handle is active wins, even over a queued answer';
is $live_calls, 1, 'and its callback ran once';
ok !$live_call->is_active, '... after which it is inactive';
ok eval { $live_call->cancel; 1 }, 'cancelling a finished call does nothing';

# an explicit DESTROY leaves an object that croaks, and is not destroyed twice
{
    my $c2 = EV::Etcd->new(endpoints => [$e->endpoint]);
    $c2->DESTROY;
    ok !eval { $c2->get("${P}k", $cb); 1 }, 'a client after an explicit DESTROY croaks';
    like $@, qr/^get: not an EV::Etcd client made by EV::Etcd->new \(or already destroyed\)/, '... saying so';
    my $w = $c->watch("${P}w2", sub { });
    $w->DESTROY;
    ok !eval { $w->id; 1 }, 'a watch handle after an explicit DESTROY croaks';
}

# valid variants are accepted
for my $args ([endpoints => [$e->endpoint], timeout => 1], [endpoints => [$e->endpoint], timeout => 2147483,
               keepalive_time => 2147483, keepalive_timeout => 2147483, health_interval => 2147483, max_retries => 1000000], [endpoints => ['http://' . $e->endpoint . '/']],
              [endpoints => [$e->endpoint], on_health_change => sub { }, health_interval => 0]) {
    my $obj = eval { EV::Etcd->new(@$args) };
    ok $obj, 'new accepts ' . join(' ', map { ref $_ ? ref $_ : $_ } @$args) or diag $@;
    my ($r, $err) = $obj ? sync($obj, get => "${P}k") : ();
    ok !$err, '... and the client works' if $obj;
}

# ---------------------------------------------------------------- still working

my ($r, $err) = sync($c, put => "${P}k", 'still here');
ok !$err, 'after all the croaks the client still puts' or diag explain $err;
($r, $err) = sync($c, get => "${P}k", { limit => '1', revision => 0, sort_order => 'ASCEND' });
ok !$err, 'and gets (decimal-string integer, upper-case enum; revision 0: the latest)' or diag explain $err;
is $r->{kvs}[0]{value}, 'still here', 'value read back';
($r, $err) = sync($c, get => "${P}k", { limit => 1.0, revision => '+0', sort_order => 2, timeout => 2147483 });
ok !$err, 'integral NV, signed decimal string, enum by number, the longest timeout' or diag explain $err;
is $r->{kvs}[0]{value}, 'still here', 'value read back';
is $called, 0, 'no croaked call ever ran its callback';
is inflight($c), 0, 'nothing in flight';

done_testing;
