#!/usr/bin/perl
# The forms new() takes for endpoints, each against real etcd members of
# one cluster: member 0 listens on IPv6 ([::1]) only, member 1 on IPv4,
# member 2 on a unix socket (etcd's --listen-client-urls unix://localhost:PORT,
# a socket file named "localhost:PORT" in etcd's working directory).
#   - IPv4 and IPv6 endpoints in one list; killing the first member's
#     process fails the client over to the IPv4 one;
#   - a comma-separated string (as etcdctl --endpoints takes), also inside
#     an array element;
#   - a host name that does not resolve, first in the list: new does not
#     croak and calls go to the next member;
#   - unix:/abs/path, unix:///abs/path and a relative unix:path (taken from
#     the current directory when new runs).
use strict;
use warnings;
use Test::More;
use Cwd ();
use File::Basename qw(dirname);
use File::Temp ();
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed free_port);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'needs members listening on IPv6 and on a unix socket (ETCD_ENDPOINTS is set)'
    unless managed();

my $v6_port = free_port();
my $unix_port = free_port();
my $dir = Cwd::abs_path(File::Temp::tempdir('ee-unix-XXXXXX', TMPDIR => 1, CLEANUP => 1));
my $orig = Cwd::getcwd();
# etcd creates the socket in its working directory: start the members there
chdir $dir or die "chdir $dir: $!";
my $cl = eval {
    EtcdTest->start_cluster(3, no_fsync => 1, member_opts => [
        { extra_args => ['--listen-client-urls', "http://[::1]:$v6_port",
                         '--advertise-client-urls', "http://[::1]:$v6_port"] },
        {},
        { extra_args => ['--listen-client-urls', "unix://localhost:$unix_port",
                         '--advertise-client-urls', "unix://localhost:$unix_port"] },
    ]);
};
my $start_err = $@;
chdir $orig or die "chdir $orig: $!";
die $start_err unless $cl;
my @m = $cl->members;
my $v6 = "[::1]:$v6_port";
my $v4 = $m[1]->endpoint;
my $sock = "$dir/localhost:$unix_port";
ok -S $sock, "member 2 listens on the unix socket $sock";

# the members' ids, by name, from member_list over the IPv4 member
my $c = EV::Etcd->new(endpoints => [$v4], timeout => 20);
my ($r, $err) = sync($c, 'member_list');
ok !$err, 'member_list' or diag explain $err;
my %id_of_name = map { ($_->{name} => $_->{id}) } @{ $r->{members} || [] };
my @id = map { $id_of_name{ $_->name } } @m;
is scalar(grep { defined } @id), 3, 'three member ids';
my $P = uniq_prefix('endpoint-forms');

# Which member answers a call without the endpoint option.
sub served_by {
    my ($client, $what) = @_;
    my ($resp, $e) = sync($client, put => "${P}who", $what);
    ok !$e, "$what: put succeeds" or diag explain $e;
    return $resp ? $resp->{header}{member_id} : 'error';
}

# ------------------------------------------------- unix sockets

for my $form ("unix:$sock", "unix://$sock", "unix:///$sock") {
    my $u = EV::Etcd->new(endpoints => [$form], timeout => 20);
    is_deeply [$u->_target], ["unix:$sock"], "$form: the gRPC target is unix:$sock";
    is served_by($u, $form), $id[2], "$form: served by the member on the socket";
}
{
    chdir $dir or die;
    my $u = EV::Etcd->new(endpoints => ["unix:localhost:$unix_port"], timeout => 20);
    my $u2 = EV::Etcd->new(endpoints => ["unix://localhost:$unix_port"], timeout => 20);
    chdir $orig or die;
    is_deeply [$u->_target], ["unix:$sock"], 'a relative unix:path is taken from the directory new ran in';
    is_deeply [$u2->_target], ["unix:$sock"], "etcd's own unix://localhost:PORT form: the file in that directory";
    is served_by($u, 'relative unix path'), $id[2], 'relative unix path, used from another directory: served by member 2';
}
# status pinned to the socket's member
($r, $err) = sync($c, status => { endpoint => "unix:$sock" });
is $r && $r->{header}{member_id}, $id[2], 'status with endpoint => unix:path: member 2';

# ------------------------------------------------- comma-separated strings

for my $case ([string => "$v4,unix:$sock"], ['string with spaces' => " $v4 , unix:$sock "],
              ['array element' => ["$v4,unix:$sock"]], ['array of two' => [$v4, "unix:$sock"]]) {
    my ($what, $eps) = @$case;
    my $cc = EV::Etcd->new(endpoints => $eps, timeout => 20);
    is_deeply [$cc->_target], ["ipv4:$v4", "unix:$sock"], "comma-separated, $what: two members";
    is served_by($cc, "comma $what"), $id[1], "comma-separated, $what: the first one serves";
}
my $three = EV::Etcd->new(endpoints => ["$v6,$v4", "unix:$sock"], timeout => 20);
is_deeply [$three->_target], ["ipv6:$v6", "ipv4:$v4", "unix:$sock"], 'a comma list and another element: three members, in order';
for my $bad (['only commas', ','], ['an empty entry', "$v4,,x"], ['a bad entry', "$v4,nowhere"]) {
    my ($what, $eps) = @$bad;
    ok !eval { EV::Etcd->new(endpoints => $eps); 1 }, "comma-separated, $what: croaks";
    like $@, qr/^new: /, "comma-separated, $what: the croak is new's";
}

# ------------------------------------------------- a name that does not resolve

{
    my $cc = eval { EV::Etcd->new(endpoints => ['no-such-member.invalid:2379', $v4], timeout => 20) };
    ok $cc, 'new with an unresolvable host name first does not croak' or diag $@;
    is served_by($cc, 'unresolvable first'), $id[1], 'unresolvable first, good second: the second member serves';
    is served_by($cc, 'unresolvable first, again'), $id[1], 'unresolvable first: later calls too';
    my $alone = EV::Etcd->new(endpoints => ['no-such-member.invalid:2379'], timeout => 20);
    ($r, $err) = sync($alone, get => "${P}who", { wait_for_ready => 0 });
    check_error($err, { status => 'UNAVAILABLE', source => 'get' }, 'an unresolvable name alone: calls fail with UNAVAILABLE');
}

# ------------------------------------------------- IPv4 and IPv6 in one list

my $mixed = EV::Etcd->new(endpoints => [$v6, $v4], timeout => 20);
is_deeply [$mixed->_target], ["ipv6:$v6", "ipv4:$v4"], 'mixed families: an IPv6 and an IPv4 member';
is served_by($mixed, 'mixed, IPv6 first'), $id[0], 'mixed families: the IPv6 member (first) serves';
my $mixed4 = EV::Etcd->new(endpoints => "$v4,$v6", timeout => 20);
is served_by($mixed4, 'mixed, IPv4 first'), $id[1], 'mixed families, IPv4 first: the IPv4 member serves';
$m[0]->kill;
# a read the member answers alone (no leader needed while one is elected)
($r, $err) = sync($mixed, get => "${P}who", { serializable => 1 });
ok !$err, 'mixed families: a get after the IPv6 member was killed succeeds' or diag explain $err;
is $r && $r->{header}{member_id}, $id[1],
    'mixed families: the IPv6 member killed, the client fails over to the IPv4 one';
is $r && $r->{kvs}[0]{value}, 'mixed, IPv4 first', 'mixed families: the value read after the failover';
# writes too, once the two members left have a leader
my $leader = 0;
wait_until {
    my ($s) = sync($mixed, status => { endpoint => $v4 });
    $leader = $s ? $s->{leader} : 0;
    $leader && $leader ne $id[0];
} 'a leader among the members left', 60;
is served_by($mixed, 'mixed, IPv6 member killed'), $id[1], 'mixed families: writes go to the IPv4 member';

done_testing;
