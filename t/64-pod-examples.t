#!/usr/bin/perl
# Every example in the POD of lib/EV/Etcd.pm runs as written.
#
# An example is a verbatim block (consecutive verbatim paragraphs) that
# contains code to run: a callback (`sub {`), a wait (`->get`, `->wait`,
# `->recv`) or output (`say`, `print`).  Usage lines (`$client->get($key, $callback);`) and fragments
# (the shapes of txn's compares) are not examples.  Every method entry (and
# each handle class) must have at least one example, and no example may
# hold a placeholder (`...`).
#
# Each example runs in a perl of its own, against a throwaway etcd of its
# own, as the POD says: after `use v5.10; use strict; use warnings; use EV;
# use EV::Etcd;` and `my $client = EV::Etcd->new(...)` for that etcd
# (unless the example makes its own client: 127.0.0.1:2379 in it becomes
# the throwaway etcd's endpoint), followed by `EV::run`.  It passes when it
# compiles, dies nowhere (callbacks included), warns nothing, and EV::run
# returns by itself: nothing is left waiting.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use File::Spec;
use File::Temp ();
use lib dirname(__FILE__) . '/lib';
use EV::Etcd;
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw($GUARD);

my $CI = ($ENV{CI} // '') eq 'true';
require_etcd();
plan skip_all => 'the POD examples enable auth, add members and so on: they need etcd servers of their own '
    . '(ETCD_ENDPOINTS is set)' unless managed();
# the modules some examples use: an example that uses a missing one is
# skipped (an error under CI=true)
my %missing;
for my $mod (qw(Future::AsyncAwait AnyEvent Mojo::IOLoop Mojo::Promise)) {
    next if eval "require $mod; 1";
    die "t/64-pod-examples.t: $mod is missing; CI=true, so this is an error, not a skip\n" if $CI;
    $missing{$mod} = 1;
}

my $pm = File::Spec->catfile(dirname(__FILE__), File::Spec->updir, qw(lib EV Etcd.pm));

# ---------------------------------------------------------------- extraction

# [ section, first line, code ] for every example; %sections: every =head2
my (@examples, %sections);
{
    open my $fh, '<', $pm or die "$pm: $!";
    my ($in_pod, $section, @para, $para_line) = (0, '');
    my $verb;    # the verbatim block being collected: [section, line, text]
    my $flush_para = sub {
        return unless @para;
        my $text = join '', @para;
        if ($para[0] =~ /^[ \t]/) {
            if ($verb) { $verb->[2] .= "\n$text" }
            else       { $verb = [$section, $para_line, $text] }
        } else {
            push @examples, $verb if $verb;
            undef $verb;
        }
        @para = ();
    };
    while (my $line = <$fh>) {
        if ($line =~ /^=cut\b/) { $flush_para->(); push @examples, $verb if $verb; undef $verb; $in_pod = 0; next }
        if ($line =~ /^=(\w+)\s*(.*?)\s*$/) {
            $flush_para->();
            push @examples, $verb if $verb;
            undef $verb;
            $in_pod = 1;
            if ($1 eq 'head1' || $1 eq 'head2') {
                $section = $2;
                $sections{$section} = $. if $1 eq 'head2';
            }
            next;
        }
        next unless $in_pod;
        if ($line =~ /^\s*$/) { $flush_para->(); next }
        $para_line = $. unless @para;
        push @para, $line;
    }
    $flush_para->();
    push @examples, $verb if $verb;
    @examples = grep { $_->[2] =~ /\bsub \{|->(?:get|wait|recv)\b(?!\()|^\s*(?:say|printf?)\b/m } @examples;
}

cmp_ok scalar(@examples), '>', 50, 'the POD has examples';

# ---------------------------------------------------------------- coverage

my %example_in = map { $_->[0] => 1 } @examples;
my @entries = (EV::Etcd::_methods(), qw(new call request_progress stats endpoint METHOD_f),
    qw(EV::Etcd::Watch EV::Etcd::Keepalive EV::Etcd::Observe EV::Etcd::Call));
for my $name (@entries) {
    ok $sections{$name}, "=head2 $name exists" or next;
    ok $example_in{$name}, "$name (line $sections{$name}) has an example";
}
for my $ex (@examples) {
    my ($section, $line, $code) = @$ex;
    unlike $code, qr/\.\.\./, "$section, line $line: no placeholder (...) in the example";
}

# ---------------------------------------------------------------- running

my $guard = $GUARD * 2;
my $scratch = File::Temp::tempdir(CLEANUP => 1);
for my $ex (@examples) {
    my ($section, $line, $code) = @$ex;
    my $name = "$section, POD line $line";
    if (my @need = grep { $missing{$_} } $code =~ /^\s*use\s+([\w:]+)/mg) {
        SKIP: { skip "$name: needs @need", 1 }
        next;
    }
    my $e = EtcdTest->start(no_fsync => 1, name => 'pod');
    my $endpoint = $e->endpoint;
    (my $body = $code) =~ s/127\.0\.0\.1:2379/$endpoint/g;
    my $own_client = $body =~ /\bmy \$client\b/;
    my $script = join '',
        "use v5.10; use strict; use warnings; use EV; use EV::Etcd;\n",
        "my \$warned = 0;\n",
        "\$SIG{__WARN__} = sub { \$warned++; print STDERR 'WARNING: ', \@_ };\n",
        "\$EV::Etcd::DIED = sub { print STDERR 'CALLBACK DIED: ', \@_; exit 3 };\n",
        "my \$pod_guard = EV::timer($guard, 0, sub { print STDERR \"EV::run still busy after ${guard}s\\n\"; exit 4 });\n",
        "\$pod_guard->keepalive(0);\n",
        ($own_client ? '' : "my \$client = EV::Etcd->new(endpoints => ['$endpoint']);\n"),
        qq{#line $line "lib/EV/Etcd.pm"\n},
        $body,
        "\n;\nEV::run;\nexit(\$warned ? 5 : 0);\n";
    my $out = '';
    my $pid = open my $fh, '-|';
    die "fork: $!" unless defined $pid;
    if (!$pid) {
        open STDERR, '>&', \*STDOUT or die "dup: $!";
        my @inc = map { '-I' . File::Spec->rel2abs($_) } @INC;
        chdir $scratch or die "chdir $scratch: $!";    # where examples write files
        exec $^X, @inc, '-e', $script;
        die "exec $^X: $!";
    }
    $out = do { local $/; <$fh> };
    close $fh;
    my $status = $?;
    is $status, 0, "$name: runs as written" or diag "exit status $status; output:\n$out";
    $e->destroy;
}

done_testing;
