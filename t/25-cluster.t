#!/usr/bin/perl
# Cluster service against a 3-member cluster: member_list (plain and
# {linearizable => 1}), member_add of a learner, member_promote of that
# learner (it never started, so etcd refuses), member_update,
# member_remove, and move_leader to another member (status from that
# member's endpoint then shows it as the leader).
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV::Etcd;
use EtcdTest qw(require_etcd managed free_port);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'changes cluster membership: needs a cluster of its own (ETCD_ENDPOINTS is set)'
    unless managed();

# --strict-reconfig-check=false: by default etcd refuses membership changes
# ("unhealthy cluster") until every member has been connected for 5 s; the
# test does not wait for that.  Learner promotion is checked regardless.
my $cl = EtcdTest->start_cluster(3, no_fsync => 1, extra_args => ['--strict-reconfig-check=false']);
my @members = $cl->members;
my $c = EV::Etcd->new(endpoints => [$cl->endpoints]);

# Cluster responses: etcd fills the header without a revision (0).
sub check_cluster_header {
    my ($h, $name) = @_;
    is ref $h, 'HASH', "$name: header is a hash" or return;
    is_deeply [sort keys %$h], [@HEADER_KEYS], "$name: header keys";
    is_int($h->{$_}, "$name: header $_") for @HEADER_KEYS;
    ok $h->{cluster_id} != 0 && $h->{member_id} != 0, "$name: header ids non-zero";
    cmp_ok $h->{raft_term}, '>=', 1, "$name: header raft_term >= 1";
    cmp_ok $h->{revision}, '>=', 0, "$name: header revision >= 0";
}

my @MEMBER_KEYS = qw(client_urls id is_learner name peer_urls);

sub check_member {
    my ($m, $name) = @_;
    exact_keys($m, \@MEMBER_KEYS, $name);
    is_int($m->{id}, "$name id");
    ok $m->{id} != 0, "$name: id is non-zero";
    ok defined $m->{name} && !ref $m->{name}, "$name: name is a string";
    is ref $m->{peer_urls}, 'ARRAY', "$name: peer_urls is an array";
    is ref $m->{client_urls}, 'ARRAY', "$name: client_urls is an array";
    ok defined $m->{is_learner}, "$name: is_learner is defined";
}

# the cluster as EtcdTest knows it: name => [peer_url, client_url]
my %expect = map { ($_->name => [$_->peer_url, $_->client_url]) } @members;

my ($r, $err);

# ---------------------------------------------------------------- member_list

($r, $err) = sync($c, member_list =>);
ok !$err, 'member_list: no error' or diag explain $err;
exact_keys($r, [qw(header members)], 'member_list');
check_cluster_header($r->{header}, 'member_list');
is ref $r->{members}, 'ARRAY', 'member_list: members is an array';
is scalar @{ $r->{members} || [] }, 3, 'member_list: three members';
my (%id_of, %member_by_id);
for my $m (@{ $r->{members} || [] }) {
    check_member($m, "member $m->{name}");
    ok !$m->{is_learner}, "member $m->{name}: not a learner";
    my $exp = $expect{ $m->{name} };
    ok $exp, "member $m->{name}: a member EtcdTest started" or next;
    is_deeply $m->{peer_urls}, [$exp->[0]], "member $m->{name}: peer_urls";
    is_deeply $m->{client_urls}, [$exp->[1]], "member $m->{name}: client_urls";
    $id_of{ $m->{name} } = "$m->{id}";
    $member_by_id{"$m->{id}"} = $m;
}
is scalar(keys %member_by_id), 3, 'member_list: three distinct ids';
ok $member_by_id{"$r->{header}{member_id}"}, 'member_list: header member_id is one of the members';
my @orig_ids = sort keys %member_by_id;

($r, $err) = sync($c, member_list => { linearizable => 1 });
ok !$err, 'member_list {linearizable => 1}: no error' or diag explain $err;
exact_keys($r, [qw(header members)], 'member_list {linearizable => 1}');
is_deeply [sort map { "$_->{id}" } @{ $r->{members} || [] }], \@orig_ids,
    'member_list {linearizable => 1}: the same members';

# ---------------------------------------------------------------- member_add (learner)

my $url = 'http://127.0.0.1:' . free_port();
($r, $err) = sync($c, member_add => [$url], { is_learner => 1 });
ok !$err, 'member_add learner: no error' or diag explain $err;
exact_keys($r, [qw(header member members)], 'member_add');
check_cluster_header($r->{header}, 'member_add');
my $new = $r->{member} || {};
check_member($new, 'member_add member');
ok $new->{is_learner}, 'member_add: the new member is a learner';
is_deeply $new->{peer_urls}, [$url], 'member_add: peer_urls';
is_deeply $new->{client_urls}, [], 'member_add: no client_urls yet (never started)';
is $new->{name}, '', 'member_add: no name yet (never started)';
my $lid = "$new->{id}";
ok !$member_by_id{$lid}, 'member_add: a new id';
is scalar @{ $r->{members} || [] }, 4, 'member_add: members lists four';
my ($in_list) = grep { "$_->{id}" eq $lid } @{ $r->{members} || [] };
ok $in_list && $in_list->{is_learner}, 'member_add: members includes the learner';

($r, $err) = sync($c, member_list =>);
my ($listed) = grep { "$_->{id}" eq $lid } @{ $r->{members} || [] };
ok $listed, 'member_list shows the learner';
ok $listed && $listed->{is_learner}, 'member_list: is_learner true for it';
is_deeply $listed && $listed->{peer_urls}, [$url], 'member_list: its peer_urls';

# ---------------------------------------------------------------- member_promote

# the learner never started, so it cannot be in sync with the leader
($r, $err) = sync($c, member_promote => $lid);
ok !defined $r, 'member_promote of a learner that never started: no response';
check_error($err, { code => 9, status => 'FAILED_PRECONDITION', source => 'member_promote',
    retryable => 1, message => 'etcdserver: can only promote a learner member which is in sync with leader' },
    'member_promote of a learner that never started');

# a voting member is no learner
($r, $err) = sync($c, member_promote => $orig_ids[0]);
check_error($err, { code => 9, status => 'FAILED_PRECONDITION', source => 'member_promote',
    retryable => 0, message => 'etcdserver: can only promote a learner member' },
    'member_promote of a voting member');

($r, $err) = sync($c, member_promote => 12345);
check_error($err, { code => 5, status => 'NOT_FOUND', source => 'member_promote',
    retryable => 0, message => qr/member not found/ }, 'member_promote of an unknown id');

# ---------------------------------------------------------------- member_update

my $url2 = 'http://127.0.0.1:' . free_port();
($r, $err) = sync($c, member_update => $lid, [$url2]);
ok !$err, 'member_update: no error' or diag explain $err;
exact_keys($r, [qw(header members)], 'member_update');
check_cluster_header($r->{header}, 'member_update');
($in_list) = grep { "$_->{id}" eq $lid } @{ $r->{members} || [] };
is_deeply $in_list && $in_list->{peer_urls}, [$url2], 'member_update: members shows the new peer_urls';
# (etcd 3.4 also clears the learner flag on update - an etcd bug fixed in
# 3.5 - so is_learner is not checked here)

($r, $err) = sync($c, member_list =>);
($listed) = grep { "$_->{id}" eq $lid } @{ $r->{members} || [] };
is_deeply $listed && $listed->{peer_urls}, [$url2], 'member_list after member_update: new peer_urls';
for my $id (@orig_ids) {
    my ($m) = grep { "$_->{id}" eq $id } @{ $r->{members} || [] };
    is_deeply $m && $m->{peer_urls}, $member_by_id{$id}{peer_urls}, "member $id untouched by the update";
}

($r, $err) = sync($c, member_update => 12345, [$url2]);
ok !defined $r, 'member_update of an unknown id: no response';
check_error($err, { code => 5, status => 'NOT_FOUND', source => 'member_update',
    retryable => 0, message => qr/member not found/ }, 'member_update of an unknown id');

# ---------------------------------------------------------------- member_remove

($r, $err) = sync($c, member_remove => $lid);
ok !$err, 'member_remove: no error' or diag explain $err;
exact_keys($r, [qw(header members)], 'member_remove');
check_cluster_header($r->{header}, 'member_remove');
is_deeply [sort map { "$_->{id}" } @{ $r->{members} || [] }], \@orig_ids,
    'member_remove: the remaining members are the original three';

($r, $err) = sync($c, member_list =>);
is_deeply [sort map { "$_->{id}" } @{ $r->{members} || [] }], \@orig_ids,
    'member_list after member_remove: the original three';

($r, $err) = sync($c, member_remove => $lid);
ok !defined $r, 'member_remove of a removed member: no response';
check_error($err, { code => 5, status => 'NOT_FOUND', source => 'member_remove',
    retryable => 0, message => qr/member not found/ }, 'member_remove of a removed member');

# ---------------------------------------------------------------- move_leader

my %client_at;    # member id -> a client connected to that member only
for my $m (@members) {
    $client_at{ $id_of{ $m->name } } = EV::Etcd->new(endpoints => [$m->endpoint]);
}

($r, $err) = sync($c, status =>);
ok !$err, 'status: no error' or diag explain $err;
my $old_leader = "$r->{leader}";
my $old_term = $r->{raft_term};
ok $member_by_id{$old_leader}, 'status: the leader is one of the members';
my ($target) = grep { $_ ne $old_leader } @orig_ids;
my ($other) = grep { $_ ne $old_leader && $_ ne $target } @orig_ids;

# only the leader can transfer leadership
($r, $err) = sync($client_at{$other}, move_leader => $target);
ok !defined $r, 'move_leader sent to a follower: no response';
check_error($err, { code => 9, status => 'FAILED_PRECONDITION', source => 'move_leader',
    retryable => 0, message => qr/not leader/ }, 'move_leader sent to a follower');

($r, $err) = sync($client_at{$old_leader}, move_leader => $target);
ok !$err, 'move_leader sent to the leader: no error' or diag explain $err;
is ref $r, 'HASH', 'move_leader: response is a hash';
if (ref $r eq 'HASH' && exists $r->{header}) {
    check_header($r->{header}, 'move_leader');
} else {
    note 'move_leader: the server sent no response header';
}
is_deeply [grep { $_ ne 'header' } sort keys %{ $r || {} }], [], 'move_leader: no keys besides header';

($r, $err) = sync($client_at{$target}, status =>);
ok !$err, "status from the new leader's endpoint: no error" or diag explain $err;
is "$r->{header}{member_id}", $target, 'status came from the target member';
is "$r->{leader}", $target, 'status: the target is now the leader';
cmp_ok $r->{raft_term}, '>', $old_term, 'status: the raft term advanced';

($r, $err) = sync($client_at{$old_leader}, status =>);
is "$r->{leader}", $target, 'status from the old leader: it knows the new leader';

done_testing;
