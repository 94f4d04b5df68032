# snapshot: the backend written to a file (a valid etcd backend that
# `etcdctl snapshot status` accepts, of the size the server announced) or
# handed out chunk by chunk; bad destinations croak; a cancelled lock wait.
use strict;
use warnings;
use Test::More;
use File::Temp qw(tempdir);
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

# chunk by chunk
my ($chunks, $bytes) = (0, 0);
($r, $err) = sync($c, snapshot => sub { $chunks++; $bytes += length $_[0] });
ok !$err, 'snapshot to a callback succeeds' or diag explain $err;
cmp_ok $chunks, '>', 1, 'several chunks';
is $bytes, $r->{size}, 'the chunks add up to the size';
ok !exists $r->{path}, 'no path without a file';

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
