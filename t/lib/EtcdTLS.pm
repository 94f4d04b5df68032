package EtcdTLS;

# Test certificates made with the openssl command line into a temporary
# directory (removed when the test process ends):
#
#   use EtcdTLS;
#   EtcdTLS::require_openssl();          # skip_all when there is no openssl
#   my $pki = EtcdTLS->new;
#   $pki->ca_file;                       # the CA that signed the certs below
#   $pki->server_cert, $pki->server_key  # CN=localhost, SAN IP:127.0.0.1, DNS:localhost
#   $pki->client_cert, $pki->client_key  # CN=root, signed by the same CA
#   $pki->other_ca_file                  # an unrelated CA (signed nothing we use)
#   $pki->other_client_cert/_key         # a client cert signed by the other CA
#   $pki->server_args(mtls => 0|1)       # etcd flags: --cert-file --key-file
#                                        # [--client-cert-auth --trusted-ca-file]
#   my ($crt, $key) = $pki->server_pair('m1', ips => ['127.0.0.2'], dns => ['etcd.test'],
#       not_before => '20200101000000Z', not_after => '20200102000000Z',
#       ca => 'other');                  # a server certificate of its own (SANs
#                                        # as given; dates as given, else ten
#                                        # days from now; signed by the test CA
#                                        # or, with ca => 'other', the other CA)
#   $pki->member_args($crt, $key, mtls => 0|1)   # etcd flags for that pair
#
# Keys are EC P-256 (fast to make); certificates are valid for ten days.
# The server certificate carries both serverAuth and clientAuth, because
# etcd's own gRPC gateway connects to the server with it.

use strict;
use warnings;

use Carp qw(croak);
use File::Spec;
use File::Temp ();
use POSIX ();

sub openssl_bin {
    for my $dir (File::Spec->path, '/usr/bin') {
        next unless defined $dir && length $dir;
        my $f = File::Spec->catfile($dir, 'openssl');
        return $f if -f $f && -x _;
    }
    return;
}

sub require_openssl {
    return 1 if openssl_bin();
    my $why = 'openssl not found (apt-get install openssl)';
    die "EtcdTLS: $why; CI=true, so this is an error, not a skip\n" if ($ENV{CI} // '') eq 'true';
    require Test::More;
    Test::More::plan(skip_all => $why);
    exit 0;
}

sub _run {
    my ($self, @args) = @_;
    my $bin = openssl_bin() or croak "EtcdTLS: openssl not found";
    my $pid = open(my $fh, '-|');
    croak "EtcdTLS: fork failed: $!" unless defined $pid;
    if (!$pid) {
        open STDERR, '>&', \*STDOUT;
        open STDIN, '<', '/dev/null';
        exec { $bin } $bin, @args or POSIX::_exit(127);
    }
    my $out = do { local $/; <$fh> } // '';
    close $fh;
    croak "EtcdTLS: openssl @args failed (status $?):\n$out" if $?;
    return $out;
}

sub _path { File::Spec->catfile($_[0]{dir}, $_[1]) }

sub _write {
    my ($self, $name, $text) = @_;
    my $p = $self->_path($name);
    open my $fh, '>', $p or croak "EtcdTLS: $p: $!";
    print {$fh} $text;
    close $fh or croak "EtcdTLS: $p: $!";
    return $p;
}

sub _key {
    my ($self, $name) = @_;
    my $p = $self->_path("$name.key");
    $self->_run('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', $p);
    return $p;
}

sub _ca {
    my ($self, $name, $cn) = @_;
    my $key = $self->_key($name);
    my $crt = $self->_path("$name.crt");
    my $ext = $self->_write("$name.ext", <<'EOT');
[req]
distinguished_name = dn
[dn]
[v3_ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
EOT
    $self->_run('req', '-x509', '-new', '-key', $key, '-sha256', '-days', '10',
        '-subj', "/CN=$cn", '-config', $ext, '-extensions', 'v3_ca', '-out', $crt);
    return ($crt, $key);
}

sub _leaf {
    my ($self, $name, $cn, $ca_crt, $ca_key, $exts) = @_;
    my $key = $self->_key($name);
    my $csr = $self->_path("$name.csr");
    my $crt = $self->_path("$name.crt");
    my $ext = $self->_write("$name.ext", "[v3]\nbasicConstraints = CA:FALSE\n"
        . "keyUsage = critical, digitalSignature, keyEncipherment\n$exts");
    $self->_run('req', '-new', '-key', $key, '-subj', "/CN=$cn", '-out', $csr);
    $self->_run('x509', '-req', '-in', $csr, '-CA', $ca_crt, '-CAkey', $ca_key,
        '-set_serial', 1000 + ++$self->{serial}, '-days', '10', '-sha256',
        '-extfile', $ext, '-extensions', 'v3', '-out', $crt);
    return ($crt, $key);
}

sub new {
    my ($class) = @_;
    my $dir = File::Temp::tempdir('etcdtls-XXXXXX', TMPDIR => 1, CLEANUP => 1);
    my $self = bless { dir => $dir, serial => 0 }, $class;
    @$self{qw(ca_file ca_key)} = $self->_ca('ca', 'EV::Etcd test CA');
    @$self{qw(other_ca_file other_ca_key)} = $self->_ca('otherca', 'Some other CA');
    @$self{qw(server_cert server_key)} = $self->_leaf('server', 'localhost', @$self{qw(ca_file ca_key)},
        "extendedKeyUsage = serverAuth, clientAuth\nsubjectAltName = IP:127.0.0.1, DNS:localhost\n");
    @$self{qw(client_cert client_key)} = $self->_leaf('client', 'root', @$self{qw(ca_file ca_key)},
        "extendedKeyUsage = clientAuth\n");
    @$self{qw(other_client_cert other_client_key)} = $self->_leaf('otherclient', 'root',
        @$self{qw(other_ca_file other_ca_key)}, "extendedKeyUsage = clientAuth\n");
    return $self;
}

# A server certificate for one member (see the header).
sub server_pair {
    my ($self, $name, %o) = @_;
    my @san = ((map { "IP:$_" } @{ $o{ips} // [] }), (map { "DNS:$_" } @{ $o{dns} // [] }));
    my $exts = "extendedKeyUsage = serverAuth, clientAuth\n";
    $exts .= 'subjectAltName = ' . join(', ', @san) . "\n" if @san;
    my ($ca_crt, $ca_key) = ($o{ca} // '') eq 'other' ? @$self{qw(other_ca_file other_ca_key)}
                                                      : @$self{qw(ca_file ca_key)};
    my $cn = $o{cn} // ($o{dns} && $o{dns}[0]) // ($o{ips} && $o{ips}[0]) // $name;
    return $self->_leaf($name, $cn, $ca_crt, $ca_key, $exts)
        unless $o{not_before} || $o{not_after};
    # dates of our choosing: "openssl ca" takes them (x509 -req does not, in 3.0)
    my $key = $self->_key($name);
    my $csr = $self->_path("$name.csr");
    my $crt = $self->_path("$name.crt");
    $self->_run('req', '-new', '-key', $key, '-subj', "/CN=$cn", '-out', $csr);
    my $db = $self->_write("$name.index", '');
    my $serial = $self->_write("$name.serial", sprintf("%04X\n", 1000 + ++$self->{serial}));
    my $conf = $self->_write("$name.cnf", <<"EOT");
[ca]
default_ca = test_ca
[test_ca]
database = $db
new_certs_dir = $self->{dir}
serial = $serial
certificate = $ca_crt
private_key = $ca_key
default_md = sha256
policy = any
email_in_dn = no
unique_subject = no
copy_extensions = none
[any]
commonName = supplied
[v3]
basicConstraints = CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
$exts
EOT
    $self->_run('ca', '-batch', '-notext', '-config', $conf, '-in', $csr, '-out', $crt,
        '-extensions', 'v3',
        '-startdate', $o{not_before} // POSIX::strftime('%Y%m%d%H%M%SZ', gmtime(time - 3600)),
        '-enddate', $o{not_after} // POSIX::strftime('%Y%m%d%H%M%SZ', gmtime(time + 10 * 86400)));
    return ($crt, $key);
}

# etcd flags serving the pair; mtls => 1 also requires client certificates.
sub member_args {
    my ($self, $crt, $key, %o) = @_;
    my @a = ('--cert-file', $crt, '--key-file', $key);
    push @a, '--client-cert-auth', '--trusted-ca-file', $self->ca_file if $o{mtls};
    return @a;
}

for my $m (qw(dir ca_file other_ca_file server_cert server_key client_cert client_key
              other_client_cert other_client_key)) {
    no strict 'refs';
    *$m = sub { $_[0]{$m} };
}

# etcd flags for a TLS client URL; mtls => 1 also requires client certificates.
sub server_args {
    my ($self, %o) = @_;
    my @a = ('--cert-file', $self->server_cert, '--key-file', $self->server_key);
    push @a, '--client-cert-auth', '--trusted-ca-file', $self->ca_file if $o{mtls};
    return @a;
}

# etcdctl flags to talk to such a server (as the client cert when mtls).
sub etcdctl_args {
    my ($self, %o) = @_;
    my @a = ('--cacert=' . $self->ca_file);
    push @a, '--cert=' . $self->client_cert, '--key=' . $self->client_key if $o{mtls};
    return @a;
}

1;
