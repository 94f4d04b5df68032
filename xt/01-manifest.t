#!/usr/bin/perl
# MANIFEST lists what the CPAN tarball holds: every file git tracks except
# those MANIFEST.SKIP names (GNUmakefile, xt/, .ci/, ...).  A file added to
# runtime/ or generated/ without `make manifest` would be missing from the
# tarball, whose Makefile.PL builds every runtime/*.c it finds.
use strict;
use warnings;
use Test::More;
use ExtUtils::Manifest qw(maniread maniskip);

my $ci = ($ENV{CI} // '') eq 'true';
my @git = `git ls-files 2>/dev/null`;
if ($? != 0 || !@git) {
    die "xt/01-manifest.t: not a git checkout; CI=true, so this is an error, not a skip\n" if $ci;
    plan skip_all => 'not a git checkout';
}
chomp @git;

my $skip = maniskip();
my %want = map { $_ => 1 } 'MANIFEST', grep { !$skip->($_) } @git;
my %have = %{ maniread() };    # file => comment (usually empty)

my @missing = grep { !exists $have{$_} } sort keys %want;
my @extra   = grep { !$want{$_} } sort keys %have;
is_deeply \@missing, [], 'every tracked file is in MANIFEST (fix: make manifest)'
    or diag "not in MANIFEST: @missing";
is_deeply \@extra, [], 'MANIFEST lists only tracked files (fix: make manifest)'
    or diag "in MANIFEST, not tracked or skipped: @extra";

ok !exists $have{$_}, "$_ stays out of the tarball" for qw(GNUmakefile .ci/run xt/00-generated.t);
ok exists $have{$_}, "$_ is in the tarball" for qw(Makefile.PL LICENSE Changes README.md proto/LICENSE
    lib/EV/Etcd.pm xs/Etcd.xs generated/ee_methods.xsh);
ok exists $have{$_}, "$_ is in the tarball" for grep { m{^runtime/.*\.[ch]\z} } @git;

done_testing;
