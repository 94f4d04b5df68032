#!/usr/bin/perl
# range_stream: a range read in pages pinned to one revision.  On etcd 3.4
# (no KV.RangeStream) it pages with limit and key continuation.
#
# The big case: 200,000 keys of 1 KiB (about 200 MB) while a writer keeps
# overwriting, deleting and creating keys in the range: every key of the
# range as of the pinned revision comes exactly once, in key order, with
# its value as of that revision; the client's peak RSS (VmHWM) grows by
# less than 64 MiB over the read, while a whole-range get of the same data
# makes it grow by more than that (the measure can see the difference).
# Then: small ranges (options, empty range, single key, count_only),
# cancel (the caller's cancel wins, exactly one final callback), errors
# and croaks.
use strict;
use warnings;

# Under AddressSanitizer (make test-asan) freed memory is held back in a
# quarantine of 256 MiB, which hides what the peak RSS measures: this test
# runs itself again with the quarantine off (every other check of ASan
# stays on; t/19 covers the stream code with the quarantine).
BEGIN {
    if (($ENV{LD_PRELOAD} // '') =~ /libasan/ && ($ENV{ASAN_OPTIONS} // '') !~ /quarantine_size_mb/) {
        $ENV{ASAN_OPTIONS} = join ':', grep { length } $ENV{ASAN_OPTIONS} // '', 'quarantine_size_mb=0';
        exec $^X, (map { "-I$_" } grep { !ref } @INC), $0, @ARGV;
        die "re-exec $0: $!";
    }
}
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);

require_etcd();
my ($e, $c) = server_and_client(timeout => 60);
my $P = uniq_prefix('range-stream');
my $N = 200_000;
my $VLEN = 1024;
my $BIG = "${P}big/";

sub kname { sprintf '%s%07d', $BIG, $_[0] }
sub val { my ($i, $seq) = @_; my $v = "v:$i:$seq:"; return $v . ('x' x ($VLEN - length $v)) }

sub hwm_kib {
    open my $fh, '<', '/proc/self/status' or die "/proc/self/status: $!";
    while (<$fh>) { return $1 if /^VmHWM:\s+(\d+) kB/ }
    die 'no VmHWM in /proc/self/status';
}
# Linux: writing 5 to clear_refs resets the peak to the current RSS.
sub reset_hwm {
    open my $fh, '>', '/proc/self/clear_refs' or return 0;
    print $fh "5\n";
    return close $fh;
}

# ---------------------------------------------------------------- load (another process)
{
    my $loader = <<'EOT';
use strict; use warnings; use EV; use EV::Etcd;
my ($ep, $base, $n, $vlen) = @ARGV;
my $c = EV::Etcd->new(endpoints => [$ep], timeout => 60);
my ($next, $inflight, $failed) = (0, 0, 0);
my $send; $send = sub {
    while ($inflight < 8 && $next < $n) {
        my @ops;
        for (1 .. 128) {
            last if $next >= $n;
            my $i = $next++;
            my $v = "v:$i:0:";
            push @ops, { put => { key => sprintf('%s%07d', $base, $i), value => $v . ('x' x ($vlen - length $v)) } };
        }
        $inflight++;
        $c->txn([], \@ops, sub { $inflight--; if ($_[1]) { $failed++; warn "txn: $_[1]{message}\n" } $send->() });
    }
    EV::break if !$inflight && $next >= $n;
};
$send->();
EV::run;
exit($failed ? 1 : 0);
EOT
    my $rc = system($^X, '-Mblib', '-e', $loader, $e->endpoint, $BIG, $N, $VLEN);
    is $rc, 0, "loaded $N keys of $VLEN bytes (another process)" or BAIL_OUT('load failed');
}

# ---------------------------------------------------------------- the read, with a writer
{
    my $w = new_client($e, timeout => 60);
    my (@ops, $stop, $writing, $seq);      # ops: [index, seq (undef: delete), revision]
    $seq = 0;
    my $extra = 0;
    my $write;
    $write = sub {
        return $writing = 0 if $stop;
        $writing = 1;
        my $n = ++$seq;
        my $i = int rand $N;
        my $cb = sub {
            my ($r, $err) = @_;
            if ($err) { fail("writer: $err->{message}"); $writing = 0; return }
            $write->();
        };
        if ($n % 10 == 3) {
            my $op = [$i, undef];
            push @ops, $op;
            $w->delete(kname($i), sub { $op->[2] = $_[0]{header}{revision} if $_[0]; $cb->(@_) });
        } elsif ($n % 10 == 7 && $extra < 2000) {   # bounded: an unpinned read would chase it
            my $j = $N + $extra++;
            my $op = [$j, $n];
            push @ops, $op;
            $w->put(kname($j), val($j, $n), sub { $op->[2] = $_[0]{header}{revision} if $_[0]; $cb->(@_) });
        } else {
            my $op = [$i, $n];
            push @ops, $op;
            $w->put(kname($i), val($i, $n), sub { $op->[2] = $_[0]{header}{revision} if $_[0]; $cb->(@_) });
        }
    };
    $write->();
    wait_until { $seq >= 50 } 'the writer under way', 60;

    my ($seen, $seqs) = ('', '');          # bit per index; seq per index (32 bits)
    my ($prev, $dup, $order_bad, $value_bad, $pages, $total, $big_page) = ('', 0, 0, 0, 0, 0, 0);
    my ($pinned, $header_bad, $final, $finals) = (undef, 0, undef, 0);
    reset_hwm() or diag 'cannot reset VmHWM: the baseline is the peak so far';
    my $before = hwm_kib();
    my $h = $c->range_stream($BIG, { prefix => 1 }, sub {
        my ($r, $err) = @_;
        if ($err || $r->{done}) { $final = [$r, $err]; $finals++; $stop = 1; return }
        $pages++;
        $pinned //= $r->{header}{revision};
        $header_bad++ if $r->{header}{revision} != $pinned;
        $big_page++ if @{ $r->{kvs} } > 1000;
        for my $kv (@{ $r->{kvs} }) {
            my $k = $kv->{key};
            $order_bad++ unless $k gt $prev;
            $prev = $k;
            my ($i) = $k =~ /(\d{7})\z/;
            my ($vi, $vs) = $kv->{value} =~ /\Av:(\d+):(\d+):/;
            $value_bad++ if !defined $vi || $vi != $i || length $kv->{value} != $VLEN
                || $kv->{mod_revision} > $pinned;
            $dup++ if vec($seen, $i, 1);
            vec($seen, $i, 1) = 1;
            vec($seqs, $i, 32) = $vs // 0;
            $total++;
        }
    });
    isa_ok $h, 'EV::Etcd::RangeStream';
    wait_until { $final } 'the whole range', 600;
    my $after = hwm_kib();
    wait_until { !$writing } 'the writer to stop', 60;
    run_for(0.3);
    is $finals, 1, 'one final callback';
    ok !$final->[1], 'the range ends without an error' or diag explain $final->[1];
    is_deeply [sort keys %{ $final->[0] }], [qw(count done header)], 'final keys: count, done, header';
    is $final->[0]{header}{revision}, $pinned, 'the final header has the pinned revision';
    ok !$h->is_active, 'not active after the final callback';
    cmp_ok scalar(grep { defined $_->[2] && $_->[2] > $pinned } @ops), '>', 0,
        'the writer changed keys after the pinned revision (while the read ran)';

    # what the range held at the pinned revision
    my %last;                              # index -> seq or undef (deleted), the last op <= pinned
    for my $op (@ops) {
        next unless defined $op->[2] && $op->[2] <= $pinned;
        $last{ $op->[0] } = $op;
    }
    my ($missing, $unexpected, $stale, $expected) = (0, 0, 0, 0);
    for my $i (0 .. $N + $extra - 1) {
        my $want_seq;
        my $present;
        if (my $op = $last{$i}) {
            $present = defined $op->[1];
            $want_seq = $op->[1];
        } else {
            $present = $i < $N;
            $want_seq = 0;
        }
        $expected++ if $present;
        my $got = vec($seen, $i, 1);
        if ($present && !$got) { $missing++ }
        elsif (!$present && $got) { $unexpected++ }
        elsif ($present && vec($seqs, $i, 32) != $want_seq) { $stale++ }
    }
    cmp_ok scalar(keys %last), '>', 0, 'the writer changed keys before the pinned revision too';
    is $dup, 0, 'no key twice';
    is $order_bad, 0, 'keys in key order';
    is $missing, 0, 'no key of the pinned revision missing';
    is $unexpected, 0, 'no key that the pinned revision did not have';
    is $stale, 0, 'every value as of the pinned revision';
    is $value_bad, 0, 'every value whole and no newer than the pinned revision';
    is $total, $expected, "every key of the range once ($expected)";
    is $final->[0]{count}, $expected, 'count is the number of keys at the pinned revision';
    is $header_bad, 0, 'every page has the header of the pinned revision';
    is $big_page, 0, 'no page larger than page_size (1000 by default)';
    cmp_ok $pages, '>=', $expected / 1000, 'pages of 1000 keys';
    my $grew = ($after - $before) / 1024;
    cmp_ok $grew, '<', 64, 'peak RSS grew by less than 64 MiB over the read'
        or diag sprintf 'VmHWM %d kB -> %d kB', $before, $after;
    diag sprintf 'range_stream: %d pages, peak RSS +%.1f MiB', $pages, $grew;

    # the measure can see a whole-range read: get of everything at once
    reset_hwm();
    $before = hwm_kib();
    my ($r, $err) = sync($c, get => $BIG, { prefix => 1, revision => $pinned });
    ok !$err, 'a whole-range get of the same data' or diag explain $err;
    is scalar @{ $r->{kvs} || [] }, $expected, '... has every key';
    undef $r;
    my $get_grew = (hwm_kib() - $before) / 1024;
    cmp_ok $get_grew, '>', 64, 'a whole-range get grows the peak RSS by more than 64 MiB';
    diag sprintf 'get: peak RSS +%.1f MiB', $get_grew;
    sync($c, delete => $BIG, { prefix => 1 });
}

# ---------------------------------------------------------------- small ranges
my $S = "${P}small/";
for my $i (1 .. 25) { $c->put(sprintf('%s%02d', $S, $i), "v$i", sub { }) }
run_cb { };
sub collect {
    my ($key, $opts) = @_;
    my (@pages, @finals);
    my $h = $c->range_stream($key, $opts ? ($opts) : (), sub {
        my ($r, $err) = @_;
        if ($err || $r->{done}) { push @finals, [$r, $err] } else { push @pages, $r }
    });
    wait_until { @finals } "range_stream $key";
    run_for(0.2);
    is scalar @finals, 1, "range_stream $key: one final callback";
    return (\@pages, $finals[0], $h);
}
{
    my ($pages, $f) = collect($S, { prefix => 1, page_size => 10 });
    is_deeply [map { scalar @{ $_->{kvs} } } @$pages], [10, 10, 5], 'page_size 10: pages of 10, 10, 5';
    is_deeply [map { $_->{key} } map { @{ $_->{kvs} } } @$pages], [map { sprintf '%s%02d', $S, $_ } 1 .. 25],
        'page_size 10: every key in order';
    check_kv($pages->[0]{kvs}[0], { key => "${S}01", value => 'v1', version => 1 }, 'first kv');
    check_header($pages->[0]{header}, 'page header');
    is_deeply [sort keys %{ $pages->[0] }], [qw(header kvs)], 'page keys: header, kvs';
    is_deeply $f->[0], { done => 1, count => 25, header => $pages->[0]{header} }, 'final: done, count 25, the header';

    my $rev = $pages->[0]{header}{revision};
    sync($c, put => "${S}05", 'changed');
    ($pages) = collect($S, { prefix => 1, page_size => 7, revision => $rev });
    is $pages->[0]{kvs}[4]{value}, 'v5', 'revision: the value as of that revision';

    ($pages, $f) = collect("${S}03", { range_end => "${S}07", page_size => 2, keys_only => 1 });
    is_deeply [map { $_->{key} } map { @{ $_->{kvs} } } @$pages], [map { sprintf '%s%02d', $S, $_ } 3 .. 6],
        'range_end: [03, 07)';
    is $pages->[0]{kvs}[0]{value}, '', 'keys_only: no values';
    is $f->[0]{count}, 4, 'range_end: count 4';

    ($pages, $f) = collect($S, { prefix => 1, count_only => 1 });
    is scalar @$pages, 0, 'count_only: no pages';
    is $f->[0]{count}, 25, 'count_only: the count';

    ($pages, $f) = collect("${S}nothing/", { prefix => 1 });
    is scalar @$pages, 0, 'empty range: no pages';
    is $f->[0]{count}, 0, 'empty range: count 0';
    ok $f->[0]{done}, 'empty range: done';

    ($pages, $f) = collect("${S}12");
    is_deeply [map { $_->{key} } map { @{ $_->{kvs} } } @$pages], ["${S}12"], 'a single key';

    ($pages, $f) = collect($S, { prefix => 1, page_size => 1, min_mod_revision => $rev + 1 });
    is_deeply [map { $_->{key} } map { @{ $_->{kvs} } } @$pages], ["${S}05"], 'min_mod_revision: the changed key only';
}

# ------------------------------------------- the KV.RangeStream path (etcd 3.7+)
# etcd 3.4 has no RangeStream, so a stand-in for call_stream plays a 3.7
# server: it records the request and answers it from a get at the same
# revision, in chunks of 4 kvs (header, more and count on the last one only,
# as 3.7 does), from the loop.
{
    my (@requests, $fake_cancel);
    no warnings qw(redefine once);
    local *EV::Etcd::call_stream = sub {
        my ($self, $service, $method, $req, $opts, $cb) = @_;
        push @requests, ["$service/$method", { %$req }];
        my $h = bless { cancelled => 0 }, 'FakeStream';
        my %get = %$req;
        my $key = delete $get{key};
        $self->get($key, \%get, sub {
            my ($r, $err) = @_;
            my @kvs = @{ $r->{kvs} };
            my @chunks;
            push @chunks, [splice @kvs, 0, 4] while @kvs;
            my $t; $t = EV::timer(0, 0.001, sub {
                if ($h->{cancelled}) {
                    undef $t;
                    return $cb->(undef, { code => 1, status => 'CANCELLED', message => 'cancelled by the caller',
                                          source => 'call_stream', retryable => 0 });
                }
                if (my $chunk = shift @chunks) {
                    my %rr = (kvs => $chunk);
                    @rr{qw(header more count)} = ($r->{header}, 0, $r->{count}) unless @chunks;
                    return $cb->({ range_response => \%rr }, undef);
                }
                undef $t;
                $cb->({ done => 1 }, undef);
            });
        });
        $fake_cancel = $h;
        return $h;
    };
    local *FakeStream::cancel = sub { $_[0]{cancelled} = 1 };

    my ($pages, $f) = collect($S, { prefix => 1, page_size => 5 });
    is scalar @requests, 1, 'RangeStream: one stream for the rest of the range';
    my ($what, $req) = @{ $requests[0] };
    is $what, 'KV/RangeStream', 'RangeStream: the RPC';
    is $req->{key}, "${S}05\0", 'RangeStream: continues right after the first page';
    is $req->{range_end}, substr($S, 0, -1) . chr(ord(substr($S, -1)) + 1), 'RangeStream: the prefix as range_end';
    is $req->{revision}, $pages->[0]{header}{revision}, 'RangeStream: at the revision of the first page';
    ok !exists $req->{limit} && !exists $req->{page_size}, 'RangeStream: no limit';
    is_deeply [map { scalar @{ $_->{kvs} } } @$pages], [5, 4, 4, 4, 4, 4], 'RangeStream: the first page, then its chunks';
    is_deeply [map { $_->{key} } map { @{ $_->{kvs} } } @$pages], [map { sprintf '%s%02d', $S, $_ } 1 .. 25],
        'RangeStream: every key once, in order';
    is_deeply [map { $_->{header} } @$pages], [($pages->[0]{header}) x 6], 'RangeStream: every page has the pinned header';
    is_deeply $f->[0], { done => 1, count => 25, header => $pages->[0]{header} }, 'RangeStream: the final';

    # a cancel while the stream runs: CANCELLED, once, nothing after it
    @requests = ();
    my @got;
    my $h;
    $h = $c->range_stream($S, { prefix => 1, page_size => 5 }, sub {
        push @got, [@_];
        $h->cancel if @got == 2;          # in the first chunk's callback
    });
    wait_until { !$h->is_active } 'RangeStream: cancel';
    run_for(0.2);
    is scalar @got, 3, 'RangeStream cancel: the first page, one chunk, the final';
    ok $fake_cancel->{cancelled}, 'RangeStream cancel: the stream was cancelled';
    check_error($got[-1][1], { code => 1, status => 'CANCELLED', source => 'range_stream',
                               message => 'cancelled by the caller' }, 'RangeStream cancel');
}

# ---------------------------------------------------------------- cancel, errors
{
    # cancel at once: the first page never comes
    my @got;
    my $h = $c->range_stream($S, { prefix => 1, page_size => 5 }, sub { push @got, [@_] });
    $h->cancel;
    ok $h->is_active, 'cancel: still active until the final callback';
    wait_until { !$h->is_active } 'cancel at once';
    run_for(0.2);
    is scalar @got, 1, 'cancel at once: one callback';
    check_error($got[0][1], { code => 1, status => 'CANCELLED', source => 'range_stream',
                              message => 'cancelled by the caller' }, 'cancel at once');

    # cancel in a page callback: no page after it
    @got = ();
    $h = $c->range_stream($S, { prefix => 1, page_size => 5 }, sub { push @got, [@_]; $h->cancel if $_[0] && !$_[0]{done} });
    wait_until { !$h->is_active } 'cancel in a page callback';
    run_for(0.2);
    is scalar @got, 2, 'cancel in a page callback: the page, then the final';
    is $got[1][1]{status}, 'CANCELLED', 'cancel in a page callback: CANCELLED';
    $h->cancel;                                          # again: nothing
    run_for(0.1);
    is scalar @got, 2, 'a second cancel delivers nothing';

    # a compacted revision: the server's error, once
    my ($r) = sync($c, put => "${S}x", 'x');
    sync($c, compact => $r->{header}{revision});
    my ($pages, $f) = collect($S, { prefix => 1, revision => 2 });
    check_error($f->[1], { code => 11, status => 'OUT_OF_RANGE', source => 'range_stream' }, 'compacted revision');

    # a callback that dies is reported; the stream goes on
    my @warn;
    local $SIG{__WARN__} = sub { push @warn, @_ };
    my $n = 0;
    my $done;
    $c->range_stream($S, { prefix => 1, page_size => 10 }, sub { $done = 1 if $_[0]{done}; $n++; die "boom\n" });
    wait_until { $done } 'a dying callback';
    is $n, 4, 'a dying callback: every page and the final still come';
    is scalar(grep { /callback died: boom/ } @warn), 4, 'a dying callback: reported each time';
}

# ---------------------------------------------------------------- croaks
{
    my $cb = sub { fail('no callback after a croak') };
    for my $case (
        ['no callback', sub { $c->range_stream($S) }, qr/^range_stream: the last argument must be a callback/],
        ['no key', sub { $c->range_stream($cb) }, qr/^range_stream: wrong number of arguments/],
        ['undef key', sub { $c->range_stream(undef, $cb) }, qr/^range_stream: '\$key' must be a string/],
        ['options not a hash', sub { $c->range_stream($S, [], $cb) }, qr/^range_stream: options must be a hash reference/],
        ['unknown option', sub { $c->range_stream($S, { limit => 5 }, $cb) },
            qr/^range_stream: unknown option 'limit' \(valid options: .*page_size/],
        ['sort is not an option', sub { $c->range_stream($S, { sort_order => 'descend' }, $cb) },
            qr/^range_stream: unknown option 'sort_order'/],
        ['page_size 0', sub { $c->range_stream($S, { page_size => 0 }, $cb) },
            qr/^range_stream: option 'page_size' must be an integer from 1/],
        ['page_size not a number', sub { $c->range_stream($S, { page_size => 'many' }, $cb) },
            qr/^range_stream: option 'page_size' must be an integer from 1/],
        ['prefix with range_end', sub { $c->range_stream($S, { prefix => 1, range_end => 'z' }, $cb) },
            qr/^range_stream: 'prefix' and 'range_end' cannot be combined/],
        ['bad revision', sub { $c->range_stream($S, { revision => 'old' }, $cb) },
            qr/^range_stream: 'revision' must be a (?:non-negative )?64-bit integer/],
        ['negative revision', sub { $c->range_stream($S, { revision => -1 }, $cb) },
            qr/^range_stream: 'revision' must be a non-negative 64-bit integer/],
        ['bad timeout', sub { $c->range_stream($S, { timeout => -1 }, $cb) },
            qr/^range_stream: option 'timeout' must be a positive number/],
        ['not a client', sub { EV::Etcd::range_stream('x', $S, $cb) }, qr/^range_stream: not called on an EV::Etcd client/],
    ) {
        my ($name, $code, $re) = @$case;
        ok !eval { $code->(); 1 }, "croak: $name";
        like $@, $re, "croak: $name: message";
        like $@, qr/ at \Q${\__FILE__}\E line \d+/, "croak: $name: at the caller's line";
    }
    run_for(0.2);
}

done_testing;
