#!/usr/bin/perl
# Regression (issue 10, fault 2): etcd 3.4 answers request_progress with the
# current revision even while a watch on the same stream is still catching
# up from an old start_revision.  The old runtime moved that watch's resume
# point to current+1; a connection lost right after resumed past every event
# not yet delivered, with no error.  Now a stream-wide progress answer never
# moves a resume point: every event arrives exactly once.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);

require_etcd();
plan skip_all => 'restarts its server (ETCD_ENDPOINTS is set)' unless managed();
my ($e, $c) = server_and_client();
my $P = uniq_prefix('progress-catch-up');

my $N = 1500;
my ($first, $n) = (undef, 0);
for my $i (1 .. $N) {
    $c->put("${P}k$i", "v$i", sub { my ($r, $err) = @_; die "put: $err->{message}\n" if $err;
                                    $first = $r->{header}{revision} if !defined $first || $r->{header}{revision} < $first;
                                    $n++ });
}
wait_until { $n == $N } 'the puts', 60;

my (%seen, $dups, @errors, $progress, $cut);
$dups = 0;
my $w = $c->watch($P, { prefix => 1, start_revision => $first }, sub {
    my ($r, $err) = @_;
    return push @errors, $err if $err;
    $seen{$_->{kv}{key}}++ and $dups++ for @{ $r->{events} || [] };
    if (!@{ $r->{events} || [] } && !$r->{created} && !$cut) {
        $progress = $r->{header}{revision};
        $cut = 1;
        $e->kill;                       # the connection goes right after the progress answer
        $e->start;
    }
});
$c->request_progress;
wait_until { $cut } 'a progress answer', 30;
wait_until { keys %seen == $N } "all $N events", 60;
is scalar keys %seen, $N, "every one of the $N events arrived";
is $dups, 0, 'none twice';
is scalar @errors, 0, 'no error' or diag explain \@errors;
$w->cancel;
done_testing;
