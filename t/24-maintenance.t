#!/usr/bin/perl
# Maintenance service (unary part): status, alarm (GET / ACTIVATE /
# DEACTIVATE; a NOSPACE alarm blocks writes), defragment, hash_kv with and
# without a revision, hash, move_leader on a single member, downgrade
# (UNIMPLEMENTED on etcd 3.4).  snapshot is a stream and is tested elsewhere.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'raises alarms and compacts: needs a server of its own (ETCD_ENDPOINTS is set)'
    unless managed();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('maint');

# Responses whose header etcd does not always send (etcd 3.4 fills no header
# in Alarm, Defragment and MoveLeader responses): the other keys must be
# exactly $exp; a header, when present, must be a proper one.
sub keys_maybe_header {
    my ($h, $exp, $name) = @_;
    my %k = map { ($_ => 1) } keys %{ ref $h eq 'HASH' ? $h : {} };
    if (delete $k{header}) {
        check_header($h->{header}, $name);
    } else {
        note "$name: the server sent no response header";
    }
    my @exp = sort @$exp;
    is_deeply [sort keys %k], \@exp, "$name: response keys besides header are exactly (@exp)";
}

my ($r, $err);

# ---------------------------------------------------------------- status

($r, $err) = sync($c, status =>);
ok !$err, 'status: no error' or diag explain $err;
my @status_keys = qw(version db_size db_size_in_use leader raft_index raft_term
                     raft_applied_index is_learner header);
ok exists $r->{$_}, "status: response has '$_'" for @status_keys;
ok !exists $r->{errors}, 'status: no errors key (the member has no errors)';
exact_keys($r, \@status_keys, 'status');
check_header($r->{header}, 'status');
my $ver = $r->{version} // '';
like $ver, qr/\A\d+\.\d+\.\d+/, 'status: version looks like x.y.z';
is_int($r->{$_}, "status $_") for qw(db_size db_size_in_use leader raft_index raft_term raft_applied_index);
cmp_ok $r->{db_size}, '>', 0, 'status: db_size > 0';
cmp_ok $r->{db_size_in_use}, '>', 0, 'status: db_size_in_use > 0';
cmp_ok $r->{db_size_in_use}, '<=', $r->{db_size}, 'status: db_size_in_use <= db_size';
my $mid = $r->{header}{member_id};
is "$r->{leader}", "$mid", 'status: a single member leads itself (leader == header member_id)';
is $r->{raft_term}, $r->{header}{raft_term}, 'status: raft_term == header raft_term';
cmp_ok $r->{raft_index}, '>', 0, 'status: raft_index > 0';
cmp_ok $r->{raft_applied_index}, '<=', $r->{raft_index}, 'status: raft_applied_index <= raft_index';
ok defined $r->{is_learner} && !$r->{is_learner}, 'status: is_learner is defined and false';
my $v34 = $ver =~ /\A3\.4\./;

# ---------------------------------------------------------------- alarm

($r, $err) = sync($c, alarm => 'GET');
ok !$err, 'alarm GET: no error' or diag explain $err;
keys_maybe_header($r, ['alarms'], 'alarm GET');
is ref $r->{alarms}, 'ARRAY', 'alarm GET: alarms is an array';
is_deeply $r->{alarms}, [], 'alarm GET: no alarms on a fresh server';

($r, $err) = sync($c, alarm => 'ACTIVATE', { member_id => $mid, alarm => 'NOSPACE' });
ok !$err, 'alarm ACTIVATE NOSPACE: no error' or diag explain $err;
keys_maybe_header($r, ['alarms'], 'alarm ACTIVATE');
is scalar @{ $r->{alarms} || [] }, 1, 'alarm ACTIVATE: the response lists the alarm';

($r, $err) = sync($c, alarm => 'GET');
ok !$err, 'alarm GET after ACTIVATE: no error' or diag explain $err;
is scalar @{ $r->{alarms} || [] }, 1, 'alarm GET: one alarm';
my $alarm = $r->{alarms}[0];
exact_keys($alarm, [qw(alarm alarm_type member_id)], 'alarm entry');
is_int($alarm->{member_id}, 'alarm member_id');
is "$alarm->{member_id}", "$mid", 'alarm: member_id is the member';
is_int($alarm->{alarm}, 'alarm alarm');
is $alarm->{alarm}, 1, 'alarm: alarm is the integer 1 (NOSPACE)';
is $alarm->{alarm_type}, 'NOSPACE', "alarm: alarm_type is 'NOSPACE'";

# NOSPACE makes etcd refuse writes
($r, $err) = sync($c, put => "${P}k", 'v');
ok !defined $r, 'put under a NOSPACE alarm: no response';
check_error($err, { code => 8, status => 'RESOURCE_EXHAUSTED', source => 'put', retryable => 0,
    message => qr/database space exceeded/ }, 'put under a NOSPACE alarm');

($r, $err) = sync($c, alarm => 'DEACTIVATE', { member_id => $mid, alarm => 'NOSPACE' });
ok !$err, 'alarm DEACTIVATE: no error' or diag explain $err;
keys_maybe_header($r, ['alarms'], 'alarm DEACTIVATE');

($r, $err) = sync($c, alarm => 'GET');
ok !$err, 'alarm GET after DEACTIVATE: no error';
is_deeply $r->{alarms}, [], 'alarm GET after DEACTIVATE: no alarms';

($r, $err) = sync($c, put => "${P}k", 'v1');
ok !$err, 'put after DEACTIVATE: no error' or diag explain $err;

# ---------------------------------------------------------------- defragment

($r, $err) = sync($c, defragment =>);
ok !$err, 'defragment: no error' or diag explain $err;
is ref $r, 'HASH', 'defragment: response is a hash';
keys_maybe_header($r, [], 'defragment');

# ---------------------------------------------------------------- hash_kv

($r, $err) = sync($c, hash_kv =>);
ok !$err, 'hash_kv: no error' or diag explain $err;
ok exists $r->{$_}, "hash_kv: response has '$_'" for qw(hash compact_revision header);
exact_keys($r, [qw(compact_revision hash header)], 'hash_kv');
check_header($r->{header}, 'hash_kv');
is_int($r->{hash}, 'hash_kv hash');
is_int($r->{compact_revision}, 'hash_kv compact_revision');
is $r->{compact_revision}, -1, 'hash_kv: compact_revision is -1 (never compacted)';
my $rev1 = $r->{header}{revision};
my $hash1 = $r->{hash};

($r, $err) = sync($c, hash_kv => $rev1);
ok !$err, 'hash_kv($revision): no error' or diag explain $err;
exact_keys($r, [qw(compact_revision hash header)], 'hash_kv($revision)');
check_header($r->{header}, 'hash_kv($revision)');
is $r->{hash}, $hash1, 'hash_kv(current revision) == hash_kv()';

($r, $err) = sync($c, put => "${P}k", 'v2');
ok !$err, 'put';
my $rev2 = $r->{header}{revision};

($r, $err) = sync($c, hash_kv =>);
isnt $r->{hash}, $hash1, 'hash_kv changes after a put';
my $hash2 = $r->{hash};
($r, $err) = sync($c, hash_kv => $rev1);
is $r->{hash}, $hash1, 'hash_kv(old revision) still gives the old hash';
($r, $err) = sync($c, hash_kv => $rev2);
is $r->{hash}, $hash2, 'hash_kv(new revision) == hash_kv()';

($r, $err) = sync($c, hash_kv => $rev2 + 1000);
ok !defined $r, 'hash_kv(future revision): no response';
check_error($err, { code => 11, status => 'OUT_OF_RANGE', source => 'hash_kv', retryable => 1,
    message => qr/future revision/ }, 'hash_kv(future revision)');

($r, $err) = sync($c, compact => $rev2, { physical => 1 });
ok !$err, 'compact' or diag explain $err;
($r, $err) = sync($c, hash_kv =>);
ok !$err, 'hash_kv after compact: no error';
is $r->{compact_revision}, $rev2, 'hash_kv: compact_revision is the compacted revision';
($r, $err) = sync($c, hash_kv => $rev1);
ok !defined $r, 'hash_kv(compacted revision): no response';
check_error($err, { code => 11, status => 'OUT_OF_RANGE', source => 'hash_kv', retryable => 0,
    message => qr/compacted/ }, 'hash_kv(compacted revision)');

# ---------------------------------------------------------------- hash

($r, $err) = sync($c, hash =>);
ok !$err, 'hash: no error' or diag explain $err;
exact_keys($r, [qw(hash header)], 'hash');
check_header($r->{header}, 'hash');
is_int($r->{hash}, 'hash hash');
cmp_ok $r->{hash}, '>', 0, 'hash: non-zero';
cmp_ok $r->{hash}, '<', 2**32, 'hash: a 32-bit value (CRC32)';

# ---------------------------------------------------------------- move_leader

# to itself: etcd accepts (the member already leads)
($r, $err) = sync($c, move_leader => $mid);
ok !$err, 'move_leader to the current leader (itself): no error' or diag explain $err;
keys_maybe_header($r, [], 'move_leader to itself');

# to a member that does not exist
my $ghost = "$mid" eq '1' ? 2 : 1;
($r, $err) = sync($c, move_leader => $ghost);
ok !defined $r, 'move_leader to an unknown member: no response';
check_error($err, { code => 9, status => 'FAILED_PRECONDITION', source => 'move_leader',
    retryable => 0, message => qr/bad leader transferee/ }, 'move_leader to an unknown member');

($r, $err) = sync($c, status =>);
is "$r->{leader}", "$mid", 'status after move_leader: still the leader';

# ---------------------------------------------------------------- downgrade

($r, $err) = sync($c, downgrade => 'VALIDATE', { version => '3.4.0' });
if ($v34) {
    ok !defined $r, "downgrade on etcd $ver: no response";
    check_error($err, { code => 12, status => 'UNIMPLEMENTED', source => 'downgrade',
        retryable => 0, message => qr/Downgrade/ }, "downgrade on etcd $ver (no Downgrade RPC)");
} else {
    # 3.5+: validating a downgrade to a version two minors back fails
    ok !defined $r, "downgrade VALIDATE 3.4.0 on etcd $ver: refused";
    check_error($err, { source => 'downgrade', retryable => 0 }, "downgrade VALIDATE 3.4.0 on etcd $ver");
}

is inflight($c), 0, 'nothing left in flight';

done_testing;
