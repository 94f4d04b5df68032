# generated/ matches its inputs (the recorded hashes, a --check run of the
# generator, the RPC table of the built module), and the generator works for
# every etcd API version we support: in scratch copies of the tree, the
# protos of etcd v3.6.14 and v3.4.37 are imported, generated from, built and
# smoke-tested against a real etcd; a proto set with RPCs the API map does
# not know generates with a notice, and those RPCs are callable at once
# through call / call_stream.
#
# Developer test: needs the generator toolchain (make deps) and the etcd
# proto trees (../shared/etcd-proto/vX.Y.Z, or ETCD_PROTO_DIR=<dir holding
# them>).  Under CI=true nothing here skips.
use strict;
use warnings;
use Test::More;
use Config;
use Cwd qw(getcwd);
use Digest::SHA qw(sha256_hex);
use File::Basename qw(dirname);
use File::Path qw(make_path);
use File::Temp qw(tempdir);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);

my $ci = ($ENV{CI} // '') eq 'true';
my $PY = '/usr/bin/python3';
my $ROOT = getcwd();

# 1. every input and output recorded in generated/INPUTS still hashes the same
open my $fh, '<', 'generated/INPUTS' or die "generated/INPUTS: $!";
my $n = 0;
my $api_version;
while (my $line = <$fh>) {
    $api_version = $1 if $line =~ /^# etcd API: (v[\d.]+);/;
    next if $line =~ /^#/;
    my ($sum, $path) = $line =~ /^([0-9a-f]{64})  (\S+)$/ or die "bad INPUTS line: $line";
    open my $in, '<:raw', $path or do { fail("$path listed in generated/INPUTS is missing"); next };
    local $/;
    is(sha256_hex(<$in>), $sum, "$path unchanged since generation");
    $n++;
}
cmp_ok($n, '>', 20, 'INPUTS lists the protos, the map, the templates and the outputs');
is($api_version, 'v3.7.1', 'generated/ comes from the etcd v3.7.1 API');

# 2. the generator agrees (needs protoc, protoc-c, python3-jinja2, python3-protobuf)
my $have_gen = !system(qq{$PY -c "import jinja2, google.protobuf" 2>/dev/null})
    && !system('command -v protoc >/dev/null && command -v protoc-c >/dev/null');
if (!$have_gen) {
    fail('generator toolchain missing under CI (make deps)') if $ci;
    plan skip_all => 'generator toolchain not installed (make deps)';
}
my $out = `$PY codegen/generate.py --check 2>&1`;
is($?, 0, 'codegen/generate.py --check: generated/ is up to date') or diag $out;
unlike($out, qr/notice: new RPC/, 'every RPC of the committed protos is mapped or listed as unmapped');

# 3. the built module has the 49 RPCs of etcd v3.7.1 in its table
SKIP: {
    skip 'module not built (make)', 3 unless -e 'blib/arch/auto/EV/Etcd/Etcd.so';
    require blib; blib->import;
    require EV::Etcd;
    my @rpcs = EV::Etcd::_rpcs();
    is(scalar @rpcs, 49, '49 RPCs in the generated method table');
    my %per;
    $per{$_->{service}}++ for @rpcs;
    is_deeply(\%per, { KV => 6, Watch => 1, Lease => 5, Cluster => 5, Maintenance => 8,
                       Auth => 17, Lock => 2, Election => 5 }, 'RPCs per service');
    my %kind = map { ("$_->{service}/$_->{method}" => $_->{kind}) } @rpcs;
    is_deeply([@kind{qw(KV/Range KV/RangeStream Watch/Watch Lease/LeaseKeepAlive Election/Observe
                        Maintenance/Snapshot)}],
        [qw(unary server_stream bidi_stream bidi_stream server_stream server_stream)], 'call kinds');
}

# 4. the API map is checked: a stream kind must get its own RPC and request
my $tmp = tempdir(CLEANUP => 1);
{
    open my $in, '<', 'codegen/api_map.toml' or die $!;
    my $map = do { local $/; <$in> };
    (my $bad = $map) =~ s/^stream = "observe"/stream = "snapshot"/m or die 'no observe in the map';
    open my $o, '>', "$tmp/bad.toml" or die $!;
    print $o $bad;
    close $o;
    my $err = `$PY codegen/generate.py --map $tmp/bad.toml --out $tmp/bad-gen 2>&1`;
    isnt($?, 0, 'a method mapped to a stream kind of another request message is an error');
    like($err, qr/\[methods\.election_observe\]: stream 'snapshot' runs server_stream RPCs taking etcdserverpb\.SnapshotRequest; Election\.Observe .* v3electionpb\.LeaderRequest/,
        '... naming the method, the kind and both messages') or diag $err;
}

# 4b. the layout guard: generated code refuses a runtime whose tables changed
{
    open my $in, '<', 'runtime/ee.h' or die $!;
    my $h = do { local $/; <$in> };
    my ($layout) = $h =~ /^#define EE_TABLE_LAYOUT (\d+)$/m;
    ok($layout, "runtime/ee.h defines EE_TABLE_LAYOUT ($layout)");
    make_path("$tmp/layout");
    $h =~ s/^#define EE_TABLE_LAYOUT \d+$/"#define EE_TABLE_LAYOUT " . ($layout + 1)/me;
    open my $o, '>', "$tmp/layout/ee.h" or die $!;
    print $o $h;
    close $o;
    my $ev = `$^X -MFile::Basename -e 'require EV; print dirname(\$INC{"EV.pm"})'`;
    my $inc = "-I$Config{archlibexp}/CORE $Config{ccflags} -I$ev -Igenerated -Igenerated/proto";
    my $err = `cc -fsyntax-only $inc -I$tmp/layout generated/ee_tables.c 2>&1`;
    isnt($?, 0, 'generated/ee_tables.c does not compile against another EE_TABLE_LAYOUT');
    like($err, qr/#error.*runtime\/ee\.h has another EE_TABLE_LAYOUT.*make generate/, '... and says to regenerate')
        or diag $err;
    $err = `cc -fsyntax-only $inc -Iruntime generated/ee_tables.c 2>&1`;
    is($?, 0, '... and compiles against its own') or diag $err;
}

# 5. other API versions, each in a scratch copy of the tree
my $protos = $ENV{ETCD_PROTO_DIR} // "$ROOT/../shared/etcd-proto";
my @missing = grep { !-d "$protos/$_" } qw(v3.7.1 v3.6.14 v3.4.37);
if (@missing) {
    fail("etcd proto trees missing under CI: @missing in $protos") if $ci;
    diag "skipping the scratch builds: no @missing in $protos (set ETCD_PROTO_DIR)";
    done_testing;
    exit;
}
require_etcd();
my $etcd = EtcdTest->start(no_fsync => 1);

# Copy the tree (tracked and new files, not build products) to $dir.
sub scratch_copy {
    my ($dir) = @_;
    make_path($dir);
    my @files = split /\0/, `git ls-files -z --cached --others --exclude-standard`;
    die "git ls-files failed" if $? || !@files;
    for my $f (grep { -f } @files) {
        make_path("$dir/" . dirname($f));
        system('cp', '-p', $f, "$dir/$f") == 0 or die "cp $f: $?";
    }
}

sub run_in {
    my ($dir, $cmd) = @_;
    my $o = `cd '$dir' && $cmd 2>&1`;
    return ($? == 0, $o);
}

# A tiny program run with the scratch build: put, get, a watch event, the
# RPC count; plus, when asked, the extra RPCs through call / call_stream.
my $SMOKE = <<'EOT';
use strict; use warnings; use EV; use EV::Etcd;
my ($ep, $extra) = @ARGV;
my $c = EV::Etcd->new(endpoints => [$ep], timeout => 10);
my $P = "/smoke/$$/";
my $guard = EV::timer(30, 0, sub { print "timeout\n"; exit 1 });
my ($seen, $put);      # the put's answer and the event may come in either order
my $h = $c->watch($P, { prefix => 1 }, sub {
    my ($r, $e) = @_;
    return print("watch error $e->{message}\n") if $e;
    for my $ev (@{ $r->{events} || [] }) {
        print "event $ev->{type} $ev->{kv}{key} $ev->{kv}{value}\n";
        $seen = 1;
        EV::break if $put;
    }
    $c->put("${P}k", 'v1', sub { print "put ", ($_[1] ? "error $_[1]{message}" : 'ok'), "\n"; $put = 1; EV::break if $seen })
        if $r->{created};
});
EV::run;
$c->get("${P}k", sub { my ($r, $e) = @_; print "get ", ($e ? "error" : $r->{kvs}[0]{value}), "\n"; EV::break });
EV::run;
my @rpcs = EV::Etcd::_rpcs();
print "rpcs ", scalar(@rpcs), "\n";
if ($extra) {
    $c->call('KV', 'Frobnicate', { key => 'x' }, sub {
        my ($r, $e) = @_;
        print "call ", ($e ? "$e->{status} $e->{source}" : 'ok'), "\n";
        EV::break;
    });
    EV::run;
    $c->call_stream('KV', 'FrobnicateStream', { key => 'x' }, sub {
        my ($r, $e) = @_;
        print "call_stream ", ($e ? "$e->{status} $e->{source}" : 'message'), "\n";
        EV::break if $e || $r->{done};
    });
    EV::run;
}
$h->cancel;
EOT

sub smoke {
    my ($dir, $extra) = @_;
    open my $o, '>', "$dir/smoke.pl" or die $!;
    print $o $SMOKE;
    close $o;
    my $res = `$^X -Mblib='$dir' '$dir/smoke.pl' '@{[ $etcd->endpoint ]}' '@{[ $extra ? 1 : 0 ]}' 2>&1`;
    return $res;
}

my %want = (
    'v3.6.14' => { rpcs => 48, notices => [qr/notice: unmapped RPC KV\.RangeStream is not in these protos/] },
    'v3.4.37' => { rpcs => 46, notices => [
        qr/notice: unmapped RPC KV\.RangeStream is not in these protos/,
        qr/notice: method 'auth_status': RPC Auth\.AuthStatus is not in these protos; skipped/,
        qr/notice: method 'downgrade': RPC Maintenance\.Downgrade is not in these protos; skipped/,
        qr/notice: method 'user_add': option 'hashed_password' \(etcd 3\.5\+\) is not in these protos; skipped/,
        qr/notice: method 'member_list': option 'linearizable' \(etcd 3\.5\+\) is not in these protos; skipped/,
    ] },
);
for my $v (sort keys %want) {
    my $dir = "$tmp/$v";
    scratch_copy($dir);
    my ($ok, $o) = run_in($dir, "$PY codegen/sync_proto.py --src '$protos/$v'");
    ok($ok, "$v: sync_proto.py imports its protos") or diag $o;
    ($ok, $o) = run_in($dir, "$PY codegen/generate.py");
    ok($ok, "$v: generate.py succeeds") or diag $o;
    like($o, $_, "$v: notice $_") for @{ $want{$v}{notices} };
    unlike($o, qr/notice: new RPC/, "$v: no RPC unknown to the map");
    ($ok, $o) = run_in($dir, "make -j2");
    ok($ok && -e "$dir/blib/arch/auto/EV/Etcd/Etcd.so", "$v: the module builds") or diag $o;
    my $res = smoke($dir);
    like($res, qr/^put ok$/m, "$v: smoke: put") or diag $res;
    like($res, qr/^event PUT \S+k v1$/m, "$v: smoke: the watch sees the put") or diag $res;
    like($res, qr/^get v1$/m, "$v: smoke: get") or diag $res;
    like($res, qr/^rpcs $want{$v}{rpcs}$/m, "$v: smoke: $want{$v}{rpcs} RPCs in the table") or diag $res;
}

# 6. a proto set with RPCs the API map does not know (as in a new etcd
# release): a notice naming each and how to map it; both are callable.
{
    my $dir = "$tmp/extra";
    scratch_copy($dir);
    my $rpc_proto = "$dir/proto/etcdserverpb/rpc.proto";
    open my $in, '<', $rpc_proto or die $!;
    my $text = do { local $/; <$in> };
    close $in;
    $text =~ s/^(service KV \{\n)/$1  rpc Frobnicate(RangeRequest) returns (RangeResponse) {}\n  rpc FrobnicateStream(RangeRequest) returns (stream RangeResponse) {}\n/m
        or die 'no service KV in rpc.proto';
    open my $o, '>', $rpc_proto or die $!;
    print $o $text;
    close $o;
    my ($ok, $out) = run_in($dir, "$PY codegen/generate.py --check");
    ok(!$ok, 'extra RPCs: before regenerating, --check (as make check-generated) fails') or diag $out;
    like($out, qr/out of date: .*ee_tables\.c/, '... naming what is out of date') or diag $out;
    ($ok, $out) = run_in($dir, "$PY codegen/generate.py");
    ok($ok, 'extra RPCs: generation succeeds') or diag $out;
    like($out, qr/notice: new RPC KV\.Frobnicate \(unary\) is neither mapped nor listed as unmapped; it is callable as \$client->call\('KV', 'Frobnicate', \.\.\.\)\. To map it, add a \[methods\.NAME\] with rpc = "KV\.Frobnicate" to api_map\.toml, or list it under \[unmapped\]/,
        'extra RPCs: a notice for the unary one, saying how to call and map it') or diag $out;
    like($out, qr/notice: new RPC KV\.FrobnicateStream \(server_stream\) .* callable as \$client->call_stream\('KV', 'FrobnicateStream', \.\.\.\)/,
        'extra RPCs: a notice for the streaming one') or diag $out;
    ($ok, $out) = run_in($dir, "$PY codegen/generate.py --check");
    ok($ok, 'extra RPCs: --check agrees with what was just written') or diag $out;
    ($ok, $out) = run_in($dir, "make -j2");
    ok($ok, 'extra RPCs: the module builds') or diag $out;
    my $res = smoke($dir, 1);
    like($res, qr/^rpcs 51$/m, 'extra RPCs: both in the table') or diag $res;
    like($res, qr/^call UNIMPLEMENTED call$/m, 'call KV/Frobnicate reaches etcd: UNIMPLEMENTED') or diag $res;
    like($res, qr/^call_stream UNIMPLEMENTED call_stream$/m,
        'call_stream KV/FrobnicateStream reaches etcd: UNIMPLEMENTED, as one error') or diag $res;
    unlike($res, qr/^call_stream message$/m, '... and no message before it');
}

done_testing;
