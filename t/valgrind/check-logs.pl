#!/usr/bin/perl
# check-logs.pl LOG... - the verdict of `make test-leaks` on valgrind
# memcheck logs (one per process, --log-file=...%p).
#
# Fails (exit 1) on
#   - any "definitely lost" or "indirectly lost" loss record whose stack
#     passes through EV::Etcd: a frame in Etcd.so, a function named ee_*,
#     eeg_* or XS_EV__Etcd*, or a source file of runtime/, generated/, xs/;
#   - any invalid read, write or free, wherever it happens.
# Loss records outside our code (perl's own, EV's) and "possibly lost"
# blocks (interior pointers: gRPC's arenas, threads alive at exit) are
# counted in the summary but do not fail the run.
# Suppressed records (t/valgrind/ee.supp) never reach the log.
use strict;
use warnings;
use File::Basename qw(basename dirname);
use File::Spec;

my @logs = @ARGV or die "usage: $0 LOG...\n";
my $root = dirname(dirname(dirname(File::Spec->rel2abs(__FILE__))));
my %ours = map { basename($_) => 1 } glob("$root/runtime/*.[ch] $root/generated/*.[ch] $root/generated/proto/*/*.[ch] $root/xs/*.xs");
$ours{'Etcd.c'} = 1;                    # xs/Etcd.xs after xsubpp

sub ours {
    my ($frame) = @_;
    return 1 if $frame =~ /\/Etcd\.so\)/;
    return 1 if $frame =~ /:\s+(?:ee_|eeg_|XS_EV__Etcd)/;
    return 1 if $frame =~ /\(([^():\s]+):\d+\)\s*$/ && $ours{$1};
    return 0;
}

my ($bad, $lost_ours, $lost_other, $possible, $processes) = (0, 0, 0, 0, 0);
for my $log (@logs) {
    open my $fh, '<', $log or die "$log: $!\n";
    my @lines = <$fh>;
    close $fh;
    next unless grep { /HEAP SUMMARY|ERROR SUMMARY/ } @lines;   # a child that exec'd etcd
    $processes++;
    my ($cmd) = map { /Command: (.*)/ ? $1 : () } @lines;
    my $i = 0;
    while ($i < @lines) {
        my $l = $lines[$i++];
        my ($what, $bytes);
        if ($l =~ /==\d+== (Invalid (?:read|write|free)\b.*|Mismatched free.*)$/) {
            $what = $1;
        } elsif ($l =~ /==\d+== ([\d,]+) (?:\([\d,]+ direct, [\d,]+ indirect\) )?bytes in [\d,]+ blocks are (definitely|indirectly) lost/) {
            ($bytes, $what) = ($1, "$2 lost");
            $bytes =~ tr/,//d;
        } else {
            $possible += $1 =~ tr/,//dr
                if $l =~ /==\d+== ([\d,]+) bytes in [\d,]+ blocks are possibly lost/;
            next;
        }
        my @stack = ($l);                # the record runs to the next empty line
        push @stack, $lines[$i++] while $i < @lines && $lines[$i] !~ /^==\d+==\s*$/;
        if (defined $bytes) {
            if (grep { ours($_) } @stack) {
                $lost_ours += $bytes;
                $bad++;
                print "test-leaks: $what through EV::Etcd ($log, $cmd):\n", @stack, "\n";
            } else {
                $lost_other += $bytes;
            }
        } else {
            $bad++;
            print "test-leaks: $what ($log, $cmd):\n", @stack, "\n";
        }
    }
}
printf "test-leaks: %d processes checked; definitely/indirectly lost through EV::Etcd: %d bytes; "
     . "elsewhere (perl, EV): %d bytes; possibly lost (not failing): %d bytes; %s\n",
    $processes, $lost_ours, $lost_other, $possible, $bad ? "$bad problems" : 'clean';
die "test-leaks: no valgrind log with a summary (did the tests run?)\n" unless $processes;
exit($bad ? 1 : 0);
