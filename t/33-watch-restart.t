#!/usr/bin/perl
# A watch survives a server restart: every event exactly once, in strictly
# increasing mod_revision order, nothing missing, the same watch_id before
# and after, and no error callback.
#
# (a) a live prefix watch while another client writes a key every ~20 ms;
#     the server is stopped in the middle, kept down for a while, and
#     started again (same data dir and ports).
#     Again with the default max_retries and 3 s down: the reopens wait for
#     the server to take connections again, so the outage is ridden out.
# (b) a watch that starts from revision 1 over ~5,000 existing keys, so it
#     is still catching up when the server is restarted.
#
# The writer (client B) writes sequence number N to its own key with a
# create-only txn (version == 0), and retries after an error: a write whose
# reply was lost in the outage is then found already there, so every
# sequence number is written exactly once and the set of written numbers is
# known exactly.
#
# Timeouts are guards (a failure), never measurements.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EtcdTest qw(require_etcd managed);
use EtcdTestUtil qw(:all);
use EV;
use EV::Etcd;
use Time::HiRes ();

require_etcd();
plan skip_all => 'needs a server this test can restart (ETCD_ENDPOINTS is set)' unless managed();

my $e = EtcdTest->start(no_fsync => 1);

# ------------------------------------------------------------------ watch recorder

sub recorder {
    my ($c, $prefix, %o) = @_;
    my $rec = { events => [], ids => {}, errors => [], created => 0, responses => 0 };
    my $cb = sub {
        my ($r, $err) = @_;
        if ($err || !$r) {
            push @{ $rec->{errors} }, $err // 'no response and no error';
            return;
        }
        $rec->{responses}++;
        $rec->{ids}{ $r->{watch_id} // 'undef' }++;
        $rec->{created}++ if $r->{created};
        for my $ev (@{ $r->{events} || [] }) {
            push @{ $rec->{events} }, {
                type  => $ev->{type},
                key   => $ev->{kv}{key},
                value => $ev->{kv}{value},
                rev   => $ev->{kv}{mod_revision},
            };
        }
        $o{on_response}->($rec, $r) if $o{on_response};
    };
    $rec->{handle} = $c->watch($prefix, { prefix => 1, %{ $o{opts} || {} } }, $cb);
    return $rec;
}

sub seen_count {
    my ($rec) = @_;
    my %v = map { $_->{value} => 1 } @{ $rec->{events} };
    return scalar keys %v;
}

# Every written number seen (or the guard fails).
sub wait_all_seen {
    my ($rec, $written, $what) = @_;
    my %want = %$written;
    wait_until {
        my %v = map { $_->{value} => 1 } @{ $rec->{events} };
        !grep { !$v{$_} } keys %want;
    } $what, 30;
}

# The assertions shared by (a) and (b).
sub check_stream {
    my ($name, $rec, $writer_written, $prefix, $id_before) = @_;
    my @ev = @{ $rec->{events} };
    my %written = %$writer_written;

    is scalar @{ $rec->{errors} }, 0, "$name: no error callback reached the watch"
        or diag explain $rec->{errors};

    # exactly once
    my (%count, @dups);
    $count{ $_->{value} }++ for @ev;
    @dups = sort { $a <=> $b } grep { $count{$_} > 1 } keys %count;
    is scalar @dups, 0, "$name: every event arrives exactly once"
        or diag "duplicated values (times): " . short_list(map { "$_ (x$count{$_})" } @dups);

    # no gap, nothing extra
    my @missing = sort { $a <=> $b } grep { !$count{$_} } keys %written;
    my @extra   = sort { $a <=> $b } grep { !exists $written{$_} } keys %count;
    is scalar @missing, 0, "$name: no event missing (the set seen is the set written)"
        or diag "missing values: " . short_list(@missing);
    is scalar @extra, 0, "$name: no event that was not written"
        or diag "unexpected values: " . short_list(@extra);

    # strictly increasing mod_revision
    my @bad_order;
    for my $i (1 .. $#ev) {
        push @bad_order, "#$i rev $ev[$i]{rev} (value $ev[$i]{value}) after rev $ev[$i-1]{rev} (value $ev[$i-1]{value})"
            unless $ev[$i]{rev} > $ev[$i - 1]{rev};
    }
    is scalar @bad_order, 0, "$name: events in strictly increasing mod_revision order"
        or diag "out of order: " . short_list(@bad_order);

    # every event is the PUT of its own key, at the revision the writer saw
    my @bad_ev;
    for my $ev (@ev) {
        my $v = $ev->{value};
        push @bad_ev, "value $v: type $ev->{type}" unless $ev->{type} eq 'PUT';
        push @bad_ev, "value $v: key $ev->{key}" unless $ev->{key} eq sprintf('%s%06d', $prefix, $v);
        push @bad_ev, "value $v: mod_revision $ev->{rev}, written at $written{$v}"
            if exists $written{$v} && $written{$v} && $ev->{rev} != $written{$v};
    }
    is scalar @bad_ev, 0, "$name: each event is the PUT of its key at the revision it was written"
        or diag short_list(@bad_ev);

    # one watch_id for the whole life of the watch
    my @ids = sort keys %{ $rec->{ids} };
    is scalar @ids, 1, "$name: one watch_id in every response, before and after the restart"
        or diag "watch_ids seen (responses): " . join(', ', map { "$_ ($rec->{ids}{$_})" } @ids);
    is $ids[0], $id_before, "$name: the watch_id is the one of the created response";
    is $ids[0], $rec->{handle}->id, "$name: the watch_id is the handle's id";
    ok $rec->{handle}->is_active, "$name: the watch is still active";
}

# ================================================================== (a)

sub live_restart {
    my ($tag, $down, %aopt) = @_;
    my $P = uniq_prefix('watch-restart-a');
    my $A = EV::Etcd->new(endpoints => [$e->endpoint], %aopt);
    my $B = EV::Etcd->new(endpoints => [$e->endpoint], wait_for_ready => 0);   # its puts fail while down

    my $rec = recorder($A, $P);
    wait_until { $rec->{created} || @{ $rec->{errors} } } 'the watch to be created' or return;
    is $rec->{created}, 1, 'the watch was created';
    my ($id_before) = keys %{ $rec->{ids} };

    my $w = writer($B, $P);
    wait_until { $w->{count} >= 60 && seen_count($rec) >= 40 } '60 writes, 40 seen' or return;

    # restart in the middle: stop, keep it down while both clients run, start
    my $written_before = $w->{count};
    my $seen_before = seen_count($rec);
    $e->stop;
    my $errors_before = $w->{errors};
    run_for($down);
    ok !$e->is_running, 'the server was down';
    cmp_ok $w->{errors}, '>', $errors_before, "the writer's puts failed while the server was down (expected)";
    my $written_down = $w->{count};
    $e->start(wait => 0);
    wait_until { $w->{count} >= $written_down + 60 } '60 writes after the restart' or return;
    cmp_ok $written_before, '<', $w->{count}, 'writes before and after the restart';

    $w->{stop}->();
    wait_until { !$w->{busy} } 'the last write to finish';
    is_deeply $w->{bad}, [], 'the writer saw nothing unexpected';
    note sprintf 'written %d (%d before the stop, %d after the restart), %d errors retried, '
        . '%d replies lost; %d seen before the stop',
        $w->{count}, $written_before, $w->{count} - $written_down, $w->{errors}, $w->{lost}, $seen_before;

    wait_all_seen($rec, $w->{written}, 'every written event to reach the watch');
    run_for(1.0);    # room for late duplicates
    check_stream($tag, $rec, $w->{written}, $P, $id_before);
    my %v = map { $_->{value} => 1 } @{ $rec->{events} };
    ok scalar(grep { $_ > $written_down } keys %v), 'events written after the restart were seen';

    my $cancelled;
    $rec->{handle}->cancel(sub { $cancelled = [@_] });
    wait_until { $cancelled } 'the cancel callback';
}

subtest 'live prefix watch across a server restart' => sub { live_restart('(a)', 1.5, max_retries => 10) };

# With the default max_retries (3) the reopens wait for the server to take
# connections again (up to the client's timeout each), so an outage of a
# few seconds - while the loop runs - is ridden out, not given up on.
subtest 'the same with the default max_retries and 3 s down' => sub { live_restart('(a, default retries)', 3) };

# ================================================================== (b)

subtest 'catching-up watch (start_revision 1) across a server restart' => sub {
    $e->wait_healthy;
    my $P = uniq_prefix('watch-restart-b');
    my $OLD = 5000;
    my $A = EV::Etcd->new(endpoints => [$e->endpoint], max_retries => 10);
    my $B = EV::Etcd->new(endpoints => [$e->endpoint], wait_for_ready => 0);   # its puts fail while down

    # 5,000 keys first
    my (%written, @put_errors);
    for my $chunk (0 .. $OLD / 500 - 1) {
        my $left = 0;
        for my $n ($chunk * 500 + 1 .. $chunk * 500 + 500) {
            $left++;
            $B->put(sprintf('%s%06d', $P, $n), "$n", sub {
                my ($r, $err) = @_;
                $left--;
                if ($err) { push @put_errors, $err } else { $written{$n} = $r->{header}{revision} }
            });
        }
        wait_until { !$left } "puts $chunk" or return;
    }
    is scalar @put_errors, 0, "$OLD keys written" or return diag explain $put_errors[0];

    # the watch catches up from revision 1; the server is stopped as soon as
    # the first events arrive (from the watch callback itself)
    my ($stopped_at, $id_before);
    my $rec = recorder($A, $P, opts => { start_revision => 1 }, on_response => sub {
        my ($rec, $r) = @_;
        $id_before //= $r->{watch_id} if $r->{created};
        if (!defined $stopped_at && @{ $rec->{events} }) {
            $stopped_at = scalar @{ $rec->{events} };
            $e->stop;
        }
    });
    wait_until { defined $stopped_at || @{ $rec->{errors} } } 'the first catch-up events' or return;
    cmp_ok $stopped_at, '<', $OLD, "the restart happened while the watch was catching up ($stopped_at of $OLD seen)";
    run_for(1.5);
    my $seen_down = @{ $rec->{events} };
    note "events seen when the server went down: $stopped_at; while it was down: $seen_down";
    $e->start(wait => 0);

    # a few live writes after the restart: the catch-up must join up with them
    my $w = writer($B, $P, first => $OLD + 1);
    wait_until { $w->{count} >= 20 } '20 writes after the restart' or return;
    $w->{stop}->();
    wait_until { !$w->{busy} } 'the last write to finish';
    is_deeply $w->{bad}, [], 'the writer saw nothing unexpected';
    %written = (%written, %{ $w->{written} });

    wait_all_seen($rec, \%written, 'every event to reach the watch');
    run_for(1.0);
    check_stream('(b)', $rec, \%written, $P, $id_before);
    is scalar @{ $rec->{events} }, $OLD + $w->{count}, 'event count is the number of keys written';

    my $cancelled;
    $rec->{handle}->cancel(sub { $cancelled = [@_] });
    wait_until { $cancelled } 'the cancel callback';
};

done_testing;
