#!/usr/bin/perl
# fork(): an inherited client croaks in the child (a message about fork),
# destroying it there only warns and leaves the parent's connection alone,
# a new client in the child croaks with an explanation (gRPC Core 1.51 cannot
# run again in a forked child: its fork support can crash the parent, so it
# stays off) instead of crashing the child, and the parent's client - and its active
# watch - keep working.  The child reports its checks through a pipe (one
# line each) and its exit code.
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

    # a new client in the child croaks (naming fork and exec), no crash
    my $cc = eval { new_client($e) };
    push @r, ['new() in the child croaks', !$cc, 'it returned a client'];
    push @r, ['the croak explains fork and exec', ($@ // '') =~ /fork/i && ($@ // '') =~ /exec/, "message: $@"];
    return @r;
});
report('first child', $status, $checks, 11);

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

done_testing;
