#!/usr/bin/perl
# The endpoint option of the maintenance calls (t/28) with the client's TLS
# and credentials: a channel made for a member that is not one of the
# client's endpoints checks that member's certificate with the client's
# CA, and carries the client's auth token (hash_kv, hash, defragment and
# snapshot need an admin: without the token etcd refuses them).
#   - a TLS cluster of 3 members on 127.0.0.1-3, each with a certificate
#     for its own IP; the client knows member 0 only (https://);
#   - status, hash_kv, hash, defragment and snapshot pinned to each member
#     are answered by it (member ids from member_list);
#   - auth enabled (root): the client logs in with username/password and
#     its pinned calls to the other members succeed; a client without
#     credentials gets etcd's refusal from the member it pinned; a client
#     whose CA did not sign the members' certificates fails there, with the
#     member named.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use File::Temp ();
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EtcdTLS;

require_etcd();
plan skip_all => 'starts a TLS cluster and enables auth (ETCD_ENDPOINTS is set)' unless managed();
EtcdTLS::require_openssl();

my $pki = EtcdTLS->new;
my @hosts = ('127.0.0.1', '127.0.0.2', '127.0.0.3');
my @mo;
for my $i (0 .. 2) {
    my ($crt, $key) = $pki->server_pair("pin$i", ips => [$hosts[$i]]);
    push @mo, { host => $hosts[$i], extra_args => [$pki->member_args($crt, $key)] };
}
my $cl = EtcdTest->start_cluster(3, no_fsync => 1, scheme => 'https', member_opts => \@mo);
my @m = $cl->members;
my @eps = $cl->endpoints;
is_deeply [map { /^([\d.]+):/ ? $1 : '' } @eps], \@hosts, 'the members listen on 127.0.0.1, .2 and .3';

my $tls = { ca_file => $pki->ca_file };
my $c = EV::Etcd->new(endpoints => ["https://$eps[0]"], tls => $tls, timeout => 20);
my ($r, $err) = sync($c, 'member_list');
ok !$err, 'member_list over TLS' or diag explain $err;
my %id_of_name = map { ($_->{name} => $_->{id}) } @{ $r->{members} || [] };
my @id = map { $id_of_name{ $_->name } } @m;
is scalar(grep { defined } @id), 3, 'three member ids';

# ------------------------------------------------- TLS

for my $i (0 .. 2) {
    for my $form ("https://$eps[$i]", $eps[$i]) {
        ($r, $err) = sync($c, status => { endpoint => $form });
        ok !$err, "TLS: status pinned to $form" or diag explain $err;
        is $r && $r->{header}{member_id}, $id[$i], "TLS: status pinned to $form: answered by member $i";
    }
}
ok !eval { $c->status({ endpoint => "http://$eps[1]" }, sub { fail 'called' }); 1 },
    'TLS client: an http:// endpoint croaks';
like $@, qr/^status: option 'endpoint' value 'http:\S+' is http:\/\/, but the client uses TLS/,
    'TLS client: the croak says why';

my $other = EV::Etcd->new(endpoints => ["https://$eps[0]"], tls => { ca_file => $pki->other_ca_file },
                          timeout => 10);
($r, $err) = sync($other, status => { endpoint => $eps[2] });
ok !$r, 'a CA that did not sign the member: no response';
check_error($err, { status => 'UNAVAILABLE', source => 'status', retryable => 0,
                    message => qr/\Q$hosts[2]\E/ },
    'a CA that did not sign the member: the pinned member\'s certificate is refused, naming it');

# ------------------------------------------------- the client's credentials

for my $step (['user_add', 'root', 'rootpw'], ['role_add', 'root'], ['user_grant_role', 'root', 'root'],
              ['auth_enable']) {
    my ($meth, @args) = @$step;
    ($r, $err) = sync($c, $meth => @args);
    ok !$err, "$meth" or diag explain $err;
}
my $root = EV::Etcd->new(endpoints => ["https://$eps[0]"], tls => $tls, timeout => 20,
                         username => 'root', password => 'rootpw');
($r, $err) = sync($root, put => '/pin/k', 'v');
ok !$err, 'auth: root puts' or diag explain $err;
my $rev = $r && $r->{header}{revision};
my $dir = File::Temp::tempdir(CLEANUP => 1);
for my $i (1, 2) {
    ($r, $err) = sync($root, hash_kv => $rev, { endpoint => $eps[$i] });
    ok !$err, "auth: hash_kv (admin only) pinned to member $i" or diag explain $err;
    is $r && $r->{header}{member_id}, $id[$i], "auth: hash_kv pinned to member $i: answered by member $i";
    ($r, $err) = sync($root, hash => { endpoint => $eps[$i] });
    is $r && $r->{header}{member_id}, $id[$i], "auth: hash pinned to member $i: answered by member $i"
        or diag explain $err;
    ($r, $err) = sync($root, defragment => { endpoint => $eps[$i] });
    ok !$err, "auth: defragment (admin only) of member $i" or diag explain $err;
    ($r, $err) = sync($root, snapshot => "$dir/m$i.db", { endpoint => "https://$eps[$i]" });
    ok !$err, "auth: snapshot (admin only) from member $i" or diag explain $err;
    ok -s "$dir/m$i.db", "auth: snapshot from member $i: the file is there";
}
# the same calls without credentials: refused by the member they name
my $anon = EV::Etcd->new(endpoints => ["https://$eps[0]"], tls => $tls, timeout => 20);
($r, $err) = sync($anon, hash_kv => $rev, { endpoint => $eps[2] });
ok !$r, 'no credentials: hash_kv pinned to member 2 is refused';
check_error($err, { source => 'hash_kv', retryable => 0,
                    message => qr/user name is empty|permission denied|invalid auth token/ },
    'no credentials: etcd\'s refusal');

done_testing;
