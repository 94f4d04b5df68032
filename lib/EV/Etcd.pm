package EV::Etcd;

use strict;
use warnings;

use Carp ();
use EV ();
use Scalar::Util ();

our $VERSION = '0.01';

require XSLoader;
XSLoader::load('EV::Etcd', $VERSION);

# Handles of watch, lease_keepalive and election_observe: cancel, id,
# is_active (xs/Etcd.xs, package EV::Etcd::Handle).
@EV::Etcd::Watch::ISA = @EV::Etcd::Keepalive::ISA = @EV::Etcd::Observe::ISA = ('EV::Etcd::Handle');

# $EV::Etcd::DIED: called with the error when a callback dies; by default
# the error is reported with warn and the client carries on.
our $DIED;

my %NEW_OPTIONS = map { $_ => 1 } qw(
    endpoints timeout max_retries health_interval on_health_change auth_token
    username password tls keepalive_time keepalive_timeout balance
);
my %TLS_OPTIONS = map { $_ => 1 } qw(ca_file cert_file key_file server_name);

# new(): every option is checked here; runtime/client.c gets them normalised.
sub new {
    my $class = shift;
    Carp::croak("new: odd number of arguments; usage: EV::Etcd->new(%options)") if @_ % 2;
    my %opt = @_;
    for my $k (sort keys %opt) {
        Carp::croak("new: unknown option '$k' (valid options: "
            . join(', ', sort keys %NEW_OPTIONS) . ")") unless $NEW_OPTIONS{$k};
    }
    my %config;

    my $endpoints = $opt{endpoints} // ['127.0.0.1:2379'];
    $endpoints = [$endpoints] unless ref $endpoints;
    Carp::croak("new: 'endpoints' must be an array reference of host:port strings")
        unless ref $endpoints eq 'ARRAY' && @$endpoints;
    my (@eps, %schemes);
    for my $ep (@$endpoints) {
        Carp::croak("new: 'endpoints' must hold host:port strings")
            if !defined $ep || ref $ep || $ep eq '';
        my $hp = $ep;
        my $scheme = $hp =~ s{\A(https?)://}{}i ? lc $1 : '';
        Carp::croak("new: endpoint '$ep': unsupported scheme (use host:port, http:// or https://)")
            if $hp =~ m{://};
        $hp =~ s{/+\z}{};
        Carp::croak("new: endpoint '$ep' must be host:port")
            unless $hp =~ /\A(?:\[[0-9A-Fa-f:.]+\]|[^\s:\/\[\]]+):[0-9]{1,5}\z/;
        $schemes{$scheme}++;
        push @eps, $hp;
    }
    Carp::croak("new: endpoints mix http:// and https://")
        if $schemes{http} && $schemes{https};
    $config{endpoints} = \@eps;

    my $timeout = $opt{timeout} // 30;
    Carp::croak("new: 'timeout' must be a number of seconds, at least 1")
        unless _is_number($timeout) && $timeout >= 1;
    $config{timeout_ms} = int($timeout * 1000 + 0.5);

    my $max_retries = $opt{max_retries} // 3;
    Carp::croak("new: 'max_retries' must be a non-negative integer")
        unless defined $max_retries && !ref $max_retries && $max_retries =~ /\A[0-9]+\z/;
    $config{max_retries} = $max_retries + 0;

    my $health_interval = $opt{health_interval} // 0;
    Carp::croak("new: 'health_interval' must be a non-negative number of seconds")
        unless _is_number($health_interval) && $health_interval >= 0;
    $config{health_interval} = $health_interval + 0;

    Carp::croak("new: 'on_health_change' must be a code reference")
        if defined $opt{on_health_change} && ref $opt{on_health_change} ne 'CODE';
    $config{on_health_change} = $opt{on_health_change};

    for my $k (qw(auth_token username password)) {
        Carp::croak("new: '$k' must be a string") if defined $opt{$k} && ref $opt{$k};
    }
    Carp::croak("new: 'password' needs 'username'") if defined $opt{password} && !defined $opt{username};
    @config{qw(auth_token username password)} = @opt{qw(auth_token username password)};

    for my $k (qw(keepalive_time keepalive_timeout)) {
        next unless defined $opt{$k};
        Carp::croak("new: '$k' must be a positive number of seconds")
            unless _is_number($opt{$k}) && $opt{$k} > 0;
    }
    $config{keepalive_time_ms} = int(($opt{keepalive_time} // 10) * 1000 + 0.5);
    $config{keepalive_timeout_ms} = int(($opt{keepalive_timeout} // 5) * 1000 + 0.5);

    my $balance = $opt{balance} // 'pick_first';
    Carp::croak("new: 'balance' must be 'pick_first' or 'round_robin'")
        unless !ref $balance && ($balance eq 'pick_first' || $balance eq 'round_robin');
    $config{balance} = $balance;

    if (defined $opt{tls} || $schemes{https}) {
        my $tls = $opt{tls} // {};
        Carp::croak("new: 'tls' must be a hash reference") unless ref $tls eq 'HASH';
        for my $k (sort keys %$tls) {
            Carp::croak("new: unknown tls option '$k' (valid: "
                . join(', ', sort keys %TLS_OPTIONS) . ")") unless $TLS_OPTIONS{$k};
        }
        Carp::croak("new: tls: 'cert_file' and 'key_file' go together")
            if defined $tls->{cert_file} xor defined $tls->{key_file};
        Carp::croak("new: tls needs https:// endpoints or host:port, not http://")
            if $schemes{http};
        my %t;
        $t{ca} = _slurp('ca_file', $tls->{ca_file}) if defined $tls->{ca_file};
        $t{cert} = _slurp('cert_file', $tls->{cert_file}) if defined $tls->{cert_file};
        $t{key} = _slurp('key_file', $tls->{key_file}) if defined $tls->{key_file};
        $t{server_name} = $tls->{server_name} if defined $tls->{server_name};
        $config{tls} = \%t;
    }

    return $class->_new(\%config);
}

sub _slurp {
    my ($what, $path) = @_;
    Carp::croak("new: tls '$what' must be a file path") if ref $path;
    open my $fh, '<:raw', $path or Carp::croak("new: tls '$what' $path: $!");
    local $/;
    my $data = <$fh>;
    Carp::croak("new: tls '$what' $path is empty") unless defined $data && length $data;
    return $data;
}

sub _is_number {
    my ($v) = @_;
    return defined $v && !ref $v && Scalar::Util::looks_like_number($v) && $v == $v;
}

1;
__END__

=head1 NAME

EV::Etcd - Async etcd v3 client using native gRPC and EV/libev

=cut
