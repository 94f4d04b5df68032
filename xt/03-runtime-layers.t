#!/usr/bin/perl
# The runtime's files form layers whose dependencies point one way: "file A
# uses an ee_ function or variable that file B defines" gives an acyclic
# graph over runtime/*.c (DESIGN.md, "The runtime").  A use of EV's C API
# counts as a use of ee_evapi, through which it goes.  Prints the graph
# (with -v) and every cycle found.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname basename);

my $dir = dirname(__FILE__) . '/../runtime';
my @files = sort glob "$dir/*.c";
plan skip_all => 'needs the runtime sources (runtime/*.c)' unless @files;

my (%defines, %text);
for my $f (@files) {
    my $name = basename($f);
    open my $fh, '<', $f or die "$f: $!";
    local $/;
    my $src = <$fh>;
    $src =~ s{/\*.*?\*/}{ }gs;                        # comments
    $src =~ s{//[^\n]*}{}g;
    $src =~ s{"(?:[^"\\\n]|\\.)*"}{""}g;              # strings
    $text{$name} = $src;
    # function definitions: "type name(args)\n{" at the start of a line, not static
    while ($src =~ /^(?!static\b)[A-Za-z_][\w \t\*]*?\b(ee_\w+)\s*\([^;{]*?\)\s*(?:__attribute__\(\(.*?\)\)\s*)?\{/mg) {
        $defines{$1} = $name;
    }
    # variable definitions at file level, not static or extern
    while ($src =~ /^(?!static\b|extern\b|typedef\b)(?:volatile\s+|const\s+)*[A-Za-z_][\w \t\*]*?\b(ee_\w+)\s*(?:\[[^\]]*\]\s*)?(?:=[^;]*)?;/mg) {
        $defines{$1} = $name;
    }
}
ok exists $defines{ee_evapi}, 'ee_evapi is defined in one runtime file';

my %edge;
for my $f (sort keys %text) {
    my %uses;
    $uses{$1} = 1 while $text{$f} =~ /\b(ee_\w+)\b/g;
    $uses{ee_evapi} = 1 if $text{$f} =~ /\bev_\w+\s*\(|\bEV_DEFAULT/;
    $uses{ee_fork_generation} = 1 if $text{$f} =~ /\bEE_FORKED\s*\(/;
    $uses{ee_log} = 1 if $text{$f} =~ /\bEE_LOG(?:_ON)?\s*\(/;    # the log hook's macros
    for my $sym (keys %uses) {
        my $g = $defines{$sym} or next;
        $edge{$f}{$g}{$sym} = 1 if $g ne $f;
    }
}
if ($ENV{TEST_VERBOSE}) {
    for my $f (sort keys %edge) {
        diag "$f -> " . join ', ', map { "$_ (" . join(' ', sort keys %{ $edge{$f}{$_} }) . ')' } sort keys %{ $edge{$f} };
    }
}

# cycles: depth-first search, reporting each back edge's cycle once
my (%state, @stack, @cycles);
my $visit;
$visit = sub {
    my ($f) = @_;
    $state{$f} = 1;
    push @stack, $f;
    for my $g (sort keys %{ $edge{$f} || {} }) {
        if (($state{$g} // 0) == 1) {
            my @c = (@stack[(grep { $stack[$_] eq $g } 0 .. $#stack)[0] .. $#stack], $g);
            push @cycles, join(' -> ', map {
                my $i = $_;
                $i < $#c ? "$c[$i] [" . join(' ', sort keys %{ $edge{$c[$i]}{$c[$i + 1]} }) . ']' : $c[$i]
            } 0 .. $#c);
        } elsif (!$state{$g}) {
            $visit->($g);
        }
    }
    pop @stack;
    $state{$f} = 2;
};
$visit->($_) for sort keys %text;
is scalar @cycles, 0, 'no dependency cycle among runtime/*.c' or diag join "\n", @cycles;
done_testing;
