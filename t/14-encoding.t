#!/usr/bin/perl
# Keys and values are raw bytes: NUL and high bytes survive, UTF-8 flagged
# strings are stored as their UTF-8 bytes and come back as byte strings
# (no UTF-8 flag), large and empty values round-trip.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);
use Encode qw(encode_utf8);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('encoding');

my ($r, $err);

# Put, then get the key back (by the same key) and return the single kv.
sub roundtrip {
    my ($key, $value, $name) = @_;
    my ($r, $err) = sync($c, put => $key, $value);
    ok !$err, "$name: put" or diag explain $err;
    ($r, $err) = sync($c, get => $key);
    ok !$err, "$name: get" or diag explain $err;
    is $r->{count}, 1, "$name: found by the same key";
    return $r->{kvs}[0] // {};
}

sub bytes_is {
    my ($got, $want, $name) = @_;
    ok !utf8::is_utf8($got // ''), "$name: no UTF-8 flag";
    is length($got // ''), length($want), "$name: length " . length($want);
    ok defined $got && $got eq $want, "$name: same bytes"
        or diag sprintf "got %s\nwant %s", unpack('H*', $got // ''), unpack('H*', $want);
}

# ---------------------------------------------------------------- binary

my $all = join '', map { chr } 0 .. 255;
my $kv = roundtrip("${P}bin/all", $all, 'all 256 byte values');
bytes_is($kv->{value}, $all, 'all 256 byte values');

$kv = roundtrip("${P}bin/nul\0key\0", "x\0y\0\0z", 'NUL bytes');
bytes_is($kv->{key}, "${P}bin/nul\0key\0", 'key with NUL bytes');
bytes_is($kv->{value}, "x\0y\0\0z", 'value with NUL bytes');

$kv = roundtrip("${P}bin/nulonly", "\0", 'a single NUL byte');
bytes_is($kv->{value}, "\0", 'value "\\0"');

my $high_key = "${P}bin/\x80\xfe\xff";
$kv = roundtrip($high_key, "\xff\xfe\x80\xc3\x28", 'high bytes (invalid UTF-8)');
bytes_is($kv->{key}, $high_key, 'key with high bytes');
bytes_is($kv->{value}, "\xff\xfe\x80\xc3\x28", 'value with high bytes');

# a byte string with high bytes is stored byte for byte, not UTF-8 encoded
$kv = roundtrip("${P}bin/latin1", "caf\xe9", 'latin-1 byte string');
bytes_is($kv->{value}, "caf\xe9", 'latin-1 byte string stays 4 bytes');

# every key of all 256 single-byte suffixes, read back by prefix, in byte order
{
    my $B = "${P}bytes/";
    my $n = 0;
    $c->put($B . chr($_), chr(255 - $_), sub { $n++ }) for 0 .. 255;
    wait_until { $n == 256 } '256 puts';
    ($r, $err) = sync($c, get => $B, { prefix => 1 });
    is $r->{count}, 256, '256 single-byte keys under a prefix';
    my @keys = map { $_->{key} } @{ $r->{kvs} };
    is_deeply \@keys, [map { $B . chr } 0 .. 255], 'keys come back in byte order, each byte intact';
    is_deeply [map { $_->{value} } @{ $r->{kvs} }], [map { chr(255 - $_) } 0 .. 255], 'values intact';
    ok !(grep { utf8::is_utf8($_) } @keys), 'no key has the UTF-8 flag';
}

# prefix ending in 0xff bytes: the range end is computed on bytes
{
    my $F = "${P}ff/a";
    sync($c, put => "$F\xff", 1);
    sync($c, put => "$F\xff\xff", 2);
    sync($c, put => "$F\xff\xff\x01", 3);
    sync($c, put => "${P}ff/b", 4);
    sync($c, put => "$F\xfe", 5);
    ($r, $err) = sync($c, get => "$F\xff", { prefix => 1 });
    is_deeply [map { $_->{key} } @{ $r->{kvs} }], ["$F\xff", "$F\xff\xff", "$F\xff\xff\x01"],
        'prefix ending in \\xff: exactly the keys starting with it';
    ($r, $err) = sync($c, delete => "$F\xff\xff", { prefix => 1 });
    is $r->{deleted}, 2, 'delete with a prefix ending in \\xff\\xff';
}

# ---------------------------------------------------------------- UTF-8 flagged strings

{
    my $ukey = "${P}utf8/k\x{e9}y-\x{263a}";
    my $uval = "caf\x{e9} \x{263a} \x{1F600}";
    ok utf8::is_utf8($ukey) && utf8::is_utf8($uval), 'the test strings carry the UTF-8 flag';
    my $kv = roundtrip($ukey, $uval, 'UTF-8 flagged key and value');
    bytes_is($kv->{key}, encode_utf8($ukey), 'UTF-8 flagged key stored as its UTF-8 bytes');
    bytes_is($kv->{value}, encode_utf8($uval), 'UTF-8 flagged value stored as its UTF-8 bytes');
    ok $kv->{value} ne $uval, 'the value is not string-equal to the character string (as documented)';

    # the encoded byte string finds the same key
    ($r, $err) = sync($c, get => encode_utf8($ukey));
    is $r->{count}, 1, 'the UTF-8 bytes of the key find the same key';
    is $r->{kvs}[0]{value}, encode_utf8($uval), '... with the same value';

    # a flagged string whose characters all fit in a byte is still stored as UTF-8
    my $up = "caf\xe9";
    utf8::upgrade($up);
    ok utf8::is_utf8($up), 'upgraded latin-1 string has the UTF-8 flag';
    $kv = roundtrip("${P}utf8/upgraded", $up, 'upgraded latin-1 value');
    bytes_is($kv->{value}, "caf\xc3\xa9", 'upgraded latin-1 value stored as UTF-8 bytes');

    # a flagged pure-ASCII string is just its bytes
    my $ascii = 'plain';
    utf8::upgrade($ascii);
    $kv = roundtrip("${P}utf8/ascii", $ascii, 'flagged ASCII value');
    bytes_is($kv->{value}, 'plain', 'flagged ASCII value');

    # prefix get with a flagged prefix
    my $upre = "${P}utf8/k\x{e9}";
    utf8::upgrade($upre);
    ($r, $err) = sync($c, get => $upre, { prefix => 1 });
    is $r->{count}, 1, 'a UTF-8 flagged prefix matches by its UTF-8 bytes';
    ($r, $err) = sync($c, get => "${P}utf8/k\x{e9}", { prefix => 1 });
    is $r->{count}, 0, 'the same characters as a latin-1 byte string do not match';

    # delete with a flagged key, with prev_kv
    ($r, $err) = sync($c, delete => $ukey, { prev_kv => 1 });
    is $r->{deleted}, 1, 'delete by the flagged key';
    bytes_is($r->{prev_kvs}[0]{key}, encode_utf8($ukey), 'prev_kvs key is bytes');
    bytes_is($r->{prev_kvs}[0]{value}, encode_utf8($uval), 'prev_kvs value is bytes');

    # txn: flagged strings in compare and ops are bytes too
    sync($c, put => "${P}utf8/t", "\x{263a}");
    ($r, $err) = sync($c, txn => [{ key => "${P}utf8/t", target => 'value', value => "\x{263a}" }],
        [{ range => { key => "${P}utf8/t" } }], []);
    is $r->{succeeded}, 1, 'txn compare with a flagged value matches the stored UTF-8 bytes';
    bytes_is($r->{responses}[0]{response_range}{kvs}[0]{value}, "\xe2\x98\xba", 'txn range value');
}

# ---------------------------------------------------------------- sizes

{
    my $big = join '', map { pack 'N', ($_ * 2654435761) & 0xffffffff } 0 .. (1 << 18) - 1;
    is length $big, 1 << 20, 'a 1 MiB binary value';
    my $kv = roundtrip("${P}size/1mib", $big, '1 MiB value');
    bytes_is($kv->{value}, $big, '1 MiB value');

    $kv = roundtrip("${P}size/empty", '', 'empty value');
    ok exists $kv->{value} && defined $kv->{value}, 'empty value: value is defined';
    bytes_is($kv->{value}, '', 'empty value');
    is $kv->{version}, 1, 'empty value: the key exists (version 1)';

    $kv = roundtrip("${P}size/zero", 0, 'numeric 0 value');
    is $kv->{value}, '0', 'numeric 0 stored as "0"';
    $kv = roundtrip("${P}size/num", 3.25, 'numeric value');
    is $kv->{value}, '3.25', 'number stored as its string form';

    my $long_key = "${P}size/" . ('k' x 3000);
    $kv = roundtrip($long_key, 'v', 'a 3000-byte key');
    bytes_is($kv->{key}, $long_key, 'long key');
}

is inflight($c), 0, 'nothing left in flight';

done_testing;
