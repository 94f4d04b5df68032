#!/usr/bin/perl
# Unary answers are turned into Perl hashes straight from their bytes by
# generated wire decoders (generated/ee_convert.c, eeg_from_wire_*); the
# protobuf-c path (unpack + eeg_to_sv_*) stays for the runtime's own reads
# and for streams.  Both must give the same hash for the same bytes, and
# both must refuse the same malformed bytes: checked here on hand-made
# messages (every wire type, packed and unpacked, oneofs, a sub-message in
# two parts, unknown fields, negative numbers, enums) and on many random and
# mutated ones for every RPC's response.  No server needed; a real etcd
# answer through the same decoder is in t/10-kv.t and the rest.
use strict;
use warnings;
use Test::More;
use EV::Etcd;

# ---- a small protobuf encoder
sub varint {
    my ($n) = @_;
    my $out = '';
    $n = unpack 'Q', pack 'q', $n if $n < 0;      # two's complement, 10 bytes
    do {
        my $b = $n & 0x7f;
        $n >>= 7;
        $out .= chr($n ? $b | 0x80 : $b);
    } while ($n);
    return $out;
}
sub key   { varint(($_[0] << 3) | $_[1]) }
sub vi    { key($_[0], 0) . varint($_[1]) }            # field, number
sub ld    { key($_[0], 2) . varint(length $_[1]) . $_[1] }   # field, bytes
sub f64   { key($_[0], 1) . pack('Q<', $_[1]) }
sub f32   { key($_[0], 5) . pack('L<', $_[1]) }

# deep equality of decoded hashes: same keys, same strings (bytewise)
sub deq {
    my ($x, $y) = @_;
    return 0 if ref $x ne ref $y;
    if (ref $x eq 'HASH') {
        return 0 unless join("\0", sort keys %$x) eq join("\0", sort keys %$y);
        deq($x->{$_}, $y->{$_}) || return 0 for keys %$x;
        return 1;
    }
    if (ref $x eq 'ARRAY') {
        return 0 unless @$x == @$y;
        deq($x->[$_], $y->[$_]) || return 0 for 0 .. $#$x;
        return 1;
    }
    return !defined $x && !defined $y || defined $x && defined $y && $x eq $y;
}

sub both {
    my ($svc, $meth, $bytes) = @_;
    return EV::Etcd::_decode_both($svc, $meth, $bytes);
}

# Both decoders agree, and (when given) the hash is the expected one.
sub same {
    my ($svc, $meth, $bytes, $want, $name) = @_;
    my ($pbc, $wire) = both($svc, $meth, $bytes);
    ok defined $pbc, "$name: protobuf-c decodes it";
    is_deeply $wire, $pbc, "$name: the wire decoder gives protobuf-c's hash"
        or diag explain { wire => $wire, protobuf_c => $pbc };
    is_deeply $wire, $want, "$name: the expected hash" or diag explain $wire if $want;
    return $wire;
}

sub refused {
    my ($svc, $meth, $bytes, $name) = @_;
    my ($pbc, $wire) = both($svc, $meth, $bytes);
    ok !defined $pbc, "$name: protobuf-c refuses it";
    ok !defined $wire, "$name: the wire decoder refuses it" or diag explain $wire;
}

my $header = ld(1, vi(1, 0xfedcba9876543210) . vi(2, 7) . vi(3, 42) . vi(4, 3));
my %hdr = (cluster_id => 0xfedcba9876543210, member_id => 7, revision => 42, raft_term => 3);
my $kv = sub {
    my ($k, $v, %o) = @_;
    ld(2, ld(1, $k) . vi(2, $o{c} // 5) . vi(3, $o{m} // 6) . vi(4, $o{ver} // 1)
          . (length $v ? ld(5, $v) : '') . ($o{lease} ? vi(6, $o{lease}) : ''));
};
my %kvd = (create_revision => 5, mod_revision => 6, version => 1, lease => 0);

# ---- KV/Range: sub-messages, repeated messages, defaults, byte strings
same(KV => 'Range', '', { kvs => [], more => 0, count => 0 }, 'empty RangeResponse: defaults, no header');
same(KV => 'Range', $header . $kv->("a", "1") . $kv->("b\0\xff", "x" x 300, lease => -1) . vi(3, 1) . vi(4, 2),
     { header => \%hdr, more => 1, count => 2,
       kvs => [{ %kvd, key => 'a', value => '1' },
               { %kvd, key => "b\0\xff", value => 'x' x 300, lease => -1 }] },
     'RangeResponse with two kvs, a NUL and a 0xff in a key, a negative lease');
same(KV => 'Range', $kv->('', ''), { kvs => [{ %kvd, key => '', value => '' }], more => 0, count => 0 },
     'empty key and value are empty strings');
# a sub-message sent in parts (no etcd does): protobuf-c's merge, whose rules
# the wire decoder leaves to protobuf-c
same(KV => 'Range', ld(1, vi(1, 1) . vi(3, 9)) . $kv->('k', 'v') . ld(1, vi(2, 2) . vi(3, 10)),
     undef, 'a sub-message sent in two parts');
same(Cluster => 'MemberAdd', ld(2, vi(1, 11) . ld(2, 'n1') . ld(3, 'u1')) . ld(2, ld(3, 'u2') . vi(5, 1)),
     undef, 'a sub-message with a repeated field sent in two parts');
refused(KV => 'Range', ld(1, vi(1, 1) . "\x18") . ld(1, vi(2, 2)), 'a sub-message sent twice, the first malformed');
# a scalar sent twice: the last one counts
same(KV => 'Range', vi(4, 5) . vi(4, 6) . vi(3, 1) . vi(3, 0), { kvs => [], more => 0, count => 6 },
     'a scalar sent twice: the last one');
# unknown fields of every wire type are skipped
same(KV => 'Range', vi(99, 1) . f64(98, 5) . ld(97, 'zz') . f32(96, 7) . vi(4, 3) . ld(1000000, $header),
     { kvs => [], more => 0, count => 3 }, 'unknown fields of each wire type are skipped');

# ---- Txn: a oneof (the last member sent wins), nested responses
my $put_resp = ld(2, $header);                    # ResponseOp.response_put
my $range_resp = ld(1, $header . $kv->('r', 'v'));  # ResponseOp.response_range
my $r = same(KV => 'Txn', $header . vi(2, 1) . ld(3, $range_resp) . ld(3, $put_resp)
             . ld(3, $range_resp . $put_resp), undef, 'TxnResponse with a oneof in each ResponseOp');
is_deeply [map { join ',', sort keys %$_ } @{ $r->{responses} }],
    ['response_range', 'response_put', 'response_put'], 'Txn: each op has its one member, the last sent';
is $r->{succeeded}, 1, 'Txn: succeeded';
my $nested = ld(4, $header . ld(3, ld(4, $header . vi(2, 1))));   # response_txn in response_txn
same(KV => 'Txn', ld(3, $nested), undef, 'nested TxnResponse');

# ---- enums (names where the contract says so), repeated strings and numbers
same(Cluster => 'MemberList', $header . ld(2, vi(1, 11) . ld(2, 'n1') . ld(3, 'http://a') . ld(3, 'http://b')
                                                 . ld(4, 'http://c') . vi(5, 1)),
     undef, 'MemberListResponse: repeated strings, a bool');
same(Maintenance => 'Alarm', $header . ld(2, vi(1, 3) . vi(2, 1)) . ld(2, vi(1, 4) . vi(2, 2))
                             . ld(2, vi(1, 5) . vi(2, 77)),
     undef, 'AlarmResponse: enum names, an unknown enum value');
# int64 fields that came as 10-byte varints, int32 negative
same(Lease => 'LeaseTimeToLive', $header . vi(2, -5) . vi(3, -1) . vi(4, 100) . ld(5, 'k1') . ld(5, 'k2'),
     undef, 'LeaseTimeToLiveResponse: negative numbers, repeated bytes');
same(Lease => 'LeaseLeases', $header . ld(2, vi(1, 1)) . ld(2, vi(1, -9)), undef, 'LeaseLeasesResponse');

# (no response of these protos has a repeated number: the decoders' packed
# form is generated only for protos that have one)

# ---- malformed input: both refuse it
refused(KV => 'Range', "\x08", 'a varint cut short');
refused(KV => 'Range', "\x20" . ("\xff" x 10) . "\x01", 'a varint of 11 bytes');
refused(KV => 'Range', "\x0a\x05ab", 'a length beyond the end');
refused(KV => 'Range', "\x12\x03\x0a\x05a", 'a length beyond the end of a sub-message');
refused(KV => 'Range', key(9, 3) . key(9, 4), 'a group');
refused(KV => 'Range', key(9, 6) . "x", 'wire type 6');
refused(KV => 'Range', f64(9, 1) . "\x09\x01", 'a fixed64 cut short');
refused(KV => 'Range', key(1, 0) . varint(5), 'a sub-message as a varint');
refused(KV => 'Range', key(4, 2) . varint(1) . "x", 'a number as bytes');
{
    my $deep = vi(2, 1);
    $deep = ld(3, ld(4, $deep)) for 1 .. 200;    # Txn in Txn, 200 deep
    my ($pbc, $wire) = both(KV => 'Txn', $deep);
    ok !defined $wire, 'messages nested 200 deep are refused (no unbounded recursion)';
}

# ---- random and mutated input, every RPC's response
my @rpcs = EV::Etcd::_rpcs();
my @seeds = ('', $header, $header . $kv->('a', 'b') . vi(3, 1) . vi(4, 1), $header . ld(3, $range_resp),
             $header . ld(2, vi(1, 3) . vi(2, 1)), ld(2, vi(1, 11) . ld(2, 'n1') . ld(3, 'u') . vi(5, 1)));
srand(28);
my ($runs, $bad) = (0, 0);
for my $rpc (@rpcs) {
    for my $i (1 .. 300) {
        my $b;
        if ($i % 3 == 0) {                         # random fields of random kinds
            $b = '';
            for (1 .. 1 + int rand 6) {
                my $f = 1 + int rand 12;
                my $t = int rand 4;
                $b .= $t == 0 ? vi($f, int(rand 2) ? -int(rand 1e6) : int rand 2**40)
                    : $t == 1 ? ld($f, rand() < .5 ? join('', map { chr int rand 256 } 1 .. rand 20)
                                                    : $seeds[rand @seeds])
                    : $t == 2 ? f64($f, int rand 2**31) : f32($f, int rand 2**31);
            }
        } else {                                   # a seed with a few bytes changed, cut or added
            $b = $seeds[rand @seeds] . ($i % 2 ? $seeds[rand @seeds] : '');
            for (1 .. 1 + int rand 3) {
                my $op = int rand 3;
                my $at = int rand(length($b) + 1);
                if ($op == 0 && length $b) { substr($b, $at % length $b, 1) = chr int rand 256 }
                elsif ($op == 1) { substr($b, $at, 0) = chr int rand 256 }
                else { substr($b, $at) = '' }
            }
        }
        my ($pbc, $wire) = both($rpc->{service}, $rpc->{method}, $b);
        $runs++;
        my $same = defined $pbc ? defined $wire && deq($wire, $pbc) : !defined $wire;
        next if $same;
        $bad++;
        if ($bad <= 5) {
            diag "$rpc->{service}/$rpc->{method}: the decoders differ on " . unpack('H*', $b);
            diag explain { wire => $wire, protobuf_c => $pbc };
        }
    }
}
is $bad, 0, "the decoders agree on $runs random and mutated messages";

done_testing;
