#!/usr/bin/perl
# max_send_message_size (default 2 MiB, as Go's client) and
# max_receive_message_size (default unlimited) on new:
#   - a put over the send limit fails at once, before anything is sent:
#     RESOURCE_EXHAUSTED, the message names the size, the limit and the
#     option, not retryable, the key not written; a raised limit sends it;
#   - a put over the server's own gRPC limit (etcd: --max-request-bytes plus
#     512 KiB) fails with the server's "received message larger than max",
#     not retryable;
#   - an answer over max_receive_message_size fails naming the option, not
#     retryable; the default client receives it;
#   - bad values croak.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;

require_etcd();
# etcd takes requests up to 1.5 MiB by default; its gRPC server 512 KiB more
my $e = EtcdTest->start(no_fsync => 1, extra_args => ['--max-request-bytes', '4000000']);
my $P = uniq_prefix('msgsize');
my $c = new_client($e);
my ($r, $err);

# ---------------------------------------------------------------- send

my $big = 'x' x (3 * 1024 * 1024);
($r, $err) = sync($c, put => "${P}big", $big);
ok !$r, 'a 3 MiB put with the default limit: no response';
check_error($err, { code => 8, status => 'RESOURCE_EXHAUSTED', source => 'put', retryable => 0,
    message => qr/larger than max \(\d+ vs\. 2097152\).*max_send_message_size/ },
    'a 3 MiB put with the default limit (2 MiB)');
($r, $err) = sync($c, get => "${P}big");
is scalar @{ $r->{kvs} || [] }, 0, 'the refused put was not sent';

my $c8 = new_client($e, max_send_message_size => 8 * 1024 * 1024);
($r, $err) = sync($c8, put => "${P}big", $big);
ok !$err, 'max_send_message_size => 8 MiB: the 3 MiB put is sent and applied' or diag explain $err;

# over the server's limit (4000000 + 512 KiB)
($r, $err) = sync($c8, put => "${P}huge", 'y' x (5 * 1024 * 1024));
ok !$r, 'a 5 MiB put: no response';
check_error($err, { code => 8, status => 'RESOURCE_EXHAUSTED', source => 'put', retryable => 0,
    message => qr/larger than max/ }, 'a 5 MiB put over the server\'s limit');

# ---------------------------------------------------------------- receive

my $small = new_client($e, max_receive_message_size => 1_000_000);
($r, $err) = sync($small, get => "${P}big");
ok !$r, 'an answer of 3 MiB with max_receive_message_size => 1000000: no response';
check_error($err, { code => 8, status => 'RESOURCE_EXHAUSTED', source => 'get', retryable => 0,
    message => qr/larger than max \(\d+ vs\. 1000000\).*max_receive_message_size/ },
    'an answer over max_receive_message_size');
($r, $err) = sync($small, get => "${P}big", { keys_only => 1 });
ok !$err, 'a small answer on the same client' or diag explain $err;
($r, $err) = sync($c, get => "${P}big");
ok !$err, 'the default client receives the 3 MiB answer (unlimited)' or diag explain $err;
is length($r->{kvs}[0]{value} // ''), length $big, '... all of it';

# ---------------------------------------------------------------- bad input

for my $k (qw(max_send_message_size max_receive_message_size)) {
    for my $bad (0, -1, 'abc', 1.5, [], 2147483648) {
        eval { EV::Etcd->new(endpoints => [$e->endpoint], $k => $bad) };
        like $@, qr/\Anew: '$k' must be a positive number of bytes, at most 2147483647/,
            "new: $k => " . (ref $bad ? 'ref' : $bad) . ' croaks';
    }
}

done_testing;
