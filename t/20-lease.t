#!/usr/bin/perl
# Lease service (unary part): lease_grant (server-chosen and explicit 64-bit
# ids), lease_time_to_live with and without {keys => 1}, lease_leases,
# lease_revoke (attached keys go away) and the NOT_FOUND error for an
# unknown lease.  lease_keepalive is a stream and is tested elsewhere.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('lease');

# A lease id that no earlier run on a shared server used, above 2**53 (not
# exact as a double) and below 2**63 (a positive int64).  Bit operations
# are integer operations, so the value is exact.
sub big_id {
    return (1 << 62) | (int(rand(1 << 30)) << 8) | 1;
}

my ($r, $err);

# ---------------------------------------------------------------- lease_grant

($r, $err) = sync($c, lease_grant => 60);
ok !$err, 'lease_grant: no error' or diag explain $err;
ok ref $r eq 'HASH', 'lease_grant: response is a hash';
ok exists $r->{$_}, "lease_grant: response has '$_'" for qw(id ttl header);
exact_keys($r, [qw(header id ttl)], 'lease_grant');
check_header($r->{header}, 'lease_grant');
my $lease = $r->{id};
is_int($lease, 'lease_grant id');
cmp_ok $lease, '>', 0, 'lease_grant: id is positive';
is_int($r->{ttl}, 'lease_grant ttl');
is $r->{ttl}, 60, 'lease_grant: ttl is the requested 60';

# explicit id: passed as a string, and as a Perl integer; both above 2**53
my $id_s = big_id();
($r, $err) = sync($c, lease_grant => 45, { id => "$id_s" });
ok !$err, 'lease_grant {id => string}: no error' or diag explain $err;
is_int($r->{id}, 'lease_grant {id => string} id');
is "$r->{id}", "$id_s", 'lease_grant {id => string}: the id comes back exactly (64-bit)';
is $r->{ttl}, 45, 'lease_grant {id => string}: ttl';
check_header($r->{header}, 'lease_grant {id}');

my $id_i = big_id();
$id_i = big_id() while $id_i == $id_s;
($r, $err) = sync($c, lease_grant => 30, { id => $id_i });
ok !$err, 'lease_grant {id => integer}: no error' or diag explain $err;
is "$r->{id}", "$id_i", 'lease_grant {id => integer}: the id comes back exactly (64-bit)';
cmp_ok $r->{id}, '==', $id_i, 'lease_grant {id => integer}: numerically equal too';

# the same explicit id again: etcd refuses
($r, $err) = sync($c, lease_grant => 30, { id => $id_i });
ok !defined $r, 'lease_grant with an id in use: no response';
check_error($err, { code => 9, status => 'FAILED_PRECONDITION', source => 'lease_grant',
    retryable => 0, message => qr/lease already exists/ }, 'lease_grant with an id in use');

# ---------------------------------------------------------------- lease_time_to_live

# two keys attached to $lease
for my $k ("${P}a", "${P}b") {
    ($r, $err) = sync($c, put => $k, "v-$k", { lease => $lease });
    ok !$err, "put $k with the lease" or diag explain $err;
}

($r, $err) = sync($c, lease_time_to_live => $lease);
ok !$err, 'lease_time_to_live: no error' or diag explain $err;
ok exists $r->{$_}, "lease_time_to_live: response has '$_'" for qw(id ttl granted_ttl header);
ok !exists $r->{keys}, 'lease_time_to_live without {keys}: no keys in the response'
    or diag 'keys: ' . explain($r->{keys});
exact_keys($r, [qw(granted_ttl header id ttl)], 'lease_time_to_live');
check_header($r->{header}, 'lease_time_to_live');
is_int($r->{id}, 'lease_time_to_live id');
is "$r->{id}", "$lease", 'lease_time_to_live: id is the lease';
is_int($r->{ttl}, 'lease_time_to_live ttl');
is_int($r->{granted_ttl}, 'lease_time_to_live granted_ttl');
is $r->{granted_ttl}, 60, 'lease_time_to_live: granted_ttl is 60';
ok $r->{ttl} > 0 && $r->{ttl} <= 60, 'lease_time_to_live: 0 < ttl <= 60'
    or diag "ttl: $r->{ttl}";

($r, $err) = sync($c, lease_time_to_live => $lease, { keys => 1 });
ok !$err, 'lease_time_to_live {keys => 1}: no error' or diag explain $err;
exact_keys($r, [qw(granted_ttl header id keys ttl)], 'lease_time_to_live {keys => 1}');
is ref $r->{keys}, 'ARRAY', 'lease_time_to_live {keys => 1}: keys is an array';
is_deeply [sort @{ $r->{keys} || [] }], ["${P}a", "${P}b"],
    'lease_time_to_live {keys => 1}: the attached keys';
is "$r->{id}", "$lease", 'lease_time_to_live {keys => 1}: id';
is $r->{granted_ttl}, 60, 'lease_time_to_live {keys => 1}: granted_ttl';

($r, $err) = sync($c, lease_time_to_live => $lease, { keys => 0 });
ok !$err, 'lease_time_to_live {keys => 0}: no error';
ok !exists $r->{keys}, 'lease_time_to_live {keys => 0}: no keys in the response';

# a big explicit id works as the argument of the other lease calls
($r, $err) = sync($c, lease_time_to_live => "$id_s");
ok !$err, 'lease_time_to_live on a 64-bit id: no error' or diag explain $err;
is "$r->{id}", "$id_s", 'lease_time_to_live on a 64-bit id: id exact';
is $r->{granted_ttl}, 45, 'lease_time_to_live on a 64-bit id: granted_ttl';

# ---------------------------------------------------------------- lease_leases

($r, $err) = sync($c, lease_leases =>);
ok !$err, 'lease_leases: no error' or diag explain $err;
exact_keys($r, [qw(header leases)], 'lease_leases');
check_header($r->{header}, 'lease_leases');
is ref $r->{leases}, 'ARRAY', 'lease_leases: leases is an array';
my @leases = @{ $r->{leases} || [] };
is scalar(grep { ref $_ ne 'HASH' || join(',', sort keys %$_) ne 'id' } @leases), 0,
    'lease_leases: every entry is a hash with exactly an id'
    or diag explain \@leases;
is scalar(grep { !is_int_sv($_->{id}) } @leases), 0, 'lease_leases: every id is an integer';
my %ids = map { ("$_->{id}" => 1) } @leases;
ok $ids{"$lease"}, 'lease_leases: lists the granted lease';
ok $ids{"$id_s"}, 'lease_leases: lists the explicit 64-bit id (string)';
ok $ids{"$id_i"}, 'lease_leases: lists the explicit 64-bit id (integer)';

# ---------------------------------------------------------------- lease_revoke

($r, $err) = sync($c, lease_revoke => $lease);
ok !$err, 'lease_revoke: no error' or diag explain $err;
exact_keys($r, ['header'], 'lease_revoke');
check_header($r->{header}, 'lease_revoke');

($r, $err) = sync($c, get => $P, { prefix => 1 });
ok !$err, 'get after revoke: no error';
is $r->{count}, 0, 'lease_revoke deleted the attached keys (count 0)';
is_deeply $r->{kvs}, [], 'lease_revoke deleted the attached keys (no kvs)';

($r, $err) = sync($c, lease_time_to_live => $lease);
ok !$err, 'lease_time_to_live of a revoked lease: no error (etcd answers ttl -1)';
is $r->{ttl}, -1, 'lease_time_to_live of a revoked lease: ttl is -1';

($r, $err) = sync($c, lease_leases =>);
%ids = map { ("$_->{id}" => 1) } @{ $r->{leases} || [] };
ok !$ids{"$lease"}, 'lease_leases: the revoked lease is gone';

# revoking it again (an unknown lease): NOT_FOUND
($r, $err) = sync($c, lease_revoke => $lease);
ok !defined $r, 'lease_revoke of an unknown lease: no response';
check_error($err, { code => 5, status => 'NOT_FOUND', source => 'lease_revoke',
    retryable => 0, message => qr/lease not found/ }, 'lease_revoke of an unknown lease');

($r, $err) = sync($c, lease_revoke => "$id_s");
ok !$err, 'lease_revoke of a 64-bit id: no error' or diag explain $err;
($r, $err) = sync($c, lease_revoke => $id_i);
ok !$err, 'lease_revoke of a 64-bit id (integer): no error' or diag explain $err;

done_testing;
