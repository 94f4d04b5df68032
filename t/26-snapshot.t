# snapshot: the backend written to a file (a valid etcd backend that
# `etcdctl snapshot status` accepts, of the size the server announced, its
# last 32 bytes the SHA-256 of the rest) or handed out chunk by chunk;
# on_progress; the handle: is_active, cancel (CANCELLED, the partial file
# removed); a file changed on the disk during the transfer is reported
# (DATA_LOSS) and removed; bad destinations and options croak; a cancelled
# lock wait.
use strict;
use warnings;
use Test::More;
use File::Temp qw(tempdir);
use Digest::SHA qw(sha256);
use EV;
use EV::Etcd;
use EtcdTest;
use EtcdTestUtil qw(:all);

EtcdTest::require_etcd();
plan skip_all => 'needs a managed etcd' unless EtcdTest::managed();

my $e = EtcdTest->start(name => 'snapshot');
my $c = EV::Etcd->new(endpoints => [$e->endpoint]);
my $dir = tempdir(CLEANUP => 1);

for my $i (1 .. 200) {
    my ($r, $err) = sync($c, put => sprintf('/snap/%03d', $i), 'v' x 1000);
    die "put: $err->{message}" if $err;
}
my ($st) = sync($c, 'status');

# to a file
my $path = "$dir/backend.db";
my ($r, $err) = sync($c, snapshot => $path);
ok !$err, 'snapshot to a file succeeds' or diag explain $err;
is_deeply [sort grep { $_ ne 'header' && $_ ne 'version' } keys %$r], [qw(path size)], 'response keys: path, size';
is $r->{path}, $path, 'path is the destination';
ok -f $path, 'the file exists';
ok !-e "$path.part", 'no .part file is left';
is -s $path, $r->{size}, 'bytes written = size reported';
cmp_ok $r->{size}, '>=', 200 * 1000, 'the snapshot holds the data';
cmp_ok $r->{size}, '>=', $st->{db_size}, 'at least the db_size status reported before';
my $etcdctl = EtcdTest::etcdctl_bin();
SKIP: {
    skip 'no etcdctl', 2 unless $etcdctl;
    local $ENV{ETCDCTL_API} = 3;
    my $out = `$etcdctl snapshot status $path -w json 2>&1`;
    is $?, 0, 'etcdctl snapshot status accepts the file' or diag $out;
    like $out, qr/"totalKey":\s*(\d+)/, 'it reports the keys';
}

# etcd's trailer: the SHA-256 of the backend
{
    open my $fh, '<:raw', $path or die "$path: $!";
    my $data = do { local $/; <$fh> };
    is length $data, $r->{size}, 'the file holds size bytes';
    is substr($data, -32), sha256(substr($data, 0, -32)), 'its last 32 bytes are the SHA-256 of the rest';
}

# on_progress and the handle
{
    my (@progress, @res, $n);
    $n = 0;
    my $p2 = "$dir/progress.db";
    my $h = $c->snapshot($p2, { on_progress => sub { push @progress, [@_] } }, sub { @res = @_; $n++ });
    isa_ok $h, 'EV::Etcd::Snapshot', 'snapshot in non-void context';
    ok $h->is_active, 'the snapshot handle is active while it runs';
    wait_until { $n } 'the snapshot with on_progress';
    ok !$res[1], 'snapshot with on_progress succeeds' or diag explain $res[1];
    ok !$h->is_active, 'the handle is no longer active once done';
    cmp_ok scalar @progress, '>', 1, 'on_progress ran for each chunk';
    my @so_far = map { $_->[0] } @progress;
    is_deeply \@so_far, [sort { $a <=> $b } @so_far], 'bytes so far only grow';
    is $so_far[-1], $res[0]{size}, 'the last bytes so far is the size';
    is $progress[0][0] + $progress[0][1], $res[0]{size} - 32,
        'the first call: bytes so far + remaining = the backend announced (the trailer aside)';
    is $progress[-1][1], 0, 'nothing remains at the end';
    ok is_int_sv($progress[0][0]) && is_int_sv($progress[0][1]), 'on_progress gets integers';
    ok -f $p2 && !-e "$p2.part", 'the file is there, no .part';
}

# cancelled through its handle: CANCELLED, the partial file removed
{
    my (@res, $n, $cancelled, $h);
    $n = 0;
    my $p3 = "$dir/cancelled.db";
    $h = $c->snapshot($p3, { on_progress => sub {
        $h->cancel(sub { $cancelled = [@_] }) if $h->is_active;
    } }, sub { @res = @_; $n++ });
    wait_until { $n } 'the cancelled snapshot calls back';
    run_for(0.2);
    is $n, 1, 'cancelled snapshot: the callback ran once';
    ok !$res[0], 'cancelled snapshot: no response';
    check_error($res[1], { code => 1, status => 'CANCELLED', source => 'snapshot', retryable => 0 },
        'cancelled snapshot');
    is_deeply $cancelled, [{}, undef], 'the cancel\'s own callback got ({}, undef)';
    ok !-e $p3 && !-e "$p3.part", 'cancelled: no file, no .part';
}

# the file changed on the disk during the transfer: DATA_LOSS, removed
{
    my (@res, $n, $done);
    $n = 0;
    my $p4 = "$dir/damaged.db";
    $c->snapshot($p4, { on_progress => sub {
        return if $done++;
        open my $fh, '+<:raw', "$p4.part" or die "$p4.part: $!";
        print $fh "damaged";                     # the first bytes, same size
        close $fh;
    } }, sub { @res = @_; $n++ });
    wait_until { $n } 'the damaged snapshot calls back';
    ok !$res[0], 'damaged on the disk: no response';
    check_error($res[1], { code => 15, status => 'DATA_LOSS', source => 'snapshot', retryable => 0,
        message => qr/SHA-256 does not match/ }, 'a snapshot changed on the disk during the transfer');
    ok !-e $p4 && !-e "$p4.part", 'damaged: no file, no .part';
}

# chunk by chunk
my ($chunks, $bytes) = (0, 0);
($r, $err) = sync($c, snapshot => sub { $chunks++; $bytes += length $_[0] });
ok !$err, 'snapshot to a callback succeeds' or diag explain $err;
cmp_ok $chunks, '>', 1, 'several chunks';
is $bytes, $r->{size}, 'the chunks add up to the size';
ok !exists $r->{path}, 'no path without a file';
{
    my $data = '';
    ($r, $err) = sync($c, snapshot => sub { $data .= $_[0] });
    is substr($data, -32), sha256(substr($data, 0, -32)), 'chunks: the trailer is the SHA-256 of the backend';
}

# a deadline only when asked for; long-lived streams take none
($r, $err) = sync($c, snapshot => sub { }, { timeout => 30 });
ok !$err, 'snapshot with a timeout option succeeds' or diag explain $err;
ok !eval { $c->watch('/snap/', { timeout => 1 }, sub {}); 1 }, 'watch croaks on timeout';
like $@, qr/^watch: unknown option 'timeout' \(valid options: .*auto_reconnect, on_state, require_leader\)/, '... as an unknown option';

# bad destinations
ok !eval { $c->snapshot("$dir/no/such/dir/x.db", sub {}); 1 }, 'an unwritable path croaks';
like $@, qr/^snapshot: cannot write \Q$dir\E\/no\/such\/dir\/x\.db\.part: /, '... naming the file';
ok !eval { $c->snapshot([], sub {}); 1 }, 'a reference that is no code croaks';
like $@, qr/^snapshot: the destination must be a file path or a code reference/, '... saying what is wanted';
ok !eval { $c->snapshot(undef, sub {}); 1 }, 'undef croaks';
ok !eval { $c->snapshot(sub {}, { on_progress => 1 }, sub {}); 1 }, 'on_progress that is no code croaks';
like $@, qr/^snapshot: option 'on_progress' must be a code reference/, '... naming the option';
ok !eval { $c->snapshot(sub {}, { bogus => 1 }, sub {}); 1 }, 'an unknown option croaks';
like $@, qr/^snapshot: unknown option 'bogus' \(valid options: timeout, on_progress, endpoint\)/, '... listing the valid ones';

# a waiting lock call can be cancelled: its callback runs once, CANCELLED
my $d = EV::Etcd->new(endpoints => [$e->endpoint]);
my ($l1) = sync($c, lease_grant => 30);
my ($l2) = sync($d, lease_grant => 30);
my ($held) = sync($c, lock => '/snap-lock', $l1->{id});
ok $held && $held->{key}, 'the first client holds the lock';
my @got;
my $h = $d->lock('/snap-lock', $l2->{id}, sub { push @got, [@_] });
isa_ok $h, 'EV::Etcd::Call', 'lock in non-void context';
my $t = EV::timer 0.5, 0, sub { $h->cancel };
wait_until { @got } 'the cancelled lock calls back';
is scalar @got, 1, 'once';
ok !$got[0][0], 'no response';
is $got[0][1]{status}, 'CANCELLED', 'status CANCELLED';
is $got[0][1]{source}, 'lock', 'source lock';
ok !$h->is_active, 'the handle is no longer active';

done_testing;
