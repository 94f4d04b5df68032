#!/usr/bin/perl
# fork(): an inherited client croaks in the child (a message about fork),
# destroying it there only warns and leaves the parent's connection alone,
# a new client in the child works (unary calls, a watch, a lease keepalive),
# also in a grandchild, after a fork inside a callback (no callback of the
# parent runs in the child) and after the server restarted; the parent's
# client - its calls in flight and its active watch - keeps working, also
# when it forks (and runs system()) again and again under load.  The
# children report their checks through a pipe and their exit codes.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd);
use EtcdTestUtil qw(:all);
use POSIX ();

require_etcd();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('fork');
my $WK = "${P}watched";

# ---------------------------------------------------------------- helpers

# Run $code in a forked child; it returns a list of [name, ok, diag].  The
# parent's loop keeps running while it waits.  Returns (exit status, checks).
sub in_child {
    my ($code, $exit_how) = @_;
    pipe(my $rd, my $wr) or die "pipe: $!";
    my $pid = fork;
    die "fork: $!" unless defined $pid;
    if (!$pid) {
        close $rd;
        # Test::More output of the child (a loop guard's failure) must not
        # reach the parent's TAP stream: capture it and report it instead.
        my $tb = Test::More->builder;
        my ($out, $fail) = ('', '');
        $tb->output(\$out);
        $tb->failure_output(\$fail);
        $tb->todo_output(\$out);
        my @checks = eval { $code->() };
        push @checks, ['child code ran without dying', 0, $@] if $@;
        push @checks, ['no loop guard expired in the child', $out !~ /^not ok/m, "$out $fail"];
        for my $ch (@checks) {
            my ($name, $ok, $diag) = @$ch;
            $diag //= '';
            s/[\t\n]/ /g for $name, $diag;
            print {$wr} join("\t", $name, $ok ? 1 : 0, $diag), "\n";
        }
        close $wr;
        my $bad = grep { !$_->[1] } @checks;
        if (($exit_how // '') eq 'exit') {
            exit($bad ? 1 : 0);            # normal exit: global destruction runs
        }
        POSIX::_exit($bad ? 1 : 0);
    }
    close $wr;
    my $status;
    my $cw = EV::child($pid, 0, sub { $status = $_[0]->rstatus });
    wait_until { defined $status } 'the child exits', 60;
    unless (defined $status) {
        kill 'KILL', $pid;
        waitpid $pid, 0;
        $status = $?;
    }
    my @checks;
    while (my $line = <$rd>) {
        chomp $line;
        my ($name, $ok, $diag) = split /\t/, $line, 3;
        push @checks, [$name, $ok, $diag];
    }
    close $rd;
    return ($status, \@checks);
}

sub report {
    my ($what, $status, $checks, $expect_n) = @_;
    is $status, 0, "$what: the child exited with 0 (no signal, every check passed)";
    is scalar @$checks, $expect_n, "$what: the child reported $expect_n checks";
    for my $ch (@$checks) {
        ok $ch->[1], "$what (child): $ch->[0]" or diag $ch->[2];
    }
}

# What a new client in a child must do: a put, a get of it, a watch that
# sees the child's own put, a lease with a keepalive that answers.
use constant CHILD_CHECKS => 8;
sub child_client_checks {
    my ($who) = @_;
    my @r;
    my $cc = eval { new_client($e) };
    push @r, ["new() in the $who works", $cc ? 1 : 0, "error: $@"];
    return (@r, map { ["(skipped: no client in the $who)", 0, ''] } 2 .. CHILD_CHECKS) unless $cc;
    my $K = "${P}$who-$$";
    my ($pr, $perr) = sync($cc, put => $K, $who);
    push @r, ["$who: put succeeds", $pr && !$perr ? 1 : 0, explain($perr)];
    my ($gr, $gerr) = sync($cc, get => $K);
    push @r, ["$who: get returns the value", ($gr && $gr->{kvs}[0]{value} // '') eq $who ? 1 : 0, explain($gr, $gerr)];
    my @cw;
    my $cwh = $cc->watch($K, sub { push @cw, [@_] });
    wait_until { @cw } "$who: the watch is created";
    push @r, ["$who: watch created", @cw && $cw[0][0] && $cw[0][0]{created} ? 1 : 0, explain(\@cw)];
    my ($pr2) = sync($cc, put => $K, "$who-2");
    wait_until { grep { $_->[0] && @{ $_->[0]{events} || [] } } @cw } "$who: the watch sees the put";
    my ($evr) = map { $_->[0] } grep { $_->[0] && @{ $_->[0]{events} || [] } } @cw;
    push @r, ["$who: the watch delivers the put", ($evr && $evr->{events}[0]{kv}{value} // '') eq "$who-2" ? 1 : 0, explain(\@cw)];
    push @r, ["$who: the event has the put's revision",
              ($evr && $pr2 && $evr->{events}[0]{kv}{mod_revision} == $pr2->{header}{revision}) ? 1 : 0, explain($evr, $pr2)];
    my ($lg) = sync($cc, lease_grant => 30);
    my @ka;
    my $kah = $lg && $cc->lease_keepalive($lg->{id}, sub { push @ka, [@_] });
    wait_until { @ka } "$who: the keepalive answers";
    push @r, ["$who: lease keepalive answers with the TTL", (@ka && $ka[0][0] && ($ka[0][0]{ttl} // 0) > 0) ? 1 : 0, explain(\@ka)];
    my @cres;
    $cwh->cancel(sub { @cres = @_ });
    wait_until { @cres } "$who: cancel the watch";
    push @r, ["$who: the watch cancels", (@cres && !$cres[1]) ? 1 : 0, explain(\@cres)];
    undef $kah;
    return @r;
}

# ---------------------------------------------------------------- before the fork

my @wm;
my $w = $c->watch($WK, sub { push @wm, [@_] });
wait_until { @wm } 'the watch is created';
ok $wm[0][0] && $wm[0][0]{created}, 'watch created';
my ($r, $err) = sync($c, put => $WK, 'before');
wait_until { @wm >= 2 } 'the watch sees the first put';
my $st0 = $c->_stats;
is $st0->{streams_open}, 1, 'one stream (the watch) before the fork';

# ---------------------------------------------------------------- child: inherited client, new client

my ($status, $checks) = in_child(sub {
    my @r;
    my $ran = 0;
    # the inherited client croaks, naming fork
    my $ok = eval { $c->get("${P}x", sub { $ran++ }); 1 };
    push @r, ['get on the inherited client croaks', !$ok, 'it did not croak'];
    push @r, ['the croak names fork()', ($@ // '') =~ /fork/i, "message: $@"];
    $ok = eval { $c->put("${P}child-inherited", 'x', sub { $ran++ }); 1 };
    push @r, ['put on the inherited client croaks', !$ok && ($@ // '') =~ /fork/i, "message: $@"];
    $ok = eval { $c->watch("${P}x", sub { $ran++ }); 1 };
    push @r, ['watch on the inherited client croaks', !$ok && ($@ // '') =~ /fork/i, "message: $@"];
    push @r, ['no callback ran', $ran == 0, "ran $ran"];

    # dropping the inherited watch handle and client: a warning, no more
    my @warn;
    {
        local $SIG{__WARN__} = sub { push @warn, $_[0] };
        $ok = eval { undef $w; undef $c; 1 };
    }
    push @r, ['undef of the inherited client does not die', $ok, $@];
    push @r, ['undef of the inherited client warns', scalar(@warn) >= 1, 'no warning'];
    push @r, ['the warning is about fork', (grep { /fork/i } @warn) ? 1 : 0, join ' | ', @warn];

    # a new client in the child works
    push @r, child_client_checks('child');
    return @r;
});
report('first child', $status, $checks, 9 + CHILD_CHECKS);

# ---------------------------------------------------------------- parent after the child

{
    my ($gr, $gerr) = sync($c, get => "${P}child-inherited");
    ok !$gerr, 'parent: get after the child exited' or diag explain $gerr;
    is $gr && $gr->{count}, 0, 'the croaked put in the child wrote nothing';

    my $n = @wm;
    my ($pr, $perr) = sync($c, put => $WK, 'after');
    ok !$perr, 'parent: put after the fork' or diag explain $perr;
    wait_until { @wm > $n } 'parent: the watch delivers after the fork';
    my ($resp, $werr) = @{ $wm[-1] };
    ok !$werr, 'parent watch: no error' or diag explain $werr;
    is $resp && $resp->{events}[0]{kv}{value}, 'after', 'parent watch: the event after the fork';
    is $resp && $resp->{events}[0]{kv}{mod_revision}, $pr && $pr->{header}{revision}, 'parent watch: its revision';
    ok $w->is_active, 'parent watch: still active';
    is scalar(grep { $_->[1] } @wm), 0, 'parent watch: never got an error';
    my $st = $c->_stats;
    is $st->{streams_opened}, $st0->{streams_opened}, 'the watch stream was not re-opened (the child left it alone)';
    is $st->{streams_open}, 1, 'still one stream';
}

# ---------------------------------------------------------------- child: normal exit with the client alive

($status, $checks) = in_child(sub {
    $SIG{__WARN__} = sub { };         # exit's unwinding may destroy it: a warning
    my $ok = eval { $c->get("${P}x", sub { }); 1 };
    return (['get croaks in the second child', !$ok && ($@ // '') =~ /fork/i, "message: $@"]);
}, 'exit');
report('second child (exit with the inherited client alive)', $status, $checks, 2);

{
    my $n = @wm;
    my ($pr, $perr) = sync($c, put => $WK, 'after2');
    ok !$perr, 'parent: put after the second child' or diag explain $perr;
    wait_until { @wm > $n } 'parent: the watch delivers after the second child';
    is $wm[-1][0] && $wm[-1][0]{events}[0]{kv}{value}, 'after2', 'parent watch: the event after the second child';
}

# ---------------------------------------------------------------- a child with a client forks a grandchild

($status, $checks) = in_child(sub {
    my @r;
    my $cc = new_client($e);
    my ($pr, $perr) = sync($cc, put => "${P}nest-$$", 'before');
    push @r, ['child: its client works before forking', $pr && !$perr ? 1 : 0, explain($perr)];
    my ($gs, $gchecks) = in_child(sub { child_client_checks('grandchild') });
    push @r, ['the grandchild exited with 0', $gs == 0 ? 1 : 0, "status $gs"];
    push @r, ['the grandchild reported its checks', @$gchecks == CHILD_CHECKS + 1 ? 1 : 0, scalar @$gchecks];
    push @r, map { ["grandchild: $_->[0]", $_->[1], $_->[2]] } @$gchecks;
    ($pr, $perr) = sync($cc, put => "${P}nest-$$", 'after');
    push @r, ['child: its client works after forking', $pr && !$perr ? 1 : 0, explain($perr)];
    return @r;
});
report('nested fork', $status, $checks, 5 + CHILD_CHECKS + 1);

# ---------------------------------------------------------------- the child's client reconnects

# The server restarts while a child's client is in use: its calls fail while
# the server is down and succeed again after (gRPC's own reconnect timer does
# not run in a forked child; the runtime stands in for it).
{
    pipe(my $rd, my $wr) or die "pipe: $!";
    my $pid = fork // die "fork: $!";
    if (!$pid) {
        close $rd;
        my ($tb, $out) = (Test::More->builder, '');
        $tb->output(\$out);                  # the parent's TAP stream is not ours
        $tb->failure_output(\$out);
        eval {
        my $cc = new_client($e, timeout => 2);
        my ($t0, @log) = (EV::time());
        while (EV::time() - $t0 < 30) {
            my ($r, $err) = sync($cc, put => "${P}reconnect", 'x');
            push @log, $r ? 'ok' : 'fail';
            syswrite $wr, "$log[-1]\n";
            last if @log > 2 && $log[-1] eq 'ok' && grep { $_ eq 'fail' } @log;
            run_for(0.2);
        }
        1 } or syswrite $wr, "died: $@\n";
        POSIX::_exit(0);
    }
    close $wr;
    my $lines = '';
    my $io;
    $io = EV::io($rd, EV::READ, sub { sysread($rd, $lines, 4096, length $lines) or $io->stop });
    wait_until { $lines =~ /ok/ } 'the child client works before the restart', 30;
    my $old_pid = $e->pid;
    $e->stop;                            # down long enough for connects to fail
    my $nfail = sub { scalar(() = $lines =~ /fail/g) };
    wait_until { $nfail->() >= 2 } 'child calls fail while the server is down', 30;
    $e->start;
    isnt $e->pid, $old_pid, "the server restarted (a new process)";
    my $status;
    my $cw = EV::child($pid, 0, sub { $status = $_[0]->rstatus });
    wait_until { defined $status } 'the reconnecting child exits', 60;
    undef $io;
    sysread($rd, $lines, 4096, length $lines);
    my @log = split /\n/, $lines;
    ok +(grep { $_ eq "fail" } @log), "child: calls failed while the server was down" or diag "log: @log";
    my $after = join(' ', @log) =~ /fail.*\bok\b/ ? 1 : 0;
    ok $after, 'child: calls succeed again after the restart' or diag "child's calls: @log";
    is $status, 0, 'the reconnecting child exited with 0';
    my ($gr, $gerr) = sync($c, get => "${P}reconnect");
    ok !$gerr && $gr->{count} == 1, "parent: reconnected too, and sees the child's put" or diag explain $gerr;
}

# ---------------------------------------------------------------- forks under load

# 50 puts always in flight and a prefix watch over them, while the parent
# forks children (each with a client of its own) and runs system(): every
# put completes, the watch sees each of them exactly once, in order.
{
    my $LP = "${P}load/";
    my (@revs, @werr, $created);
    my $lw = $c->watch($LP, { prefix => 1 }, sub {
        my ($r, $err) = @_;
        return push @werr, $err if $err;
        $created = 1 if $r->{created};
        push @revs, map { $_->{kv}{mod_revision} } @{ $r->{events} || [] };
    });
    wait_until { $created } 'the load watch is created';
    my ($issued, $done, $stop, @perr, @prev) = (0, 0, 0);
    my $next;
    $next = sub {
        return if $stop;
        my $i = $issued++;
        $c->put($LP . ($i % 50), "v$i", sub {
            $done++;
            if ($_[1]) { push @perr, $_[1] } else { push @prev, $_[0]{header}{revision} }
            $next->();
        });
    };
    $next->() for 1 .. 50;
    my ($kids_ok, $system_ok, @kid_bad) = (0, 0);
    for my $round (1 .. 8) {
        my $ran = system('true');
        $system_ok++ if $ran == 0;
        my ($ks, $kchecks) = in_child(sub {
            my $cc = new_client($e);
            my ($pr, $perr) = sync($cc, put => "${P}loadkid-$$", 'x');
            my ($gr) = sync($cc, get => "${P}loadkid-$$");
            return (['put', $pr && !$perr ? 1 : 0, explain($perr)],
                    ['get', ($gr && $gr->{kvs}[0]{value} // '') eq 'x' ? 1 : 0, explain($gr)]);
        });
        if ($ks == 0 && @$kchecks == 3 && !grep { !$_->[1] } @$kchecks) { $kids_ok++ }
        else { push @kid_bad, [$ks, $kchecks] }
    }
    $stop = 1;
    wait_until { $done == $issued } 'the puts in flight finish', 60;
    my ($fr) = sync($c, put => "${P}load/final", 'f');
    push @prev, $fr->{header}{revision} if $fr;
    wait_until { @revs && $fr && $revs[-1] >= $fr->{header}{revision} } 'the watch catches up', 60;
    ok $issued > 50, "puts kept coming while forking ($issued)";
    is $done, $issued, 'every put called back';
    is_deeply \@perr, [], 'no put failed';
    is $system_ok, 8, 'system() worked every time';
    is $kids_ok, 8, 'every child under load made its own calls' or diag explain \@kid_bad;
    is_deeply \@werr, [], 'the load watch saw no error';
    my @sorted = sort { $a <=> $b } @prev;
    is scalar(@revs), scalar(@sorted), 'the watch saw as many events as puts succeeded';
    is_deeply \@revs, \@sorted, 'each put exactly once, in revision order';
    my @cres;
    $lw->cancel(sub { @cres = @_ });
    wait_until { @cres } 'cancel the load watch';
}

# ---------------------------------------------------------------- fork inside a callback

# A watch callback forks while more completions of the parent's client are
# queued behind it.  The child returns into the runtime: none of the
# parent's callbacks may run there; it then makes a client of its own.
{
    my $FP = "${P}incb/";
    my $parent = $$;
    my ($kid, @in_child, $created, $child_work);
    pipe(my $rd, my $wr) or die "pipe: $!";
    my $fw = $c->watch($FP, { prefix => 1 }, sub {
        my ($r) = @_;
        push @in_child, 'watch' if $$ != $parent;
        $created = 1 if $r && $r->{created};
        return if $kid || $$ != $parent;
        return unless grep { $_->{kv}{key} eq "${FP}fork" } @{ $r->{events} || [] };
        $kid = fork // die "fork: $!";
        return if $kid;
        close $rd;
        my ($tb, $out) = (Test::More->builder, '');
        $tb->output(\$out);
        $tb->failure_output(\$out);
        # the child's own work, from its loop once this callback has returned
        $child_work = EV::timer(0.2, 0, sub {
            my $ok = eval {
                my $cc = new_client($e);
                my ($pr, $perr) = sync($cc, put => "${FP}child", 'c');
                $pr && !$perr;
            };
            syswrite $wr, sprintf "own-put %d\nparent-callbacks %d\n", $ok ? 1 : 0, scalar @in_child;
            POSIX::_exit(0);
        });
    });
    wait_until { $created } 'the watch for the fork is created';
    my $done = 0;
    my $cb = sub { $done++; push @in_child, 'put' if $$ != $parent };
    $c->put("${FP}a$_", 'v', $cb) for 1 .. 5;
    $c->put("${FP}fork", 'v', $cb);
    $c->put("${FP}b$_", 'v', $cb) for 1 .. 5;
    wait_until { $done == 11 && $kid } 'the puts around the fork, and the fork';
    ok $kid, 'the watch callback forked';
    my $status;
    my $cw = $kid && EV::child($kid, 0, sub { $status = $_[0]->rstatus });
    wait_until { defined $status } 'the child forked in a callback exits', 30;
    close $wr;
    my $report = do { local $/; <$rd> } // '';
    is $status, 0, 'the child forked in a callback exited with 0';
    like $report, qr/^own-put 1$/m, 'the child forked in a callback made its own client';
    like $report, qr/^parent-callbacks 0$/m, "none of the parent's callbacks ran in the child";
    my ($gr) = sync($c, get => "${FP}child");
    is $gr && $gr->{kvs}[0]{value}, 'c', "the parent sees the child's put";
    my @cres;
    $fw->cancel(sub { @cres = @_ });
    wait_until { @cres } 'cancel the fork watch';
}

# ---------------------------------------------------------------- the parent's calls are unaffected

{
    my $N = 20;
    my ($done, @bad) = (0);
    $c->put("${P}p$_", "v$_", sub { $done++; push @bad, $_[1] if $_[1] }) for 1 .. $N;
    wait_until { $done == $N } 'parent: a batch of puts';
    is_deeply \@bad, [], 'parent: every put succeeded';
}

my @cres;
$w->cancel(sub { @cres = @_ });
wait_until { @cres } 'cancel the watch';
is_deeply \@cres, [{}, undef], 'parent: the watch cancels normally';
ok run_cb {}, 'EV::run returns';

# ---------------------------------------------------------------- processes of their own

# A script run by a perl of its own (the variables below are read when the
# module loads or the first client is made); returns what it printed.
sub run_script {
    my ($script, %env) = @_;
    require File::Temp;
    my $tmp = File::Temp->new(SUFFIX => '.pl');
    print {$tmp} $script;
    close $tmp;
    local @ENV{keys %env} = values %env;
    open my $run, '-|', $^X, (map { "-I$_" } grep { !ref } @INC), $tmp->filename, $e->endpoint, $P
        or die "run: $!";
    my $out = do { local $/; <$run> } // '';
    close $run;
    return $out;
}

# ---------------------------------------------------------------- GRPC_ENABLE_FORK_SUPPORT=0

# With gRPC's fork support switched off in the environment, new() in a child
# croaks saying so; the parent's client is untouched.
{
    my $out = run_script(<<'PERL', GRPC_ENABLE_FORK_SUPPORT => 0);
use strict; use warnings; use EV; use EV::Etcd; use POSIX ();
my $c = EV::Etcd->new(endpoints => [$ARGV[0]]);
my ($r, $err); $c->put("$ARGV[1]off", 'p', sub { ($r, $err) = @_ }); EV::run until $r || $err;
pipe(my $rd, my $wr) or die;
my $pid = fork // die;
if (!$pid) {
    $SIG{__WARN__} = sub { };
    my $ok = eval { EV::Etcd->new(endpoints => [$ARGV[0]]); 1 };
    syswrite $wr, $ok ? "no croak\n" : "croak: $@";
    POSIX::_exit(0);
}
close $wr;
my $msg = do { local $/; <$rd> };
($r, $err) = (); $c->put("$ARGV[1]off", 'p2', sub { ($r, $err) = @_ }); EV::run until $r || $err;
print $msg, $r ? "parent ok\n" : "parent failed\n";
PERL
    like $out, qr/^croak: new: gRPC Core's fork support is switched off \(GRPC_ENABLE_FORK_SUPPORT\), so it cannot run in this forked child/m,
        'fork support off: new() in the child croaks, saying why';
    like $out, qr/^parent ok$/m, 'fork support off: the parent is unaffected';
}

# ---------------------------------------------------------------- fork mode

# The fork steps use private symbols of gRPC and absl, trusted only on the
# gRPC build they were written for: Debian 12's, this machine's.
is EV::Etcd::_fork_mode(), 'full', "this machine's gRPC gets the full fork support";

# ... looked up at load, never linked against: the module loads with any
# gRPC build (and falls back to safe mode there).
{
    my ($so) = grep { m{/Etcd\.so\z} } @DynaLoader::dl_shared_objects;
    ok $so && -f $so, 'the loaded Etcd.so is known' or diag "@DynaLoader::dl_shared_objects";
    my @undef_cxx = grep { /^\s+U _Z/ } `nm -D $so`;
    is $?, 0, 'nm -D runs';
    is_deeply \@undef_cxx, [], 'Etcd.so has no undefined C++ (gRPC/absl private) symbols';
    my @defined = grep { / T _ZN4absl/ } `nm -D $so`;
    is scalar(@defined), 3, "absl's three CondVar waits are defined (interposed) by Etcd.so";
}

# Safe mode (what an untested gRPC build gets; forced here with
# EV_ETCD_FORK_SAFE_MODE=1, read when the module loads): nothing is done at
# fork, so the parent - a call in flight, an active watch - keeps working
# across it, and new() in the child croaks, saying why.
{
    my $out = run_script(<<'PERL', EV_ETCD_FORK_SAFE_MODE => 1);
use strict; use warnings; use EV; use EV::Etcd; use POSIX ();
print "mode: ", EV::Etcd::_fork_mode(), "\n";
my ($ep, $P) = @ARGV;
my $c = EV::Etcd->new(endpoints => [$ep]);
my ($r, $err); $c->put("${P}safe", 'p', sub { ($r, $err) = @_ }); EV::run until $r || $err;
my @events;
my $w = $c->watch("${P}safe", sub { push @events, $_[0] if $_[0] && @{ $_[0]{events} || [] } });
my $inflight; $c->get("${P}safe", sub { $inflight = $_[1] ? "error $_[1]{status}" : 'ok' });
pipe(my $rd, my $wr) or die;
my $pid = fork // die;
if (!$pid) {
    $SIG{__WARN__} = sub { };
    my $ok = eval { EV::Etcd->new(endpoints => [$ep]); 1 };
    syswrite $wr, $ok ? "child new: no croak\n" : "child new: croak: $@";
    $ok = eval { $c->put("${P}child", 'x', sub { }); 1 };
    syswrite $wr, $ok ? "child inherited: no croak\n" : "child inherited: croak: $@";
    POSIX::_exit(0);
}
close $wr;
my $msg = do { local $/; <$rd> };
waitpid $pid, 0;
my $guard = EV::timer(20, 0, sub { EV::break });
($r, $err) = (); $c->put("${P}safe", 'after', sub { ($r, $err) = @_ });
EV::run until ($r || $err) && $inflight && @events;
print $msg;
print "parent in-flight get: $inflight\n";
print "parent put: ", $r ? "ok" : "failed", "\n";
print "parent watch: ", (@events ? $events[-1]{events}[0]{kv}{value} : 'nothing'), "\n";
PERL
    like $out, qr/^mode: safe: EV_ETCD_FORK_SAFE_MODE=1 is set$/m, 'EV_ETCD_FORK_SAFE_MODE=1: _fork_mode says safe, and why';
    like $out, qr/^child new: croak: new: EV::Etcd's fork support is in safe mode \(EV_ETCD_FORK_SAFE_MODE=1 is set\), so it cannot run in this forked child; create clients in the parent or after exec at /m,
        'safe mode: new() in the child croaks with the reason';
    like $out, qr/^child inherited: croak: put: .*fork/m, 'safe mode: the inherited client croaks in the child';
    like $out, qr/^parent in-flight get: ok$/m, 'safe mode: the call in flight across the fork completes in the parent';
    like $out, qr/^parent put: ok$/m, 'safe mode: the parent puts after the fork';
    like $out, qr/^parent watch: after$/m, "safe mode: the parent's watch sees that put";
}

done_testing;
