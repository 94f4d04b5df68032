#!/usr/bin/perl
# TLS across several members: each member has a certificate of its own
# (t/lib/EtcdTLS.pm), one CA signed them all, and the client checks each
# member's certificate against that member's own host name or address.
#
#   - cluster T, 3 members, TLS: member 1 listens on 127.0.0.1 with a
#     certificate for DNS:localhost only (given as localhost:PORT), members
#     2 and 3 on 127.0.0.2 and 127.0.0.3 with certificates for their IP;
#     every certificate also names etcd-cluster.test (for server_name).
#     With all three endpoints: put, get, watch; each endpoint alone works;
#     two endpoints work; round robin reaches every member; server_name
#     names all of them; _target lists one target per member.  Then the
#     member in use is killed: puts and gets go on on another member and
#     the watch delivers every event written after the kill, once, in order.
#   - cluster M, 3 members, mTLS (--client-cert-auth) on 127.0.0.4-6 with IP
#     certificates: the same with cert_file/key_file, including the kill.
#   - certificate problems: new() croaks naming the option, the file and the
#     reason (no PEM certificate, no PEM key, expired, a key that is not the
#     certificate's); a member whose certificate is expired, not yet valid,
#     for another name or of an unknown CA fails calls with an error that
#     names the member and the reason, retryable 0; a member that wants a
#     client certificate: the error names the member and says so; in a
#     cluster whose first member has an expired certificate, calls go to
#     the others.
# Timeouts are guards (a failure), never measurements.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EtcdTLS;
use EV;
use EV::Etcd;

require_etcd();
plan skip_all => 'starts TLS clusters of its own (ETCD_ENDPOINTS is set)' unless managed();
EtcdTLS::require_openssl();

my $pki = EtcdTLS->new;
my $P = uniq_prefix('tlscl');
my $NAME = 'etcd-cluster.test';

# A cluster of 3 members at @hosts, each serving a certificate of its own.
sub tls_cluster {
    my ($tag, $mtls, @spec) = @_;
    my @mo;
    for my $i (0 .. $#spec) {
        my ($host, %san) = @{ $spec[$i] };
        my ($crt, $key) = $pki->server_pair("$tag$i", %san);
        push @mo, { host => $host, extra_args => [$pki->member_args($crt, $key, mtls => $mtls)] };
    }
    my $cl = EtcdTest->start_cluster(scalar @spec, no_fsync => 1, scheme => 'https', member_opts => \@mo);
    return $cl;
}

# member_id of the member that answered a status call
sub member_id_of {
    my ($c) = @_;
    my ($st, $err) = sync($c, 'status');
    return $err ? undef : $st->{header}{member_id};
}

# put / get / watch through $c, then kill the member it uses: calls and
# the watch go on on another member.
sub put_get_watch_kill {
    my ($what, $cl, $c, $tls, @eps) = @_;
    my $pre = "$P$what/";

    my ($r, $err) = sync($c, put => "${pre}a", 'one');
    ok !$err, "$what: put" or diag explain $err;
    ($r, $err) = sync($c, get => "${pre}a");
    ok !$err, "$what: get" or diag explain $err;
    is $r && $r->{kvs}[0]{value}, 'one', "$what: get returns the value";

    # which member answers: map member ids to member objects
    my ($ml, $e2) = sync($c, 'member_list');
    ok !$e2, "$what: member_list" or diag explain $e2;
    my %member_of_id;
    for my $m (@{ $ml->{members} || [] }) {
        for my $u (@{ $m->{client_urls} }) {
            for my $x ($cl->members) {
                $member_of_id{ $m->{id} } = $x if $u eq $x->client_url;
            }
        }
    }
    is scalar keys %member_of_id, 3, "$what: three members known by their client URLs";
    my $used = $member_of_id{ member_id_of($c) // '' };
    ok $used, "$what: the member in use is known" or return;
    is $used->name, ($cl->members)[0]->name, "$what: failover order: the first endpoint is used";

    my (@events, $watch_err, $created);
    my $w = $c->watch("${pre}w/", { prefix => 1 }, sub {
        my ($resp, $e) = @_;
        if ($e) { $watch_err = $e; return }
        $created++ if $resp->{created};
        push @events, map { $_->{kv}{value} } @{ $resp->{events} || [] };
    });
    wait_until { $created || $watch_err } "$what: the watch is created";
    ($r, $err) = sync($c, put => "${pre}w/0", 'before');
    ok !$err, "$what: put before the kill" or diag explain $err;
    wait_until { @events } "$what: the watch sees the put before the kill";
    is_deeply \@events, ['before'], "$what: the event before the kill";

    # a writer connected to the survivors only
    my @survivors = grep { $_ != $used } $cl->members;
    my $B = EV::Etcd->new(endpoints => [map { $_->endpoint } @survivors], tls => $tls, max_retries => 10);

    $used->kill;
    my @want;
    for my $n (1 .. 10) {
        my ($rr, $ee);
        for my $try (1 .. 20) {       # a new leader may be elected meanwhile
            ($rr, $ee) = sync($B, txn => [{ key => "${pre}w/$n", target => 'version', version => 0 }],
                [{ put => { key => "${pre}w/$n", value => "after$n" } }], []);
            last unless $ee;
            run_for(0.25);
        }
        ok !$ee, "$what: writer put $n after the kill" or diag explain $ee;
        push @want, "after$n";
    }
    wait_until { @events >= 11 || $watch_err } "$what: the watch delivers the events written after the kill", 60;
    ok !$watch_err, "$what: the watch did not end" or diag explain $watch_err;
    is_deeply [@events[1 .. $#events]], \@want, "$what: every event after the kill, once, in order";

    ($r, $err) = sync($c, put => "${pre}after", 'two');
    ok !$err, "$what: put on the client after the kill" or diag explain $err;
    ($r, $err) = sync($c, get => "${pre}after");
    ok !$err, "$what: get on the client after the kill" or diag explain $err;
    is $r && $r->{kvs}[0]{value}, 'two', "$what: get after the kill returns the value";
    my $now = $member_of_id{ member_id_of($c) // '' };
    ok $now && $now != $used, "$what: the client now uses a surviving member";
    my $n = 0;
    $w->cancel(sub { $n++ });
    wait_until { $n } "$what: watch cancelled";
}

# ================================================================== cluster T: TLS

{
    my $cl = tls_cluster('t', 0,
        ['127.0.0.1', dns => ['localhost', $NAME]],
        ['127.0.0.2', ips => ['127.0.0.2'], dns => [$NAME]],
        ['127.0.0.3', ips => ['127.0.0.3'], dns => [$NAME]]);
    my @m = $cl->members;
    my @eps = ('localhost:' . $m[0]->port, $m[1]->endpoint, $m[2]->endpoint);
    is $m[1]->endpoint, '127.0.0.2:' . $m[1]->port, 'harness: a member on 127.0.0.2';
    my $tls = { ca_file => $pki->ca_file };

    # each member alone, by its own name
    for my $i (0 .. 2) {
        my $one = EV::Etcd->new(endpoints => ["https://$eps[$i]"], tls => $tls);
        my ($r, $err) = sync($one, put => "${P}alone$i", "v$i");
        ok !$err, "TLS: endpoint $eps[$i] alone: put" or diag explain $err;
    }

    # two members
    {
        my $two = EV::Etcd->new(endpoints => [@eps[1, 2]], tls => $tls);
        my ($r, $err) = sync($two, get => "${P}alone0");
        ok !$err, 'TLS: two IP endpoints: get' or diag explain $err;
        is $r && $r->{kvs}[0]{value}, 'v0', 'TLS: two IP endpoints: the value';
        is_deeply [$two->_target], ['ipv4:' . $eps[1], 'ipv4:' . $eps[2]], '_target: one target per member';
    }

    # round robin reaches every member, each checked by its own certificate
    {
        my $rr = EV::Etcd->new(endpoints => [@eps], tls => $tls, balance => 'round_robin');
        my %ids;
        for (1 .. 6) {
            my $id = member_id_of($rr);
            ok defined $id, 'TLS round robin: status' or last;
            $ids{$id}++;
        }
        is scalar keys %ids, 3, 'TLS round robin: the calls went to all three members';
    }

    # server_name: one name for all members
    {
        my $sn = EV::Etcd->new(endpoints => [@eps[1, 2]], tls => { %$tls, server_name => $NAME },
                               balance => 'round_robin');
        my %ids;
        for (1 .. 4) {
            my $id = member_id_of($sn);
            ok defined $id, 'TLS server_name: status' or last;
            $ids{$id}++;
        }
        is scalar keys %ids, 2, 'TLS server_name: both members accepted under that name';

        # member 1's certificate names localhost and etcd-cluster.test, not 127.0.0.1
        my $by_ip = $m[0]->endpoint;
        my $named = EV::Etcd->new(endpoints => [$by_ip], tls => { %$tls, server_name => $NAME });
        my ($r, $err) = sync($named, put => "${P}by-ip", 'v');
        ok !$err, 'TLS server_name: a member reached by an address its certificate does not name'
            or diag explain $err;
        refused('TLS: that member by its address, without server_name', $by_ip, $tls,
            qr/wrong name: the certificate is not for 127\.0\.0\.1 \(it names DNS:localhost, DNS:\Q$NAME\E;/, 0);
    }

    my $c = EV::Etcd->new(endpoints => [map { "https://$_" } @eps], tls => $tls, max_retries => 10);
    is_deeply [$c->_target], ['dns:///' . $eps[0], 'ipv4:' . $eps[1], 'ipv4:' . $eps[2]],
        '_target: a host name goes through DNS, addresses as they are';
    put_get_watch_kill('TLS', $cl, $c, $tls);
    $cl->destroy;
}

# ================================================================== cluster M: mTLS

{
    my $cl = tls_cluster('m', 1,
        ['127.0.0.4', ips => ['127.0.0.4']],
        ['127.0.0.5', ips => ['127.0.0.5']],
        ['127.0.0.6', ips => ['127.0.0.6']]);
    my $tls = { ca_file => $pki->ca_file, cert_file => $pki->client_cert, key_file => $pki->client_key };
    my $c = EV::Etcd->new(endpoints => [$cl->endpoints], tls => $tls, max_retries => 10);
    put_get_watch_kill('mTLS', $cl, $c, $tls);
    $cl->destroy;
}

# ================================================================== certificate problems

# new() checks the files
{
    my ($exp_crt, $exp_key) = $pki->server_pair('expired-file', ips => ['127.0.0.1'],
        not_before => '20200101000000Z', not_after => '20200102000000Z');
    my $junk = $pki->dir . '/junk.pem';
    open my $fh, '>', $junk or die "$junk: $!";
    print {$fh} "not a certificate\n";
    close $fh;
    my %ok = (ca_file => $pki->ca_file, cert_file => $pki->client_cert, key_file => $pki->client_key);
    for my $case (
        ['ca_file without a certificate', { ca_file => $junk }, 'ca_file', $junk, qr/holds no PEM certificate/],
        ['ca_file holding a key', { ca_file => $pki->client_key }, 'ca_file', $pki->client_key,
            qr/holds no PEM certificate/],
        ['ca_file expired', { ca_file => $exp_crt }, 'ca_file', $exp_crt, qr/expired on .*2020/],
        ['cert_file holding a key', { %ok, cert_file => $pki->client_key }, 'cert_file', $pki->client_key,
            qr/holds no PEM certificate/],
        ['cert_file expired', { %ok, cert_file => $exp_crt, key_file => $exp_key }, 'cert_file', $exp_crt,
            qr/expired on .*2020/],
        ['key_file holding a certificate', { %ok, key_file => $pki->client_cert }, 'key_file',
            $pki->client_cert, qr/holds no PEM private key/],
        ['key_file of another certificate', { %ok, key_file => $pki->server_key }, 'key_file',
            $pki->server_key, qr/does not belong to the certificate of tls cert_file/],
    ) {
        my ($name, $tls, $opt, $file, $why) = @$case;
        ok !eval { EV::Etcd->new(endpoints => ['127.0.0.1:2379'], tls => $tls); 1 }, "new: $name croaks";
        like $@, qr/\Anew: tls '$opt' \Q$file\E: /, "new: $name: the option and the file are named";
        like $@, $why, "new: $name: the reason";
    }
    ok eval { EV::Etcd->new(endpoints => ['127.0.0.1:2379'], tls => \%ok); 1 }, 'new: good files are accepted'
        or diag $@;
}

# a member whose certificate is refused: the member and the reason, not retryable
sub refused {
    my ($name, $ep, $tls, $why, $retryable, @opts) = @_;
    my $c = EV::Etcd->new(endpoints => [$ep], tls => $tls, @opts);
    my ($r, $err) = sync($c, put => "${P}refused", 'x');
    ok !$r, "$name: no response";
    check_error($err, { code => 14, status => 'UNAVAILABLE', source => 'put', retryable => $retryable }, $name);
    like $err->{message}, qr/\ATLS: member \Q$ep\E: /, "$name: the message names the member";
    like $err->{message}, $why, "$name: the message gives the reason";
}

{
    my %case = (
        expired   => [[ips => ['127.0.0.1'], not_before => '20200101000000Z', not_after => '20200102000000Z'],
                      qr/certificate verify failed: expired: the certificate expired on .*2020/],
        future    => [[ips => ['127.0.0.1'], not_before => '20990101000000Z', not_after => '20990102000000Z'],
                      qr/certificate verify failed: not yet valid: the certificate is valid from .*2099/],
        wrongname => [[ips => ['127.0.0.9'], dns => ['other.test']],
                      qr/certificate verify failed: wrong name: the certificate is not for 127\.0\.0\.1 \(it names DNS:other\.test, IP:127\.0\.0\.9/],
        unknownca => [[ips => ['127.0.0.1'], ca => 'other'],
                      qr/certificate verify failed: unknown CA: .*Some other CA.* is not signed by a CA of tls ca_file/],
    );
    for my $name (sort keys %case) {
        my ($san, $why) = @{ $case{$name} };
        my ($crt, $key) = $pki->server_pair("bad-$name", @$san);
        my $e = EtcdTest->start(no_fsync => 1, scheme => 'https', extra_args => [$pki->member_args($crt, $key)]);
        refused("server certificate $name", $e->endpoint, { ca_file => $pki->ca_file }, $why, 0);
        if ($name eq 'expired') {         # a stream says so too, when it gives up
            my $c = EV::Etcd->new(endpoints => [$e->endpoint], tls => { ca_file => $pki->ca_file },
                                  timeout => 1, max_retries => 1);
            my @got;
            $c->watch("${P}refused", sub { push @got, [@_] });
            wait_until { @got } 'watch on a member whose certificate expired: the error', 30;
            my $err = $got[0][1];
            check_error($err, { code => 14, status => 'UNAVAILABLE', source => 'watch', retryable => 0 },
                'watch, server certificate expired');
            like $err->{message}, qr/\ATLS: member \Q${\ $e->endpoint }\E: certificate verify failed: expired/,
                'watch, server certificate expired: the member and the reason';
        }
        $e->destroy;
    }
    my ($crt, $key) = $pki->server_pair('mtls-only', ips => ['127.0.0.1']);
    my $e = EtcdTest->start(no_fsync => 1, scheme => 'https', extra_args => [$pki->member_args($crt, $key, mtls => 1)]);
    refused('mTLS member, no client certificate', $e->endpoint, { ca_file => $pki->ca_file },
        qr/requires a client certificate.*cert_file/, 1,
        wait_for_ready => 0);    # the member closes the connection: fail fast rather than wait
    $e->destroy;
}

# a cluster whose first member has an expired certificate: calls go to the others
{
    my $cl = tls_cluster('x', 0,
        ['127.0.0.7', ips => ['127.0.0.7'], not_before => '20200101000000Z', not_after => '20200102000000Z'],
        ['127.0.0.8', ips => ['127.0.0.8']],
        ['127.0.0.9', ips => ['127.0.0.9']]);
    my $tls = { ca_file => $pki->ca_file };
    for my $balance (qw(pick_first round_robin)) {
        my $c = EV::Etcd->new(endpoints => [$cl->endpoints], tls => $tls, balance => $balance);
        for my $n (1 .. 4) {
            my ($r, $err) = sync($c, put => "${P}x/$balance$n", 'v');
            ok !$err, "first member's certificate expired, $balance: put $n goes to another member"
                or diag explain $err;
        }
    }
    refused('that member alone', ($cl->members)[0]->endpoint, $tls, qr/expired/, 0);
    $cl->destroy;
}

done_testing;
