#!/usr/bin/perl
# Per-member maintenance: status, hash, hash_kv, defragment, alarm and
# snapshot take `endpoint => 'host:port'` (or a member's client URL) and ask
# that one member, as `etcdctl endpoint status/hashkv/defrag` do, whether or
# not the member is one of the client's endpoints.  A call pinned to a
# member never goes to another one: a dead member's call fails (UNAVAILABLE
# fail-fast, DEADLINE_EXCEEDED when it waits for the connection), even for
# defragment, which a client otherwise sends to the next member when the
# first cannot be reached.  Bad values croak naming the method and the option.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use File::Temp ();
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed dead_endpoint);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'kills and defragments members: needs a cluster of its own (ETCD_ENDPOINTS is set)'
    unless managed();

my $cl = EtcdTest->start_cluster(3, no_fsync => 1);
my @m = $cl->members;
my @eps = $cl->endpoints;
my $P = uniq_prefix('member-maint');

# Each member's id, from member_list (by the member's name), not from the
# calls under test.
my $c = EV::Etcd->new(endpoints => [$eps[0]], timeout => 20);
my ($r, $err) = sync($c, 'member_list');
ok !$err, 'member_list' or diag explain $err;
my %id_of_name = map { ($_->{name} => $_->{id}) } @{ $r->{members} || [] };
my @id = map { $id_of_name{ $_->name } } @m;
is scalar(grep { defined } @id), 3, 'member_list names the three members';
my %url_of_name = map { ($_->{name} => $_->{client_urls}[0]) } @{ $r->{members} || [] };

# ------------------------------------------------- status, one member each

# The client knows only member 0: members 1 and 2 get channels of their own.
my %seen;
for my $i (0 .. 2) {
    ($r, $err) = sync($c, status => { endpoint => $eps[$i] });
    ok !$err, "status of member $i: no error" or diag explain $err;
    check_header($r->{header}, "status of member $i");
    is $r->{header}{member_id}, $id[$i], "status of member $i: answered by member $i";
    ok((grep { $_ eq $r->{leader} } @id), "status of member $i: leader is one of the members");
    $seen{ $r->{header}{member_id} }++;
}
is scalar(keys %seen), 3, 'status with endpoint for each member: three different member_ids';

# again, in another order: each call goes to the member it names
for my $i (2, 0, 1, 1, 2) {
    ($r, $err) = sync($c, status => { endpoint => $eps[$i] });
    is $r && $r->{header}{member_id}, $id[$i], "status of member $i again: member $i";
}

# a member's client URL as member_list gives it (http://host:port)
($r, $err) = sync($c, status => { endpoint => $url_of_name{ $m[2]->name } });
ok !$err, "status with member_list's client URL: no error" or diag explain $err;
is $r && $r->{header}{member_id}, $id[2], "status with member_list's client URL ($url_of_name{ $m[2]->name }): member 2";

# undef: the policy's pick, as without the option
($r, $err) = sync($c, status => { endpoint => undef });
is $r && $r->{header}{member_id}, $id[0], 'status with endpoint => undef: the client\'s member';

# the extra channels are never picked for other calls
($r, $err) = sync($c, get => "${P}x");
is $r && $r->{header}{member_id}, $id[0], 'a call without endpoint goes to the client\'s own endpoint';

# ------------------------------------------------- round robin and pinning

my $rr = EV::Etcd->new(endpoints => [@eps], balance => 'round_robin', timeout => 20);
my @got;
for (1 .. 6) {
    ($r, $err) = sync($rr, status => { endpoint => $eps[1] });
    push @got, $r ? $r->{header}{member_id} : 'error';
}
is_deeply \@got, [($id[1]) x 6], 'round_robin client: six pinned status calls all go to member 1';
my %rr_seen;
for (1 .. 6) {
    ($r, $err) = sync($rr, 'status');
    $rr_seen{ $r ? $r->{header}{member_id} : 'error' }++;
}
is scalar(keys %rr_seen), 3, 'round_robin client: status calls without endpoint rotate over the members';

# ------------------------------------------------- hash and hash_kv

($r, $err) = sync($c, put => "${P}k", 'v');
ok !$err, 'put' or diag explain $err;
my $rev = $r->{header}{revision};
# every member has applied it: a linearizable read through each
for my $i (0 .. 2) {
    my $one = EV::Etcd->new(endpoints => [$eps[$i]], timeout => 20);
    my ($g) = sync($one, get => "${P}k");
    is $g && $g->{kvs}[0]{value}, 'v', "member $i has the key";
}
my %hashes;
for my $i (0 .. 2) {
    ($r, $err) = sync($c, hash_kv => $rev, { endpoint => $eps[$i] });
    ok !$err, "hash_kv of member $i: no error" or diag explain $err;
    exact_keys($r, [qw(compact_revision hash header)], "hash_kv of member $i");
    is $r->{header}{member_id}, $id[$i], "hash_kv of member $i: answered by member $i";
    is_int($r->{hash}, "hash_kv of member $i: hash");
    $hashes{ $r->{hash} // 'none' }++;

    ($r, $err) = sync($c, hash => { endpoint => $eps[$i] });
    ok !$err, "hash of member $i: no error" or diag explain $err;
    is $r && $r->{header}{member_id}, $id[$i], "hash of member $i: answered by member $i";
}
is scalar(keys %hashes), 1, "hash_kv at revision $rev: the same hash on the three members";

# ------------------------------------------------- alarm

for my $i (0 .. 2) {
    ($r, $err) = sync($c, alarm => 'GET', { endpoint => $eps[$i] });
    ok !$err, "alarm GET on member $i: no error" or diag explain $err;
    is_deeply $r && ($r->{alarms} // []), [], "alarm GET on member $i: no alarms";
}

# ------------------------------------------------- defragment of one member

# Make every member's backend file larger than its data: write 2 MB, delete
# it and compact; only a defragment gives the space back, and only on the
# member it ran on.
for my $n (1 .. 20) {
    ($r, $err) = sync($c, put => "${P}big/$n", 'x' x 100_000);
    ok(!$err, "big put $n") or diag explain $err if $err;
}
($r, $err) = sync($c, delete => "${P}big/", { prefix => 1 });
is $r && $r->{deleted}, 20, 'the big keys deleted';
($r, $err) = sync($c, compact => $r->{header}{revision}, { physical => 1 });
ok !$err, 'compact (physical)' or diag explain $err;
sub db_sizes {
    return map { my ($s) = sync($c, status => { endpoint => $_ }); $s ? $s->{db_size} : -1 } @eps;
}
my @before = db_sizes();
cmp_ok $before[$_], '>', 2_000_000, "member $_: db_size before the defragment holds the deleted data"
    for 0 .. 2;
($r, $err) = sync($c, defragment => { endpoint => $eps[1] });
ok !$err, 'defragment of member 1: no error' or diag explain $err;
is ref $r, 'HASH', 'defragment of member 1: a response hash';
my @after = db_sizes();
cmp_ok $after[1], '<', $before[1] / 2, "member 1: db_size shrank ($before[1] -> $after[1])";
is $after[0], $before[0], 'member 0: db_size unchanged (not defragmented)';
is $after[2], $before[2], 'member 2: db_size unchanged (not defragmented)';

# ------------------------------------------------- bad values

my $cb = sub { fail 'callback of a call that croaked' };
my $here = __FILE__;
for my $case (
    ['a reference', [], qr/^status: option 'endpoint' must be a string/],
    ['a word', 'nowhere', qr/^status: option 'endpoint' value 'nowhere' must be host:port/],
    ['two endpoints', "$eps[0],$eps[1]", qr/^status: option 'endpoint' value '\Q$eps[0],$eps[1]\E' must be one endpoint/],
    ['port 0', '127.0.0.1:0', qr/^status: option 'endpoint' value '127\.0\.0\.1:0' has a port outside 1 to 65535/],
    ['port 70000', '127.0.0.1:70000', qr/^status: option 'endpoint' value '127\.0\.0\.1:70000' has a port outside 1 to 65535/],
    ['ftp://', "ftp://$eps[0]", qr/^status: option 'endpoint' value 'ftp:.*' has an unsupported scheme/],
    ['https:// without TLS', "https://$eps[0]", qr/^status: option 'endpoint' value 'https:.*' is https:\/\/, but the client does not use TLS/],
    ['empty', '', qr/^status: option 'endpoint' value '' is empty/],
    ['unix: without a path', 'unix:', qr/^status: option 'endpoint' value 'unix:' needs a socket path/],
    ['a bad IPv6', '[zz]:2379', qr/^status: option 'endpoint' value '\[zz\]:2379' has no IPv6 address in \[\]/],
) {
    my ($what, $v, $re) = @$case;
    my $ok = eval { $c->status({ endpoint => $v }, $cb); 1 };
    like $ok ? 'no croak' : $@, $re, "status, endpoint $what: croaks naming the method and the option";
    like $@, qr/ at \Q$here\E line \d+\.?\n\z/, "status, endpoint $what: the croak names the caller's line" unless $ok;
}
for my $meth (qw(hash defragment)) {
    ok !eval { $c->$meth({ endpoint => 'x' }, $cb); 1 }, "$meth: a bad endpoint croaks";
    like $@, qr/^$meth: option 'endpoint' value 'x' must be host:port/, "$meth: the croak names $meth";
}
ok !eval { $c->hash_kv(0, { endpoint => 'x' }, $cb); 1 }, 'hash_kv: a bad endpoint croaks';
like $@, qr/^hash_kv: option 'endpoint'/, 'hash_kv: the croak names hash_kv';
ok !eval { $c->alarm('GET', { endpoint => 'x' }, $cb); 1 }, 'alarm: a bad endpoint croaks';
like $@, qr/^alarm: option 'endpoint'/, 'alarm: the croak names alarm';
my $snapdir = File::Temp::tempdir(CLEANUP => 1);
ok !eval { $c->snapshot("$snapdir/bad.db", { endpoint => 'x' }, $cb); 1 }, 'snapshot: a bad endpoint croaks';
like $@, qr/^snapshot: option 'endpoint'/, 'snapshot: the croak names snapshot';
ok !-e "$snapdir/bad.db", 'snapshot: nothing written for a call that croaked';
ok !eval { $c->get("${P}k", { endpoint => $eps[1] }, $cb); 1 }, 'get does not take endpoint';
like $@, qr/^get: unknown option 'endpoint' \(valid options: /, 'get: endpoint is an unknown option';
like $@, qr/\(valid options: [^)]*\bendpoint\b/, 'status lists endpoint among its options'
    if !eval { $c->status({ bogus => 1 }, $cb); 1 };

# ------------------------------------------------- move_leader

# The leader, as the POD's example finds it: status's leader (a member ID)
# -> member_list's client URL -> the endpoint option.
($r, $err) = sync($c, 'status');
ok !$err, 'status (to find the leader)' or diag explain $err;
my $leader = $r && $r->{leader};
my ($li) = grep { defined $id[$_] && defined $leader && $id[$_] == $leader } 0 .. 2;
ok defined $li, 'status: the leader is one of the three members';
$li //= 0;
my @followers = grep { $_ != $li } 0 .. 2;
my ($ti, $oi) = @followers;
my %url_of_id = map { ($id_of_name{ $_->name } => $url_of_name{ $_->name }) } @m;

# sent to a follower (not the target): etcd refuses it there
($r, $err) = sync($c, move_leader => $id[$ti], { endpoint => $url_of_id{ $id[$oi] } });
ok !$r, 'move_leader via a follower: no response';
check_error($err, { status => 'FAILED_PRECONDITION', code => 9, source => 'move_leader', retryable => 0,
                    message => qr/not leader/ },
    'move_leader via a follower: FAILED_PRECONDITION (not leader)');

# a target that is no member
($r, $err) = sync($c, move_leader => 12345, { endpoint => $url_of_id{$leader // 0} // $eps[$li] });
ok !$r, 'move_leader to a member ID that does not exist: no response';
check_error($err, { status => 'FAILED_PRECONDITION', code => 9, source => 'move_leader',
                    message => qr/bad leader transferee/ },
    'move_leader to a member ID that does not exist: FAILED_PRECONDITION');

# sent to the leader: leadership moves to the target
($r, $err) = sync($c, move_leader => $id[$ti], { endpoint => $url_of_id{$leader // 0} // $eps[$li] });
ok !$err, "move_leader via the leader (member $li) to member $ti: no error" or diag explain $err;
ok $r && ref $r eq 'HASH', 'move_leader: a response hash';
check_header($r->{header}, 'move_leader') if $r && $r->{header};
# every member reports the new leader (a follower may learn it a moment later)
for my $i (0 .. 2) {
    my $now;
    for (1 .. 100) {
        my ($st) = sync($c, status => { endpoint => $eps[$i] });
        last if defined($now = $st && $st->{leader}) && $now == $id[$ti];
        run_for(0.1);
    }
    is $now, $id[$ti], "after move_leader, member $i reports member $ti as the leader";
}
# the option is checked as for the other maintenance calls
ok !eval { $c->move_leader($id[$li], { endpoint => 'nowhere' }, $cb); 1 }, 'move_leader: a malformed endpoint croaks';
like $@, qr/^move_leader: option 'endpoint' value 'nowhere' must be host:port/, '... naming the method and the option';

# ------------------------------------------------- a dead member

$m[0]->kill;
# the client whose only endpoint is member 0: pinned calls to the others work
my $snap = "$snapdir/member2.db";
($r, $err) = sync($c, snapshot => $snap, { endpoint => $eps[2] });
ok !$err, 'snapshot from member 2 while the client\'s own member is down' or diag explain $err;
ok -s $snap, 'snapshot from member 2: the file is there';
is $r && $r->{size}, -s $snap, 'snapshot from member 2: its size is the file\'s';
($r, $err) = sync($c, status => { endpoint => $eps[1] });
is $r && $r->{header}{member_id}, $id[1], 'status of member 1 while the client\'s own member is down';
($r, $err) = sync($c, get => "${P}k", { wait_for_ready => 0 });
check_error($err, { status => 'UNAVAILABLE', source => 'get' },
    'get without endpoint: the client\'s member is down, the extra channels are not picked');

# a client of all three members: calls pinned to the dead one fail there
my $all = EV::Etcd->new(endpoints => [@eps], timeout => 20);
($r, $err) = sync($all, status => { endpoint => $eps[0], wait_for_ready => 0 });
ok !$r, 'status pinned to the dead member: no response from another member'
    or diag "answered by member_id $r->{header}{member_id}";
check_error($err, { status => 'UNAVAILABLE', code => 14, source => 'status', retryable => 1 },
    'status pinned to the dead member (fail-fast)');
($r, $err) = sync($all, defragment => { endpoint => $eps[0], wait_for_ready => 0 });
ok !$r, 'defragment pinned to the dead member: not sent to another member';
check_error($err, { status => 'UNAVAILABLE', source => 'defragment' },
    'defragment pinned to the dead member (fail-fast)');
($r, $err) = sync($all, hash_kv => 0, { endpoint => $eps[0], timeout => 2 });
ok !$r, 'hash_kv pinned to the dead member, waiting for it: no response from another member';
check_error($err, { status => 'DEADLINE_EXCEEDED', source => 'hash_kv',
                    message => qr/waiting for a connection/ },
    'hash_kv pinned to the dead member waits for it until the deadline');
($r, $err) = sync($all, snapshot => "$snapdir/dead.db", { endpoint => $eps[0] });
ok !$r, 'snapshot pinned to the dead member: no snapshot from another member';
check_error($err, { status => 'UNAVAILABLE', source => 'snapshot' }, 'snapshot pinned to the dead member');
ok !-e "$snapdir/dead.db" && !-e "$snapdir/dead.db.part", 'snapshot pinned to the dead member: no file left';
# a member nobody listens on, not in the client's list
my $nowhere = dead_endpoint();
($r, $err) = sync($all, status => { endpoint => $nowhere, wait_for_ready => 0 });
check_error($err, { status => 'UNAVAILABLE', source => 'status' }, "status pinned to $nowhere (nothing listens)");
# while the same client's other calls go on
($r, $err) = sync($all, status => { endpoint => $eps[2] });
is $r && $r->{header}{member_id}, $id[2], 'the same client: status of member 2';
$cl->wait_leader(60);
($r, $err) = sync($all, get => "${P}k");
is $r && $r->{kvs}[0]{value}, 'v', 'the same client: a get without endpoint fails over to a live member';

done_testing;
