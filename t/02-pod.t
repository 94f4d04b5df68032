#!/usr/bin/perl
# The POD of lib/EV/Etcd.pm: podchecker finds nothing to report, every
# public method has its own entry (=head2 or =item), and every method
# entry names a method that exists.  Needs the built module (prove -b, as
# `make test` runs it), for the list of generated methods.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use File::Spec;
use Pod::Checker ();
use EV::Etcd;

my $pm = File::Spec->catfile(dirname(__FILE__), File::Spec->updir, qw(lib EV Etcd.pm));
ok -f $pm, "source file $pm";

# ---------------------------------------------------------------- podchecker

{
    my $report = '';
    open my $out, '>', \$report or die "in-memory file: $!";
    my $checker = Pod::Checker->new(-warnings => 1);
    $checker->parse_from_file($pm, $out);
    close $out;
    is $checker->num_errors, 0, 'podchecker: no errors' or diag $report;
    is $checker->num_warnings, 0, 'podchecker: no warnings' or diag $report;
}

# ---------------------------------------------------------------- entries

# A method entry is "=head2 NAME" (a method of EV::Etcd) or "=head2/=item
# $var->NAME", where $var names the class.  Options and response keys are
# bare "=item NAME" entries: they count as documentation, never as methods.
my %CLASS_OF = (
    client    => 'EV::Etcd',
    watch     => 'EV::Etcd::Watch',
    keepalive => 'EV::Etcd::Keepalive',
    observe   => 'EV::Etcd::Observe',
    call      => 'EV::Etcd::Call',
    stream    => 'EV::Etcd::Stream',
    range     => 'EV::Etcd::RangeStream',
);

open my $fh, '<', $pm or die "$pm: $!";
my $in_pod = 0;
my (%entry, @method_entries);    # "Class::name" => line
while (my $line = <$fh>) {
    if ($line =~ /^=cut\b/) { $in_pod = 0; next }
    $in_pod = 1 if $line =~ /^=[a-zA-Z]/;
    next unless $in_pod;
    next unless $line =~ /^=(head2|item)\s+(.*?)\s*$/;
    my ($cmd, $text) = ($1, $2);
    if ($text =~ /^\$(\w+)->(\w+)$/) {
        my $class = $CLASS_OF{$1};
        ok $class, "line $.: '\$$1' names a known class" or next;
        $entry{"${class}::$2"} = $.;
        push @method_entries, [$class, $2, $.];
    } elsif ($text =~ /^([a-z_][a-z0-9_]*)$/) {
        $entry{"EV::Etcd::$1"} //= $.;
        push @method_entries, ['EV::Etcd', $1, $.] if $cmd eq 'head2';
    }
}
close $fh;

my @generated = EV::Etcd::_methods();
cmp_ok scalar(@generated), '>', 40, 'EV::Etcd::_methods lists the generated methods';

my @public = (
    (map { ['EV::Etcd', $_] } @generated, qw(new call call_stream range_stream request_progress)),
    (map { my $c = $_; map { [$c, $_] } qw(cancel id is_active) }
        qw(EV::Etcd::Watch EV::Etcd::Keepalive EV::Etcd::Observe)),
    (map { ['EV::Etcd::Call', $_] } qw(cancel is_active)),
    (map { ['EV::Etcd::Stream', $_] } qw(cancel send close_send is_active)),
    (map { ['EV::Etcd::RangeStream', $_] } qw(cancel is_active)),
);

for my $m (@public) {
    my ($class, $name) = @$m;
    ok $entry{"${class}::$name"}, "${class}::$name is documented";
}

for my $m (@method_entries) {
    my ($class, $name, $line) = @$m;
    ok $class->can($name), "line $line: documented ${class}::$name exists";
}

# the handle classes are documented under their own names
for my $class (qw(EV::Etcd::Watch EV::Etcd::Keepalive EV::Etcd::Observe EV::Etcd::Call
                   EV::Etcd::Stream EV::Etcd::RangeStream)) {
    open my $fh2, '<', $pm or die "$pm: $!";
    my $found = grep { /^=head2\s+\Q$class\E\s*$/ } <$fh2>;
    close $fh2;
    ok $found, "=head2 $class";
}

done_testing;
