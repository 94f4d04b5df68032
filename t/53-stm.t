#!/usr/bin/perl
# EV::Etcd::STM ($client->stm): get returns a Future (undef when absent),
# put and delete are buffered and read back, $apply returns a value or a
# Future of one, the result has value and header; a conflict re-runs
# $apply; max_retries ends with ABORTED; an apply that dies is an error;
# serializable_snapshot also guards keys written but not read (serializable
# does not).  10 concurrent increments x 20 rounds: exactly 200 for
# serializable_snapshot, serializable and repeatable_reads; for
# read_committed every apply commits once, with no error.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV;
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);
use Future;

require_etcd();
pod_clean('EV/Etcd/STM.pm');

my ($e, $c) = server_and_client();
my $other = new_client($e);
my $P = uniq_prefix('stm');
my ($r, $err);

# ---------------------------------------------------------------- bad input

for my $case (
    [ sub { $c->stm(sub {}) }, qr/^stm: wrong number of arguments/ ],
    [ sub { $c->stm('x', sub {}) }, qr/^stm: 'apply' must be a code reference/ ],
    [ sub { $c->stm(sub {}, {}, 'x') }, qr/^stm: the last argument must be a callback/ ],
    [ sub { $c->stm(sub {}, { bogus => 1 }, sub {}) }, qr/^stm: unknown option 'bogus' \(valid options: isolation, max_retries, prefetch\)/ ],
    [ sub { $c->stm(sub {}, { isolation => 'snapshot' }, sub {}) }, qr/^stm: 'isolation' must be one of/ ],
    [ sub { $c->stm(sub {}, { prefetch => 'k' }, sub {}) }, qr/^stm: 'prefetch' must be an array reference/ ],
    [ sub { $c->stm(sub {}, { max_retries => -1 }, sub {}) }, qr/^stm: 'max_retries' must be a non-negative integer/ ],
) {
    my ($code, $re) = @$case;
    eval { $code->(); 1 } and fail("no croak for $re"), next;
    like $@, $re, "croaks: $re";
    like $@, qr/ at \S*53-stm\.t line \d+/, '... at the caller\'s line';
}

# ---------------------------------------------------------------- basics

sync($c, put => "${P}a", 'A');
my @inside;
($r, $err) = sync($c, stm => sub {
    my ($stm) = @_;
    isa_ok $stm, 'EV::Etcd::STM';
    is $stm->isolation, 'serializable_snapshot', 'default isolation';
    my $f = $stm->get("${P}a");
    isa_ok $f, 'Future';
    return Future->needs_all($f, $stm->get("${P}missing"))->then(sub {
        my ($a, $missing) = @_;
        push @inside, $a, $missing;
        $stm->put("${P}b", "$a+");
        $stm->delete("${P}a");
        return Future->needs_all($stm->get("${P}b"), $stm->get("${P}a"));
    })->then(sub {
        push @inside, @_;
        eval { $stm->put("${P}x") }; push @inside, $@;
        return Future->done('result');
    });
});
ok !$err, 'stm: no error' or diag explain $err;
exact_keys($r, [qw(header value)], 'stm result');
check_header($r->{header}, 'stm result');
is $r->{value}, 'result', 'value: what apply returned';
is $inside[0], 'A', 'get: the value';
is $inside[1], undef, 'get of a missing key: undef';
is $inside[2], 'A+', 'a key put reads as written';
is $inside[3], undef, 'a key deleted reads as undef';
like $inside[4], qr/^put: usage/, 'put without a value croaks';
($r) = sync($c, get => "${P}b");
is $r->{kvs}[0]{value}, 'A+', 'the put was committed';
my $rev_b = $r->{kvs}[0]{mod_revision};
($r) = sync($c, get => "${P}a");
is $r->{count}, 0, 'the delete was committed';
is $rev_b, $r->{header}{revision}, 'put and delete in one revision';

# apply returning a plain value; prefetch
($r, $err) = sync($c, stm => sub { 42 }, { prefetch => ["${P}b"] });
is $r->{value}, 42, 'a plain return value';
my $pre;
($r, $err) = sync($c, stm => sub {
    my ($stm) = @_;
    $stm->get("${P}b")->then(sub { $pre = shift; Future->done });
}, { prefetch => ["${P}b", "${P}none"] });
is $pre, 'A+', 'a prefetched key reads its value';

# an apply that dies, a Future that fails
($r, $err) = sync($c, stm => sub { die "boom\n" });
check_error($err, { status => 'UNKNOWN', code => 2, source => 'stm', message => qr/apply died: boom/ }, 'apply dies');
($r, $err) = sync($c, stm => sub { Future->fail('nope') });
check_error($err, { status => 'UNKNOWN', source => 'stm', message => qr/nope/ }, 'apply\'s Future fails');

# ---------------------------------------------------------------- conflicts

# the first attempt's read is overwritten by another client before commit
sub conflicting_apply {
    my ($key, $runs) = @_;
    return sub {
        my ($stm) = @_;
        $$runs++;
        return $stm->get($key)->then(sub {
            my ($v) = @_;
            my $f = Future->new;
            if ($$runs == 1) {
                $other->put($key, 'changed', sub { $f->done });
            } else {
                $f->done;
            }
            return $f->then(sub { $stm->put($key, ($v // '') . '+'); Future->done($$runs) });
        });
    };
}
my $runs = 0;
sync($c, put => "${P}k", 'v');
($r, $err) = sync($c, stm => conflicting_apply("${P}k", \$runs), { max_retries => 0 });
check_error($err, { status => 'ABORTED', code => 10, source => 'stm', retryable => 1 }, 'max_retries 0 and a conflict');
is $runs, 1, 'apply ran once';
($r) = sync($c, get => "${P}k");
is $r->{kvs}[0]{value}, 'changed', 'nothing was written';

$runs = 0;
($r, $err) = sync($c, stm => conflicting_apply("${P}k", \$runs));
ok !$err, 'a conflict, retried: no error' or diag explain $err;
is $runs, 2, 'apply ran again after the conflict';
is $r->{value}, 2, 'the value is the committed attempt\'s';
($r) = sync($c, get => "${P}k");
is $r->{kvs}[0]{value}, 'changed+', 'the retry saw the other client\'s write';

# a key written but not read, changed by another client after the first read
for my $case ([serializable_snapshot => 2], [serializable => 1]) {
    my ($iso, $want) = @$case;
    my $n = 0;
    ($r, $err) = sync($c, stm => sub {
        my ($stm) = @_;
        $n++;
        return $stm->get("${P}b")->then(sub {
            my $f = Future->new;
            if ($n == 1) { $other->put("${P}w-$iso", 'other', sub { $f->done }) } else { $f->done }
            return $f->then(sub { $stm->put("${P}w-$iso", 'mine'); Future->done });
        });
    }, { isolation => $iso });
    ok !$err, "$iso: no error" or diag explain $err;
    is $n, $want, "$iso: a write-only key changed after the first read: apply ran $want time(s)";
}

# ---------------------------------------------------------------- 10 x 20

for my $iso (qw(serializable_snapshot serializable repeatable_reads read_committed)) {
    my $key = "${P}counter-$iso";
    my ($applies, $done, @errors) = (0, 0);
    for my $round (1 .. 20) {
        my $n = 0;
        for (1 .. 10) {
            $c->stm(sub {
                my ($stm) = @_;
                $applies++;
                return $stm->get($key)->then(sub {
                    my ($v) = @_;
                    $stm->put($key, ($v // 0) + 1);
                    return Future->done;
                });
            }, { isolation => $iso }, sub {
                my ($res, $err) = @_;
                push @errors, $err if $err;
                $n++;
                $done++;
            });
        }
        wait_until { $n == 10 } "round $round of $iso", 60 or last;
    }
    is $done, 200, "$iso: 200 callbacks";
    is_deeply \@errors, [], "$iso: no error";
    ($r) = sync($c, get => $key);
    my $v = $r->{kvs}[0]{value};
    if ($iso eq 'read_committed') {
        is $applies, 200, 'read_committed: every apply committed once (never re-run)';
        cmp_ok $v, '>=', 1, 'read_committed: the counter was written';
        cmp_ok $v, '<=', 200, 'read_committed: at most 200';
    } else {
        is $v, 200, "$iso: the counter is exactly 200";
        cmp_ok $applies, '>=', 200, "$iso: $applies applies for 200 commits";
    }
}

done_testing;
