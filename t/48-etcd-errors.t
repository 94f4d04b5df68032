#!/usr/bin/perl
# etcd's errors by their meaning (runtime/errors.c's table, learnt from Go's
# clientv3 rpctypes): the error hash's code and status are etcd's for its
# known texts, whatever gRPC code came (grpc_code keeps that one), and
# `retryable` says whether the same request may succeed if repeated.
#   (a) the table: every text of etcd 3.4's rpctypes, with its Go code and
#       our retryable, maps the same whatever code it came with (UNKNOWN,
#       as the Lock and Election services send them, or wrapped as
#       "rpc error: code = ... desc = TEXT"); gRPC's size-limit and TLS
#       handshake texts are not retryable; unknown texts keep their code;
#   (b) real etcd: each error etcd 3.4 produces here, provoked, with code,
#       status, grpc_code and retryable checked;
#   (c) the issue's cases: lock / election_campaign with a lease that does
#       not exist give NOT_FOUND (grpc_code UNKNOWN); after the token
#       expires, election_leader / proclaim / resign and unlock log in again
#       by themselves, like get.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;

my %CODE = (OK => 0, CANCELLED => 1, UNKNOWN => 2, INVALID_ARGUMENT => 3, DEADLINE_EXCEEDED => 4,
    NOT_FOUND => 5, ALREADY_EXISTS => 6, PERMISSION_DENIED => 7, RESOURCE_EXHAUSTED => 8,
    FAILED_PRECONDITION => 9, ABORTED => 10, OUT_OF_RANGE => 11, UNIMPLEMENTED => 12,
    INTERNAL => 13, UNAVAILABLE => 14, DATA_LOSS => 15, UNAUTHENTICATED => 16);

# etcd 3.4's rpctypes (etcdserver/api/v3rpc/rpctypes/error.go): text, code; and retryable
my @ETCD = map { [split /\s*\|\s*/] } grep { /\S/ } split /\n/, <<'TABLE';
key is not provided | INVALID_ARGUMENT | 0
key not found | INVALID_ARGUMENT | 0
value is provided | INVALID_ARGUMENT | 0
lease is provided | INVALID_ARGUMENT | 0
too many operations in txn request | INVALID_ARGUMENT | 0
duplicate key given in txn request | INVALID_ARGUMENT | 0
mvcc: required revision has been compacted | OUT_OF_RANGE | 0
mvcc: required revision is a future revision | OUT_OF_RANGE | 1
mvcc: database space exceeded | RESOURCE_EXHAUSTED | 0
requested lease not found | NOT_FOUND | 0
lease already exists | FAILED_PRECONDITION | 0
too large lease TTL | OUT_OF_RANGE | 0
watch canceled | CANCELLED | 0
member ID already exist | FAILED_PRECONDITION | 0
Peer URLs already exists | FAILED_PRECONDITION | 0
re-configuration failed due to not enough started members | FAILED_PRECONDITION | 1
given member URLs are invalid | INVALID_ARGUMENT | 0
member not found | NOT_FOUND | 0
can only promote a learner member | FAILED_PRECONDITION | 0
can only promote a learner member which is in sync with leader | FAILED_PRECONDITION | 1
too many learner members in cluster | FAILED_PRECONDITION | 0
request is too large | INVALID_ARGUMENT | 0
too many requests | RESOURCE_EXHAUSTED | 1
root user does not exist | FAILED_PRECONDITION | 0
root user does not have root role | FAILED_PRECONDITION | 0
user name already exists | FAILED_PRECONDITION | 0
user name is empty | INVALID_ARGUMENT | 0
user name not found | FAILED_PRECONDITION | 0
role name already exists | FAILED_PRECONDITION | 0
role name not found | FAILED_PRECONDITION | 0
role name is empty | INVALID_ARGUMENT | 0
authentication failed, invalid user ID or password | INVALID_ARGUMENT | 0
permission denied | PERMISSION_DENIED | 0
role is not granted to the user | FAILED_PRECONDITION | 0
permission is not granted to the role | FAILED_PRECONDITION | 0
authentication is not enabled | FAILED_PRECONDITION | 0
invalid auth token | UNAUTHENTICATED | 0
invalid auth management | INVALID_ARGUMENT | 0
revision of auth store is old | INVALID_ARGUMENT | 0
no leader | UNAVAILABLE | 1
not leader | FAILED_PRECONDITION | 0
leader changed | UNAVAILABLE | 1
not capable | UNAVAILABLE | 0
server stopped | UNAVAILABLE | 1
request timed out | UNAVAILABLE | 1
request timed out, possibly due to previous leader failure | UNAVAILABLE | 1
request timed out, possibly due to connection lost | UNAVAILABLE | 1
request timed out, waiting for the applied index took too long | UNAVAILABLE | 1
unhealthy cluster | UNAVAILABLE | 1
corrupt cluster | DATA_LOSS | 0
rpc not supported for learner | UNAVAILABLE | 0
bad leader transferee | FAILED_PRECONDITION | 0
TABLE
my %ETCD = map { ("etcdserver: $_->[0]" => $_) } @ETCD;

# ---------------------------------------------------------------- (a) the table

{
    my @table = EV::Etcd::_etcd_errors();
    my @etcd_texts = sort map { $_->[0] } grep { $_->[0] =~ /\Aetcdserver: / } @table;
    is_deeply \@etcd_texts, [sort keys %ETCD], "the runtime's table holds exactly etcd 3.4's rpctypes texts";
    for my $text (sort keys %ETCD) {
        my (undef, $status, $retryable) = @{ $ETCD{$text} };
        for my $came ($CODE{UNKNOWN}, $CODE{$status}) {
            my $h = EV::Etcd::_error_hash($came, $text, 'lock');
            is_deeply $h, { code => $CODE{$status}, status => $status, grpc_code => $came, message => $text,
                source => 'lock', retryable => $retryable }, "'$text' (came as $came): $status, retryable $retryable";
        }
        my $wrapped = "rpc error: code = Unknown desc = $text";
        my $h = EV::Etcd::_error_hash($CODE{UNKNOWN}, $wrapped);
        is $h->{status}, $status, "'$text' wrapped in Go's rpc error text: $status";
    }
    my %token = map { ($_->[0] => $_->[3]) } @table;
    is_deeply [sort grep { $token{$_} } keys %token],
        ['etcdserver: invalid auth token', 'etcdserver: revision of auth store is old', 'etcdserver: user name is empty'],
        'the token errors (log in again) are the three etcd sends for a stale or missing token';

    # gRPC's own texts: the code stays, never retryable
    for my $case ([8, 'grpc: received message larger than max (2097253 vs. 2097152)'],
                  [8, 'Received message larger than max (5000000 vs. 4194304)'],
                  [8, 'Sent message larger than max (3000000 vs. 2097152)'],
                  [14, 'failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.0.1:1: Ssl handshake failed: SSL_ERROR_SSL: error:1000007d:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED'],
                  [14, 'failed to connect to all addresses; last error: UNKNOWN: ipv4:127.0.0.1:1: Peer name x.example is not in peer certificate']) {
        my $h = EV::Etcd::_error_hash(@$case);
        is $h->{code}, $case->[0], "'$case->[1]': code kept";
        is $h->{retryable}, 0, "'$case->[1]': not retryable";
    }
    # no connection (nothing sent): retryable
    for my $m ('failed to connect to all addresses; last error: UNAVAILABLE: ipv4:127.0.0.1:1: Connection refused',
               'connections to all backends failing; last error: UNAVAILABLE: ipv4:127.0.0.1:1: Socket closed') {
        my $h = EV::Etcd::_error_hash(14, $m);
        is_deeply [@$h{qw(code retryable)}], [14, 1], "'$m': UNAVAILABLE, retryable";
    }
    # unknown texts: by the code alone
    my %by_code = (14 => 1, 4 => 1, 10 => 1, 8 => 1, 2 => 0, 3 => 0, 13 => 0, 5 => 0);
    for my $code (sort { $a <=> $b } keys %by_code) {
        my $h = EV::Etcd::_error_hash($code, 'something else');
        is_deeply [@$h{qw(code grpc_code retryable)}], [$code, $code, $by_code{$code}],
            "unknown text with code $code: kept, retryable $by_code{$code}";
    }
    is EV::Etcd::_error_hash(2, 'election: no leader')->{code}, 2, "'election: no leader' stays UNKNOWN";
    is EV::Etcd::_error_hash(2, 'xetcdserver: no leader')->{code}, 2, 'a text that only ends like one is not it';
}

# ---------------------------------------------------------------- (b) real etcd

require_etcd();
my $e = EtcdTest->start(no_fsync => 1, extra_args => ['--max-request-bytes', '65536', '--auth-token-ttl', '2']);
my $c = new_client($e, max_retries => 0);
my $P = uniq_prefix('errors');
my ($r, $err);

sub expect {
    my ($name, $exp, $method, @args) = @_;
    my ($resp, $e2) = sync($c, $method, @args);
    my ($text, $status, $retryable, $grpc) = @$exp;
    ok !$resp, "$name: no response";
    check_error($e2, { message => qr/\Q$text\E/, status => $status, code => $CODE{$status},
        grpc_code => $CODE{$grpc // $status}, retryable => $retryable, source => $method }, $name);
    return $e2;
}
sub etcd_err { my ($text) = @_; my $x = $ETCD{"etcdserver: $text"} or die "not in the table: $text"; [$x->[0], $x->[1], $x->[2]] }

($r, $err) = sync($c, put => "${P}a", 'v1');
my $rev1 = $r->{header}{revision};
sync($c, put => "${P}a", 'v2');
($r, $err) = sync($c, put => "${P}a", 'v3');
my $rev3 = $r->{header}{revision};

expect('empty key', etcd_err('key is not provided'), put => '', 'v');
expect('ignore_value with a value', etcd_err('value is provided'), put => "${P}a", 'v', { ignore_value => 1 });
($r, $err) = sync($c, lease_grant => 60);
my $lease = $r->{id};
expect('ignore_lease with a lease', etcd_err('lease is provided'), put => "${P}a", '', { ignore_lease => 1, lease => $lease });
expect('txn of 129 operations', etcd_err('too many operations in txn request'),
    txn => [], [map { { put => { key => "${P}t$_", value => 'x' } } } 1 .. 129], []);
expect('txn with a key twice', etcd_err('duplicate key given in txn request'),
    txn => [], [{ put => { key => "${P}d", value => 1 } }, { put => { key => "${P}d", value => 2 } }], []);
expect('get at a future revision', etcd_err('mvcc: required revision is a future revision'),
    get => "${P}a", { revision => $rev3 + 1000 });
sync($c, compact => $rev3);
expect('get at a compacted revision', etcd_err('mvcc: required revision has been compacted'),
    get => "${P}a", { revision => $rev1 });
expect('lease_revoke of a lease that does not exist', etcd_err('requested lease not found'), lease_revoke => 12345);
expect('lease_grant with an id in use', etcd_err('lease already exists'), lease_grant => 60, { id => $lease });
expect('lease_grant with a TTL too large', etcd_err('too large lease TTL'), lease_grant => 9_000_000_001);
expect('member_remove of a member that does not exist', etcd_err('member not found'), member_remove => 12345);
expect('member_add with bad URLs', etcd_err('given member URLs are invalid'), member_add => ['not a url']);
expect('member_add with a peer URL in use', etcd_err('Peer URLs already exists'), member_add => [$e->peer_url]);
($r, $err) = sync($c, status => ());
my $self_id = $r->{header}{member_id};
expect('member_promote of a voting member', etcd_err('can only promote a learner member'), member_promote => $self_id);
expect('move_leader to a member that does not exist', etcd_err('bad leader transferee'), move_leader => 12345);
($r, $err) = sync($c, member_add => ['http://127.0.0.1:1'], { is_learner => 1 });
ok !$err, 'member_add of a learner (never started)' or diag explain $err;
my $learner = $r->{member}{id};
expect('member_promote of a learner that is not in sync', etcd_err('can only promote a learner member which is in sync with leader'),
    member_promote => $learner);
expect('member_add of a second learner', etcd_err('too many learner members in cluster'),
    member_add => ['http://127.0.0.1:2'], { is_learner => 1 });
sync($c, member_remove => $learner);

# request sizes: etcd's own limit (--max-request-bytes 64 KiB), then gRPC's beyond it
expect('put over --max-request-bytes', etcd_err('request is too large'), put => "${P}big", 'x' x 70_000);
expect('put over the server\'s gRPC limit', ['larger than max', 'RESOURCE_EXHAUSTED', 0], put => "${P}big", 'x' x 1_000_000);

# NOSPACE alarm: writes refused, not retryable
($r, $err) = sync($c, alarm => 'ACTIVATE', { member_id => $self_id, alarm => 'NOSPACE' });
ok !$err, 'alarm ACTIVATE NOSPACE' or diag explain $err;
expect('put during a NOSPACE alarm', etcd_err('mvcc: database space exceeded'), put => "${P}a", 'v');
($r, $err) = sync($c, alarm => 'DEACTIVATE', { member_id => $self_id, alarm => 'NOSPACE' });
ok !$err, 'alarm DEACTIVATE NOSPACE' or diag explain $err;

# ---------------------------------------------------------------- (c) Lock and Election: UNKNOWN -> etcd's code

expect('lock with a lease that does not exist (UNKNOWN from the Lock service)',
    [@{ etcd_err('requested lease not found') }, 'UNKNOWN'], lock => "${P}lock", 12345);
expect('election_campaign with a lease that does not exist',
    [@{ etcd_err('requested lease not found') }, 'UNKNOWN'], election_campaign => "${P}el", 12345, 'v');

# ---------------------------------------------------------------- auth

expect('authenticate while auth is disabled', etcd_err('authentication is not enabled'), authenticate => 'root', 'pw');
expect('user_add with an empty name', etcd_err('user name is empty'), user_add => '', 'pw');
expect('role_add with an empty name', etcd_err('role name is empty'), role_add => '');
expect('user_delete of a user that does not exist', etcd_err('user name not found'), user_delete => 'nobody');
expect('role_delete of a role that does not exist', etcd_err('role name not found'), role_delete => 'norole');
expect('auth_enable without a root user', etcd_err('root user does not exist'), auth_enable => ());
sync($c, user_add => 'root', 'rootpw');
expect('auth_enable while root has no root role', etcd_err('root user does not have root role'), auth_enable => ());
expect('user_add of a user that exists', etcd_err('user name already exists'), user_add => 'root', 'x');
sync($c, role_add => 'reader');
expect('role_add of a role that exists', etcd_err('role name already exists'), role_add => 'reader');
sync($c, user_add => 'alice', 'alicepw');
expect('user_revoke_role of a role not granted', etcd_err('role is not granted to the user'), user_revoke_role => 'alice', 'reader');
expect('role_revoke_permission not granted', etcd_err('permission is not granted to the role'), role_revoke_permission => 'reader', "${P}x", undef);
sync($c, user_grant_role => 'root', 'root');
($r, $err) = sync($c, auth_enable => ());
ok !$err, 'auth_enable' or diag explain $err;

$c = new_client($e, max_retries => 0);
expect('a call without a token', [@{ etcd_err('user name is empty') }], get => "${P}a");
expect('authenticate with a wrong password', etcd_err('authentication failed, invalid user ID or password'),
    authenticate => 'root', 'wrong');
$c = new_client($e, max_retries => 0, auth_token => 'bogus.1');
expect('a call with a token the server never issued', etcd_err('invalid auth token'), get => "${P}a");
$c = new_client($e, max_retries => 0, username => 'alice', password => 'alicepw');
expect('get by a user without permission', etcd_err('permission denied'), get => "${P}a");

# the token expires (--auth-token-ttl 2): every service logs in again by itself
{
    my $root = new_client($e, username => 'root', password => 'rootpw');
    ($r, $err) = sync($root, lease_grant => 60);
    ok !$err, 'root: lease_grant' or diag explain $err;
    my $l = $r->{id};
    ($r, $err) = sync($root, lock => "${P}tl", $l);
    ok !$err, 'root: lock' or diag explain $err;
    my $lock_key = $r->{key};
    ($r, $err) = sync($root, election_campaign => "${P}te", $l, 'one');
    ok !$err, 'root: election_campaign' or diag explain $err;
    my $leader = $r->{leader};
    run_for(3.5);                                   # the token is gone now
    ($r, $err) = sync($root, election_leader => "${P}te");
    ok !$err, 'election_leader after the token expired: logged in again' or diag explain $err;
    is $r && $r->{kv}{value}, 'one', 'election_leader: the value';
    run_for(3.5);
    ($r, $err) = sync($root, election_proclaim => $leader, 'two');
    ok !$err, 'election_proclaim after the token expired' or diag explain $err;
    run_for(3.5);
    ($r, $err) = sync($root, election_resign => $leader);
    ok !$err, 'election_resign after the token expired' or diag explain $err;
    run_for(3.5);
    ($r, $err) = sync($root, unlock => $lock_key);
    ok !$err, 'unlock after the token expired' or diag explain $err;
    run_for(3.5);
    ($r, $err) = sync($root, get => $lock_key);
    ok !$err, 'get after the token expired' or diag explain $err;
    is scalar @{ $r->{kvs} || [] }, 0, 'the lock key is gone (unlock applied)';
}

done_testing;
