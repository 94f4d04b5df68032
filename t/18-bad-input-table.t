#!/usr/bin/perl
# Bad input, driven by the generated method table: for every method, every
# positional argument and every option (EV::Etcd::_method_info reads them
# from eeg_methods[], with the proto type of the field each one fills), the
# kinds of wrong input a caller can make.  Each must croak at the call with
# a message that names the method and the argument, run no callback, leave
# nothing in flight, and never crash (this test runs under make test-asan
# too).  The fields etcd forbids below 0 come from codegen/api_map.toml
# (non_negative), the same source the converters are generated from.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use File::Temp qw(tempdir);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('bad-input-table');
my $tmp = tempdir(CLEANUP => 1);
my $here = quotemeta __FILE__;

my @methods = EV::Etcd::_method_info();
is_deeply [map { $_->{name} } @methods], [EV::Etcd::_methods()], '_method_info describes every method, in table order';

# ---- the fields etcd forbids below 0, by message (codegen/api_map.toml) ----
my %non_negative;
{
    my $map = dirname(__FILE__) . '/../codegen/api_map.toml';
    open my $fh, '<', $map or die "$map: $!";
    my $toml = do { local $/; <$fh> };
    while ($toml =~ /^\[messages\."([^"]+)"\]\n(.*?)(?=^\[|\z)/msg) {
        my ($msg, $body) = ($1, $2);
        next unless $body =~ /^non_negative\s*=\s*\[(.*?)\]/ms;
        $non_negative{$msg}{$_} = 1 for $1 =~ /"([^"]+)"/g;
    }
}
ok $non_negative{'etcdserverpb.RangeRequest'}{revision}
    && $non_negative{'etcdserverpb.WatchCreateRequest'}{start_revision}
    && $non_negative{'etcdserverpb.CompactionRequest'}{revision},
    'api_map.toml lists the revisions etcd forbids below 0' or diag explain \%non_negative;

# ---- values ----
my $called = 0;
my $cb = sub { $called++ };

sub leaf { my ($f) = @_; $f =~ s/.*\.//; return $f }

# A value that passes for the field, to fill the other positions.
sub good_value {
    my ($a) = @_;
    my $t = $a->{type};
    return "$tmp/snapshot.db" if $t eq 'runtime';
    return ['http://127.0.0.1:1'] if $a->{repeated} && $t eq 'string';
    return [] if $a->{repeated};
    return 'k' if $t eq 'bytes' || $t eq 'string';
    return 1 if $t =~ /int|fixed/;
    return $a->{enum}[0] if $t eq 'enum';
    return { name => 'n', key => 'k', rev => 1, lease => 1 } if $t eq 'message';   # a LeaderKey
    return 1;
}

# The name a message must quote for this field: the field, maybe inside a path.
sub named { my ($m, $f) = @_; my $l = quotemeta leaf($f); return qr/^\Q$m\E: '(?:[^']*\.)?$l'/ }

# [ what, bad value, regex ] for a field of the given description.
sub bad_values {
    my ($m, $a, $f) = @_;
    my $t = $a->{type};
    my $n = named($m, $f);
    my @out;
    if ($t eq 'runtime') {
        push @out, ['a reference', [], qr/^\Q$m\E: the destination must be a file path or a code reference/];
        return @out;
    }
    if ($a->{repeated}) {
        push @out, ['a string where an array belongs', 'x', qr/$n must be an array reference/],
                   ['a code ref where an array belongs', sub { }, qr/$n must be an array reference/];
        if ($t eq 'string' || $t eq 'bytes') {
            my $l = quotemeta leaf($f);
            push @out, ['a code ref where a string element belongs', [sub { }],
                qr/^\Q$m\E: '(?:[^']*\.)?$l\[0\]' must be a string, not a reference/];
        }
        return @out;
    }
    if ($t eq 'bytes' || $t eq 'string') {
        push @out, ['an array ref where a string belongs', [], qr/$n must be a string, not a reference/],
                   ['a code ref where a string belongs', sub { }, qr/$n must be a string, not a reference/];
    } elsif ($t =~ /int|fixed/) {
        my $int = qr/$n must be an? (?:unsigned |non-negative )?(?:64|32)-bit integer/;
        push @out, ['a word where an integer belongs', 'abc', qr/$int, got 'abc'/],
                   ['a code ref where an integer belongs', sub { }, qr/$int, not a reference/],
                   ['a fraction', 1.5, qr/$int, got '1\.5'/],
                   ['2**64 (beyond 64 bits) as a string', '18446744073709551616', qr/$int, got '18446744073709551616'/],
                   ['1e20 (beyond 64 bits) as a number', 1e20, qr/$int, got '1e\+20'/],
                   ['-1e20', -1e20, qr/$int, got '-1e\+20'/],
                   ['infinity', 9**9**9, qr/$int, got '(?i:inf)/];
        if ($t =~ /^u/) {
            push @out, ['a negative unsigned', -1, qr/$n must be an unsigned (?:64|32)-bit integer, got '-1'/];
        } elsif ($non_negative{$a->{message}}{leaf($f)}) {
            push @out, ['a negative where etcd forbids it', -1, qr/$n must be a non-negative (?:64|32)-bit integer, got '-1'/],
                       ['a negative string where etcd forbids it', '-7', qr/$n must be a non-negative (?:64|32)-bit integer, got '-7'/];
        }
    } elsif ($t eq 'enum') {
        push @out, ['an unknown enum name', 'no_such_value', qr/$n must be one of .*, got 'no_such_value'/],
                   ['an enum number out of range', 12345, qr/$n must be one of .*, got '12345'/],
                   ['a code ref where an enum belongs', sub { }, qr/$n must be one of /];
    } elsif ($t eq 'message') {
        push @out, ['a string where a hash belongs', 'x', qr/$n must be a hash reference/],
                   ['an array where a hash belongs', [], qr/$n must be a hash reference/];
    }
    return @out;
}

# ---- the table ----
my @cases;   # [ name, code, regex ]
my %kinds;   # what was covered, for the summary checks
for my $m (@methods) {
    my $name = $m->{name};
    my @args = @{ $m->{args} };
    my @good = map { good_value($_) } @args;

    push @cases, ["$name: no arguments", sub { $c->$name() }, qr/^\Q$name\E: callback must be a code reference, got none \(missing callback\)/];
    push @cases, ["$name: a string for the callback", sub { $c->$name(@good, 'main::cb') },
        qr/^\Q$name\E: callback must be a code reference/];
    push @cases, ["$name: a hash for the callback", sub { $c->$name(@good, {}) },
        qr/^\Q$name\E: callback must be a code reference/];
    push @cases, ["$name: one argument too many", sub { $c->$name(@good, 'extra', {}, $cb) },
        qr/^\Q$name\E: (?:wrong number of arguments|options must be a hash reference)/];

    for my $i (0 .. $#args) {
        my $a = $args[$i];
        my $f = $a->{field};
        for my $bad (bad_values($name, $a, $f)) {
            my ($what, $value, $re) = @$bad;
            my @v = @good;
            $v[$i] = $value;
            # a plain string first selects the named form (name => value, ...)
            $re = qr/^\Q$name\E: (?:unknown argument '\Q$value\E'|odd number of arguments in the named form)/
                if $m->{named} && $i == 0 && defined $value && !ref $value;
            push @cases, ["$name: argument $i ($f): $what", sub { $c->$name(@v, $cb) }, $re];
            $kinds{$what}++;
        }
        next if $a->{undef_ok} || $a->{optional};
        my @v = @good;
        $v[$i] = undef;
        my $re = $a->{type} eq 'runtime' ? qr/^\Q$name\E: '\Q$f\E' is undefined|^\Q$name\E: the destination .* is required/
                                         : qr/^\Q$name\E: '\Q$f\E' is undefined; usage: /;
        push @cases, ["$name: argument $i ($f) undef", sub { $c->$name(@v, $cb) }, $re];
        $kinds{"undef $f"}++;
    }

    push @cases, ["$name: options an array ref", sub { $c->$name(@good, [1], $cb) },
        qr/^\Q$name\E: options must be a hash reference/];
    push @cases, ["$name: options a string", sub { $c->$name(@good, 'opts', $cb) },
        qr/^\Q$name\E: options must be a hash reference/];
    push @cases, ["$name: options a code ref", sub { $c->$name(@good, sub { }, $cb) },
        qr/^\Q$name\E: options must be a hash reference/];
    push @cases, ["$name: an unknown option", sub { $c->$name(@good, { no_such_option => 1 }, $cb) },
        qr/^\Q$name\E: unknown option 'no_such_option' \(valid options: /];

    for my $o (@{ $m->{options} }) {
        my $on = $o->{name};
        for my $bad (bad_values($name, $o, $on)) {
            my ($what, $value, $re) = @$bad;
            push @cases, ["$name: option $on: $what", sub { $c->$name(@good, { $on => $value }, $cb) }, $re];
            $kinds{$what}++;
        }
    }

    if (grep { $_ eq 'timeout' } @{ $m->{runtime_options} }) {
        my $re = qr/^\Q$name\E: option 'timeout' must be a positive number of seconds, at most 2147483/;
        push @cases, ["$name: timeout $_->[0]", do { my $v = $_->[1]; sub { $c->$name(@good, { timeout => $v }, $cb) } }, $re]
            for ['1e10 (beyond 32-bit milliseconds)', 1e10], ['2147484', 2147484], ['0', 0], ['-1', -1],
                ['a word', 'soon'], ['a code ref', sub { }], ['infinity', 9**9**9];
    } else {      # long-lived streams: a deadline would end them
        push @cases, ["$name: timeout on a stream", sub { $c->$name(@good, { timeout => 1 }, $cb) },
            qr/^\Q$name\E: unknown option 'timeout' \(valid options: .*auto_reconnect, on_state, require_leader\)/];
    }
}

# every kind of bad input the issue names was generated somewhere
for my $what ('a code ref where a string belongs', '2**64 (beyond 64 bits) as a string',
              'a negative where etcd forbids it', 'a negative unsigned', 'undef key', 'an unknown enum name',
              'a string where a hash belongs', 'a string where an array belongs') {
    ok $kinds{$what}, "the table has cases of $what";
}
cmp_ok scalar(@cases), '>', 1000, 'more than 1000 cases in all';

my $failed = 0;
for my $case (@cases) {
    my ($name, $code, $re) = @$case;
    my $before = $called;
    my $ok = eval { $code->(); 1 };
    my $msg = $@;
    my $good = !$ok && $msg =~ $re && $msg =~ / at $here line \d+\.?\n\z/ && $called == $before;
    next if ok($good, $name) || ++$failed > 20;
    diag $ok ? 'no croak' : "croaked: $msg";
}
is inflight($c), 0, 'nothing in flight after all the croaks';

# nothing was sent, so no callback can come later either
run_for(0.5);
is $called, 0, 'no croaked call ever ran its callback';
ok !-e "$tmp/snapshot.db.part", 'no snapshot file was started';

my ($r, $err) = sync($c, put => "${P}k", 'still here');
ok !$err, 'the client still works after the table' or diag explain $err;
($r, $err) = sync($c, get => "${P}k");
is $r && $r->{kvs}[0]{value}, 'still here', 'and reads back';

done_testing;
