#!/usr/bin/perl
# eg/demo.pl - the `make demo` example: put, get and a transaction (both of
# its branches), printed readably, then the demo's keys are deleted.
#
#     make demo                                  # a throwaway etcd, then this
#     ETCD_ENDPOINTS=10.0.0.1:2379 perl -Mblib eg/demo.pl
#
# Endpoints: $ETCD_ENDPOINTS (comma-separated host:port list), else
# 127.0.0.1:2379 if an etcd listens there, else a throwaway etcd started with
# t/lib/EtcdTest.pm (when run from the source tree).
use v5.14;
use strict;
use warnings;

use FindBin ();
use IO::Socket::INET ();
use EV;
use EV::Etcd;

my $PREFIX = '/demo/';
my $KEY    = "${PREFIX}greeting";

my $endpoints = endpoints();
say "EV::Etcd $EV::Etcd::VERSION demo against @$endpoints";
my $etcd = EV::Etcd->new(endpoints => $endpoints, timeout => 10);
my $status = 0;

# Report an error and stop the loop; true when there was none.
sub ok_or_stop {
    my ($what, $err) = @_;
    return 1 unless $err;
    warn "$what failed: $err->{status} ($err->{code}): $err->{message}\n";
    $status = 1;
    EV::break;
    return 0;
}

sub show { my ($s) = @_; return defined $s ? qq{"$s"} : '(none)' }

# The same transaction runs twice: the first time the comparison holds, the
# second time (the value has changed) it does not.
sub greeting_txn {
    my ($then) = @_;
    say qq{txn    if $KEY == "hello" then put "hello, world" else get it};
    $etcd->txn(
        compare  => [ { key => $KEY, target => 'value', result => '=', value => 'hello' } ],
        success  => [ { put   => { key => $KEY, value => 'hello, world' } } ],
        failure  => [ { range => { key => $KEY } } ],
        callback => sub {
            my ($resp, $err) = @_;
            ok_or_stop(txn => $err) or return;
            if ($resp->{succeeded}) {
                say "       -> the comparison held: the success branch ran (revision $resp->{header}{revision})";
            } else {
                my $kv = $resp->{responses}[0]{response_range}{kvs}[0];
                say '       -> the comparison failed: the failure branch read the value ', show($kv->{value});
            }
            $then->();
        },
    );
}

$etcd->put($KEY, 'hello', sub {
    my ($resp, $err) = @_;
    ok_or_stop(put => $err) or return;
    say qq{put    $KEY = "hello" (revision $resp->{header}{revision})};

    $etcd->get($KEY, sub {
        my ($resp, $err) = @_;
        ok_or_stop(get => $err) or return;
        my $kv = $resp->{kvs}[0]
            or return ok_or_stop(get => { status => 'NOT_FOUND', code => 5, message => "$KEY is missing" });
        say "get    $KEY = ", show($kv->{value}),
            " (version $kv->{version}, created at revision $kv->{create_revision},",
            " modified at revision $kv->{mod_revision})";

        greeting_txn(sub {
            greeting_txn(sub {
                $etcd->delete($PREFIX, { prefix => 1 }, sub {
                    my ($resp, $err) = @_;
                    ok_or_stop(delete => $err) or return;
                    say "delete $PREFIX (prefix): $resp->{deleted} key(s)";
                });
            });
        });
    });
});

EV::run;    # returns once nothing is in flight
say $status ? 'demo failed' : 'done';
exit $status;

# ---------------------------------------------------------------- endpoints

sub endpoints {
    if (defined $ENV{ETCD_ENDPOINTS} && $ENV{ETCD_ENDPOINTS} =~ /\S/) {
        return [ grep { length } map { s/^\s+|\s+$//gr } split /,/, $ENV{ETCD_ENDPOINTS} ];
    }
    return ['127.0.0.1:2379']
        if IO::Socket::INET->new(PeerAddr => '127.0.0.1', PeerPort => 2379, Timeout => 1);
    my $lib = "$FindBin::Bin/../t/lib";
    die "no etcd: set ETCD_ENDPOINTS=host:port,... or start etcd on 127.0.0.1:2379\n"
        unless -f "$lib/EtcdTest.pm";
    unshift @INC, $lib;
    require EtcdTest;
    our $SERVER = EtcdTest->start(no_fsync => 1);    # stopped when this program ends
    say 'started a throwaway etcd at ', $SERVER->endpoint;
    return [ $SERVER->endpoint ];
}
