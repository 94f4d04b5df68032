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
);

sub new {
    my $class = shift;
    Carp::croak("new: odd number of arguments; usage: EV::Etcd->new(%options)") if @_ % 2;
    my %opt = @_;
    for my $k (sort keys %opt) {
        Carp::croak("new: unknown option '$k' (valid options: "
            . join(', ', sort keys %NEW_OPTIONS) . ")") unless $NEW_OPTIONS{$k};
    }

    my $endpoints = $opt{endpoints} // ['127.0.0.1:2379'];
    $endpoints = [$endpoints] unless ref $endpoints;
    Carp::croak("new: 'endpoints' must be an array reference of host:port strings")
        unless ref $endpoints eq 'ARRAY' && @$endpoints;

    my $timeout = $opt{timeout} // 30;
    Carp::croak("new: 'timeout' must be a number of seconds, at least 1")
        unless _is_number($timeout) && $timeout >= 1;

    my $max_retries = $opt{max_retries} // 3;
    Carp::croak("new: 'max_retries' must be a non-negative integer")
        unless defined $max_retries && $max_retries =~ /\A[0-9]+\z/;

    my $health_interval = $opt{health_interval} // 0;
    Carp::croak("new: 'health_interval' must be a non-negative number of seconds")
        unless _is_number($health_interval) && $health_interval >= 0;

    my $on_health = $opt{on_health_change};
    Carp::croak("new: 'on_health_change' must be a code reference")
        if defined $on_health && ref $on_health ne 'CODE';

    my $token = $opt{auth_token};
    Carp::croak("new: 'auth_token' must be a string")
        if defined $token && ref $token;

    return $class->_new($endpoints, int($timeout * 1000 + 0.5), $max_retries + 0,
        $health_interval + 0, $on_health, $token);
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
