#!/usr/bin/perl
# TLS: a CA, a server certificate for 127.0.0.1 and localhost and client
# certificates are made with openssl (t/lib/EtcdTLS.pm).
#   - etcd with --cert-file/--key-file: put, get and watch over TLS with
#     tls => { ca_file }, with host:port and with https:// endpoints (and
#     https://localhost, and server_name);
#   - the server's certificate checked: no ca_file (system roots) or another
#     CA → UNAVAILABLE with "certificate verify failed" (retryable 0), even
#     for a client that waits for a connection (wait_for_ready, the
#     default: waiting would not help); a plain-text client (fail-fast) →
#     UNAVAILABLE; none of them waits for the call's deadline;
#   - mTLS (--client-cert-auth --trusted-ca-file): works with cert_file and
#     key_file; without a client certificate, or with one of another CA →
#     UNAVAILABLE with a message about the handshake / certificate;
#   - new() croaks for a missing ca_file, cert_file without key_file (and
#     the reverse), an unknown tls option, tls that is not a hash, https://
#     mixed with http://.
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
use Time::HiRes ();
use POSIX ();

require_etcd();
plan skip_all => 'starts TLS servers of its own (ETCD_ENDPOINTS is set)' unless managed();
EtcdTLS::require_openssl();

my $pki = EtcdTLS->new;
my $P = uniq_prefix('tls');

# A call that fails must fail well before the client's timeout (30 s).
my $FAIL_GUARD = 10;

# ---------------------------------------------------------------- new() croaks

{
    my $missing = $pki->dir . '/no-such-ca.pem';
    eval { EV::Etcd->new(endpoints => ['https://127.0.0.1:2379'], tls => { ca_file => $missing }) };
    like $@, qr/ca_file/, 'new: missing ca_file croaks, naming the option';
    like $@, qr/\Q$missing\E/, 'new: missing ca_file croaks, naming the path';
    like $@, qr/No such file/i, 'new: missing ca_file croaks with the reason';

    eval { EV::Etcd->new(endpoints => ['127.0.0.1:2379'],
        tls => { ca_file => $pki->ca_file, cert_file => $pki->client_cert }) };
    like $@, qr/cert_file.*key_file|key_file.*cert_file/, 'new: cert_file without key_file croaks';

    eval { EV::Etcd->new(endpoints => ['127.0.0.1:2379'],
        tls => { ca_file => $pki->ca_file, key_file => $pki->client_key }) };
    like $@, qr/cert_file.*key_file|key_file.*cert_file/, 'new: key_file without cert_file croaks';

    eval { EV::Etcd->new(endpoints => ['127.0.0.1:2379'],
        tls => { ca_file => $pki->ca_file, cafile => $pki->ca_file }) };
    like $@, qr/unknown tls option 'cafile'/, 'new: unknown tls option croaks, naming it';

    eval { EV::Etcd->new(endpoints => ['127.0.0.1:2379'], tls => $pki->ca_file) };
    like $@, qr/'tls' must be a hash reference/, 'new: tls that is not a hash croaks';

    eval { EV::Etcd->new(endpoints => ['https://127.0.0.1:2379', 'http://127.0.0.1:2380'],
        tls => { ca_file => $pki->ca_file }) };
    like $@, qr/mix/, 'new: https:// and http:// endpoints together croak';

    eval { EV::Etcd->new(endpoints => ['http://127.0.0.1:2379'], tls => { ca_file => $pki->ca_file }) };
    like $@, qr/tls/, 'new: tls with an http:// endpoint croaks';
}

# ---------------------------------------------------------------- helpers

# Watch $prefix on $c, put two keys with $c, and check that both events
# arrive (in order, as PUTs with the values written).
sub watch_roundtrip {
    my ($c, $prefix, $name) = @_;
    my (@events, @errs, $created);
    my $w = $c->watch($prefix, { prefix => 1 }, sub {
        my ($r, $err) = @_;
        return push @errs, $err if $err;
        $created = 1 if $r->{created};
        push @events, @{ $r->{events} || [] };
    });
    isa_ok $w, 'EV::Etcd::Watch', "$name: watch handle";
    wait_until { $created || @errs } "$name: watch created";
    ok $created, "$name: the watch was created" or diag explain \@errs;
    my ($r, $err) = sync($c, put => "${prefix}w1", 'one');
    ok !$err, "$name: put (1) while watching" or diag explain $err;
    ($r, $err) = sync($c, put => "${prefix}w2", 'two');
    ok !$err, "$name: put (2) while watching" or diag explain $err;
    wait_until { @events >= 2 || @errs } "$name: two watch events";
    is_deeply [map { "$_->{type} $_->{kv}{key}=$_->{kv}{value}" } @events],
        ["PUT ${prefix}w1=one", "PUT ${prefix}w2=two"], "$name: the watch saw both puts, in order";
    is_deeply \@errs, [], "$name: no watch errors";
    my $cancelled;
    $w->cancel(sub { $cancelled = 1 });
    wait_until { $cancelled } "$name: watch cancel";
}

# put + get of one key on a working client
sub put_get {
    my ($c, $key, $value, $name) = @_;
    my ($r, $err) = sync($c, put => $key, $value);
    ok !$err, "$name: put" or diag explain $err;
    check_header($r->{header}, "$name: put") if $r;
    ($r, $err) = sync($c, get => $key);
    ok !$err, "$name: get" or diag explain $err;
    is scalar @{ $r->{kvs} || [] }, 1, "$name: get found the key";
    check_kv($r->{kvs}[0], { key => $key, value => $value }, "$name: get");
}

# A put that must fail: returns the error hash; checks that it is the
# contract's error hash with UNAVAILABLE, and came well before the timeout.
sub put_fails {
    my ($c, $key, $name) = @_;
    my (@res, $n);
    $n = 0;
    my $t0 = Time::HiRes::time();
    $c->put($key, 'x', sub { @res = @_; $n++ });
    wait_until { $n } "$name: the callback (an error, not a hang)", $FAIL_GUARD;
    my $took = Time::HiRes::time() - $t0;
    is $n, 1, "$name: the callback ran once";
    ok !defined $res[0], "$name: no response";
    check_error($res[1], { status => 'UNAVAILABLE', code => 14, source => 'put' }, $name);
    # a failed handshake or a certificate that does not match cannot be
    # cured by repeating the request
    my $permanent = ($res[1]{message} // '') =~ /handshake failed|certificate verify failed|not in peer certificate/i;
    is $res[1]{retryable}, $permanent ? 0 : 1,
        "$name: retryable " . ($permanent ? '0 (a TLS failure)' : '1');
    cmp_ok $took, '<', $FAIL_GUARD, "$name: failed without waiting for the call's deadline";
    # the loop is idle afterwards: nothing left in flight
    is inflight($c), 0, "$name: nothing left in flight";
    return $res[1] || {};
}

# ================================================================ server TLS

my $e = EtcdTest->start(no_fsync => 1, scheme => 'https', extra_args => [$pki->server_args]);
my $port = $e->port;
is $e->client_url, "https://127.0.0.1:$port", 'the TLS server has an https client URL';

{
    my $c = EV::Etcd->new(endpoints => [$e->endpoint], tls => { ca_file => $pki->ca_file });
    put_get($c, "${P}hp", 'over-tls', 'TLS, host:port endpoint');
    watch_roundtrip($c, "${P}watch-hp/", 'TLS, host:port endpoint');
}

{
    my $c = EV::Etcd->new(endpoints => ["https://127.0.0.1:$port"], tls => { ca_file => $pki->ca_file });
    put_get($c, "${P}https", 'over-https', 'TLS, https:// endpoint');
    watch_roundtrip($c, "${P}watch-https/", 'TLS, https:// endpoint');
    # and the other client sees what this one wrote (same server)
    my $c2 = EV::Etcd->new(endpoints => ["https://127.0.0.1:$port/"], tls => { ca_file => $pki->ca_file });
    my ($r, $err) = sync($c2, get => "${P}https");
    ok !$err, 'TLS, https:// endpoint with a trailing slash: get' or diag explain $err;
    is $r->{kvs}[0]{value}, 'over-https', '... sees the value written over TLS';
}

{
    my $c = EV::Etcd->new(endpoints => ["https://localhost:$port"], tls => { ca_file => $pki->ca_file });
    put_get($c, "${P}localhost", 'v-localhost', 'TLS, https://localhost (DNS name in the certificate)');
}

{
    my $c = EV::Etcd->new(endpoints => ["https://127.0.0.1:$port"],
        tls => { ca_file => $pki->ca_file, server_name => 'localhost' });
    put_get($c, "${P}sni", 'v-sni', 'TLS, server_name => localhost');
}

{
    my $c = EV::Etcd->new(endpoints => ["https://127.0.0.1:$port"],
        tls => { ca_file => $pki->ca_file, server_name => 'not-in-the-cert.example' });
    my $err = put_fails($c, "${P}badname", 'TLS, server_name not in the certificate');
    like $err->{message}, qr/handshake|certificate|verif|peer|name/i,
        'TLS, wrong server_name: the message says what failed';
}

{
    my $c = EV::Etcd->new(endpoints => ["https://127.0.0.1:$port"], tls => { ca_file => $pki->other_ca_file });
    my $err = put_fails($c, "${P}otherca", 'TLS, ca_file of another CA');
    like $err->{message}, qr/certificate verify failed/i,
        'TLS, another CA: the message says "certificate verify failed"';
}

{
    my $c = EV::Etcd->new(endpoints => ["https://127.0.0.1:$port"], wait_for_ready => 0);
    my $err = put_fails($c, "${P}noca", 'TLS, https:// without ca_file (system roots)');
    like $err->{message}, qr/certificate verify failed/i,
        'TLS, system roots: the message says "certificate verify failed"';
}

{
    # (the server just closes the connection: a client that waits for a
    # connection waits until its deadline; this one fails fast)
    my $c = EV::Etcd->new(endpoints => [$e->endpoint], wait_for_ready => 0);
    put_fails($c, "${P}plain", 'plain-text client against a TLS server');
}

# ================================================================ mTLS

my $m = EtcdTest->start(no_fsync => 1, scheme => 'https', extra_args => [$pki->server_args(mtls => 1)]);
my $mport = $m->port;

{
    my $c = EV::Etcd->new(endpoints => ["https://127.0.0.1:$mport"], tls => {
        ca_file => $pki->ca_file, cert_file => $pki->client_cert, key_file => $pki->client_key });
    put_get($c, "${P}mtls", 'over-mtls', 'mTLS with cert_file and key_file');
    watch_roundtrip($c, "${P}watch-mtls/", 'mTLS with cert_file and key_file');

    my $c2 = EV::Etcd->new(endpoints => [$m->endpoint], tls => {
        ca_file => $pki->ca_file, cert_file => $pki->client_cert, key_file => $pki->client_key });
    put_get($c2, "${P}mtls-hp", 'over-mtls-hp', 'mTLS, host:port endpoint');
}

{
    my $c = EV::Etcd->new(endpoints => ["https://127.0.0.1:$mport"], tls => { ca_file => $pki->ca_file },
        wait_for_ready => 0);    # the server closes the connection: fail fast rather than wait
    my $err = put_fails($c, "${P}mtls-nocert", 'mTLS without a client certificate');
    like $err->{message}, qr/handshake|certificate/i,
        'mTLS without a client certificate: the message mentions the handshake or the certificate'
        or diag "message: $err->{message}";
}

{
    my $c = EV::Etcd->new(endpoints => ["https://127.0.0.1:$mport"], tls => { ca_file => $pki->ca_file,
        cert_file => $pki->other_client_cert, key_file => $pki->other_client_key }, wait_for_ready => 0);
    my $err = put_fails($c, "${P}mtls-othercert", 'mTLS with a client certificate of another CA');
    like $err->{message}, qr/handshake|certificate/i,
        'mTLS, client certificate of another CA: the message mentions the handshake or the certificate'
        or diag "message: $err->{message}";
}

{
    my $c = EV::Etcd->new(endpoints => ["https://127.0.0.1:$mport"], tls => {
        ca_file => $pki->other_ca_file, cert_file => $pki->client_cert, key_file => $pki->client_key });
    my $err = put_fails($c, "${P}mtls-otherca", 'mTLS, ca_file of another CA');
    like $err->{message}, qr/certificate verify failed/i,
        'mTLS, another CA: the message says "certificate verify failed"';
}

# the working mTLS client still works after all those failures elsewhere
{
    my $c = EV::Etcd->new(endpoints => ["https://127.0.0.1:$mport"], tls => {
        ca_file => $pki->ca_file, cert_file => $pki->client_cert, key_file => $pki->client_key });
    my ($r, $err) = sync($c, get => "${P}mtls");
    ok !$err, 'mTLS: get after the failed clients' or diag explain $err;
    is $r->{kvs}[0]{value}, 'over-mtls', 'mTLS: the value is there';

    # a forked child makes an mTLS client of its own (its exit code says how
    # it went); the parent's client is unaffected
    my $pid = fork // die "fork: $!";
    if (!$pid) {
        my $ok = eval {
            my $cc = EV::Etcd->new(endpoints => ["https://127.0.0.1:$mport"], tls => {
                ca_file => $pki->ca_file, cert_file => $pki->client_cert, key_file => $pki->client_key });
            my ($cr, $cerr);
            $cc->put("${P}mtls-child", 'from-child', sub { ($cr, $cerr) = @_ });
            my $g = EV::timer(20, 0, sub { });
            EV::run(EV::RUN_ONCE) until $cr || $cerr || !$g->is_active;
            $cr && !$cerr;
        };
        POSIX::_exit($ok ? 0 : 1);
    }
    my $status;
    my $cw = EV::child($pid, 0, sub { $status = $_[0]->rstatus });
    wait_until { defined $status } 'the mTLS child exits', 30;
    is $status, 0, "mTLS: a forked child's own client works";
    ($r, $err) = sync($c, get => "${P}mtls-child");
    ok !$err, 'mTLS: the parent after the fork' or diag explain $err;
    is $r->{kvs}[0]{value}, 'from-child', "mTLS: the parent sees the child's put";
}

done_testing;
