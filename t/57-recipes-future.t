#!/usr/bin/perl
# The Future twins of the recipes' one-shot methods (issue 13), against a
# real etcd:
#   - EV::Etcd::Mutex: lock_f, try_lock_f, unlock_f;
#   - EV::Etcd::Election: campaign_f, proclaim_f, resign_f, leader_f;
#   - EV::Etcd::Session: close_f;
#   - EV::Etcd::Namespace: the twins of its unary methods, session_f, stm_f.
# Each is done with what the callback would get, or fails with
# ("METHOD: message\n", 'etcd', $error_hash); cancelling lock_f or
# campaign_f withdraws the wait and leaves no key; a try_lock_f cancelled
# before its answer gives the lock back; cancelling a namespace twin
# cancels its call; bad input croaks naming METHOD_f, at the caller's line;
# `await` works in an async sub; the POD of the recipe modules is clean.
use strict;
use warnings;
use Test::More;
use File::Basename qw(dirname);
use lib dirname(__FILE__) . '/lib';
use EV;
use EtcdTest qw(require_etcd dead_endpoint);
use EtcdTestUtil qw(:all);

require_modules('Future' => 'libfuture-perl', 'Future::AsyncAwait' => 'libfuture-asyncawait-perl');

require_etcd();
my ($e, $c) = server_and_client();
my $other = new_client($e);
my $P = uniq_prefix('recipes-future');
pod_clean("EV/Etcd/$_.pm") for qw(Recipe Mutex Election Session Namespace);

# The failure of a Future: ($message, $category, $error) after checking
# that it failed with exactly three values.
sub failure_of {
    my ($f, $what) = @_;
    eval { fget($f, $what) };
    ok $f->is_failed, "$what: failed" or return;
    my @failure = $f->failure;
    is scalar(@failure), 3, "$what: failure has three values";
    is $failure[1], 'etcd', "$what: category";
    return @failure;
}

# A croak of $code, with its message checked, at this file's line.
sub croaks {
    my ($code, $re, $what) = @_;
    my $line = (caller)[2];
    eval { $code->(); 1 } and return fail("$what: no croak");
    like $@, $re, "$what: croaks";
    like $@, qr/ at \Q${\ __FILE__ }\E line $line\.?$/, "$what: at the caller's line";
}

my $sa = session_ok($c);
my $sb = session_ok($other);
my $sc = session_ok($other);

# ---------------------------------------------------------------- Mutex

my $name = "${P}lock";
my $ma = $sa->mutex($name);
my $mb = $sb->mutex($name);
{
    ok $ma->can($_), "EV::Etcd::Mutex can $_" for qw(lock_f try_lock_f unlock_f);

    my $f = $ma->lock_f;
    isa_ok $f, 'EV::Etcd::Future', 'lock_f returns';
    ok !$f->is_ready, 'lock_f: not ready before the loop runs';
    my $r = fget($f, 'lock_f');
    exact_keys($r, [qw(header key)], 'lock_f');
    is $r->{key}, $ma->key, 'lock_f: the lock key';
    like $r->{key}, qr/\A\Q$name\E\/[0-9a-f]+\z/, 'lock_f: key is name/lease in hex';
    check_header($r->{header}, 'lock_f');

    # try_lock_f on a held lock: 0 at once, no key put
    is fget($mb->try_lock_f, 'try_lock_f held'), 0, 'try_lock_f on a held lock: 0';
    is_deeply [keys_under($c, "$name/")], [$ma->key], '... and no key was put';

    # lock_f waits behind the holder; ->cancel withdraws the wait
    my $wait = $mb->lock_f;
    wait_until { keys_under($c, "$name/") == 2 } 'mb queued';
    ok !$wait->is_ready, 'lock_f on a held lock waits';
    $wait->cancel;
    ok $wait->is_cancelled, 'lock_f cancelled';
    wait_until { keys_under($c, "$name/") == 1 } 'the cancelled wait to delete its key';
    is_deeply [keys_under($c, "$name/")], [$ma->key], 'a cancelled lock_f leaves no key';
    run_for(0.3);
    ok $wait->is_cancelled, 'nothing is delivered after the cancel';
    is $mb->key, undef, 'mb does not hold the lock';

    # timeout: fails with DEADLINE_EXCEEDED, no key left
    my @f = failure_of($mb->lock_f({ timeout => 0.5 }), 'lock_f timeout');
    like $f[0], qr/\Alock: mutex: not acquired within 0\.5s\n\z/, 'lock_f timeout: message';
    check_error($f[2], { code => 4, status => 'DEADLINE_EXCEEDED', source => 'mutex.lock', retryable => 1 },
        'lock_f timeout');
    is_deeply [keys_under($c, "$name/")], [$ma->key], 'a timed-out lock_f leaves no key';

    # a second lock_f on the holding mutex is refused
    @f = failure_of($ma->lock_f, 'lock_f while holding');
    check_error($f[2], { code => 9, status => 'FAILED_PRECONDITION', source => 'mutex.lock', retryable => 0,
        message => 'mutex: this mutex already holds the lock or is waiting for it' }, 'lock_f while holding');

    $r = fget($ma->unlock_f, 'unlock_f');
    exact_keys($r, [qw(header)], 'unlock_f');
    check_header($r->{header}, 'unlock_f');
    is $ma->key, undef, 'unlock_f: the lock is released';
    is_deeply [keys_under($c, "$name/")], [], 'unlock_f: the key is gone';

    @f = failure_of($ma->unlock_f, 'unlock_f when not locked');
    is $f[0], "unlock: mutex: not locked\n", 'unlock_f when not locked: message';
    check_error($f[2], { code => 9, status => 'FAILED_PRECONDITION', source => 'mutex.unlock', retryable => 0 },
        'unlock_f when not locked');

    # try_lock_f on a free lock: 1, the key is ours
    is fget($mb->try_lock_f, 'try_lock_f free'), 1, 'try_lock_f on a free lock: 1';
    is_deeply [keys_under($c, "$name/")], [$mb->key], '... and holds it';
    fget($mb->unlock_f, 'unlock_f mb');

    # a try_lock_f cancelled before its answer: the lock it took is given back
    # (seen through a watch: under load the lock may be taken and given back
    # within one turn of the loop, too fast to see in $ma->key)
    my (@ev, $created);
    my $w = $c->watch("$name/", { prefix => 1 }, sub {
        my ($r) = @_;
        return unless $r;
        $created = 1 if $r->{created};
        push @ev, map { $_->{type} } @{ $r->{events} || [] };
    });
    wait_until { $created } 'the watch on the lock prefix';
    my $tf = $ma->try_lock_f;
    $tf->cancel;
    ok $tf->is_cancelled, 'try_lock_f cancelled';
    wait_until { "@ev" eq 'PUT DELETE' && !defined $ma->key && inflight($c) == 0 }
        'the lock taken after the cancel to be released';
    is "@ev", 'PUT DELETE', 'the try_lock took the lock after its Future was cancelled';
    $w->cancel;
    is_deeply [keys_under($c, "$name/")], [], '... and gave it back';
}

# ---------------------------------------------------------------- Election

my $ename = "${P}election";
my $ea = $sa->election($ename);
my $eb = $sb->election($ename);
{
    ok $ea->can($_), "EV::Etcd::Election can $_" for qw(campaign_f proclaim_f resign_f leader_f);
    ok !$ea->can('observe_f'), 'no observe_f (a stream)';

    my @f = failure_of($ea->leader_f, 'leader_f without a leader');
    is $f[0], "leader: election: no leader\n", 'leader_f without a leader: message';
    check_error($f[2], { code => 2, status => 'UNKNOWN', source => 'election.leader', retryable => 0 },
        'leader_f without a leader');

    @f = failure_of($ea->proclaim_f('x'), 'proclaim_f before leading');
    check_error($f[2], { code => 9, status => 'FAILED_PRECONDITION', source => 'election.proclaim',
        message => 'election: not leader' }, 'proclaim_f before leading');

    my $r = fget($ea->campaign_f('v1'), 'campaign_f');
    exact_keys($r, [qw(header key rev)], 'campaign_f');
    is $r->{key}, $ea->key, 'campaign_f: the leader key';
    is $r->{rev}, $ea->rev, 'campaign_f: its create revision';
    ok is_int_sv($r->{rev}) && $r->{rev} > 0, 'campaign_f: rev is a positive integer';
    check_header($r->{header}, 'campaign_f');

    $r = fget($eb->leader_f, 'leader_f');
    exact_keys($r, [qw(header kv)], 'leader_f');
    check_kv($r->{kv}, { key => $ea->key, value => 'v1', create_revision => $ea->rev }, 'leader_f');

    $r = fget($ea->proclaim_f('v2'), 'proclaim_f');
    exact_keys($r, [qw(header)], 'proclaim_f');
    check_header($r->{header}, 'proclaim_f');
    is fget($eb->leader_f, 'leader_f after proclaim')->{kv}{value}, 'v2', 'proclaim_f: the new value';

    # a second candidate waits; cancel withdraws it
    my $wait = $eb->campaign_f('b');
    wait_until { keys_under($c, "$ename/") == 2 } 'eb queued';
    ok !$wait->is_ready, 'campaign_f waits while another leads';
    $wait->cancel;
    wait_until { keys_under($c, "$ename/") == 1 } 'the cancelled campaign to delete its key';
    is_deeply [keys_under($c, "$ename/")], [$ea->key], 'a cancelled campaign_f leaves no key';

    @f = failure_of($eb->campaign_f('b', { timeout => 0.5 }), 'campaign_f timeout');
    is $f[0], "campaign: election: not elected within 0.5s\n", 'campaign_f timeout: message';
    check_error($f[2], { code => 4, status => 'DEADLINE_EXCEEDED', source => 'election.campaign' },
        'campaign_f timeout');
    is_deeply [keys_under($c, "$ename/")], [$ea->key], 'a timed-out campaign_f leaves no key';

    # resign: the next candidate is elected
    my $next = $eb->campaign_f('b');
    wait_until { keys_under($c, "$ename/") == 2 } 'eb queued again';
    $r = fget($ea->resign_f, 'resign_f');
    exact_keys($r, [qw(header)], 'resign_f');
    check_header($r->{header}, 'resign_f');
    is $ea->key, undef, 'resign_f: no longer leader';
    $r = fget($next, 'campaign_f after the resign');
    is $r->{key}, $eb->key, 'the waiting candidate is elected';
    is fget($ea->leader_f, 'leader_f after resign')->{kv}{value}, 'b', 'leader_f: the new leader';
    is_deeply fget($ea->resign_f, 'resign_f when not leading'), {}, 'resign_f with nothing to give up: {}';
    fget($eb->resign_f, 'resign_f eb');
}

# ---------------------------------------------------------------- Session

{
    my $s = session_ok($c, ttl => 30);
    my $m = $s->mutex("${P}closing");
    fget($m->lock_f, 'lock_f before close');
    my $r = fget($s->close_f, 'close_f');
    exact_keys($r, [qw(header)], 'close_f');
    check_header($r->{header}, 'close_f');
    ok !$s->is_alive, 'close_f: the session is closed';
    is fget($c->lease_time_to_live_f($s->lease), 'ttl of the closed lease')->{ttl}, -1,
        'close_f: the lease is revoked';
    is_deeply [keys_under($c, "${P}closing/")], [], 'close_f: the lock is released';
    is_deeply fget($s->close_f, 'close_f again'), {}, 'close_f on a closed session: {}';

    # a lock_f on a closed session fails
    my @f = failure_of($m->lock_f, 'lock_f on a closed session');
    check_error($f[2], { code => 9, status => 'FAILED_PRECONDITION', source => 'mutex.lock' },
        'lock_f on a closed session');
    like $f[2]{message}, qr/\Amutex: the session is not alive/, 'lock_f on a closed session: message';

    # a session whose lease another client revoked: close_f fails NOT_FOUND
    my $s2 = session_ok($c, ttl => 30);
    fget($other->lease_revoke_f($s2->lease), 'revoke from another client');
    my @g = failure_of($s2->close_f, 'close_f of a revoked lease');
    check_error($g[2], { code => 5, status => 'NOT_FOUND', source => 'session', retryable => 0 },
        'close_f of a revoked lease');
}

# ---------------------------------------------------------------- Namespace

my $ns = $c->namespace("${P}ns/");
{
    ok $ns->can("${_}_f"), "EV::Etcd::Namespace can ${_}_f" for qw(put get delete txn lease_grant lease_revoke
        lease_leases lease_time_to_live lock unlock election_campaign election_proclaim election_resign
        election_leader session stm);
    ok !$ns->can("${_}_f"), "EV::Etcd::Namespace: no ${_}_f (a stream)" for qw(watch lease_keepalive election_observe);

    my $r = fget($ns->put_f('k', 'v1'), 'ns put_f');
    check_header($r->{header}, 'ns put_f');
    $r = fget($c->get_f("${P}ns/k"), 'get_f of the key in the namespace');
    is $r->{kvs}[0]{value}, 'v1', 'ns put_f wrote under the prefix';
    $r = fget($ns->get_f('', { prefix => 1 }), 'ns get_f');
    is $r->{count}, 1, 'ns get_f: one key';
    check_kv($r->{kvs}[0], { key => 'k', value => 'v1' }, 'ns get_f: the key without the prefix');

    $r = fget($ns->txn_f([{ key => 'k', target => 'value', result => 'equal', value => 'v1' }],
                         [{ put => { key => 'k', value => 'v2', prev_kv => 1 } }]), 'ns txn_f');
    is $r->{succeeded}, 1, 'ns txn_f (positional): succeeded';
    check_kv($r->{responses}[0]{response_put}{prev_kv}, { key => 'k', value => 'v1' }, 'ns txn_f: prev_kv stripped');
    $r = fget($ns->txn_f(compare => [{ key => 'k', target => 'value', result => 'equal', value => 'v2' }],
                         success => [{ range => { key => 'k' } }]), 'ns txn_f named');
    check_kv($r->{responses}[0]{response_range}{kvs}[0], { key => 'k', value => 'v2' }, 'ns txn_f (named)');

    $r = fget($ns->delete_f('k', { prev_kv => 1 }), 'ns delete_f');
    is $r->{deleted}, 1, 'ns delete_f: deleted';
    check_kv($r->{prev_kvs}[0], { key => 'k', value => 'v2' }, 'ns delete_f: prev_kvs stripped');

    my $lease = fget($ns->lease_grant_f(30), 'ns lease_grant_f')->{id};
    fget($ns->put_f('leased', 'x', { lease => $lease }), 'ns put_f with a lease');
    $r = fget($ns->lease_time_to_live_f($lease, { keys => 1 }), 'ns lease_time_to_live_f');
    is_deeply $r->{keys}, ['leased'], 'ns lease_time_to_live_f: the key without the prefix';

    my $lock = fget($ns->lock_f('l', $lease), 'ns lock_f');
    like $lock->{key}, qr/\Al\//, 'ns lock_f: the key without the prefix';
    # a second lock waits; cancelling the Future cancels the call
    my $lease2 = fget($ns->lease_grant_f(30), 'ns lease_grant_f 2')->{id};
    my $waiting = $ns->lock_f('l', $lease2);
    run_for(0.3);
    ok !$waiting->is_ready, 'ns lock_f on a held lock waits';
    is inflight($c), 1, '... with its call in flight';
    $waiting->cancel;
    wait_until { inflight($c) == 0 } 'the cancelled call to end';
    is inflight($c), 0, 'cancelling ns lock_f cancelled its call';
    fget($ns->unlock_f($lock->{key}), 'ns unlock_f');

    my $camp = fget($ns->election_campaign_f('e', $lease, 'me'), 'ns election_campaign_f');
    is $camp->{leader}{name}, 'e', 'ns election_campaign_f: name without the prefix';
    $r = fget($ns->election_leader_f('e'), 'ns election_leader_f');
    check_kv($r->{kv}, { value => 'me' }, 'ns election_leader_f');
    like $r->{kv}{key}, qr/\Ae\//, 'ns election_leader_f: key without the prefix';
    fget($ns->election_proclaim_f($camp->{leader}, 'me2'), 'ns election_proclaim_f');
    is fget($ns->election_leader_f('e'), 'leader again')->{kv}{value}, 'me2', 'ns election_proclaim_f: new value';
    fget($ns->election_resign_f($camp->{leader}), 'ns election_resign_f');
    my @f = failure_of($ns->election_leader_f('e'), 'ns election_leader_f without a leader');
    check_error($f[2], { source => 'election_leader' }, 'ns election_leader_f without a leader');

    cmp_ok scalar(grep { $_->{id} == $lease } @{ fget($ns->lease_leases_f, 'ns lease_leases_f')->{leases} }),
        '==', 1, 'ns lease_leases_f lists the lease';
    fget($ns->lease_revoke_f($lease), 'ns lease_revoke_f');
    @f = failure_of($ns->lease_revoke_f($lease), 'ns lease_revoke_f again');
    is $f[0], "lease_revoke: etcdserver: requested lease not found\n", 'ns lease_revoke_f: message';
    check_error($f[2], { code => 5, status => 'NOT_FOUND', source => 'lease_revoke' }, 'ns lease_revoke_f again');
    fget($ns->lease_revoke_f($lease2), 'ns lease_revoke_f 2');

    # the recipes inside the namespace
    my $s = fget($ns->session_f({ ttl => 30 }), 'ns session_f');
    isa_ok $s, 'EV::Etcd::Session', 'ns session_f is done with';
    my $m = $s->mutex('m');
    $r = fget($m->lock_f, 'lock_f inside the namespace');
    like $r->{key}, qr/\Am\/[0-9a-f]+\z/, 'lock_f inside the namespace: the key without the prefix';
    is_deeply [keys_under($c, "${P}ns/m/")], ["${P}ns/$r->{key}"], '... which lives under the prefix';
    fget($s->close_f, 'close_f inside the namespace');
    $r = fget($ns->stm_f(sub { $_[0]->put('stm', 7); 7 }), 'ns stm_f');
    is $r->{value}, 7, 'ns stm_f: the value';
    is fget($c->get_f("${P}ns/stm"), 'get_f of the stm key')->{kvs}[0]{value}, 7, 'ns stm_f wrote under the prefix';

    # network errors come back as the error hash
    my $dead = EV::Etcd->new(endpoints => [dead_endpoint()], timeout => 2, max_retries => 0);
    @f = failure_of($dead->namespace('/x/')->get_f('k', { timeout => 1 }), 'ns get_f on a dead endpoint');
    check_error($f[2], { status => qr/\A(?:UNAVAILABLE|DEADLINE_EXCEEDED)\z/, source => 'get', retryable => 1 },
        'ns get_f on a dead endpoint');
}

# ---------------------------------------------------------------- async/await

{
    my $got = eval q{
        use Future::AsyncAwait;
        async sub locked_increment {
            my ($mutex, $client, $key) = @_;
            await $mutex->lock_f({ timeout => 10 });
            my $r = await $client->get_f($key);
            my $n = ($r->{kvs}[0]{value} // 0) + 1;
            await $client->txn_f([ $mutex->is_owner ], [{ put => { key => $key, value => $n } }]);
            await $mutex->unlock_f;
            return $n;
        }
        my @mutexes = map { $_->mutex("${P}async") } $sa, $sb, $sc;
        [fget(Future->needs_all(map { locked_increment($_, $c, "${P}counter") } @mutexes),
              'three locked increments')];
    };
    is $@, '', 'async subs awaiting lock_f and unlock_f ran' or diag $@;
    is_deeply [sort @{ $got // [] }], [1, 2, 3], 'each increment saw the one before';
    is fget($c->get_f("${P}counter"), 'the counter')->{kvs}[0]{value}, 3, 'the counter is 3';

    my $caught = eval q{
        use Future::AsyncAwait;
        async sub lead_twice {
            my ($election) = @_;
            my $x = eval { await $election->proclaim_f('nobody'); 1 };
            return $x ? undef : $@;
        }
        fget(lead_twice($ea), 'lead_twice');
    };
    is $@, '', 'async sub with a failing await ran' or diag $@;
    isa_ok $caught, 'Future::Exception', 'await of a failed recipe twin throws';
    if (ref $caught) {
        is $caught->message, "proclaim: election: not leader\n", 'exception message';
        my ($err) = $caught->details;
        check_error($err, { status => 'FAILED_PRECONDITION', source => 'election.proclaim' }, 'exception details');
    }
}

# ---------------------------------------------------------------- bad input

{
    my $m = $sa->mutex("${P}bad");
    my $el = $sa->election("${P}bad");
    croaks(sub { $m->lock_f(sub { }) }, qr/\Alock_f: takes no callback \(it returns a Future\); usage: \$mutex->lock_f\(\[\\%opts\]\)/,
        'lock_f with a callback');
    croaks(sub { $m->lock_f({ bogus => 1 }) }, qr/\Alock_f: unknown option 'bogus' \(valid options: timeout\)/,
        'lock_f with an unknown option');
    croaks(sub { $m->lock_f({ timeout => -1 }) }, qr/\Alock_f: option 'timeout' must be a positive number/,
        'lock_f with a bad timeout');
    croaks(sub { $m->lock_f({}, {}) }, qr/\Alock_f: wrong number of arguments; usage: \$mutex->lock_f\(\[\\%opts\]\)/,
        'lock_f with two arguments');
    croaks(sub { $m->try_lock_f(1) }, qr/\Atry_lock_f: wrong number of arguments; usage: \$mutex->try_lock_f\(\)/,
        'try_lock_f with an argument');
    croaks(sub { $m->unlock_f(1) }, qr/\Aunlock_f: wrong number of arguments; usage: \$mutex->unlock_f\(\)/,
        'unlock_f with an argument');
    croaks(sub { $el->campaign_f() }, qr/\Acampaign_f: wrong number of arguments; usage: \$election->campaign_f\(\$value, \[\\%opts\]\)/,
        'campaign_f without a value');
    croaks(sub { $el->campaign_f(undef, {}) }, qr/\Acampaign_f: 'value' must be a string/, 'campaign_f with an undef value');
    croaks(sub { $el->campaign_f('v', sub { }) }, qr/\Acampaign_f: takes no callback/, 'campaign_f with a callback');
    croaks(sub { $el->proclaim_f() }, qr/\Aproclaim_f: wrong number of arguments; usage: \$election->proclaim_f\(\$value\)/,
        'proclaim_f without a value');
    croaks(sub { $el->proclaim_f([]) }, qr/\Aproclaim_f: 'value' must be a string/, 'proclaim_f with a reference');
    croaks(sub { $el->resign_f(1) }, qr/\Aresign_f: wrong number of arguments/, 'resign_f with an argument');
    croaks(sub { $el->leader_f(1) }, qr/\Aleader_f: wrong number of arguments; usage: \$election->leader_f\(\)/,
        'leader_f with an argument');
    croaks(sub { $sa->close_f(1) }, qr/\Aclose_f: wrong number of arguments; usage: \$session->close_f\(\)/,
        'close_f with an argument');
    croaks(sub { $ns->get_f() }, qr/\Aget_f: wrong number of arguments; usage: \$ns->get_f\(\$key, \[\\%opts\]\)/, 'ns get_f without a key');
    croaks(sub { $ns->get_f(undef) }, qr/\Aget_f: 'key' must be a string/, 'ns get_f with an undef key');
    croaks(sub { $ns->put_f('k', 'v', { bogus => 1 }) }, qr/\Aput_f: unknown option 'bogus'/, 'ns put_f with an unknown option');
    croaks(sub { $ns->get_f('k', sub { }) }, qr/\Aget_f: takes no callback/, 'ns get_f with a callback');
    croaks(sub { $ns->session_f({ ttl => 0 }) }, qr/\Asession_f: 'ttl' must be a positive integer/, 'ns session_f with a bad ttl');
    ok $sa->is_alive && !defined $m->key, 'nothing was started by the croaks';
}

fget($_->close_f, 'close') for $sa, $sb, $sc;
done_testing;
