#!/usr/bin/perl
# Authentication service: users, roles, permissions (READ / WRITE /
# READWRITE, single keys and ranges), auth_enable / authenticate (the client
# then sends the token) / auth_disable, a restricted user's PERMISSION_DENIED,
# new(auth_token => ...), auth_status (UNIMPLEMENTED on etcd 3.4), and
# user_delete / role_delete.  The server is left with auth disabled.
#
# Everything that changes users or roles happens while auth is disabled:
# etcd 3.4 refuses writes carrying a token older than the auth store
# ("revision of auth store is old").
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'enables auth on the server: needs a server of its own (ETCD_ENDPOINTS is set)'
    unless managed();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('auth');

# A call that must succeed with a response of just a header.
sub ok_header_only {
    my ($client, $method, @args) = @_;
    my ($r, $err) = sync($client, $method, @args);
    ok !$err, "$method(@{[ map { $_ // 'undef' } @args ]}): no error" or diag explain $err;
    exact_keys($r, ['header'], $method);
    check_header($r->{header}, $method);
    return $r;
}

my ($r, $err);

# ---------------------------------------------------------------- roles

ok_header_only($c, role_add => 'reader');
ok_header_only($c, role_add => 'scratch');
ok_header_only($c, role_add => 'root');

($r, $err) = sync($c, role_list =>);
ok !$err, 'role_list: no error' or diag explain $err;
exact_keys($r, [qw(header roles)], 'role_list');
check_header($r->{header}, 'role_list');
is_deeply [sort @{ $r->{roles} || [] }], [qw(reader root scratch)], 'role_list: roles';

($r, $err) = sync($c, role_get => 'reader');
ok !$err, 'role_get of a role without permissions: no error' or diag explain $err;
ok exists $r->{perm}, 'role_get: response has perm';
is_deeply $r->{perm}, [], 'role_get: no permissions yet (empty array)';
check_header($r->{header}, 'role_get');

# permissions: a single key (range_end undef), a range, and all three types
ok_header_only($c, role_grant_permission => 'reader', 'READ', "${P}app/", "${P}app0");
ok_header_only($c, role_grant_permission => 'reader', 'WRITE', "${P}inbox", undef);
ok_header_only($c, role_grant_permission => 'reader', 'READWRITE', "${P}mine", undef);
ok_header_only($c, role_grant_permission => 'scratch', 'READWRITE', "${P}s/", "${P}s0");
ok_header_only($c, role_grant_permission => 'scratch', 'READ', "${P}one", undef);

($r, $err) = sync($c, role_get => 'reader');
ok !$err, 'role_get: no error' or diag explain $err;
exact_keys($r, [qw(header perm)], 'role_get');
check_header($r->{header}, 'role_get');
is ref $r->{perm}, 'ARRAY', 'role_get: perm is an array';
my %perm = map { ($_->{key} => $_) } @{ $r->{perm} || [] };
is scalar(keys %perm), 3, 'role_get: three permissions';
for my $p (@{ $r->{perm} || [] }) {
    exact_keys($p, [qw(key perm_type range_end)], "role_get perm $p->{key}");
}
is $perm{"${P}app/"}{perm_type}, 'READ', 'READ permission: perm_type is the string READ';
is $perm{"${P}app/"}{range_end}, "${P}app0", 'READ permission: range_end';
is $perm{"${P}inbox"}{perm_type}, 'WRITE', 'WRITE permission: perm_type is the string WRITE';
is $perm{"${P}inbox"}{range_end}, '', 'WRITE permission on a single key (range_end undef): range_end empty';
is $perm{"${P}mine"}{perm_type}, 'READWRITE', 'READWRITE permission: perm_type is the string READWRITE';
is $perm{"${P}mine"}{range_end}, '', 'READWRITE single key: range_end empty';

# revoke: a range, then a single key (range_end undef)
ok_header_only($c, role_revoke_permission => 'scratch', "${P}s/", "${P}s0");
($r, $err) = sync($c, role_get => 'scratch');
is_deeply [map { $_->{key} } @{ $r->{perm} || [] }], ["${P}one"],
    'role_revoke_permission (range): the range permission is gone';
ok_header_only($c, role_revoke_permission => 'scratch', "${P}one", undef);
($r, $err) = sync($c, role_get => 'scratch');
is_deeply $r->{perm}, [], 'role_revoke_permission (single key, range_end undef): no permissions left';

# revoking a permission the role does not have
($r, $err) = sync($c, role_revoke_permission => 'scratch', "${P}none", undef);
ok !defined $r, 'role_revoke_permission of a missing permission: no response';
check_error($err, { code => 9, status => 'FAILED_PRECONDITION', source => 'role_revoke_permission',
    retryable => 0, message => qr/permission is not granted/ }, 'role_revoke_permission of a missing permission');

($r, $err) = sync($c, role_get => 'no-such-role');
ok !defined $r, 'role_get of an unknown role: no response';
check_error($err, { code => 9, status => 'FAILED_PRECONDITION', source => 'role_get',
    retryable => 0, message => qr/role name not found/ }, 'role_get of an unknown role');

# ---------------------------------------------------------------- users

ok_header_only($c, user_add => 'root', 'rootpw');
ok_header_only($c, user_add => 'alice', 'alice-old');
ok_header_only($c, user_add => 'bob', 'bobpw');

($r, $err) = sync($c, user_add => 'bob', 'again');
check_error($err, { code => 9, status => 'FAILED_PRECONDITION', source => 'user_add',
    retryable => 0, message => qr/user name already exists/ }, 'user_add of an existing user');

($r, $err) = sync($c, user_list =>);
ok !$err, 'user_list: no error' or diag explain $err;
exact_keys($r, [qw(header users)], 'user_list');
check_header($r->{header}, 'user_list');
is_deeply [sort @{ $r->{users} || [] }], [qw(alice bob root)], 'user_list: users';

($r, $err) = sync($c, user_get => 'alice');
ok !$err, 'user_get: no error' or diag explain $err;
ok exists $r->{roles}, 'user_get: response has roles';
is_deeply $r->{roles}, [], 'user_get: no roles yet (empty array)';

ok_header_only($c, user_grant_role => 'root', 'root');
ok_header_only($c, user_grant_role => 'alice', 'reader');
ok_header_only($c, user_grant_role => 'alice', 'scratch');

($r, $err) = sync($c, user_get => 'alice');
ok !$err, 'user_get: no error';
exact_keys($r, [qw(header roles)], 'user_get');
check_header($r->{header}, 'user_get');
is_deeply [sort @{ $r->{roles} || [] }], [qw(reader scratch)], 'user_get: the granted roles';

ok_header_only($c, user_revoke_role => 'alice', 'scratch');
($r, $err) = sync($c, user_get => 'alice');
is_deeply $r->{roles}, ['reader'], 'user_revoke_role: the role is gone';

($r, $err) = sync($c, user_get => 'nobody');
ok !defined $r, 'user_get of an unknown user: no response';
check_error($err, { code => 9, status => 'FAILED_PRECONDITION', source => 'user_get',
    retryable => 0, message => qr/user name not found/ }, 'user_get of an unknown user');

ok_header_only($c, user_change_password => 'alice', 'alice-new');

# seed a key alice may read (while auth is still off)
($r, $err) = sync($c, put => "${P}app/x", 'readable');
ok !$err, 'put a key for the reader' or diag explain $err;

# ---------------------------------------------------------------- auth_enable

ok_header_only($c, auth_enable =>);

# no token: etcd 3.4 answers INVALID_ARGUMENT "user name is empty"
($r, $err) = sync($c, user_list =>);
ok !defined $r, 'user_list without a token: no response';
check_error($err, { code => 3, status => 'INVALID_ARGUMENT', source => 'user_list',
    retryable => 0, message => qr/user name is empty/ }, 'user_list without a token');
($r, $err) = sync($c, get => "${P}app/x");
check_error($err, { code => 3, status => 'INVALID_ARGUMENT', source => 'get',
    message => qr/user name is empty/ }, 'get without a token');

# wrong password
($r, $err) = sync($c, authenticate => 'root', 'wrong');
ok !defined $r, 'authenticate with a wrong password: no response';
check_error($err, { code => 3, status => 'INVALID_ARGUMENT', source => 'authenticate',
    retryable => 0, message => qr/authentication failed/ }, 'authenticate with a wrong password');
ok !exists $err->{message} || $err->{message} !~ /wrong/, 'the password does not appear in the error';

# root authenticates; the client then sends the token
($r, $err) = sync($c, authenticate => 'root', 'rootpw');
ok !$err, 'authenticate root: no error' or diag explain $err;
exact_keys($r, [qw(header token)], 'authenticate');
check_header($r->{header}, 'authenticate');
my $root_token = $r->{token};
ok defined $root_token && !ref $root_token && length $root_token, 'authenticate: token is a non-empty string';

($r, $err) = sync($c, user_list =>);
ok !$err, 'user_list after authenticate: no error (the client uses the token)' or diag explain $err;
is_deeply [sort @{ $r->{users} || [] }], [qw(alice bob root)], 'user_list after authenticate: users';
($r, $err) = sync($c, put => "${P}root-key", 'by-root');
ok !$err, 'put as root: no error' or diag explain $err;

# new(auth_token => ...) : the token is used from the first call
my $tc = new_client($e, auth_token => $root_token);
($r, $err) = sync($tc, user_list =>);
ok !$err, 'new(auth_token => $token): user_list works' or diag explain $err;
is_deeply [sort @{ $r->{users} || [] }], [qw(alice bob root)], 'new(auth_token): users';
($r, $err) = sync($tc, get => "${P}root-key");
ok !$err, 'new(auth_token => $token): get works' or diag explain $err;
is $r->{kvs}[0]{value}, 'by-root', 'new(auth_token): get sees the value';

# a bogus token
my $bad = new_client($e, auth_token => 'not-a-token.1');
($r, $err) = sync($bad, get => "${P}root-key");
ok !defined $r, 'new(auth_token => bogus): no response';
check_error($err, { code => 16, status => 'UNAUTHENTICATED', source => 'get',
    message => qr/invalid auth token/ }, 'new(auth_token => bogus)');

# ---------------------------------------------------------------- a restricted user

my $ac = new_client($e);
($r, $err) = sync($ac, authenticate => 'alice', 'alice-old');
check_error($err, { code => 3, status => 'INVALID_ARGUMENT', source => 'authenticate',
    message => qr/authentication failed/ }, 'alice with the old password (changed)');
($r, $err) = sync($ac, authenticate => 'alice', 'alice-new');
ok !$err, 'alice authenticates with the new password' or diag explain $err;
isnt $r->{token}, $root_token, "alice's token differs from root's";

($r, $err) = sync($ac, get => "${P}app/x");
ok !$err, 'alice may read inside her READ range' or diag explain $err;
is $r->{kvs}[0]{value}, 'readable', 'alice reads the value';

($r, $err) = sync($ac, put => "${P}app/x", 'nope');
ok !defined $r, 'alice put in a READ-only range: no response';
check_error($err, { code => 7, status => 'PERMISSION_DENIED', source => 'put', retryable => 0,
    message => qr/permission denied/ }, 'alice put in a READ-only range');

($r, $err) = sync($ac, get => "${P}root-key");
check_error($err, { code => 7, status => 'PERMISSION_DENIED', source => 'get', retryable => 0,
    message => qr/permission denied/ }, 'alice get outside her permissions');

($r, $err) = sync($ac, put => "${P}inbox", 'letter');
ok !$err, 'alice may write her WRITE key' or diag explain $err;
($r, $err) = sync($ac, get => "${P}inbox");
check_error($err, { code => 7, status => 'PERMISSION_DENIED', source => 'get' },
    'alice may not read her WRITE-only key');

($r, $err) = sync($ac, put => "${P}mine", 'm');
ok !$err, 'alice may write her READWRITE key' or diag explain $err;
($r, $err) = sync($ac, get => "${P}mine");
ok !$err, 'alice may read her READWRITE key' or diag explain $err;
is $r->{kvs}[0]{value}, 'm', 'alice reads her READWRITE key';

($r, $err) = sync($ac, user_list =>);
check_error($err, { code => 7, status => 'PERMISSION_DENIED', source => 'user_list', retryable => 0 },
    'alice may not list users (not root)');

($r, $err) = sync($ac, auth_disable =>);
check_error($err, { code => 7, status => 'PERMISSION_DENIED', source => 'auth_disable', retryable => 0 },
    'alice may not disable auth');

# ---------------------------------------------------------------- auth_status

($r, $err) = sync($c, auth_status =>);
my ($st) = sync($c, status =>);
my $ver = $st->{version} // '';
if ($ver =~ /\A3\.4\./) {
    ok !defined $r, "auth_status on etcd $ver: no response";
    check_error($err, { code => 12, status => 'UNIMPLEMENTED', source => 'auth_status',
        retryable => 0, message => qr/AuthStatus/ }, "auth_status on etcd $ver (no AuthStatus RPC)");
} else {
    ok !$err, "auth_status on etcd $ver: no error" or diag explain $err;
    exact_keys($r, [qw(auth_revision enabled header)], 'auth_status');
    ok $r->{enabled}, 'auth_status: enabled';
    is_int($r->{auth_revision}, 'auth_status auth_revision');
}

# ---------------------------------------------------------------- auth_disable

ok_header_only($c, auth_disable =>);

my $plain = new_client($e);
($r, $err) = sync($plain, get => "${P}root-key");
ok !$err, 'auth disabled: a client without a token can read' or diag explain $err;
is $r->{kvs}[0]{value}, 'by-root', 'auth disabled: the value';

# ---------------------------------------------------------------- delete users and roles

ok_header_only($plain, user_delete => 'alice');
ok_header_only($plain, user_delete => 'bob');
($r, $err) = sync($plain, user_delete => 'alice');
check_error($err, { code => 9, status => 'FAILED_PRECONDITION', source => 'user_delete',
    message => qr/user name not found/ }, 'user_delete of a deleted user');
ok_header_only($plain, role_delete => 'reader');
ok_header_only($plain, role_delete => 'scratch');
($r, $err) = sync($plain, role_delete => 'reader');
check_error($err, { code => 9, status => 'FAILED_PRECONDITION', source => 'role_delete',
    message => qr/role name not found/ }, 'role_delete of a deleted role');

($r, $err) = sync($plain, user_list =>);
is_deeply $r->{users}, ['root'], 'user_list after the deletes: root only';
($r, $err) = sync($plain, role_list =>);
is_deeply $r->{roles}, ['root'], 'role_list after the deletes: root only';

# the server is usable without auth
($r, $err) = sync($plain, put => "${P}after", 'ok');
ok !$err, 'put after auth_disable: no error' or diag explain $err;
($r, $err) = sync($plain, user_add => 'carol', 'c');
ok !$err, 'user_add after auth_disable: no error' or diag explain $err;
($r, $err) = sync($plain, user_delete => 'carol');
ok !$err, 'user_delete after auth_disable: no error';

done_testing;
