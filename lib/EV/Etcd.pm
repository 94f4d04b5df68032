package EV::Etcd;

use strict;
use warnings;

use Carp ();
use EV ();
use Scalar::Util ();
use Hash::Util::FieldHash ();

our $VERSION = '0.01';

require XSLoader;
XSLoader::load('EV::Etcd', $VERSION);

# Handles of watch, lease_keepalive, election_observe and snapshot: cancel, id,
# is_active (xs/Etcd.xs, package EV::Etcd::Handle).
@EV::Etcd::Watch::ISA = @EV::Etcd::Keepalive::ISA = @EV::Etcd::Observe::ISA
    = @EV::Etcd::Snapshot::ISA = ('EV::Etcd::Handle');

# $EV::Etcd::DIED: called with the error when a callback dies; by default
# the error is reported with warn and the client carries on.
our $DIED;

# $EV::Etcd::LOG: a code reference that receives the runtime's log records
# (runtime/log.c) of every client without an on_log of its own.
our $LOG;

my %NEW_OPTIONS = map { $_ => 1 } qw(
    endpoints timeout max_retries health_interval on_health_change auth_token
    username password tls keepalive_time keepalive_timeout balance on_state require_leader
    wait_for_ready max_send_message_size max_receive_message_size on_log
);
# Every duration becomes whole milliseconds in a 32-bit int (gRPC's channel
# arguments, deadlines): 2147483 s, about 24.8 days, is the most it holds.
our $MAX_SECONDS = 2147483;
my %TLS_OPTIONS = map { $_ => 1 } qw(ca_file cert_file key_file server_name);

# The client's timeout (seconds), for the methods written here.
Hash::Util::FieldHash::fieldhash(my %TIMEOUT);

# new(): every option is checked here; runtime/client.c gets them normalised.
sub new {
    my $class = shift;
    Carp::croak("new: odd number of arguments; usage: EV::Etcd->new(%options)") if @_ % 2;
    my %opt = @_;
    for my $k (sort keys %opt) {
        Carp::croak("new: unknown option '$k' (valid options: "
            . join(', ', sort keys %NEW_OPTIONS) . ")") unless $NEW_OPTIONS{$k};
    }
    my %config;

    # endpoints: an array of strings, or one string; each string may list
    # several, comma-separated (as etcdctl --endpoints takes them)
    my $endpoints = $opt{endpoints} // ['127.0.0.1:2379'];
    $endpoints = [$endpoints] unless ref $endpoints;
    Carp::croak("new: 'endpoints' must be an array reference of host:port strings")
        unless ref $endpoints eq 'ARRAY';
    Carp::croak("new: 'endpoints' is an empty list; give at least one host:port") unless @$endpoints;
    my (@eps, %schemes);
    for my $item (@$endpoints) {
        Carp::croak("new: 'endpoints' must hold host:port strings")
            if !defined $item || ref $item || $item !~ /\S/;
        for my $ep (grep { length } map { s/\A\s+|\s+\z//gr } split /,/, $item) {
            # one parser for new and the endpoint option (runtime/endpoint.c)
            my ($why, $address, $scheme) = _parse_endpoint($ep);
            Carp::croak("new: endpoint '$ep' $why") if defined $why;
            $schemes{$scheme}++;
            push @eps, $address;
        }
    }
    Carp::croak("new: 'endpoints' must hold host:port strings") unless @eps;
    Carp::croak("new: endpoints mix http:// and https://")
        if $schemes{http} && $schemes{https};
    $config{endpoints} = \@eps;

    # at least 1 s: 0 and fractions below 1 are raised to 1 (the reference's minimum)
    my $timeout = $opt{timeout} // 30;
    Carp::croak("new: 'timeout' must be a number of seconds from 0 to $MAX_SECONDS (below 1 means 1)")
        unless _is_number($timeout) && $timeout >= 0 && $timeout <= $MAX_SECONDS;
    $timeout = 1 if $timeout < 1;
    $config{timeout_ms} = _ms($timeout);

    my $max_retries = $opt{max_retries} // 3;
    Carp::croak("new: 'max_retries' must be -1 (never give up) or an integer from 0 to 1000000")
        unless defined $max_retries && !ref $max_retries
            && ($max_retries =~ /\A[0-9]{1,7}\z/ && $max_retries <= 1_000_000 || $max_retries =~ /\A-1\z/);
    $config{max_retries} = $max_retries + 0;

    my $health_interval = $opt{health_interval} // 0;
    Carp::croak("new: 'health_interval' must be a number of seconds from 0 to $MAX_SECONDS")
        unless _is_number($health_interval) && $health_interval >= 0 && $health_interval <= $MAX_SECONDS;
    $config{health_interval} = $health_interval + 0;

    Carp::croak("new: 'on_health_change' must be a code reference")
        if defined $opt{on_health_change} && ref $opt{on_health_change} ne 'CODE';
    $config{on_health_change} = $opt{on_health_change};

    Carp::croak("new: 'on_state' must be a code reference")
        if defined $opt{on_state} && ref $opt{on_state} ne 'CODE';
    $config{on_state} = $opt{on_state};
    Carp::croak("new: 'on_log' must be a code reference")
        if defined $opt{on_log} && ref $opt{on_log} ne 'CODE';
    $config{on_log} = $opt{on_log};
    Carp::croak("new: 'require_leader' must be a boolean (0 or 1)")
        if defined $opt{require_leader} && (ref $opt{require_leader} || $opt{require_leader} !~ /\A[01]?\z/);
    $config{require_leader} = !defined $opt{require_leader} || $opt{require_leader} ? 1 : 0;

    for my $k (qw(auth_token username password)) {
        Carp::croak("new: '$k' must be a string") if defined $opt{$k} && ref $opt{$k};
    }
    Carp::croak("new: 'password' needs 'username'") if defined $opt{password} && !defined $opt{username};
    @config{qw(auth_token username password)} = @opt{qw(auth_token username password)};

    for my $k (qw(keepalive_time keepalive_timeout)) {
        next unless defined $opt{$k};
        Carp::croak("new: '$k' must be a positive number of seconds, at most $MAX_SECONDS")
            unless _is_number($opt{$k}) && $opt{$k} > 0 && $opt{$k} <= $MAX_SECONDS;
    }
    $config{keepalive_time_ms} = _ms($opt{keepalive_time} // 10);
    $config{keepalive_timeout_ms} = _ms($opt{keepalive_timeout} // 5);

    Carp::croak("new: 'wait_for_ready' must be a boolean (0 or 1)") if ref $opt{wait_for_ready};
    $config{wait_for_ready} = !defined $opt{wait_for_ready} || $opt{wait_for_ready} ? 1 : 0;

    # message sizes in bytes: send 2 MiB by default as Go's client, receive unlimited
    for my $k (qw(max_send_message_size max_receive_message_size)) {
        next unless defined $opt{$k};
        Carp::croak("new: '$k' must be a positive number of bytes, at most 2147483647")
            unless !ref $opt{$k} && $opt{$k} =~ /\A\+?[0-9]{1,10}\z/ && $opt{$k} > 0
                && $opt{$k} <= 2147483647;
        $config{$k} = $opt{$k} + 0;
    }
    $config{max_send_message_size} //= 2 * 1024 * 1024;

    my $balance = $opt{balance} // 'pick_first';
    Carp::croak("new: 'balance' must be 'pick_first' or 'round_robin'")
        unless !ref $balance && ($balance eq 'pick_first' || $balance eq 'round_robin');
    $config{balance} = $balance;

    if (defined $opt{tls} || $schemes{https}) {
        my $tls = $opt{tls} // {};
        Carp::croak("new: 'tls' must be a hash reference") unless ref $tls eq 'HASH';
        for my $k (sort keys %$tls) {
            Carp::croak("new: unknown tls option '$k' (valid: "
                . join(', ', sort keys %TLS_OPTIONS) . ")") unless $TLS_OPTIONS{$k};
        }
        Carp::croak("new: tls: 'cert_file' and 'key_file' go together")
            if defined $tls->{cert_file} xor defined $tls->{key_file};
        Carp::croak("new: tls needs https:// endpoints or host:port, not http://")
            if $schemes{http};
        my %t;
        $t{ca} = _slurp('ca_file', $tls->{ca_file}) if defined $tls->{ca_file};
        $t{cert} = _slurp('cert_file', $tls->{cert_file}) if defined $tls->{cert_file};
        $t{key} = _slurp('key_file', $tls->{key_file}) if defined $tls->{key_file};
        # PEM that parses, certificates valid now, a key that is the certificate's
        for ([ca => 'ca_file'], [cert => 'cert_file'], [key => 'key_file']) {
            my ($k, $opt) = @$_;
            next unless defined $t{$k};
            my $why = _tls_problem($k, $t{$k}, $k eq 'key' ? $t{cert} : undef);
            Carp::croak("new: tls '$opt' $tls->{$opt}: $why") if defined $why;
        }
        $t{server_name} = $tls->{server_name} if defined $tls->{server_name};
        $config{tls} = \%t;
    }

    # runtime croaks (e.g. after fork) name the caller's line, like the rest
    my $self = eval { $class->_new(\%config) };
    if (!$self) {
        (my $err = $@) =~ s/ at \S+ line \d+\.?\n\z//;
        Carp::croak($err);
    }
    $TIMEOUT{$self} = $timeout + 0;
    _check_other_loops();
    return $self;
}

# $client->lease_keepalive_once($id, [\%opts], $cb): one refresh of the
# lease, answered like one tick of lease_keepalive (Go's KeepAliveOnce).  It
# rides on the client's shared keepalive stream, stopped after the first
# answer; the `timeout` option (default: the client's) bounds it.
my $KA_ONCE_USAGE = '$client->lease_keepalive_once($lease_id, [\%opts], $cb)';
sub lease_keepalive_once {
    my $self = shift;
    my $cb = pop;
    Carp::croak("lease_keepalive_once: callback must be a code reference; usage: $KA_ONCE_USAGE")
        unless ref $cb eq 'CODE';
    Carp::croak("lease_keepalive_once: wrong number of arguments; usage: $KA_ONCE_USAGE")
        unless @_ == 1 || @_ == 2;
    my ($id, $opts) = @_;
    Carp::croak("lease_keepalive_once: 'id' must be a positive 64-bit integer, got '"
        . ($id // 'undef') . "'")
        unless defined $id && !ref $id && $id =~ /\A\+?[0-9]{1,19}\z/ && $id > 0
            && $id <= 9223372036854775807;
    $opts //= {};
    Carp::croak("lease_keepalive_once: options must be a hash reference; usage: $KA_ONCE_USAGE")
        unless ref $opts eq 'HASH';
    for my $k (sort keys %$opts) {
        Carp::croak("lease_keepalive_once: unknown option '$k' (valid options: timeout)")
            unless $k eq 'timeout';
    }
    my $timeout = $opts->{timeout} // $TIMEOUT{$self} // 30;
    Carp::croak("lease_keepalive_once: option 'timeout' must be a positive number of seconds, "
        . "at most $MAX_SECONDS")
        unless _is_number($timeout) && $timeout > 0 && $timeout <= $MAX_SECONDS;

    my ($done, $handle, $deadline);
    my $finish = sub {
        my ($resp, $err) = @_;
        return if $done++;
        undef $deadline;
        $handle->cancel if $handle && $handle->is_active;
        undef $handle;                   # (its callback holds this closure)
        $err->{source} = 'lease_keepalive_once' if $err;
        _run_cb($cb, $resp, $err);
    };
    $handle = $self->lease_keepalive($id, { auto_reconnect => 1 }, sub { $finish->(@_) });
    $deadline = EV::timer($timeout, 0, sub {
        my $msg = "deadline exceeded: no answer to the refresh of lease $id within ${timeout}s";
        $finish->(undef, { code => 4, grpc_code => 4, status => 'DEADLINE_EXCEEDED', message => $msg,
            source => 'lease_keepalive_once', retryable => 1 });
    });
    return;
}

# A callback run from a method written here: like the runtime's, a die is
# reported ($EV::Etcd::DIED, else warn), never unwound through the loop.
sub _run_cb {
    my ($cb, @args) = @_;
    return if eval { $cb->(@args); 1 };
    my $err = $@;
    return if ref $DIED eq 'CODE' && eval { $DIED->($err); 1 };
    $err = $@ if ref $DIED eq 'CODE';
    warn "EV::Etcd: callback died: $err";
}

# AnyEvent and Mojo::IOLoop run EV::Etcd's callbacks only when their
# backend is EV; with another one nothing runs while they wait.  new() says
# so once per process.
my $LOOP_WARNED;
sub _check_other_loops {
    return if $LOOP_WARNED;
    my @other;
    if ($INC{'AnyEvent.pm'}) {
        my $model = $AnyEvent::MODEL;
        if (!defined $model && ($ENV{PERL_ANYEVENT_MODEL} // '') =~ /\A([a-zA-Z0-9:]+)\z/) {
            # not detected yet; AnyEvent will take the one forced here (with
            # EV loaded, it would pick EV otherwise)
            ($model = $1) =~ s/::\z// or $model = "AnyEvent::Impl::$model";
        }
        push @other, "AnyEvent uses $model" if defined $model && $model ne 'AnyEvent::Impl::EV';
    }
    if ($INC{'Mojo/IOLoop.pm'}) {
        my $reactor = eval { ref(Mojo::IOLoop->singleton->reactor) };
        push @other, "Mojo::IOLoop uses $reactor"
            if $reactor && !$reactor->isa('Mojo::Reactor::EV');
    }
    return unless @other;
    $LOOP_WARNED = 1;
    Carp::carp('EV::Etcd: ' . join(' and ', @other) . ', not EV: EV::Etcd callbacks will only run '
        . 'inside the EV loop (EV::run), not while that loop waits '
        . '(use PERL_ANYEVENT_MODEL=EV, MOJO_REACTOR=Mojo::Reactor::EV)');
}

sub _slurp {
    my ($what, $path) = @_;
    Carp::croak("new: tls '$what' must be a file path") if ref $path;
    open my $fh, '<:raw', $path or Carp::croak("new: tls '$what' $path: $!");
    local $/;
    my $data = <$fh>;
    Carp::croak("new: tls '$what' $path is empty") unless defined $data && length $data;
    return $data;
}

# seconds -> whole milliseconds, at least 1 (a positive duration stays one)
sub _ms {
    my $ms = int($_[0] * 1000 + 0.5);
    return $ms < 1 ? 1 : $ms;
}

sub _is_number {
    my ($v) = @_;
    return defined $v && !ref $v && Scalar::Util::looks_like_number($v) && $v == $v;
}

# ---------------------------------------------------------------- recipes
# Sessions, mutexes, elections, STM, namespaces and mirrors: pure Perl on
# the public methods, in lib/EV/Etcd/*.pm, loaded when first used.

sub session   { my $self = shift; require EV::Etcd::Session;   EV::Etcd::Session->_new($self, @_) }
sub stm       { my $self = shift; require EV::Etcd::STM;       EV::Etcd::STM->_run($self, @_) }
sub namespace { my $self = shift; require EV::Etcd::Namespace; EV::Etcd::Namespace->_new($self, @_) }
sub mirror    { my $self = shift; require EV::Etcd::Mirror;    EV::Etcd::Mirror->_new($self, @_) }

# $client->stats: the runtime's counters (xs/Etcd.xs _stats), a new hash
# on every call.
sub stats {
    my $self = shift;
    Carp::croak('stats: takes no arguments; usage: $client->stats') if @_;
    return $self->_stats;
}


# ---------------------------------------------------------------- range_stream
#
# A range read in pages, one consistent snapshot: the first page is a `get`
# with `limit` (its header pins the revision); the rest comes from
# KV.RangeStream at that revision where the server has it (etcd 3.7+), else
# from more `get`s, each continuing after the last key of the one before.
# One request is in flight at a time; the next goes out before the current
# page is handed over, so memory stays at about two pages.

my @RANGE_STREAM_FIELDS = qw(prefix range_end revision keys_only count_only serializable
    min_mod_revision max_mod_revision min_create_revision max_create_revision);
my %RANGE_STREAM_OPTIONS = map { $_ => 1 } @RANGE_STREAM_FIELDS, qw(page_size timeout);
my $RANGE_STREAM_USAGE = 'usage: $client->range_stream($key, [\%opts], $cb)';

# The end of the range of keys starting with $key ("\0": every key).
sub _prefix_end {
    my ($key) = @_;
    my $end = $key;
    $end =~ s/\xff+\z//;
    return "\0" if $end eq '';
    substr($end, -1, 1) = chr(ord(substr($end, -1, 1)) + 1);
    return $end;
}

sub _report_died {
    my ($err) = @_;
    if (ref $DIED eq 'CODE') {
        return if eval { $DIED->($err); 1 };
        $err = $@;
    }
    warn "EV::Etcd: callback died: $err";
}

sub range_stream {
    my $self = shift;
    Carp::croak("range_stream: not called on an EV::Etcd client")
        unless Scalar::Util::blessed($self) && $self->isa('EV::Etcd');
    my $cb = pop;
    Carp::croak("range_stream: the last argument must be a callback (code reference); $RANGE_STREAM_USAGE")
        unless ref $cb eq 'CODE';
    Carp::croak("range_stream: wrong number of arguments; $RANGE_STREAM_USAGE") unless @_ == 1 || @_ == 2;
    my ($key, $opts) = @_;
    Carp::croak("range_stream: '\$key' must be a string; $RANGE_STREAM_USAGE") if !defined $key || ref $key;
    $opts //= {} if @_ == 1;
    Carp::croak("range_stream: options must be a hash reference; $RANGE_STREAM_USAGE") unless ref $opts eq 'HASH';
    for my $k (sort keys %$opts) {
        Carp::croak("range_stream: unknown option '$k' (valid options: "
            . join(', ', sort keys %RANGE_STREAM_OPTIONS) . ")") unless $RANGE_STREAM_OPTIONS{$k};
    }
    my $page_size = $opts->{page_size} // 1000;
    Carp::croak("range_stream: option 'page_size' must be an integer from 1 to 2147483647 (keys per page)")
        unless !ref $page_size && $page_size =~ /\A[0-9]+\z/ && $page_size >= 1 && $page_size <= 2147483647;
    Carp::croak("range_stream: 'prefix' and 'range_end' cannot be combined")
        if $opts->{prefix} && defined $opts->{range_end};

    my %fields = map { defined $opts->{$_} ? ($_ => $opts->{$_}) : () } @RANGE_STREAM_FIELDS;
    delete $fields{prefix};
    $fields{range_end} = _prefix_end($key) if $opts->{prefix};
    my %call_opts = defined $opts->{timeout} ? (timeout => $opts->{timeout}) : ();

    my $st = bless {
        client => $self, cb => $cb, active => 1, cancelled => 0, op => undef,
        fields => \%fields, page_size => $page_size + 0, call_opts => \%call_opts,
        header => undef, count => 0,
    }, 'EV::Etcd::RangeStream';
    Scalar::Util::weaken($st->{client});

    # the first page: its croaks (bad option values) name range_stream
    my $op = eval {
        $self->get($key, { %fields, %call_opts, limit => $st->{page_size} }, sub { $st->_first_page(@_) });
    };
    if (!$op) {
        (my $err = $@) =~ s/\Aget: /range_stream: /;
        $err =~ s/ at \S+ line \d+\.?\n\z//;
        Carp::croak($err);
    }
    $st->{op} = $op;
    return $st;
}

package EV::Etcd::RangeStream;

sub _self {
    my ($method, $st, $n, $usage) = @_;
    Carp::croak("$method: not an EV::Etcd::RangeStream handle; usage: $usage")
        unless Scalar::Util::blessed($st) && $st->isa('EV::Etcd::RangeStream');
    Carp::croak("$method: too many arguments; usage: $usage") if $n;
    $st;
}

sub is_active {
    _self('is_active', $_[0], @_ > 1, '$range->is_active')->{active} ? 1 : 0;
}

# Cancel what is in flight; its callback then ends the stream (CANCELLED).
# Between requests (inside a page callback) the next step sees the flag.
# The optional callback gets ({}, undef) once, after the final callback
# (at once when the stream has ended already), as the watch's cancel does.
sub cancel {
    my ($st, $cb) = @_;
    _self('cancel', $st, @_ > 2, '$range->cancel or $range->cancel($callback)');
    Carp::croak("cancel: the callback must be a code reference") if @_ > 1 && ref $cb ne 'CODE';
    if (!$st->{active}) {
        EV::Etcd::_report_died($@) unless !$cb || eval { $cb->({}, undef); 1 };
        return;
    }
    push @{ $st->{cancel_cbs} }, $cb if $cb;
    return if $st->{cancelled};
    $st->{cancelled} = 1;
    $st->{op}->cancel if $st->{op};
}

sub _call_user {
    my ($st, @args) = @_;
    EV::Etcd::_report_died($@) unless eval { $st->{cb}->(@args); 1 };
}

# The one final callback.
sub _finish {
    my ($st, $resp, $err) = @_;
    return unless $st->{active};
    $st->{active} = 0;
    $st->{op} = undef;
    if ($st->{cancelled}) {
        ($resp, $err) = (undef, { code => 1, grpc_code => 1, status => 'CANCELLED',
                                  message => 'cancelled by the caller', source => 'range_stream', retryable => 0 });
    } elsif ($err) {
        $err = { %$err, source => 'range_stream' };
    }
    my $cb = delete $st->{cb};                      # nothing can be delivered after this
    EV::Etcd::_report_died($@) unless eval { $cb->($resp, $err); 1 };
    for my $c (@{ delete $st->{cancel_cbs} || [] }) {
        EV::Etcd::_report_died($@) unless eval { $c->({}, undef); 1 };
    }
}

sub _done {
    my ($st) = @_;
    $st->_finish({ done => 1, count => $st->{count}, header => { %{ $st->{header} } } }, undef);
}

sub _deliver {
    my ($st, $kvs) = @_;
    return unless @$kvs;
    $st->_call_user({ kvs => $kvs, header => { %{ $st->{header} } } }, undef);
}

sub _first_page {
    my ($st, $resp, $err) = @_;
    $st->{op} = undef;
    return $st->_finish(undef, $err) if $err || $st->{cancelled};
    $st->{header} = $resp->{header};
    $st->{count} = $resp->{count};
    $st->{fields}{revision} = $resp->{header}{revision} unless $st->{fields}{revision};
    my $kvs = $resp->{kvs};
    if ($resp->{more} && @$kvs) {
        $st->_stream_rest($kvs->[-1]{key} . "\0");   # before handing the page over
        $st->_deliver($kvs);
        $st->_finish(undef, undef) if $st->{cancelled} && !$st->{op};
    } else {
        $st->_deliver($kvs);
        $st->{cancelled} ? $st->_finish(undef, undef) : $st->_done;
    }
}

# The rest through KV.RangeStream; back to pages on UNIMPLEMENTED.
sub _stream_rest {
    my ($st, $from) = @_;
    my $c = $st->{client} or return $st->_gone;
    my $got = 0;
    my %req = (%{ $st->{fields} }, key => $from);
    delete @req{qw(count_only)};
    $st->{op} = $c->call_stream('KV', 'RangeStream', \%req, $st->{call_opts}, sub {
        my ($msg, $err) = @_;
        if ($err && $err->{code} == 12 && !$got && !$st->{cancelled}) {   # UNIMPLEMENTED: etcd < 3.7
            $st->{op} = undef;
            return $st->_next_page($from);
        }
        return $st->_finish(undef, $err) if $err;
        return $st->_done if $msg->{done};
        $got++;
        $st->_deliver($msg->{range_response}{kvs} || []) unless $st->{cancelled};
    });
}

sub _next_page {
    my ($st, $from) = @_;
    return $st->_finish(undef, undef) if $st->{cancelled};
    my $c = $st->{client} or return $st->_gone;
    my %req = (%{ $st->{fields} }, %{ $st->{call_opts} }, limit => $st->{page_size});
    $st->{op} = $c->get($from, \%req, sub {
        my ($resp, $err) = @_;
        $st->{op} = undef;
        return $st->_finish(undef, $err) if $err || $st->{cancelled};
        my $kvs = $resp->{kvs};
        if ($resp->{more} && @$kvs) {
            $st->_next_page($kvs->[-1]{key} . "\0");
            $st->_deliver($kvs);
            $st->_finish(undef, undef) if $st->{cancelled} && !$st->{op};
        } else {
            $st->_deliver($kvs);
            $st->{cancelled} ? $st->_finish(undef, undef) : $st->_done;
        }
    });
}

sub _gone {
    my ($st) = @_;
    $st->_finish(undef, { code => 1, grpc_code => 1, status => 'CANCELLED',
                          message => 'cancelled: the client was destroyed', retryable => 0 });
}

package EV::Etcd;

# ---------------------------------------------------------------- Futures
#
# METHOD_f, the Future twin of a method that takes its callback last and
# calls it once with ($result, $error): every unary method of the
# generated table, call, and the recipes' one-shot methods (session, stm,
# and those of EV::Etcd::Mutex, ::Election, ::Session and ::Namespace).
# The twin takes the same arguments without the callback and returns an
# EV::Etcd::Future that is done with the result or fails with
# ("METHOD: message\n", 'etcd', $error_hash).  When the method returns a
# handle (a call, a wait), cancelling the Future cancels it.  Future is
# loaded by the first twin called.  %how:
#   named => 1     the method also takes named arguments (callback => $cb)
#   usage => TEXT  the twin's usage, for the croak when given a callback
#   code_args => N the first N arguments may be code (stm's $apply)
#   late => CODE   ->($invocant, $result): gives back a result that
#                  arrives after the Future was cancelled (a session, a lock)
sub _twin {
    my ($name, %how) = @_;
    my $twin = "${name}_f";
    my $usage = $how{usage} // "\$client->$twin(...)";
    my $code_args = $how{code_args} // 0;
    return sub {
        my $self = shift;
        Carp::croak("$twin: takes no callback (it returns a Future); usage: $usage")
            if @_ > $code_args && ref $_[-1] eq 'CODE';
        my $f = EV::Etcd::Future->new;
        my $cb = sub {
            my ($result, $err) = @_;
            if ($f->is_ready) {    # cancelled through the Future
                $how{late}->($self, $result) if $how{late} && !$err;
                return;
            }
            $err ? $f->fail("$name: $err->{message}\n", 'etcd', $err) : $f->done($result);
        };
        my @args = @_;
        push @args, $how{named} && @args && defined $args[0] && !ref $args[0] ? (callback => $cb) : $cb;
        my $handle;
        unless (eval { $handle = $self->$name(@args); 1 }) {
            # bad input: the method's croak, said of the twin
            (my $err = $@) =~ s/ at \S+ line \d+\.?\n\z//;
            $err =~ s/\A\Q$name\E:/$twin:/;
            $err =~ s/->\Q$name\E\(/->$twin(/g;
            $err =~ s/(?:,\s*)?\[?(?:callback => )?\$cb\]?\)/)/g;
            Carp::croak($err);
        }
        $f->on_cancel(sub { $handle->cancel }) if Scalar::Util::blessed($handle) && $handle->can('cancel');
        return $f;
    };
}

# Installs twins: _install_twins($package, NAME => \%how, ...).
sub _install_twins {
    my ($pkg, %twins) = @_;
    no strict 'refs';
    *{"${pkg}::$_\_f"} = _twin($_, %{ $twins{$_} }) for keys %twins;
    return;
}

{
    my %twins = (call => {});
    for my $m (_method_info()) {
        next if $m->{stream} ne '';    # watch, keepalive, observe, snapshot
        $twins{ $m->{name} } = { named => $m->{named} };
    }
    # The recipes' one-shot methods: session_f gives the EV::Etcd::Session
    # (a session that arrives after its Future was cancelled is closed: its
    # lease is given back); stm_f gives {value, header} (nothing to cancel:
    # cancelling only drops the result).
    $twins{session} = { usage => '$client->session_f([\%opts])',
                        late => sub { $_[1]->close if $_[1] } };
    $twins{stm} = { usage => '$client->stm_f($apply, [\%opts])', code_args => 1 };
    _install_twins('EV::Etcd', %twins);
}

# The Futures of the twins (and of everything chained from them): ->get,
# ->await and a top-level await run the EV loop until the Future is ready.
package EV::Etcd::Future;

my $loaded;
sub _load {
    return if $loaded;
    require Future;
    Future->VERSION('0.40');
    our @ISA = ('Future');
    $loaded = 1;
}

sub new {
    _load() unless $loaded;
    my $class = shift;
    return $class->SUPER::new(@_);
}

sub await {
    my $self = shift;
    while (!$self->is_ready) {
        # EV::run returns false when no watcher is left to wait for
        next if EV::run(EV::RUN_ONCE());
        last if $self->is_ready;
        Carp::croak("EV::Etcd::Future: the EV loop has nothing left to wait for, "
            . "but the Future is still pending");
    }
    return $self;
}

package EV::Etcd;

1;
__END__

=encoding UTF-8

=head1 NAME

EV::Etcd - Async etcd v3 client using native gRPC and EV/libev

=head1 SYNOPSIS

    use v5.10;
    use EV;
    use EV::Etcd;

    my $client = EV::Etcd->new(
        endpoints => ['127.0.0.1:2379'],
    );

    # Watch: keep the handle, or the watch is cancelled
    my $watch;
    $watch = $client->watch('/my/key', sub {
        my ($resp, $err) = @_;
        return warn "Watch error: $err->{message}\n" if $err;
        put_and_get() if $resp->{created};    # the watch is in place
        for my $event (@{ $resp->{events} }) {
            say "Event: $event->{type} on $event->{kv}{key}";
            $watch->cancel;                   # one event is enough here
        }
    });

    sub put_and_get {
        # Async put
        $client->put('/my/key', 'value', sub {
            my ($resp, $err) = @_;
            die $err->{message} if $err;
            say "Put succeeded, revision: $resp->{header}{revision}";

            # Async get, once the put is done
            $client->get('/my/key', sub {
                my ($resp, $err) = @_;
                die $err->{message} if $err;
                say "Value: $resp->{kvs}[0]{value}";
            });
        });
    }

    EV::run;    # runs while calls are in flight or watches are active

=head1 DESCRIPTION

EV::Etcd is an asynchronous client for the etcd v3 API. It talks gRPC
through the gRPC Core C library and delivers every answer to a callback run
by the L<EV> event loop. It covers the KV, Watch, Lease, Lock, Election,
Auth, Maintenance and Cluster services, and any RPC of those services can
also be called by name: unary ones with L</call>, streaming ones with
L</call_stream>.

The module is a generated binding. A generator (Python and Jinja2, in
F<codegen/> of the source distribution) reads etcd's F<.proto> files and a
declarative map of the Perl API (F<codegen/api_map.toml>: for each method
its RPC, positional arguments, accepted options and stream kind) and writes
the C code that turns Perl arguments into protobuf requests and protobuf
responses into Perl hashes, the table of RPCs and the XS method stubs.
Only a small runtime is written by hand: the gRPC channel, the bridge to
EV, unary calls, the streams and their reconnection, and the error hash.
Supporting a newer etcd API means importing its F<.proto> files and
regenerating.

Each client owns a gRPC channel and one completion-queue thread. That
thread does nothing but wait for gRPC completions, append them to a locked
queue and wake the EV loop with an C<ev_async> watcher; the loop thread
then drains every queued completion in one wake-up, converts the responses
to Perl data and runs the callbacks. Only the loop thread touches Perl
data, and a call's callback never runs before the method that started the
call has returned. Every call in flight, every snapshot in progress and
every active watch, lease keepalive and election observer holds a
reference on the loop, so C<EV::run> keeps
running while there is work and returns once there is none; the
C<ev_async> watcher and the health timer do not keep it alive by
themselves.

=head2 etcd versions

The binding is generated from the etcd v3.7.1 API and works with etcd 3.4
and later servers. An older server answers an RPC it does not have with
the error C<UNIMPLEMENTED> (code 12), delivered as the error hash like any
other failure, and ignores request fields it does not know (as protobuf
does), so such an option has no effect there; response keys it does not
send are absent or empty, as each method says. What needs an etcd newer
than 3.4:

=over 4

=item etcd 3.5

L</auth_status>, L</downgrade>; the options C<hashed_password> of
L</user_add> and C<linearizable> of L</member_list>; the response keys
C<db_size_quota> of L</status> and C<hash_revision> of L</hash_kv>.

=item etcd 3.6

The response keys C<storage_version> and C<downgrade_info> of L</status>,
and C<version> of L</snapshot>.

=item etcd 3.7

C<KV.RangeStream>, which L</range_stream> uses where the server has it
(it pages with L</get> on older servers).

=back

RPCs and fields that a release newer than 3.7.1 adds reach the binding by
regenerating it (see F<README.md>); until then they have no name here.

=head2 Calling conventions

=over 4

=item *

Every method takes its positional arguments, then an optional hash
reference of options, then a callback, which must be a code reference
(a missing or other callback croaks with C<METHOD: callback must be a code
reference ...; usage: ...>).
Methods are asynchronous: they return at once, and the callback runs later
from the event loop.

=item *

The callback of a unary method runs exactly once, with C<($response,
undef)> on success or C<(undef, $error)> on failure (see L</ERROR
HANDLING>). Stream methods (L</watch>, L</lease_keepalive>,
L</election_observe>) call theirs once per message and at most once with
an error, after which the stream is over.

=item *

Hash keys, in arguments and in responses, are the proto field names in
snake_case: C<range_end>, C<prev_kv>, C<create_revision>, C<granted_ttl>,
C<peer_urls>. On input the proto spelling (C<peerURLs>) is accepted too.
The etcd API documentation of a field therefore applies as is.

=item *

Every unary method also accepts C<timeout> in its options hash: a per-call
timeout in seconds (fractions allowed, positive, at most 2147483, about
24.8 days) replacing the client's L</timeout> for that call. L</lock> and L</election_campaign>
wait without a deadline unless C<timeout> is given. L</snapshot> has no
deadline unless C<timeout> is given. The long-lived streams (L</watch>,
L</lease_keepalive>, L</election_observe>) take C<auto_reconnect> instead
(a deadline would end them; C<timeout> croaks there as an unknown option).
An option whose value is C<undef> is ignored; an unknown option croaks.

=item *

Every unary method (and L</call>) also accepts C<wait_for_ready> (a
boolean) in its options hash, replacing the client's L</wait_for_ready>
for that call: 1 waits for a connection until the call's deadline, 0 fails
at once with C<UNAVAILABLE> when the client is not connected.

    # fail at once if no member is reachable right now
    $client->get('/config/x', { wait_for_ready => 0, timeout => 2 }, sub {
        my ($resp, $err) = @_;
        return say "no member reachable now: $err->{status}" if $err;
        say 'connected; /config/x ', $resp->{count} ? 'exists' : 'is not set';
    });

=item *

Calls started without waiting for each other run concurrently, and etcd
may apply them in any order. When order matters, start the next call from
the previous one's callback, or use L</txn>.

=item *

A unary method called in non-void context returns an C<EV::Etcd::Call>
handle that can cancel the call (L</EV::Etcd::Call>). The stream methods
return handles of their own (L</EV::Etcd::Watch>,
L</EV::Etcd::Keepalive>, L</EV::Etcd::Observe>). In void context nothing
is returned and nothing is allocated for a handle.

=item *

Keep a reference to the client while its calls are in flight. When the
client object is destroyed, the calls still in flight are cancelled (each
callback runs once, with C<CANCELLED> and the message C<cancelled: the
client was destroyed>) and its watches, keepalives and observers end with
the same error.

=back

=head2 Examples

The examples in this document run as written (F<t/64-pod-examples.t> runs
each one against a throwaway etcd) in a script that starts with

    use v5.10;
    use EV;
    use EV::Etcd;
    my $client = EV::Etcd->new(endpoints => ['127.0.0.1:2379']);

and ends with C<EV::run>, which returns once nothing is left to wait for.
Some set the stage with the Future twins (C<< $client->lease_grant_f(30)->get >>,
see L</METHOD_f>), which run the loop until their answer is there.

=head1 ENCODING

Keys and values are stored by etcd as raw bytes; this module does not
perform any character encoding. If you pass a Perl string with the UTF-8
flag set (e.g. a literal containing non-ASCII characters under C<use
utf8>), its UTF-8 byte representation is what gets stored. Keys and values
returned by etcd are byte strings without the UTF-8 flag: string equality
with the original literal fails unless you decode explicitly.

For character data, encode and decode at the boundary with L<Encode>:

    use utf8;
    use Encode qw(encode_utf8 decode_utf8);

    my ($key, $value) = ('/greeting/de', 'Grüße');
    $client->put($key, encode_utf8($value), sub {
        my (undef, $err) = @_;
        die "put: $err->{message}\n" if $err;
        $client->get($key, sub {
            my ($resp, $err) = @_;
            die "get: $err->{message}\n" if $err;
            my $stored = decode_utf8($resp->{kvs}[0]{value});
            say $stored eq $value ? 'same characters' : 'different';
        });
    });

Other proto types map as follows:

=over 4

=item *

64-bit integers (revisions, lease IDs, member IDs, cluster IDs) are exact
Perl integers (IV or UV); they are never rounded through floating point.
An integer argument must be an integer or a string of decimal digits:
C<'abc'>, C<'12abc'>, C<1.5> or a reference croaks instead of becoming 0.

=item *

Booleans come back as 1 or 0; on input any Perl truth value works.

=item *

Enumerations come back as their names: C<PUT>/C<DELETE> (event types),
C<READ>/C<WRITE>/C<READWRITE> (permissions), C<NOSPACE> (alarm types, as
C<alarm_type>). On input, names are accepted in any case (C<'descend'>,
C<'DESCEND'>), as are the numbers.

=item *

Repeated fields are array references and messages are hash references. A
sub-message the server did not send is an absent key (a C<get> of a
missing key has C<kvs =E<gt> []>; a C<put> without C<prev_kv> has no
C<prev_kv> key). Scalar fields of a message that is present are always
present: a C<count> of 0 is C<0>, not missing.

=back

=head1 ERROR HANDLING

Errors are passed to callbacks as hash references with these six keys:

    {
        code      => 5,                    # gRPC status code, by the error's meaning
        status    => 'NOT_FOUND',          # its name
        message   => 'etcdserver: requested lease not found',
        source    => 'lock',               # which operation failed
        retryable => 0,                    # may the same request succeed if repeated?
        grpc_code => 2,                    # the gRPC code the server actually sent
    }

=over 4

=item code, status

The gRPC status code and its name, B<by the error's meaning>. etcd sends
each of its errors as a fixed text with a code (the table Go's clientv3
keeps in its C<rpctypes>), but its Lock and Election services pass on the
errors of the calls they make as C<UNKNOWN>: C<lock> with a lease that does
not exist fails with C<UNKNOWN> "etcdserver: requested lease not found".
The client recognises etcd's known texts whatever code came with them, and
C<code> and C<status> are etcd's code for that text (here C<NOT_FOUND>, 5);
other errors keep the code that came. Those seen most often: C<CANCELLED>
(1: cancelled by L</$call-E<gt>cancel>, or the client was destroyed),
C<UNKNOWN> (2: e.g. C<election: no leader>), C<INVALID_ARGUMENT> (3: e.g.
C<etcdserver: key is not provided>, C<etcdserver: request is too large>),
C<DEADLINE_EXCEEDED> (4: the call's timeout passed, also while it waited
for a connection), C<NOT_FOUND> (5: C<etcdserver: requested lease not
found>, C<etcdserver: member not found>), C<PERMISSION_DENIED> (7),
C<RESOURCE_EXHAUSTED> (8: C<etcdserver: mvcc: database space exceeded>, a
message over a size limit), C<FAILED_PRECONDITION> (9: e.g.
C<etcdserver: user name not found>), C<OUT_OF_RANGE> (11: a compacted or
future revision), C<UNIMPLEMENTED> (12: the server lacks the RPC),
C<UNAVAILABLE> (14: no connection; C<etcdserver: no leader>, C<etcdserver:
request timed out>), C<UNAUTHENTICATED> (16: C<etcdserver: invalid auth
token>).

=item grpc_code

The gRPC code the server (or gRPC) actually reported; the same as C<code>
except for an etcd error that came with another code (2 for the C<lock>
example above).

=item message

The server's message (etcd's usually start with C<etcdserver:>), or the
client's own explanation; the status name when there is neither.

=item source

The method that failed (C<get>, C<lease_grant>, ...); C<call> for
L</call>; C<watch>, C<keepalive>, C<observe> or C<snapshot> for the
streams.

=item retryable

1 when the same request may succeed if it is sent again, else 0. For
etcd's known errors it is decided per error: 1 for a cluster without a
leader or changing leaders (C<no leader>, C<leader changed>), a member
stopping, overloaded or timing out (C<server stopped>, C<too many
requests>, C<request timed out> and its variants, C<unhealthy cluster>), a
revision not reached yet (C<mvcc: required revision is a future
revision>), a learner not yet in sync or a reconfiguration waiting for
members; 0 for every other etcd error: a request refused for what it is
(a missing key or lease, a compacted revision, a NOSPACE alarm's C<mvcc:
database space exceeded>, C<request is too large>, a permission or
authentication failure, a stale token: a client with C<username> and
C<password> (L</new>) already logs in again and repeats the call once by itself).
For other errors it follows the code: 1 for C<UNAVAILABLE>,
C<DEADLINE_EXCEEDED>, C<ABORTED> and C<RESOURCE_EXHAUSTED>, else 0; but a
message over a size limit (gRPC's C<... larger than max>, on either side,
see L</max_send_message_size, max_receive_message_size>) and a failed TLS handshake or a member's certificate
refused (see L</tls>) are never retryable. Use it for application-level retries.

=back

The table of etcd's errors lives in F<runtime/errors.c>; the token
refresh and the automatic retries decide from the same meaning, for every
service (a Lock or Election call whose token expired logs in again like a
L</get>).

A watch cancelled by the server because its revision was compacted also
has a C<compact_revision> key (see L</watch>).

B<Automatic retries.> A unary call that fails with C<UNAVAILABLE> (by the
error's meaning, see C<code> above; a failed TLS handshake excepted) is
repeated, with exponential backoff and jitter, up to L</max_retries> times
and as long as its deadline leaves time for another attempt, when it is one
of the methods that are safe to repeat (those Go's clientv3 repeats, plus
the read-only L</election_leader> and L</auth_status>):

=for comment
The list below is the methods flagged idempotent in codegen/api_map.toml;
t/49-retry-policy.t checks that the two agree.

L</get>, L</lease_grant>, L</lease_revoke>, L</lease_time_to_live>,
L</lease_leases>, L</election_leader>, L</auth_status>, L</user_get>,
L</user_list>, L</role_get>, L</role_list>, L</status>, L</alarm>,
L</hash_kv>, L</hash>, L</move_leader>, L</member_list>.

Every other unary method is never repeated: a write (L</put>, L</delete>,
L</txn>, L</compact>, the member and auth changes, L</lock>, ...) may have
reached a server before its connection broke, and L</defragment> blocks
its member while it runs. (gRPC itself repeats only a request that never
left the client; with several endpoints, a request that could not
reach its member, a certificate refusal included, goes to the next one.) A repeated L</lease_grant> whose first answer was lost
may leave an unused lease, which expires after its TTL, as with Go's
client. With the default L</wait_for_ready> a call waits for a connection
in the first place, so C<UNAVAILABLE> mostly means a connection that broke
during the call. Streams reconnect by themselves (see L</watch>,
L</lease_keepalive>, L</election_observe>).

B<Callbacks that die.> An exception thrown by a callback does not unwind
through the event loop and does not harm the client. If
C<$EV::Etcd::DIED> holds a code reference, it is called with the error;
otherwise (or if that handler dies too) the error is reported with
C<warn> as C<EV::Etcd: callback died: ...>. Either way the loop goes on.

    $EV::Etcd::DIED = sub { my ($error) = @_; print STDERR "etcd callback: $error" };

B<Bad input croaks.> Wrong arguments are reported at once, by C<croak> at
the caller's line, before anything is sent; the callback is not called and
the client keeps working. The message names the method and the argument,
with the path inside nested structures, and often the usage:

    get: callback must be a code reference, got none (missing callback); usage: $client->get($key, [\%opts], $cb)
    put: callback must be a code reference (the last argument); usage: ...
    put: wrong number of arguments; usage: $client->put($key, $value, [\%opts], $cb)
    get: unknown option 'bogus' (valid options: prefix, range_end, ..., timeout)
    put: 'lease' must be a 64-bit integer, got 'abc'
    get: 'sort_order' must be one of 'NONE', 'ASCEND', 'DESCEND', got 'sideways'
    get: 'prefix' and 'range_end' cannot be combined
    get: option 'timeout' must be a positive number of seconds, at most 2147483
    get: 'revision' must be a non-negative 64-bit integer, got '-1'
    txn: 'compare[0].target' is required
    txn: unknown field 'valeu' in 'failure[0].request_put'
    new: 'timeout' must be a number of seconds from 0 to 2147483 (below 1 means 1)
    cancel: too many arguments; usage: $handle->cancel or $handle->cancel($callback)
    request_progress: not called on an object; usage: $client->request_progress

The handles' methods (C<cancel>, C<id>, C<is_active>, C<send>,
C<close_send>) and the recipes' accessors (C<< $session->lease >>,
C<< $mutex->key >>, C<< $ns->prefix >>, ...) croak the same way when given
arguments they do not take or when called on the class.

=head1 LOGGING

The client does some things on its own: it connects and reconnects, fails
over to another member, repeats calls, reopens and resumes streams, logs in
again when its token expires. A log hook sees them. Nothing is printed by
default, and no record is built unless a hook is set.

    $EV::Etcd::LOG = sub {
        my ($record) = @_;
        printf STDERR "etcd %s %s %s: %s\n",
            $record->{level}, $record->{event}, $record->{endpoint}, $record->{message};
    };
    my $client = EV::Etcd->new(endpoints => ['127.0.0.1:2379']);
    $client->put('/app/greeting', 'hello', sub { });

C<$EV::Etcd::LOG> (a code reference, global; C<local> works) receives the
records of every client that has no L</on_log> of its own; a client's
L</on_log> takes its records instead (the global hook does not see them).
A defined C<$EV::Etcd::LOG> that is not a code reference is ignored, with
one C<warn> per process.

B<When a hook runs.> A record is taken where it happens and handed to the
hook when the event loop callback that produced it returns (after the
callbacks of that turn), in order; a record taken during a method call
made outside the loop waits for the client's next loop callback. So the
hook may do anything: call methods, drop the client (its records taken so
far are still delivered; it records nothing after that), start or stop
watches. A hook that dies is reported with C<warn> (C<EV::Etcd: log hook
died: ...>), not through C<$EV::Etcd::DIED>, and nothing else changes. The
records are not a stable interface to parse: their C<message> texts may
change; C<event>, C<level> and the keys listed here will not.

B<Records.> Each is a new hash with these keys:

=over 4

=item level

C<debug>, C<info>, C<warn> or C<error>.

=item event

What happened, one of the names below.

=item message

One line of text for people, ending with the reason's status and
message when the record has a C<reason>.

=item endpoint

The member (C<host:port> as given in L</endpoints>): the one the event is
about for connectivity records, else the one in use (L</endpoint>).

=item time

When, in epoch seconds with a fraction (the event loop's time,
C<EV::now>).

=item method

The method whose call it is (C<get>, C<authenticate> for the client's own
login), for the records of calls.

=back

and the keys of its event:

=over 4

=item connected (info)

A member's connection became ready. Keys: C<state> (C<READY>), C<previous>
(the channel's state before: C<IDLE>, C<CONNECTING>,
C<TRANSIENT_FAILURE>). Every member's channel is watched from the moment
the client first uses it.

=item disconnected (warn)

A member's ready connection was lost (the member went away, the network
broke, a keepalive ping went unanswered, the server closed it). The
next call or stream connects again. Keys: C<state> (the new state:
C<IDLE>, C<CONNECTING>, C<TRANSIENT_FAILURE>), C<previous> (C<READY>).

=item connect_failed (warn)

A connection attempt to a member failed (its channel went into
C<TRANSIENT_FAILURE>); gRPC tries again after a backoff. Keys: C<state>,
C<previous>.

=item connectivity (debug)

Any other change of a member's channel state (e.g. C<IDLE> to
C<CONNECTING>). Keys: C<state>, C<previous>.

=item failover (warn)

The client moved to another member (L</balance> C<pick_first>; with
C<round_robin> every call goes to the next one and nothing is logged).
Keys: C<from>, C<to> (C<host:port>); C<endpoint> is the new member.

=item waiting_for_connection (info)

A call found no connection, so it waits for one until its deadline
(L</wait_for_ready>). Keys: C<method>, C<reason> (the error hash gRPC gave
for the missing connection).

=item retry (warn)

A call that failed with C<UNAVAILABLE> is repeated after a backoff (see
L</ERROR HANDLING>, "Automatic retries"). Keys: C<method>, C<attempt> (the
repeat's number: 1 for the first), C<delay> (seconds until it goes out),
C<reason> (the error hash of the failed attempt).

=item gave_up (error)

A call that was repeated failed again and will not be repeated: no
L</max_retries> left, or no time for another attempt before its deadline.
The call's callback gets that error. Keys: C<method>, C<attempts> (how
many were made, the first included), C<reason>.

=item stream_reconnect (warn)

A stream (the client's watch stream, keepalive stream, or an election
observer's) failed and will be opened again after a backoff; its
subscriptions wait (their L</on_state> says C<disconnected>). Keys:
C<stream> (C<watch>, C<keepalive>, C<observe>), C<attempt> (failures in a
row: 1 for the first), C<delay> (seconds), C<reason> (the error hash; its
C<source> is the stream).

=item stream_gave_up (error)

A stream failed L</max_retries> + 1 times in a row; its subscriptions end
with that error. Keys: C<stream>, C<attempts>, C<reason>.

=item stream_resumed (info)

A watch, lease keepalive or election observer was served again on a
reopened stream, once per outage. Keys: C<stream> (C<watch>,
C<keepalive>, C<observe>), C<id> (the watch id or lease id; 0 for an
observer), C<revision> (a watch: the revision it resumed from, the one
after its last event; 0 for the others).

=item login (info)

The client logged in with its C<username> and C<password> (the first
time). Keys: C<method> (C<authenticate>), C<user>, C<logins> (1). The
password never appears in a record.

=item token_refresh (info)

The client logged in again because the server no longer took its token
(it expired, e.g. after etcd's C<--auth-token-ttl>, or auth was enabled
again); the call or stream that was refused goes out again with the new
token. Keys: C<method> (C<authenticate>), C<user>, C<logins> (2 and up).

=item login_failed (error)

The login failed; the calls waiting for it fail with that error. Keys:
C<method>, C<user>, C<reason> (the error hash).

=item auth_not_enabled (info)

The login was answered "authentication is not enabled": the client goes
on without a token (see L</username, password>). Keys: C<method>,
C<user>.

=item fork (info, warn)

A client was made in a child process after C<fork()> (info; C<method>
C<new>, keys C<pid>, C<generation>: how many forks deep), or a client inherited from the
parent was destroyed in the child (warn; key C<pid>): with a hook set,
that record takes the place of the warning otherwise printed.

=back

Counters of the same things are in L</stats>; L</on_state> tells each
watch, keepalive and observer about its own stream, and
L</on_health_change> the overall connectivity.

=head1 CONSTRUCTOR

=head2 new

    my $client = EV::Etcd->new(%options);

Creates a client. The connection is made lazily, by the first call (or at
once when L</health_interval> is set); C<new> itself does not wait for the
server. Every option is checked, and a bad one croaks (C<new: unknown option
'bogus' (valid options: ...)>).

=over 4

=item endpoints

Array reference of etcd endpoints (strings); a single string is accepted
too, and any string may list several endpoints separated by commas, as
C<etcdctl --endpoints> takes them (spaces around the commas are ignored).
Default: C<['127.0.0.1:2379']>. Each endpoint is one of:

=over 4

=item C<host:port>, C<http://host:port>

A host name or an IPv4 address, and a port (1 to 65535): C<127.0.0.1:2379>,
C<etcd1.example.com:2379>, C<http://10.0.0.1:2379> (a trailing C</> is
ignored).

=item C<[ipv6]:port>

An IPv6 address in brackets: C<[::1]:2379>, C<http://[fd00::2]:2379>.
IPv4 and IPv6 endpoints can be mixed in one list.

=item C<https://host:port>

A member serving TLS: implies L</tls> (with its defaults). http and https
cannot be mixed.

=item C<unix:/path/to/socket>, C<unix:///path/to/socket>, C<unix:relative/path>

A member listening on a unix domain socket (etcd's
C<--listen-client-urls unix://localhost:2379> makes the socket file
C<localhost:2379> in etcd's working directory; C<unix://localhost:2379>
given here names that same relative path, as etcd's own clients read it).
A relative path is taken from the current directory when C<new> runs. The
path has at most 107 bytes (the system's limit). With L</tls> the name
checked is C<localhost> unless C<server_name> says otherwise.

=back

A malformed endpoint croaks: C<new: endpoint 'localhost' must be host:port
(an IPv6 address goes in [], as [::1]:2379)>, C<new: endpoint
'ftp://h:1' has an unsupported scheme ...>, C<... has a port outside 1 to
65535>, C<... is too long ...>, C<... has user info (user@host) ...>
(C<http://user@host:2379>: give C<username> and C<password> instead),
C<... contains a NUL byte>, C<... needs a socket path> (C<unix:///>), and
an empty list C<new: 'endpoints' is an empty list ...>. White space around
an endpoint is ignored.

    my $one     = EV::Etcd->new(endpoints => '127.0.0.1:2379');
    my $three   = EV::Etcd->new(endpoints => ['127.0.0.1:2379', '127.0.0.2:2379', '127.0.0.3:2379']);
    my $listed  = EV::Etcd->new(endpoints => '127.0.0.1:2379,127.0.0.2:2379');    # as etcdctl
    my $mixed   = EV::Etcd->new(endpoints => ['127.0.0.1:2379', '[::1]:2379']);
    my $by_name = EV::Etcd->new(endpoints => ['localhost:2379', 'http://127.0.0.1:2379']);
    my $socket  = EV::Etcd->new(endpoints => ['unix:/run/etcd/localhost:2379']);
    $one->put('/config/mode', 'blue', sub {
        my ($resp, $err) = @_;
        die "put: $err->{message}\n" if $err;
        say "stored at revision $resp->{header}{revision}";
    });

Each endpoint is one member and gets a gRPC channel of its own, made when
it is first needed, whose authority is that endpoint's C<host:port>: with
TLS each member's certificate is checked against that member's own host
name or address (or L</tls> C<server_name>). A host name is resolved by
gRPC's DNS resolver when its channel connects (and again after a
failure), so an endpoint that does not resolve when C<new> runs does not
make it croak: calls go to the other endpoints, and fail with
C<UNAVAILABLE> only when none can be reached.

The client chooses the member of each call and stream (see L</balance>);
by default it stays on the first endpoint while that works and, when its
connection fails, moves to the next endpoint that is connected (else to
the next one that can be tried): failover. A call that could not reach
its member (no connection was made) is sent to the next member, whatever
the method (after the backoff of L</max_retries>, up to that many times);
calls that were on a connection that failed end with
C<UNAVAILABLE> (the idempotent ones are repeated, see
L</ERROR HANDLING>); streams reconnect to the next member.

=item timeout

Timeout of each unary call, in seconds: the call fails with
C<DEADLINE_EXCEEDED> when it has not completed by then. Default 30,
minimum 1 (0 and values below 1 are raised to 1; a negative or
non-numeric value croaks), maximum 2147483 (about 24.8 days: every duration must fit 32-bit
milliseconds; a larger one croaks). L</lock> and L</election_campaign> are exempt (they wait as
long as it takes), and streams have no deadline. Any call can set its own
with the C<timeout> option.

=item wait_for_ready

Boolean, default 1: a unary call issued while the client has no
connection (every member down, a member restarting, the first connect)
waits for one until its deadline (L</timeout>), as Go's clientv3 and jetcd
do, instead of failing at once with C<UNAVAILABLE> (gRPC's "fail-fast").
Nothing is sent before there is a connection, so a write that waited is
still sent at most once. A call's first attempt finds out at once why
there is no connection: when waiting cannot cure it (a TLS handshake that
fails, a server certificate that does not verify or does not name the
server) the call fails at once with C<UNAVAILABLE> and that reason
(C<retryable> 0); otherwise it waits. A call that is still waiting at its
deadline fails with C<DEADLINE_EXCEEDED> and a message that says why the
connection could not be made: C<deadline exceeded while waiting for a
connection: failed to connect to all addresses; last error: ...
Connection refused>. A host name that does not resolve (yet) is waited
for the same way, the name being looked up again meanwhile (C<...
waiting for a connection: DNS resolution failed for HOST:PORT ...>).
With C<wait_for_ready =E<gt> 0> calls fail
fast (and the idempotent ones are repeated, see L</max_retries>); a call
can choose for itself with its own C<wait_for_ready> option. Streams always
wait for a connection (see L</watch>).

    # a put issued during a member's restart is applied once it is back
    my $client = EV::Etcd->new(endpoints => ['127.0.0.1:2379']);   # wait_for_ready => 1
    # fail fast, e.g. for a health probe
    my $probe = EV::Etcd->new(endpoints => ['127.0.0.1:2379'], wait_for_ready => 0, timeout => 2);

=item max_send_message_size, max_receive_message_size

The largest request the client sends and the largest answer it accepts, in
bytes (the protobuf message; positive, at most 2147483647). Defaults: send
2 MiB (2097152, as Go's client), receive unlimited. A request over the send
limit is not sent: its call fails at once with C<RESOURCE_EXHAUSTED>,
C<retryable> 0 and the message C<Sent message larger than max (SIZE vs.
LIMIT): the request is larger than max_send_message_size>. An answer over
the receive limit fails its call with C<RESOURCE_EXHAUSTED>, C<retryable>
0, C<Received message larger than max (SIZE vs. LIMIT): the response is
larger than max_receive_message_size>. etcd has limits of its own: a
request over its C<--max-request-bytes> (1.5 MiB by default) fails with
C<INVALID_ARGUMENT> C<etcdserver: request is too large>, and one more than
512 KiB over it with the server's C<RESOURCE_EXHAUSTED> C<grpc: received
message larger than max (...)>; neither is retryable.

    # values up to 8 MiB, on a server started with --max-request-bytes=10485760
    my $client = EV::Etcd->new(
        endpoints                => ['127.0.0.1:2379'],
        max_send_message_size    => 10 * 1024 * 1024,
        max_receive_message_size => 64 * 1024 * 1024,   # a get of many large values
    );

=item max_retries

How many times in a row a failed stream (watch, lease keepalive, election
observe) is reopened, with exponential backoff (about 0.1 s doubling up to
5 s, with jitter), before the stream gives up and reports the error; the
count starts again once a reopened stream delivers a message. A reopen
first waits for the client to be connected again (up to L</timeout>), so
each attempt covers that much of an outage: with the defaults a stream
rides out about a minute and a half of its server being down; with several
endpoints it reopens on another member as soon as one answers. It is also
how many times an idempotent unary call is repeated after C<UNAVAILABLE>.
Default 3 (at most 1000000); 0 disables stream reconnection and unary
retries; -1 never gives up (streams reconnect and idempotent calls are
repeated for as long as it takes, with the backoff capped at 5 s; a unary
call still ends at its deadline), for services that must ride out outages
of any length.

=item health_interval

Interval in seconds of health monitoring; default 0 (off), at most
2147483. When set, the client checks its channels' connectivity every
C<health_interval> seconds (asking the member in use to connect, and every
member when that one is not connected) and calls L</on_health_change> when the best state over its
members changes between ready and failed. The timer does not keep
C<EV::run> running by itself.

=item on_state

Code reference: the default L</on_state> of every watch, lease keepalive
and election observer of this client (one that has its own uses that
instead). Absent by default.

=item require_leader

Boolean, default 1: watch, lease keepalive and election observe streams
carry etcd's require-leader metadata, so a member that is cut off from the
rest of its cluster (it has no leader) refuses or ends them with
C<UNAVAILABLE> "etcdserver: no leader" instead of serving them nothing
while the others go on committing; the stream is then reopened on another
member (see L</What a watch guarantees>).
0 turns that off for every stream of the client; each of those methods
takes C<require_leader> for its own stream. Needs etcd 3.2 or later (older
servers ignore the metadata).

=item on_health_change

Code reference called with C<($is_healthy, $endpoint)> when the health
status changes: 1 when a member is connected, 0 when none is and the
client has failed to connect (the connecting and idle states keep the
previous verdict). The endpoint is the member in use, as given in
L</endpoints> (C<host:port>). An exception thrown here is reported with
C<warn>.

    my $client = EV::Etcd->new(
        endpoints        => ['127.0.0.1:2379'],
        health_interval  => 5,
        on_health_change => sub {
            my ($is_healthy, $endpoint) = @_;
            print STDERR $is_healthy ? "Connected to $endpoint\n" : "Disconnected from $endpoint\n";
        },
    );

=item on_log

Code reference: this client's log hook, called as C<< $on_log->(\%record) >>
for each thing the client does on its own (connects, failovers, retries,
stream reconnects, logins, ...); it takes the place of
C<$EV::Etcd::LOG> for this client. See L</LOGGING> for the records.
Absent by default: nothing is logged.

    my $client = EV::Etcd->new(
        endpoints => ['127.0.0.1:2379'],
        on_log    => sub {
            my ($record) = @_;
            print STDERR "etcd: $record->{event}: $record->{message}\n"
                unless $record->{level} eq 'debug';
        },
    );
    $client->get('/config/mode', sub { });

=item auth_token

An authentication token to send with every call, e.g. one kept from an
earlier L</authenticate>. A later L</authenticate> replaces it.

    my $client = EV::Etcd->new(
        endpoints  => ['127.0.0.1:2379'],
        auth_token => $saved_token,
    );

=item username, password

Credentials for a client that logs in by itself: before its first call it
authenticates, and whenever the server says the token is invalid or stale
it authenticates again and repeats the call once. Calls wait meanwhile. If
authentication fails, the waiting calls fail with the server's error
(C<authentication as 'NAME' failed: ...>); the password never appears in an
error.

The cluster's auth may be off, or be switched on and off while the client
runs. When the server answers the login with C<authentication is not
enabled>, no token is needed: the client drops its token and goes on
without one (calls and streams alike). When auth is enabled later, the
server's refusal of a call without a token makes the client log in, and the
call is made again. So a client with credentials works against a cluster
whose auth is off, and rides out L</auth_enable> and L</auth_disable>
with its watches and keepalives open.

=item tls

Hash reference: C<ca_file> (PEM file of the CA certificates; default: the
system's), C<cert_file> and C<key_file> (PEM files of a client certificate
and its unencrypted key, given together, for etcd's
C<--client-cert-auth>) and C<server_name> (the name to verify every
member's certificate against, when it differs from the endpoint's host).
Implied, with the defaults, by C<https://> endpoints.

Each member's certificate is checked against that member's endpoint: it
must chain to a CA of C<ca_file>, be valid now, and name the endpoint's
host (a C<DNS:> name) or address (an C<IP:> name), or C<server_name> when
given. A cluster whose members each have a certificate of their own:

    my $client = EV::Etcd->new(
        endpoints => ['https://etcd1.example.com:2379',
                      'https://etcd2.example.com:2379',
                      'https://10.0.0.3:2379'],
        tls       => { ca_file   => '/etc/etcd/ca.pem',
                       cert_file => '/etc/etcd/client.pem',     # only for mTLS
                       key_file  => '/etc/etcd/client-key.pem' },
    );

C<new> reads the files and croaks, naming the option, the file and the
reason, when one cannot be read, holds no PEM certificate (or, for
C<key_file>, no PEM private key), holds only certificates that are expired
or not yet valid, or when the key is not the certificate's:

    new: tls 'ca_file' /etc/etcd/ca.pem: it holds no PEM certificate (OpenSSL: no start line)
    new: tls 'cert_file' /etc/etcd/client.pem: the certificate expired on Jan  2 00:00:00 2020 GMT
    new: tls 'key_file' /etc/etcd/other-key.pem: the key does not belong to the certificate of tls cert_file

A member whose certificate is refused fails the calls sent to it with
C<UNAVAILABLE>, C<retryable> 0 and a message naming the member and the
reason: C<expired>, C<not yet valid>, C<wrong name> (with the names the
certificate holds) or C<unknown CA>:

    TLS: member 10.0.0.3:2379: certificate verify failed: wrong name: the
    certificate is not for 10.0.0.3 (it names DNS:etcd3.example.com; tls
    server_name sets the name to check)

A member that closes the connection right after the handshake probably
requires a client certificate it trusts; that message says so (C<TLS:
member HOST:PORT: ... requires a client certificate ...>), and stays
C<retryable> (the same symptom may be a member going away). With other
members the calls go to them instead (see L</endpoints>).

=item keepalive_time, keepalive_timeout

While calls or streams are open, the client sends an HTTP/2 ping after
C<keepalive_time> seconds without traffic (default 10) and drops the
connection when no answer comes within C<keepalive_timeout> seconds
(default 5), so a dead server or network is noticed in seconds, even under
an idle watch. Both are positive and at most 2147483.

=item balance

How the client chooses the member of each call and stream: C<pick_first>
(default: the first endpoint while it works, failing over in order, see
L</endpoints>) or C<round_robin> (each call goes to the next member in
turn, skipping members whose connection has failed while others have
not).

=back

=head1 KEY-VALUE OPERATIONS

Responses carry a C<header> hash: C<cluster_id>, C<member_id>,
C<revision> (the store's revision when the request was served) and
C<raft_term>. A key-value pair (I<kv> below) is a hash of C<key>,
C<value>, C<create_revision>, C<mod_revision>, C<version> and C<lease>.

=head2 put

    $client->put($key, $value, $callback);
    $client->put($key, $value, \%opts, $callback);

Puts a key-value pair into etcd.

Options:

=over 4

=item lease

Lease ID to attach the key to (from L</lease_grant>); the key is deleted
when the lease expires or is revoked.

=item prev_kv

If true, the response includes the previous key-value pair.

=item ignore_value

If true, updates the key without changing its value (e.g. to attach a new
lease); C<$value> must then be empty.

=item ignore_lease

If true, updates the value without changing the key's lease.

=back

Response keys: C<header>, plus C<prev_kv> (a kv) when C<prev_kv> is set
and the key existed.

    $client->put('/config/mode', 'fast', { prev_kv => 1 }, sub {
        my ($resp, $err) = @_;
        die "put: $err->{message}\n" if $err;
        say "was: $resp->{prev_kv}{value}" if $resp->{prev_kv};
    });

=head2 get

    $client->get($key, $callback);
    $client->get($key, \%opts, $callback);

Gets a key or a range of keys (the C<Range> RPC).

Options:

=over 4

=item prefix

If true, gets every key starting with C<$key> (an empty C<$key> with
C<prefix> means every key). Cannot be combined with C<range_end>.

=item range_end

End of the key range C<[$key, range_end)>. C<"\0"> means every key from
C<$key> on.

=item limit

Maximum number of keys to return (0: no limit).

=item revision

Reads the keys as they were at this revision (0: the current one).

=item keys_only

If true, returns the keys without their values.

=item count_only

If true, returns only C<count>; C<kvs> is empty.

=item sort_order

C<none> (default), C<ascend> or C<descend>, in any case.

=item sort_target

What to sort by: C<key> (default), C<version>, C<create>, C<mod> or
C<value>.

=item serializable

If true, the member serves the read from its local data without asking
the cluster's leader: faster, possibly stale.

=item min_mod_revision, max_mod_revision

Only keys modified at or after, at or before, these revisions.

=item min_create_revision, max_create_revision

Only keys created at or after, at or before, these revisions.

=back

Response keys:

=over 4

=item kvs

Array reference of kvs, empty when nothing matched.

=item count

Number of keys in the range (may exceed C<< scalar @{ $resp->{kvs} } >>
when C<limit> is in effect).

=item more

True if C<limit> left keys out.

=item header

The response header.

=back

    $client->get('/config/', { prefix => 1, sort_order => 'ascend' }, sub {
        my ($resp, $err) = @_;
        die "get: $err->{message}\n" if $err;
        say "$_->{key} = $_->{value}" for @{ $resp->{kvs} };
    });

=head2 range_stream

    my $range = $client->range_stream($key, $callback);
    my $range = $client->range_stream($key, \%opts, $callback);

Reads a range of keys of any size in pages, with bounded memory, as one
consistent snapshot: every key of the range as it was at one revision,
exactly once, in key order. The first page is a L</get> with C<limit>; the
revision in its header pins the read (unless the option C<revision> gives
one). The rest comes through C<KV.RangeStream> at that revision where the
server has it (etcd 3.7+); a server that answers C<UNIMPLEMENTED> (etcd up
to 3.6) is read with more such C<get>s instead, each continuing after the
last key of the one before, at the pinned revision. One request is in
flight at a time and the next one goes out before a page is handed over,
so the client holds about two pages, whatever the size of the range.

Options: C<prefix>, C<range_end>, C<revision>, C<keys_only>,
C<count_only>, C<serializable>, C<min_mod_revision>, C<max_mod_revision>,
C<min_create_revision>, C<max_create_revision>, as for L</get>; and

=over 4

=item page_size

Keys per page of the paging reads (default 1000; an integer from 1 to
2147483647). C<KV.RangeStream> sizes its chunks itself.

=item timeout

Seconds each page's request may take (default: the client's C<timeout>);
with C<KV.RangeStream>, a deadline for the rest of the range as a whole
(default: none).

=back

C<limit> and the sort options are not accepted: the order is the key
order, and the point is the whole range.

C<$callback> is called with C<({ kvs =E<gt> [...], header =E<gt> {...} },
undef)> for every page that has keys, as it arrives (C<kvs> as in L</get>;
C<header> is the first page's, whose C<revision> is the pinned revision
unless the option C<revision> was given), then exactly once more: with
C<({ done =E<gt> 1, count =E<gt> $n, header =E<gt> {...} }, undef)> at the
end (C<count>: the number of keys in the range at the pinned revision, as
L</get>'s C<count>), or with C<(undef, $err)> (C<source> C<range_stream>),
for example C<OUT_OF_RANGE> when the pinned revision is compacted away
while the read goes on. A callback that dies is reported like any other
(L</ERROR HANDLING>) and the read goes on. Returns an
L</EV::Etcd::RangeStream> handle. Croaks for bad arguments or option
values.

    my $n = 0;
    $client->range_stream('/logs/', { prefix => 1, page_size => 500 }, sub {
        my ($page, $err) = @_;
        die "range_stream: $err->{message}\n" if $err;
        return say "read $n of $page->{count} keys at revision $page->{header}{revision}"
            if $page->{done};
        $n += @{ $page->{kvs} };
        process($_) for @{ $page->{kvs} };
    });

=head2 EV::Etcd::RangeStream

What L</range_stream> returns.

=over 4

=item $range->cancel

    $range->cancel;
    $range->cancel($callback);

Stops the read if its final callback has not run: no page is delivered
after it, and the final callback runs (once, from the loop) with
C<CANCELLED> and the message C<cancelled by the caller>. Does nothing
afterwards. The optional C<$callback> (a code reference) is called once
with C<({}, undef)>: right after the final callback, or at once when
the read has ended already (as L</$watch-E<gt>cancel> does). Croaks
C<cancel: ...> for a callback that is not a code reference, extra
arguments, or a call on something that is not a handle.

=item $range->is_active

True until the final callback is about to run.

=back

=head2 delete

    $client->delete($key, $callback);
    $client->delete($key, \%opts, $callback);

Deletes a key or a range of keys (the C<DeleteRange> RPC).

Options: C<prefix> and C<range_end> (as for L</get>); C<prev_kv>: if
true, the response includes the deleted pairs.

Response keys: C<header>, C<deleted> (the number of keys deleted), plus
C<prev_kvs> (array of kvs) when C<prev_kv> is set and something was
deleted.

    $client->delete('/tmp/', { prefix => 1 }, sub {
        my ($resp, $err) = @_;
        die "delete: $err->{message}\n" if $err;
        say "deleted $resp->{deleted} keys";
    });

=head2 compact

    $client->compact($revision, $callback);
    $client->compact($revision, \%opts, $callback);

Compacts the key-value store's history up to C<$revision>: older revisions
are discarded. B<Compaction is irreversible>: reads of older revisions, and
watches starting before C<$revision>, fail afterwards.

Options: C<physical>: if true, the call returns only once the compaction
has been physically applied to the backend (default: once it is committed).

The response contains C<header> only.

    $client->put('/config/mode', 'slow', sub {
        my ($resp, $err) = @_;
        die "put: $err->{message}\n" if $err;
        # keep the history from this put on
        $client->compact($resp->{header}{revision}, sub {
            my (undef, $err) = @_;
            warn "compact: $err->{message}\n" if $err;
        });
    });

=head1 TRANSACTIONS

=head2 txn

    $client->txn(
        compare  => \@compare,
        success  => \@success,
        failure  => \@failure,     # optional
        options  => { timeout => 5 },   # optional
        callback => $callback,
    );

    # the callback may also come last on its own:
    $client->txn(compare => \@compare, success => \@success, failure => [], $callback);

    # or positionally:
    $client->txn(\@compare, \@success, $callback);
    $client->txn(\@compare, \@success, \@failure, $callback);
    $client->txn(\@compare, \@success, \@failure, \%opts, $callback);

Runs an atomic transaction: if every comparison holds, the C<success>
operations run, else the C<failure> ones, all at one revision. The only
option is C<timeout>.

A comparison is a hash with C<key>, C<target> (both required), the value
to compare with under the target's name, and optionally C<result> and
C<range_end> (compare every key of a range):

    { key => $key, target => 'value',   value           => $expected }
    { key => $key, target => 'version', version         => $expected }
    { key => $key, target => 'create',  create_revision => $expected }
    { key => $key, target => 'mod',     mod_revision    => $expected }
    { key => $key, target => 'lease',   lease           => $expected }

C<target> is any case; C<create_revision> and C<mod_revision> are accepted
as targets too. C<result> is the operator, C<=> by default:

    result => '='     # EQUAL (also '==')
    result => '!='    # NOT_EQUAL
    result => '<'     # LESS
    result => '>'     # GREATER

Give one value field per comparison, the one C<target> names. (They share
one proto C<oneof>; if several are given, one of them wins, unpredictably.)
A key that does not exist has version, create and mod revision 0, but a
C<value> comparison on it always fails, whatever the C<result>: test
absence with C<< { target => 'version', version => 0 } >>.

An operation (of C<success> and C<failure>) is a hash with one key, the
operation, whose value is the request of the matching method as a hash:
C<key>, C<value> and that method's options (C<timeout> aside):

    { request_put          => { key => $key, value => $value, lease => $id } }
    { request_range        => { key => $key, prefix => 1 } }
    { request_delete_range => { key => $key } }
    { request_txn          => { compare => [...], success => [...], failure => [...] } }

Short aliases are accepted: C<put>, C<range>, C<delete>, C<txn>.

Response keys: C<header>, C<succeeded> (1 if the comparisons held), and
C<responses>: one hash per operation run, in order, with one key:
C<response_put>, C<response_range>, C<response_delete_range> or
C<response_txn>, holding that operation's response (as L</put>, L</get>,
L</delete> or L</txn> would return it).

    # compare-and-swap: 0 becomes 1, unless someone was faster
    $client->put('/counter', '0', sub {
        my (undef, $err) = @_;
        die "put: $err->{message}\n" if $err;
        $client->txn(
            compare  => [ { key => '/counter', target => 'value', value => '0' } ],
            success  => [ { put => { key => '/counter', value => '1' } } ],
            failure  => [ { range => { key => '/counter' } } ],
            callback => sub {
                my ($resp, $err) = @_;
                die "txn: $err->{message}\n" if $err;
                if ($resp->{succeeded}) { say 'Incremented' }
                else {
                    my $kv = $resp->{responses}[0]{response_range}{kvs}[0];
                    say "Already changed, now $kv->{value}";
                }
            },
        );
    });

=head1 WATCH SERVICE

All the watches of a client share one gRPC C<Watch> stream, opened with the
first watch and closed after the last one ends.

=head2 watch

    my $watch = $client->watch($key, $callback);
    my $watch = $client->watch($key, \%opts, $callback);

Watches a key or a range of keys. Returns an L</EV::Etcd::Watch> handle;
B<keep it>: when its last reference goes away, the watch is cancelled. In
void context no handle is made, and the watch runs until its stream fails
for good or the client is destroyed.

The callback is called with C<($response, undef)> for each watch message:
first once when the watch has been created, then for every batch of
events (and progress notifications). Response keys:

=over 4

=item events

Array reference of events: hashes with C<type> (C<PUT> or C<DELETE>),
C<kv> (for a C<DELETE>, only its C<key> and C<mod_revision> are meaningful;
the other fields are 0 or empty) and,
with the C<prev_kv> option, C<prev_kv> (the pair before the event).

=item watch_id

The watch's ID, the same as C<< $watch->id >>: stable for the watch's
lifetime, including across reconnects.

=item created

True on the first message only, the one confirming the watch was created
(it has no events).

=item header

The response header; its C<revision> is the store's revision.

=item canceled, cancel_reason, compact_revision, fragment

The rest of etcd's C<WatchResponse>; C<fragment> is true for each part but
the last of a response split by the C<fragment> option.

=back

A watch that the server cancels does not get a success response: its
callback gets an error (C<source> C<watch>, the server's reason in
C<message>), and the watch is over. When the cause is compaction (the
requested start revision has been compacted), the status is
C<OUT_OF_RANGE> and the error hash has an extra key C<compact_revision>:
the oldest revision still available, from which a new watch could resume
after re-reading the current state.

Options:

=over 4

=item prefix

If true, watches every key starting with C<$key>.

=item range_end

End of the watched range C<[$key, range_end)>.

=item start_revision

Revision to start from, to receive past events too (default: from the
next change on). To follow on from a L</get>, use its
C<< $resp->{header}{revision} + 1 >>.

=item prev_kv

If true, each event includes the pair as it was before the event.

=item progress_notify

If true, the server sends periodic responses without events (every
10 minutes by default on the server side) when nothing happens, carrying
the current revision in C<header>. See also L</request_progress>.

=item filters

Array reference of event types to leave out: C<NOPUT>, C<NODELETE>.

=item fragment

If true, the server may split a response larger than its
C<--max-request-bytes> into several messages. The client puts them
together again: the callback gets each server response once, whole (its
C<fragment> key is 0), and a reconnect resumes only past a response whose
every fragment has arrived, so nothing in a split response is lost.

=item watch_id

An explicit watch ID (a non-negative integer not used by another watch of
this client); by default the client picks the next free one, from 1.

=item auto_reconnect

If true (the default), the watch survives a failure of its stream: the
stream is reopened (up to L</max_retries> times in a row, with backoff)
and the watch recreated from the revision after the last event it
delivered, so no event is lost or repeated. If false, or once the retries
are used up, the callback gets the error and the watch is over. With
C<max_retries> 0 there is no reconnection; with -1 the watch never gives up.

What the resume guarantees: it starts after the last event delivered, or
after a revision the server confirmed for this watch (its C<created>
response when it watches from now, its own C<progress_notify> responses).
A progress answer to L</request_progress> does not move it (etcd 3.4
answers one with the current revision even while a watch on the stream is
still catching up: resuming there would skip events). When the watch is
created again after a reconnect and the server's revision is lower than
one it had already confirmed (the member's data was wiped, or restored
from an older snapshot), or the server belongs to another cluster, the
watch ends with C<DATA_LOSS> and a message saying so: its revisions mean
nothing there any more. Read the keys again and start a new watch (the
recipes' L<EV::Etcd::Mirror> does that by itself). A stream that a server
ends before its first message while the client logs in by itself (etcd does
that to an expired token) logs in again once before the end counts as a
failure.

=item on_state

Code reference called as C<< $on_state->($state, \%info) >> when the
stream under the watch changes state, so that an application hears of an
outage while it lasts (the watch callback's shape stays as it is):

=over 4

=item C<disconnected>

the stream failed and will be reopened (told once per outage, however
many attempts the reopening takes); C<< $info->{reason} >> is the error
hash of the first failure;

=item C<reconnected>

the watch is served again (once after each C<disconnected>);

=item C<gave_up>

the retries are used up (C<< $info->{reason} >> says why); the watch's
final error callback follows.

=back

C<%info> also has C<endpoint> (C<host:port>), C<source> (C<watch>,
C<keepalive> or C<observe>), C<id> (the watch id or the lease id) and,
for watches, C<revision>: where the watch resumes. Default: the client's
L</on_state>, else none. An exception thrown here is reported with C<warn>.

    my $watch;
    $watch = $client->watch('/jobs/', {
        prefix   => 1,
        on_state => sub {
            my ($state, $info) = @_;
            warn "watch $info->{id}: $state"
               . ($info->{reason} ? " ($info->{reason}{message})" : '') . "\n";
        },
    }, sub {
        my ($resp, $err) = @_;
        return if $err;
        print scalar(@{ $resp->{events} }), " events\n";
        $watch->cancel;    # the first response is enough for this example
    });

=item require_leader

Boolean: whether this watch's stream requires a member with a leader
(see L</require_leader> of L</new>; default: the client's). Watches with
and without it go on two streams.

=back

    my $watch;
    $watch = $client->watch('/config/', { prefix => 1, prev_kv => 1 }, sub {
        my ($resp, $err) = @_;
        if ($err) {
            warn "watch ended: $err->{message}\n";
            return;
        }
        # the first response says the watch exists: now change something
        $client->put('/config/mode', 'fast', sub { }) if $resp->{created};
        for my $ev (@{ $resp->{events} }) {
            say "$ev->{type} $ev->{kv}{key} at revision $ev->{kv}{mod_revision}";
            $watch->cancel;    # one event is enough for this example
        }
    });

=head2 What a watch guarantees

With C<auto_reconnect> (the default) a watch rides out failures of its
stream, its member and its cluster as follows; when a guarantee cannot be
kept, the watch says so, never goes silent.

=over 4

=item Nothing lost, nothing repeated

After a failure the stream is reopened and the watch created again from
its resume point: the revision after the last event it delivered, or after
a revision the server confirmed for this watch. Every event after that
point is delivered once, in revision order, whichever member serves the
new stream. A watch whose resume point has been compacted meanwhile ends
with C<OUT_OF_RANGE> and C<compact_revision> (see L</watch>).

=item Progress answers during catch-up

Only this watch's own confirmations move its resume point: its C<created>
response (when it watches from now) and its own C<progress_notify>
responses. An answer to L</request_progress> never does, on any server
version: etcd 3.4 answers it with the current revision even while a watch
on the same stream is still catching up from an older C<start_revision>
(from 3.5 the server waits until every watch of the stream is in sync),
and a resume from there would skip the events in between. Such an answer
still reaches the callback, with its header.

=item Fragments

With C<fragment> (etcd 3.4 or later), the parts of a split response are
put together: the callback gets each server response once, whole, and the
resume point moves only after its last part, so a connection lost between
parts loses nothing.

=item Replaced store

If, when the watch is created again, the server's revision is lower than
one it had already confirmed (the member's data dir was wiped or restored
from an older snapshot), or the server's cluster ID is not the one this
client first saw, the watch ends with C<DATA_LOSS> and a message saying
which. A changed member ID alone is ordinary failover. What to do: read
the keys again and start a new watch (L<EV::Etcd::Mirror> does that by
itself).

=item Expired tokens

A stream that the server ends before its first message while the client
has C<username>/C<password> (etcd does that to a stream whose token
expired, e.g. Election's C<Observe>) makes the client log in again once
before the end counts as a failure. If that login fails, the watch ends
with the login's error.

=item Partitions and elections

With L</require_leader> (the default; etcd 3.2 or later), a member that has
no leader (cut off from its peers, or during an election) refuses a new
stream at once and ends an open one after about three election timeouts
(3 s with etcd's default C<--election-timeout> of 1000 ms), with
C<UNAVAILABLE> "etcdserver: no leader". The client then passes that member
over for 5 s and reopens the stream at once on another member of
L</endpoints>, from the resume point; that move does not count against
L</max_retries> (but with C<< max_retries => 0 >> nothing is reopened:
the watch ends with that error). When no member has a leader, each
attempt waits at least 2 s (about an election) and counts. With one endpoint, or with
C<< require_leader => 0 >>, the stream stays on the member: a partitioned
member then serves the watch nothing until it has a leader again, without
an error.

=item Outages

A failed reopen is tried again with backoff, up to L</max_retries> times in
a row (about a minute and a half of outage with the defaults); with
C<< max_retries => -1 >> the watch never gives up.

=item Being told

L</on_state> says C<disconnected> when the stream fails (with the reason
and the resume point), C<reconnected> when the watch is served again, and
C<gave_up> before the final error.

=back

What the application sees when a guarantee cannot be kept: the watch
callback's error, once, after which the watch is over: C<DATA_LOSS> for a
replaced store, C<OUT_OF_RANGE> for a compacted resume point, the server's
reason for a watch it cancelled, and, once the retries are used up, the
last failure with the message "watch stream failed I<N> times in a row,
giving up: ..." (preceded by C<gave_up>). Every other failure only reaches
L</on_state>.

=head2 EV::Etcd::Watch

The handle L</watch> returns. It holds a reference on the event loop while
the watch is active.

=over 4

=item $watch->cancel

    $watch->cancel;
    $watch->cancel($callback);

Cancels the watch: the watch callback is not called again, and the server
is asked to drop the watch. The optional C<$callback> receives
C<($response, $error)> once the server has confirmed (or the stream is
gone); the response is an empty hash reference on success. Calling
C<cancel> on a handle that is no longer active is safe: the callback runs at
once, with success. Croaks in a forked child (see L</CAVEATS>).

    my $watch = $client->watch('/config/', { prefix => 1 }, sub {
        my ($resp, $err) = @_;
        warn "watch: $err->{message}\n" if $err;
    });
    say 'watch ', $watch->id, ' is active' if $watch->is_active;
    $watch->cancel(sub {
        my ($resp, $err) = @_;
        warn "Cancel failed: $err->{message}\n" if $err;
        say 'the server dropped the watch';
    });

=item $watch->id

The watch ID (as in the responses' C<watch_id>).

=item $watch->is_active

True until the watch is cancelled or has ended with an error.

=back

=head1 LEASE SERVICE

A lease is a TTL shared by keys, locks and election leadership: when it
expires or is revoked, everything attached to it is deleted.

=head2 lease_grant

    $client->lease_grant($ttl, $callback);
    $client->lease_grant($ttl, \%opts, $callback);

Grants a lease with a TTL of C<$ttl> seconds (an integer from 0; a
negative one croaks C<lease_grant: 'ttl' must be a non-negative 64-bit
integer>). The server may grant more than a very short TTL asks for (its
minimum is about two seconds with default settings; 0 gets that minimum);
a TTL over etcd's maximum (9000000000 s) fails with C<OUT_OF_RANGE>.

Options: C<id>: the lease ID to use (default 0: the server picks one).

Response keys: C<id> (the lease ID), C<ttl> (the TTL granted, in seconds),
C<header>.

    $client->lease_grant(30, sub {
        my ($resp, $err) = @_;
        die "lease_grant: $err->{message}\n" if $err;
        my $lease_id = $resp->{id};
        # the key lives as long as the lease
        $client->put('/service/me', 'up', { lease => $lease_id }, sub {
            my (undef, $err) = @_;
            die "put: $err->{message}\n" if $err;
            say "registered for $resp->{ttl}s with lease $lease_id";
        });
    });

=head2 lease_revoke

    $client->lease_revoke($lease_id, $callback);

Revokes a lease: every key attached to it is deleted. The response contains
C<header> only. An unknown or expired lease gives C<NOT_FOUND>
(C<etcdserver: requested lease not found>).

    my $lease_id = $client->lease_grant_f(30)->get->{id};
    $client->lease_revoke($lease_id, sub {
        my (undef, $err) = @_;
        warn "lease_revoke: $err->{message}\n" if $err;
    });

=head2 lease_time_to_live

    $client->lease_time_to_live($lease_id, $callback);
    $client->lease_time_to_live($lease_id, \%opts, $callback);

Gets a lease's remaining TTL.

Options: C<keys>: if true, the response also lists the keys attached to
the lease.

Response keys: C<id>, C<ttl> (remaining seconds; -1 if the lease has
expired or does not exist), C<granted_ttl> (the TTL the lease was granted
with), C<header>, and C<keys> (array of keys) when C<keys> is set and the
lease has any.

    my $lease_id = $client->lease_grant_f(30)->get->{id};
    $client->put_f('/service/me', 'up', { lease => $lease_id })->get;
    $client->lease_time_to_live($lease_id, { keys => 1 }, sub {
        my ($resp, $err) = @_;
        die "lease_time_to_live: $err->{message}\n" if $err;
        say "$resp->{ttl}s left, keys: @{ $resp->{keys} || [] }";
    });

=head2 lease_leases

    $client->lease_leases($callback);

Lists the active leases. Response keys: C<header> and C<leases>, an array of
hashes each with an C<id> key.

    $client->lease_leases(sub {
        my ($resp, $err) = @_;
        die "lease_leases: $err->{message}\n" if $err;
        say "lease $_->{id}" for @{ $resp->{leases} };
    });

=head2 lease_keepalive

    my $keepalive = $client->lease_keepalive($lease_id, $callback);
    my $keepalive = $client->lease_keepalive($lease_id, \%opts, $callback);

Keeps a lease alive until cancelled. All the keepalives of a client share
one bidirectional C<LeaseKeepAlive> stream. Each lease is refreshed at once
and then every third of its TTL. Returns an L</EV::Etcd::Keepalive>
handle; B<keep it>: when its last reference goes away, the keepalive is
cancelled. Croaks if C<$lease_id> is not a positive integer.

The callback receives C<($response, undef)> for every refresh the server
confirms; response keys: C<id>, C<ttl> (the TTL renewed), C<header>. It
receives C<(undef, $error)>, with C<source> C<keepalive>, once, when the
keepalive ends:

=over 4

=item *

C<NOT_FOUND> (C<lease ID has expired or was revoked>) when the server
answers that the lease is gone (it sends a TTL of 0);

=item *

C<DEADLINE_EXCEEDED> when the lease could not be refreshed before its TTL
ran out (e.g. the server was unreachable): it has expired on the server;

=item *

the stream's error when its stream failed and could not be reopened
(see C<auto_reconnect>).

=back

Options:

=over 4

=item auto_reconnect

If true (the default), a failed stream is reopened (up to L</max_retries>
times in a row, with backoff) and the refreshing goes on. If false, a
stream failure ends the keepalive with the error.

=item on_state, require_leader

As for L</watch>: C<disconnected>, C<reconnected> (with the first answer
on the new stream) and C<gave_up>, with C<id> the lease id; and whether
the keepalive stream requires a member with a leader.

=back

What a keepalive guarantees, with C<auto_reconnect> (the default): the
lease is refreshed every third of its TTL for as long as some member with
a leader can be reached. The keepalive stream follows the rules of
L</What a watch guarantees>: a member without a leader (cut off from its
peers; etcd ends the stream with "etcdserver: no leader") is passed over
and the stream reopened at once on another member, and the lease refreshed
there right away; a stream that the server ends before its first message
makes a client with credentials log in again once; failures are retried
up to L</max_retries> times in a row (C<-1>: never give up); L</on_state>
tells of each outage. A partition therefore costs a lease about three
election timeouts plus a reconnect, well inside a TTL of 10 s or more.
What the application sees when the lease cannot be kept: the error
callback, once: C<NOT_FOUND> when the server says the lease is gone,
C<DEADLINE_EXCEEDED> when no refresh was confirmed before its TTL ran out
(the lease has expired on the server: whatever it held is gone), or,
after C<gave_up>, the last stream failure ("keepalive stream failed I<N>
times in a row, giving up: ...").

    my $lease_id = $client->lease_grant_f(10)->get->{id};
    my $keepalive;
    $keepalive = $client->lease_keepalive($lease_id, sub {
        my ($resp, $err) = @_;
        if ($err) {
            warn "lease lost: $err->{message}\n";    # stop relying on the lease
            return;
        }
        say "lease $resp->{id} renewed for $resp->{ttl}s";
        $keepalive->cancel;    # once is enough for this example
    });

=head2 lease_keepalive_once

    $client->lease_keepalive_once($lease_id, $callback);
    $client->lease_keepalive_once($lease_id, { timeout => 5 }, $callback);

Refreshes the lease once (Go's C<KeepAliveOnce>) and calls the callback
once: with C<($response, undef)>, the response being what one tick of
L</lease_keepalive> gets (C<id>, C<ttl>: the TTL renewed, in seconds,
C<header>), or with C<(undef, $error)> (C<source>
C<lease_keepalive_once>): C<NOT_FOUND> when the lease has expired or was
revoked, C<DEADLINE_EXCEEDED> when no answer came within the timeout, or
the stream's error. It uses the client's shared C<LeaseKeepAlive> stream
(waiting for a connection like the other streams) and returns nothing.
Croaks if C<$lease_id> is not a positive integer.

Options: C<timeout>, in seconds (positive; default: the client's
L</timeout>).

    my $lease_id = $client->lease_grant_f(30)->get->{id};
    $client->lease_keepalive_once($lease_id, sub {
        my ($resp, $err) = @_;
        die "lease lost: $err->{message}\n" if $err;
        printf "lease %d renewed for %d s\n", $resp->{id}, $resp->{ttl};
    });

=head2 EV::Etcd::Keepalive

The handle L</lease_keepalive> returns. It holds a reference on the event
loop while the keepalive is active.

=over 4

=item $keepalive->cancel

    $keepalive->cancel;
    $keepalive->cancel($callback);

Stops refreshing the lease. This does B<not> revoke the lease: it expires
when its TTL runs out, unless you call L</lease_revoke>. There is nothing to
ask the server, so the optional C<$callback> runs at once, before C<cancel>
returns, with an empty hash reference. Calling C<cancel> on a handle that
is no longer active is safe: the callback runs at once, with success.

    my $lease_id = $client->lease_grant_f(30)->get->{id};
    my $keepalive = $client->lease_keepalive($lease_id, sub {
        my (undef, $err) = @_;
        warn "keepalive: $err->{message}\n" if $err;
    });
    $keepalive->cancel(sub {
        # no more refreshing; end the lease now rather than at its TTL
        $client->lease_revoke($lease_id, sub {
            my (undef, $err) = @_;
            warn "lease_revoke: $err->{message}\n" if $err;
        });
    });

=item $keepalive->id

The lease ID.

=item $keepalive->is_active

True until the keepalive is cancelled or has ended with an error.

=back

=head1 LOCK SERVICE

Distributed locks of the etcd Lock service. A lock is held with a lease:
when the lease expires or is revoked, the lock is released. Keep the lease
alive with L</lease_keepalive> for as long as the lock is needed.

=head2 lock

    $client->lock($name, $lease_id, $callback);
    $client->lock($name, $lease_id, \%opts, $callback);

Acquires the lock C<$name> (a byte string naming the resource), waiting as
long as another holder has it. Since waiting is the point, the call has no
deadline unless you give one with the C<timeout> option; it then fails
with C<DEADLINE_EXCEEDED> if the lock was not acquired in time.

Arguments:

=over 4

=item name

The lock's name. Every client locking the same name waits its turn.

=item lease_id

A lease from L</lease_grant>; the lock is held as long as the lease lives.

=back

Response keys: C<key> (the key that holds the lock: C<$name/> followed by
the lease ID in hex; pass it to L</unlock>), C<header>.

    $client->lease_grant(30, sub {
        my ($lease, $err) = @_;
        die "lease_grant: $err->{message}\n" if $err;
        $client->lock('my-resource', $lease->{id}, { timeout => 10 }, sub {
            my ($lock, $err) = @_;
            die "lock: $err->{message}\n" if $err;
            say "holding $lock->{key}";    # the work that needs the lock
            $client->unlock($lock->{key}, sub {
                my (undef, $err) = @_;
                warn "unlock: $err->{message}\n" if $err;
            });
        });
    });

See F<eg/lock.pl> for a lock held with a kept-alive lease.

=head2 unlock

    $client->unlock($key, $callback);

Releases a lock: C<$key> is the C<key> of the L</lock> response. The
response contains C<header> only. Revoking the lock's lease
(L</lease_revoke>) releases it too.

    my $lease = $client->lease_grant_f(30)->get;
    my $lock  = $client->lock_f('my-resource', $lease->{id})->get;
    $client->unlock($lock->{key}, sub {
        my (undef, $err) = @_;
        die "unlock: $err->{message}\n" if $err;
        say "released $lock->{key}";
    });

=head1 ELECTION SERVICE

Leader election with the etcd Election service. Leadership, like a lock, is
held with a lease; while the leader's lease lives, the others wait.

=head2 election_campaign

    $client->election_campaign($name, $lease_id, $value, $callback);
    $client->election_campaign($name, $lease_id, $value, \%opts, $callback);

Campaigns for leadership of the election C<$name>, announcing C<$value>.
The callback runs when this client has been elected, which may be much
later; like L</lock>, the call has no deadline unless the C<timeout> option
sets one.

Response keys:

=over 4

=item leader

A hash identifying the leadership: C<name> (the election), C<key> (the key
that holds it), C<rev> (its creation revision), C<lease> (the lease). Pass
it to L</election_proclaim> and L</election_resign>; a hash with the same
keys built by hand (e.g. after a restart) works too.

=item header

The response header.

=back

    my $lease_id = $client->lease_grant_f(30)->get->{id};
    $client->election_campaign('my-election', $lease_id, 'node-1', sub {
        my ($resp, $err) = @_;
        die "campaign: $err->{message}\n" if $err;
        my $leader = $resp->{leader};
        say "elected: $leader->{key}";
    });

=head2 election_leader

    $client->election_leader($name, $callback);

Gets the current leader of an election. Response keys: C<kv> (the leader's
key-value pair: its C<value> is what the leader announced), C<header>.
When there is no leader, the callback gets an error (C<UNKNOWN>, message
C<election: no leader>).

    $client->election_leader('my-election', sub {
        my ($resp, $err) = @_;
        say $err ? "no leader ($err->{message})" : "leader: $resp->{kv}{value}";
    });

=head2 election_proclaim

    $client->election_proclaim(\%leader, $value, $callback);

Announces a new value as leader, without an election. C<\%leader> is the
C<leader> hash of the L</election_campaign> response; only the current
leader can proclaim. The response contains C<header> only.

    my $lease_id = $client->lease_grant_f(30)->get->{id};
    my $leader = $client->election_campaign_f('my-election', $lease_id, 'node-1')->get->{leader};
    $client->election_proclaim($leader, 'node-1 (busy)', sub {
        my (undef, $err) = @_;
        warn "proclaim: $err->{message}\n" if $err;
    });

=head2 election_resign

    $client->election_resign(\%leader, $callback);

Gives up leadership; the next campaigner is elected. C<\%leader> is the
C<leader> hash of the L</election_campaign> response. The response contains
C<header> only.

    my $lease_id = $client->lease_grant_f(30)->get->{id};
    my $leader = $client->election_campaign_f('my-election', $lease_id, 'node-1')->get->{leader};
    $client->election_resign($leader, sub {
        my (undef, $err) = @_;
        warn "resign: $err->{message}\n" if $err;
    });

=head2 election_observe

    my $observe = $client->election_observe($name, $callback);
    my $observe = $client->election_observe($name, \%opts, $callback);

Follows the leadership of an election on a server stream of its own.
Returns an L</EV::Etcd::Observe> handle; B<keep it>: when its last
reference goes away, the observer is cancelled.

The callback receives C<($response, undef)> with the current leader (once
there is one) and then again on every change of leader or of its value;
response keys: C<kv> (the leader's key-value pair), C<header>. Nothing is
sent when the leader resigns and nobody else is campaigning: the next
message names the next leader. It receives
C<(undef, $error)>, with C<source> C<observe>, once, when the observer
ends because its stream failed.

Options:

=over 4

=item auto_reconnect

If true (the default), a failed stream is reopened (up to L</max_retries>
times in a row, with backoff); the new stream starts with the current
leader again. If false, a stream failure ends the observer with the error.

=item on_state, require_leader

As for L</watch> (C<reconnected> comes with the first message on the new
stream).

=back

    my $observe;
    $observe = $client->election_observe('my-election', sub {
        my ($resp, $err) = @_;
        return warn "observe: $err->{message}\n" if $err;
        say "leader is now: $resp->{kv}{value}";
        $observe->cancel;    # the first leader is enough for this example
    });

    my $lease_id = $client->lease_grant_f(30)->get->{id};
    $client->election_campaign('my-election', $lease_id, 'node-1', sub {
        my (undef, $err) = @_;
        die "campaign: $err->{message}\n" if $err;
    });

See F<eg/election.pl>.

=head2 EV::Etcd::Observe

The handle L</election_observe> returns. It holds a reference on the event
loop while the observer is active.

=over 4

=item $observe->cancel

    $observe->cancel;
    $observe->cancel($callback);

Cancels the observer: its callback is not called again and the stream is
closed. The optional C<$callback> receives an empty hash reference once the
stream has ended. Calling C<cancel> on a handle that is no longer active is
safe: the callback runs at once, with success.

    my $observe = $client->election_observe('my-election', sub {
        my (undef, $err) = @_;
        warn "observe: $err->{message}\n" if $err;
    });
    say 'observing' if $observe->is_active;
    $observe->cancel(sub { say 'the observer has stopped' });

=item $observe->id

Always 0 (an observer has no server-side ID).

=item $observe->is_active

True until the observer is cancelled or has ended with an error.

=back

=head1 AUTHENTICATION SERVICE

etcd's users, roles and key-range permissions. Once authentication is
enabled, every request needs a token: get one with L</authenticate>, or
give the client a C<username> and a C<password> (see L</"username,
password">) to let it log in, and log in again, by itself.

=head2 authenticate

    $client->authenticate($username, $password, $callback);

Authenticates with etcd. On success the client keeps the token and sends
it with every later call (replacing any L</auth_token>). Response keys:
C<token>, C<header>.

    # authentication must be enabled (see auth_enable): here, from scratch
    $client->user_add_f('root', 'root-secret')->get;
    $client->user_grant_role_f('root', 'root')->get;
    $client->user_add_f('app', 'app-secret')->get;
    $client->auth_enable_f->get;

    $client->authenticate('app', 'app-secret', sub {
        my ($resp, $err) = @_;
        die "authentication failed: $err->{message}\n" if $err;
        say 'logged in';    # every call from now on carries the token
    });

=head2 auth_enable

    $client->auth_enable($callback);

Enables authentication on the cluster. B<A C<root> user with the C<root>
role must exist first>, or etcd refuses. The response contains C<header>
only.

    my $root_password = 'root-secret';
    $client->user_add('root', $root_password, sub {
        my (undef, $err) = @_;
        die "user_add: $err->{message}\n" if $err;
        $client->user_grant_role('root', 'root', sub {
            my (undef, $err) = @_;
            die "user_grant_role: $err->{message}\n" if $err;
            $client->auth_enable(sub {
                my (undef, $err) = @_;
                die "auth_enable: $err->{message}\n" if $err;
                say 'authentication is enabled';
            });
        });
    });

=head2 auth_disable

    $client->auth_disable($callback);

Disables authentication; needs the C<root> role. The response contains
C<header> only. Once it succeeds the client stops sending its token (auth
is off: the server would refuse it as invalid); a client with
L</username, password> logs in again when auth is enabled later.

    # enable it first (see auth_enable), then disable it as root
    $client->user_add_f('root', 'root-secret')->get;
    $client->user_grant_role_f('root', 'root')->get;
    $client->auth_enable_f->get;

    my $root = EV::Etcd->new(endpoints => ['127.0.0.1:2379'],
                             username => 'root', password => 'root-secret');
    $root->auth_disable(sub {
        my (undef, $err) = @_;
        die "auth_disable: $err->{message}\n" if $err;
        say 'authentication is disabled';
    });

=head2 auth_status

    $client->auth_status($callback);

Whether authentication is enabled. Response keys: C<enabled>,
C<auth_revision> (the revision of the auth store), C<header>. B<Needs etcd
3.5 or later>: etcd 3.4 has no C<AuthStatus> RPC and answers
C<UNIMPLEMENTED>.

    $client->auth_status(sub {
        my ($resp, $err) = @_;
        return say 'etcd 3.4: no auth_status' if $err && $err->{status} eq 'UNIMPLEMENTED';
        die "auth_status: $err->{message}\n" if $err;
        say $resp->{enabled} ? 'auth is enabled' : 'auth is disabled';
    });

=head2 user_add

    $client->user_add($username, $password, $callback);
    $client->user_add($username, $password, \%opts, $callback);

Creates a user. Options: C<options>, a hash whose C<no_password> key, if
true, creates a user without a password (it can only authenticate by
TLS client certificate; give C<''> as C<$password>); C<hashed_password>,
a bcrypt hash to store instead of hashing C<$password> (etcd 3.5+; give
C<''> as C<$password>; etcd 3.4 ignores it and uses C<$password>). The response contains C<header> only.

    $client->user_add('app', 'secret', sub {
        my (undef, $err) = @_;
        die "user_add: $err->{message}\n" if $err;
        say 'user app added';
    });

=head2 user_delete

    $client->user_delete($username, $callback);

Deletes a user. The response contains C<header> only.

    $client->user_add_f('temp', 'secret')->get;
    $client->user_delete('temp', sub {
        my (undef, $err) = @_;
        die "user_delete: $err->{message}\n" if $err;
        say 'user temp deleted';
    });

=head2 user_change_password

    $client->user_change_password($username, $password, $callback);

Changes a user's password. The response contains C<header> only.

    $client->user_add_f('app', 'old-secret')->get;
    $client->user_change_password('app', 'new-secret', sub {
        my (undef, $err) = @_;
        die "user_change_password: $err->{message}\n" if $err;
        say 'password changed';
    });

=head2 user_get

    $client->user_get($username, $callback);

Gets a user. Response keys: C<roles> (array of role names), C<header>.

    $client->user_add_f('app', 'secret')->get;
    $client->role_add_f('readonly')->get;
    $client->user_grant_role_f('app', 'readonly')->get;
    $client->user_get('app', sub {
        my ($resp, $err) = @_;
        die "user_get: $err->{message}\n" if $err;
        say "roles: @{ $resp->{roles} }";
    });

=head2 user_list

    $client->user_list($callback);

Lists the users. Response keys: C<users> (array of user names), C<header>.

    $client->user_list(sub {
        my ($resp, $err) = @_;
        die "user_list: $err->{message}\n" if $err;
        say "users: @{ $resp->{users} }";
    });

=head2 user_grant_role

    $client->user_grant_role($username, $role_name, $callback);

Grants a role to a user. The response contains C<header> only.

    $client->user_add_f('app', 'secret')->get;
    $client->role_add_f('readonly')->get;
    $client->user_grant_role('app', 'readonly', sub {
        my (undef, $err) = @_;
        die "user_grant_role: $err->{message}\n" if $err;
        say 'app may now do what readonly may';
    });

=head2 user_revoke_role

    $client->user_revoke_role($username, $role_name, $callback);

Revokes a role from a user. The response contains C<header> only.

    $client->user_add_f('app', 'secret')->get;
    $client->role_add_f('readonly')->get;
    $client->user_grant_role_f('app', 'readonly')->get;
    $client->user_revoke_role('app', 'readonly', sub {
        my (undef, $err) = @_;
        die "user_revoke_role: $err->{message}\n" if $err;
        say 'role readonly revoked from app';
    });

=head2 role_add

    $client->role_add($role_name, $callback);

Creates a role. The response contains C<header> only.

    $client->role_add('readonly', sub {
        my (undef, $err) = @_;
        die "role_add: $err->{message}\n" if $err;
        say 'role readonly added';
    });

=head2 role_delete

    $client->role_delete($role_name, $callback);

Deletes a role. The response contains C<header> only.

    $client->role_add_f('temp')->get;
    $client->role_delete('temp', sub {
        my (undef, $err) = @_;
        die "role_delete: $err->{message}\n" if $err;
        say 'role temp deleted';
    });

=head2 role_get

    $client->role_get($role_name, $callback);

Gets a role. Response keys: C<perm>, an array of permissions, each a hash
of C<perm_type> (C<READ>, C<WRITE> or C<READWRITE>), C<key> and
C<range_end> (empty for a single key); C<header>.

    $client->role_add_f('readonly')->get;
    $client->role_grant_permission_f('readonly', 'READ', '/config/', '/config0')->get;
    $client->role_get('readonly', sub {
        my ($resp, $err) = @_;
        die "role_get: $err->{message}\n" if $err;
        say "$_->{perm_type} on $_->{key}" for @{ $resp->{perm} };
    });

=head2 role_list

    $client->role_list($callback);

Lists the roles. Response keys: C<roles> (array of role names), C<header>.

    $client->role_list(sub {
        my ($resp, $err) = @_;
        die "role_list: $err->{message}\n" if $err;
        say "roles: @{ $resp->{roles} }";
    });

=head2 role_grant_permission

    $client->role_grant_permission($role_name, $perm_type, $key, $range_end, $callback);

Grants a role a permission on a key or a key range. C<$perm_type> is
C<READ>, C<WRITE> or C<READWRITE> (any case). C<$range_end> is C<undef> for
the single key C<$key>, the end of the range C<[$key, $range_end)>
otherwise; for every key under a prefix, it is the prefix with its last
byte incremented (C</app/> gives C</app0>). The response contains
C<header> only.

    $client->role_add_f($_)->get for qw(readonly app);

    # read access to one key
    $client->role_grant_permission('readonly', 'READ', '/config/setting', undef, sub {
        my (undef, $err) = @_;
        die "role_grant_permission: $err->{message}\n" if $err;
    });

    # read/write access to every key under /app/
    $client->role_grant_permission('app', 'READWRITE', '/app/', '/app0', sub {
        my (undef, $err) = @_;
        die "role_grant_permission: $err->{message}\n" if $err;
        say 'app may read and write /app/';
    });

=head2 role_revoke_permission

    $client->role_revoke_permission($role_name, $key, $range_end, $callback);

Revokes the permission of a role on C<$key> and C<$range_end> (C<undef>
for a single key), as granted. The response contains C<header> only.

    $client->role_add_f('app')->get;
    $client->role_grant_permission_f('app', 'READWRITE', '/app/', '/app0')->get;
    $client->role_revoke_permission('app', '/app/', '/app0', sub {
        my (undef, $err) = @_;
        die "role_revoke_permission: $err->{message}\n" if $err;
        say 'app lost its access to /app/';
    });

=head1 MAINTENANCE SERVICE

Cluster administration and monitoring. L</status>, L</defragment>,
L</hash_kv>, L</hash> and L</snapshot> are about the member the call goes
to: the one the client is using (see L</endpoints> and L</balance>), or
the one named by the C<endpoint> option. etcd 3.4 sends no C<header> in the
responses of L</alarm>, L</defragment> and L</move_leader>.

=head2 Asking one member: the endpoint option

L</status>, L</hash_kv>, L</hash>, L</defragment>, L</alarm>,
L</move_leader> and L</snapshot> take the option C<< endpoint => $member >>: the call goes to
that member and no other, as C<etcdctl endpoint status>, C<endpoint
hashkv> and C<defrag --endpoints> do. C<$member> is a string in any form
L</endpoints> takes for a single member (surrounding white space is
ignored): C<host:port>, C<[ipv6]:port>,
C<http://host:port> (a member's client URL as L</member_list> gives it;
C<https://> when the client uses L</tls>) or C<unix:/path/to/socket>. It
need not be one of the client's L</endpoints>: the client then makes a
channel of its own to that member, with the client's TLS settings and
credentials (auth token), kept until the client is destroyed and never
used by calls without the option (the failover and round-robin choices,
L</health_interval> and L</on_health_change> look only at L</endpoints>).
C<undef> means no choice (the client's usual member). Works with every
etcd 3 version: it is the client's choice of connection, not a field of
the request.

A call pinned to a member is never sent to another one. When that member
cannot be reached the call waits for it until its deadline (the default
L</wait_for_ready>; the error is then C<DEADLINE_EXCEEDED>, C<deadline
exceeded while waiting for a connection: ...>), or, with C<<
wait_for_ready => 0 >>, fails with C<UNAVAILABLE> (after the retries of
L</max_retries> for the idempotent L</status>, L</hash_kv>, L</hash> and
L</alarm>, each to the same member; never for L</defragment>); a
L</snapshot> from an unreachable member fails with C<UNAVAILABLE>.

A malformed value croaks naming the method and the option:
C<status: option 'endpoint' value 'nowhere' must be host:port ...>,
C<... must be one endpoint (host:port, no commas)>, C<... has a port
outside 1 to 65535>, C<... has user info (user@host) ...> (use the
C<username> and C<password> of L</new>), C<... contains a NUL byte>, C<... needs a
socket path> (C<unix:///>), C<... is https://, but the client does not use TLS>;
a reference croaks with C<status: option 'endpoint' must be a string>.
Other methods do not take the option (C<get: unknown option 'endpoint'>).

    # etcdctl endpoint status, for every member of the cluster
    $client->member_list(sub {
        my ($resp, $err) = @_;
        die "member_list: $err->{message}\n" if $err;
        for my $m (@{ $resp->{members} }) {
            $client->status({ endpoint => $m->{client_urls}[0] }, sub {
                my ($st, $err) = @_;
                return warn "$m->{name}: $err->{status}: $err->{message}\n" if $err;
                say "$m->{name}: db $st->{db_size} bytes, raft index $st->{raft_index}, ",
                    $st->{leader} == $st->{header}{member_id} ? 'leader' : 'follower';
            });
        }
    });

=head2 status

    $client->status($callback);
    $client->status({ endpoint => 'host:port' }, $callback);

Status of the member (the one named by the option C<endpoint>, see
L</Asking one member: the endpoint option>). Response keys:

=over 4

=item version

The member's etcd version.

=item db_size, db_size_in_use

Size of the backend database file in bytes, and how much of it is in use
(the rest is freed by L</defragment>).

=item leader

Member ID of the cluster's leader.

=item raft_index, raft_term, raft_applied_index

The member's raft state.

=item is_learner

True if the member is a learner (non-voting).

=item errors

Array of the member's error messages; absent when there are none.

=item db_size_quota, storage_version, downgrade_info

The backend quota (C<--quota-backend-bytes>, in bytes), the storage
version and a downgrade's progress, all from etcd 3.6 (as the protos
annotate them): present only when the server sends them.

=item header

The response header.

=back

    $client->status(sub {
        my ($resp, $err) = @_;
        die "status: $err->{message}\n" if $err;
        say "etcd $resp->{version}, db $resp->{db_size} bytes, leader $resp->{leader}";
    });

    # one member, by its address
    $client->status({ endpoint => '127.0.0.1:2379', timeout => 5 }, sub {
        my ($resp, $err) = @_;
        die "status: $err->{message}\n" if $err;
        say "member $resp->{header}{member_id}: raft term $resp->{raft_term}";
    });

=head2 alarm

    $client->alarm($action, $callback);
    $client->alarm($action, \%opts, $callback);

Lists, raises or clears alarms. C<$action> is C<GET> (list the active
alarms), C<ACTIVATE> or C<DEACTIVATE> (any case).

Options: C<member_id> (the member to act on; 0, the default, for all),
C<alarm>: the alarm type, C<NONE> (default), C<NOSPACE> (the storage quota
is exhausted; writes fail until it is cleared) or C<CORRUPT>, and
C<endpoint>: the member that takes the request (see L</Asking one member:
the endpoint option>; alarms are the cluster's, so any member answers the
same).

Response keys: C<alarms>, an array of hashes with C<member_id>, C<alarm>
(the type as a number) and C<alarm_type> (its name); C<header> (when the
server sends one).

    # list
    $client->alarm('GET', sub {
        my ($resp, $err) = @_;
        die "alarm: $err->{message}\n" if $err;
        warn "alarm on member $_->{member_id}: $_->{alarm_type}\n" for @{ $resp->{alarms} };
    });

    # clear NOSPACE on every member (after freeing space)
    $client->alarm('DEACTIVATE', { alarm => 'NOSPACE' }, sub {
        my (undef, $err) = @_;
        die "alarm: $err->{message}\n" if $err;
    });

=head2 defragment

    $client->defragment($callback);
    $client->defragment({ endpoint => 'host:port' }, $callback);

Defragments the member's backend database, giving the space freed by
compaction back to the file system. B<The member blocks while it runs>:
expect latency spikes. Each member has its own backend: defragment them
one at a time with the option C<endpoint> (see L</Asking one member: the
endpoint option>), as C<etcdctl defrag --endpoints> does. Response:
C<header> (when the server sends one).

    $client->defragment({ timeout => 300 }, sub {
        my (undef, $err) = @_;
        warn "defragment: $err->{message}\n" if $err;
    });

    # every member, one after the other
    my @urls = map { $_->{client_urls}[0] } @{ $client->member_list_f->get->{members} };
    my $next;
    $next = sub {
        my $url = shift @urls;
        return undef $next unless defined $url;    # done (and the closure freed)
        $client->defragment({ endpoint => $url, timeout => 300 }, sub {
            my (undef, $err) = @_;
            warn "defragment $url: $err->{message}\n" if $err;
            $next->();
        });
    };
    $next->();

=head2 hash_kv

    $client->hash_kv($callback);
    $client->hash_kv($revision, $callback);
    $client->hash_kv($revision, { endpoint => 'host:port' }, $callback);

Hash of the member's key-value store up to C<$revision> (default: the
current revision), to compare members: ask each one with the option
C<endpoint> (see L</Asking one member: the endpoint option>), as
C<etcdctl endpoint hashkv> does. Response keys: C<hash>,
C<compact_revision> (-1 if never compacted), C<header>, and from etcd 3.6
on C<hash_revision> (the revision hashed; absent from older servers).

    $client->hash_kv(sub {
        my ($resp, $err) = @_;
        die "hash_kv: $err->{message}\n" if $err;
        say "hash $resp->{hash} at revision $resp->{header}{revision}";
    });

    # the same revision on every member: the hashes must agree
    my $rev = $client->status_f->get->{header}{revision};
    for my $m (@{ $client->member_list_f->get->{members} }) {
        $client->hash_kv($rev, { endpoint => $m->{client_urls}[0] }, sub {
            my ($resp, $err) = @_;
            die "hash_kv on $m->{name}: $err->{message}\n" if $err;
            say "$m->{name}: hash $resp->{hash} at revision $rev";
        });
    }

=head2 hash

    $client->hash($callback);
    $client->hash({ endpoint => 'host:port' }, $callback);

Hash (CRC32) of the member's whole backend database (option C<endpoint>:
which member, see L</Asking one member: the endpoint option>). Response keys:
C<hash>, C<header>. Meant for testing; prefer L</hash_kv>.

    $client->hash(sub {
        my ($resp, $err) = @_;
        die "hash: $err->{message}\n" if $err;
        say "backend hash $resp->{hash}";
    });

=head2 move_leader

    $client->move_leader($target_id, $callback);
    $client->move_leader($target_id, { endpoint => $leader_url }, $callback);

Transfers leadership to the member C<$target_id> (an unsigned 64-bit
member ID, as L</member_list> gives it; a voting member, not a learner).
The request must be sent to the current leader: etcd answers it only
there, and a follower fails it with C<FAILED_PRECONDITION> (9,
C<etcdserver: not leader>, not retryable). Since the client's calls go to
whichever member it is connected to, name the leader with the option
C<endpoint> (see L</Asking one member: the endpoint option>): find the
leader's member ID in L</status>'s C<leader>, and its client URL in
L</member_list>. Response: C<header> (when the server sends one). Other
errors: C<FAILED_PRECONDITION> with C<etcdserver: bad leader transferee>
for a target that is not a voting member of the cluster,
C<DEADLINE_EXCEEDED> when the transfer does not finish in time. Needs etcd 3.3 or later.

    # hand leadership to another voting member, if there is one
    use Future::AsyncAwait;
    async sub move_leadership {
        my ($client) = @_;
        my $leader  = (await $client->status_f)->{leader};
        my $members = (await $client->member_list_f)->{members};
        my ($at)     = grep { $_->{id} == $leader } @$members;
        my ($target) = grep { $_->{id} != $leader && !$_->{is_learner} } @$members;
        return say 'a single voting member: nobody to hand leadership to' unless $target;
        await $client->move_leader_f($target->{id}, { endpoint => $at->{client_urls}[0] });
        say "leadership moved to $target->{name}";
    }
    move_leadership($client)->get;

=head2 snapshot

    $client->snapshot($path, $callback);
    $client->snapshot($path, \%opts, $callback);
    $client->snapshot(\&on_chunk, $callback);
    my $snapshot = $client->snapshot($path, { on_progress => \&progress }, $callback);

Streams a snapshot of the member's backend database (the option
C<endpoint> names the member, see L</Asking one member: the endpoint
option>). etcd sends the
backend's bytes followed by their SHA-256 (32 bytes; what C<etcdctl
snapshot restore> checks). With a file path, the snapshot, trailer
included, is written to C<$path.part>; once the stream is complete the file
is flushed to the disk (C<fsync>), read back and checked against the
trailer, renamed to C<$path>, and the directory is flushed too, so a
snapshot reported as saved survives a crash. With a code reference, that is
called with each chunk (a byte string) as it arrives, the trailer being the
last 32 bytes. The snapshot is complete when the stream ended normally,
every byte the server announced and the trailer came, and the trailer is
the SHA-256 of the bytes before it; anything else is an error, and a
partial file is removed.

The callback runs once, at the end. Response keys: C<size> (bytes
received, trailer included), C<path> (when writing a file), and C<header>
and C<version> (the server's storage version, etcd 3.6+; empty from older
servers) when the server sent a header. Errors have C<source> C<snapshot>:
C<DATA_LOSS> when the stream ended early or the SHA-256 does not match
(C<the snapshot's SHA-256 does not match the trailer etcd sent>, or, for a
file changed on the disk while it was written, C<... does not hold the
snapshot etcd sent ...>), C<INTERNAL> for a failed write, C<fsync> or
rename (naming the file), C<CANCELLED> after a cancel, or the stream's
error. Croaks if the file cannot be created.

In non-void context it returns an C<EV::Etcd::Snapshot> handle (the
methods of L</EV::Etcd::Watch>: C<cancel([$cb])>, C<is_active>, C<id>,
always 0). C<< $snapshot->cancel >> stops the transfer and removes the
partial file; the callback then runs once with C<CANCELLED> (C<cancelled
by the caller>), and the cancel's own callback, if given, with C<({},
undef)>.

Options:

=over 4

=item endpoint

The member to take the snapshot from (C<host:port>, its client URL or
C<unix:/path>; see L</Asking one member: the endpoint option>). A snapshot
from a member that cannot be reached fails with C<UNAVAILABLE>; it is not
taken from another member.

=item on_progress

A code reference called after each chunk with C<($bytes_so_far,
$bytes_remaining)>: the bytes received so far (integers) and the backend
bytes still to come as etcd announces them (C<remaining_bytes>, the 32-byte
trailer not counted).

=item timeout

A deadline in seconds for the whole transfer; by default there is none.

=back

    use File::Temp qw(tempdir);
    my $dir = tempdir(CLEANUP => 1);
    my $snapshot = $client->snapshot("$dir/etcd.db", {
        on_progress => sub {
            my ($so_far, $remaining) = @_;
            printf "%.0f%%\n", 100 * $so_far / ($so_far + $remaining || 1);
        },
    }, sub {
        my ($resp, $err) = @_;
        die "snapshot: $err->{message}\n" if $err;
        say "saved $resp->{size} bytes to $resp->{path}";
    });
    # $snapshot->cancel;   # gives up, removing /backup/etcd.db.part

=head2 downgrade

    $client->downgrade($action, $callback);
    $client->downgrade($action, \%opts, $callback);

Manages a cluster downgrade. C<$action> is C<VALIDATE>, C<ENABLE> or
C<CANCEL>; option C<version>: the target version (C<'3.5'>). Response
keys: C<version> (the cluster version), C<header>. B<Needs etcd 3.5 or
later>: etcd 3.4 has no C<Downgrade> RPC and answers C<UNIMPLEMENTED>.

    $client->downgrade('VALIDATE', { version => '3.5' }, sub {
        my ($resp, $err) = @_;
        return say "no downgrade to 3.5: $err->{status}: $err->{message}" if $err;
        say "cluster version $resp->{version}";
    });

=head1 CLUSTER SERVICE

Cluster membership. A member is a hash of C<id>, C<name>, C<peer_urls>,
C<client_urls> (arrays of URLs) and C<is_learner>.

=head2 member_list

    $client->member_list($callback);
    $client->member_list(\%opts, $callback);

Lists the members. Options: C<linearizable>: if true, the list is read
through the cluster's consensus (etcd 3.5+, which etcd 3.4 ignores;
default: the member's local view). Response keys: C<members> (array of members), C<header>.

    $client->member_list(sub {
        my ($resp, $err) = @_;
        die "member_list: $err->{message}\n" if $err;
        say "$_->{name} ($_->{id}): @{ $_->{client_urls} }" for @{ $resp->{members} };
    });

=head2 member_add

    $client->member_add(\@peer_urls, $callback);
    $client->member_add(\@peer_urls, \%opts, $callback);

Adds a member, known by its peer URLs; start it afterwards. Options:
C<is_learner>: if true, the member joins as a non-voting learner (see
L</member_promote>). Response keys: C<member> (the new member), C<members>
(all members), C<header>.

    $client->member_add(['http://10.0.0.4:2380'], { is_learner => 1 }, sub {
        my ($resp, $err) = @_;
        die "member_add: $err->{message}\n" if $err;
        say "new member id $resp->{member}{id}";
    });

=head2 member_remove

    $client->member_remove($member_id, $callback);

Removes a member. Response keys: C<members> (the remaining members),
C<header>.

    my $added = $client->member_add_f(['http://10.0.0.5:2380'], { is_learner => 1 })->get;
    $client->member_remove($added->{member}{id}, sub {
        my ($resp, $err) = @_;
        die "member_remove: $err->{message}\n" if $err;
        say scalar(@{ $resp->{members} }), ' member(s) left';
    });

=head2 member_update

    $client->member_update($member_id, \@peer_urls, $callback);

Changes a member's peer URLs. Response keys: C<members>, C<header>.

    my $added = $client->member_add_f(['http://10.0.0.6:2380'], { is_learner => 1 })->get;
    $client->member_update($added->{member}{id}, ['http://10.0.0.7:2380'], sub {
        my ($resp, $err) = @_;
        die "member_update: $err->{message}\n" if $err;
        say "$_->{id}: @{ $_->{peer_urls} }" for @{ $resp->{members} };
    });

=head2 member_promote

    $client->member_promote($member_id, $callback);

Promotes a learner to a voting member (once it has caught up with the
leader). Response keys: C<members>, C<header>. A learner that has not
caught up yet (here: it was never started) is refused with
C<FAILED_PRECONDITION>.

    my $added = $client->member_add_f(['http://10.0.0.8:2380'], { is_learner => 1 })->get;
    $client->member_promote($added->{member}{id}, sub {
        my ($resp, $err) = @_;
        return say "not yet: $err->{message}" if $err;
        say 'promoted';
    });

=head1 OTHER METHODS

=head2 call

    $client->call($service, $method, \%fields, $callback);
    $client->call($service, $method, \%fields, \%opts, $callback);

Calls any unary RPC of the etcd API by its service and method name, as in
the F<.proto> files: C<KV>, C<Lease>, C<Cluster>, C<Maintenance>, C<Auth>,
C<Lock> or C<Election>, and C<Range>, C<LeaseGrant>, C<MemberList> and so
on. C<\%fields> is the request message as a hash of proto field names (or
C<undef> for an empty request), with the same conversions as the named
methods (including C<prefix> for ranges and the L</txn> aliases); the
response is the response message as a hash, in the same shape the named
methods give. The only option is C<timeout>. Errors have C<source>
C<call>; C<call> never retries. It croaks for an unknown RPC (C<call:
unknown RPC 'KV/Nope'>), a streaming one (use the stream methods) or an
unknown field.

This reaches RPCs that have no method of their own, new fields before a
method accepts them as options, and everything the generator mapped:

    $client->call('KV', 'Range', { key => '/app/', prefix => 1, limit => 10 }, sub {
        my ($resp, $err) = @_;
        die "Range: $err->{message}\n" if $err;
        say "$_->{key}" for @{ $resp->{kvs} };
    });

    $client->call('Maintenance', 'Status', undef, { timeout => 2 }, sub {
        my ($resp, $err) = @_;
        die "Status: $err->{message}\n" if $err;
        say "etcd $resp->{version}";
    });

=head2 call_stream

    my $stream = $client->call_stream($service, $method, \%fields, $callback);
    my $stream = $client->call_stream($service, $method, \%fields, \%opts, $callback);

Opens any server-streaming or bidirectional RPC by its service and method
name, as L</call> does for unary ones: C<Watch>/C<Watch>,
C<Lease>/C<LeaseKeepAlive>, C<Maintenance>/C<Snapshot>,
C<Election>/C<Observe>, C<KV>/C<RangeStream> (etcd 3.7+), and every
streaming RPC a newer etcd API adds once the binding is regenerated from
it. C<\%fields> is the request message as a hash of proto field names,
with the same conversions as L</call>. For a server-streaming RPC it is
the request (C<undef>: an empty one); for a bidirectional one it is the
first message sent, and C<undef> opens the stream without sending
anything (send later with C<< $stream->send >>).

C<$callback> is called with C<($message, undef)> for every message the
server sends, as a hash in the shape of the response message, then exactly
once more: with C<({ done =E<gt> 1 }, undef)> when the server ends the
stream with OK, or with C<(undef, $err)> when it fails (C<source>
C<call_stream>), ends with another status, or is cancelled. After that
final call nothing more comes. Nothing is retried or reconnected: a stream
that fails is over (it is opened again only when the server refused the
client's auth token before sending anything, after logging in again).
With C<username>/C<password> the stream waits for the login.

The only option is C<timeout>: a deadline in seconds for the whole stream,
counted from the call (default: none; the stream lasts until it ends or is
cancelled); when it passes, the final error is C<DEADLINE_EXCEEDED>.

Returns an L</EV::Etcd::Stream> handle (in non-void context). It croaks
for an unknown RPC (C<call_stream: unknown RPC 'KV/Nope'>), a unary one
(C<call_stream: KV/Range is a unary RPC; use call()>), an unknown field
or option, or bad arguments. A server without the RPC ends the stream with
C<UNIMPLEMENTED>.

    my $w;
    $w = $client->call_stream('Watch', 'Watch',
        { create_request => { key => '/app/', prefix => 1, prev_kv => 1 } }, sub {
            my ($msg, $err) = @_;
            if ($err) {    # the end; CANCELLED after our cancel below
                warn "watch: $err->{message}\n" unless $err->{status} eq 'CANCELLED';
                return;
            }
            return if $msg->{done};
            say "$_->{type} $_->{kv}{key}" for @{ $msg->{events} };
            if ($msg->{created}) {
                $w->send({ progress_request => {} });    # where is the stream?
            } elsif (!@{ $msg->{events} }) {
                say "in sync at revision $msg->{header}{revision}";
                $w->cancel;
            }
        });

=head2 request_progress

    $client->request_progress;

Asks the server for a progress notification on the client's watch stream:
every active watch's callback then receives a response without events whose
C<< header->{revision} >> is the server's current revision. From etcd 3.5
the server answers only when all the stream's watches are in sync; etcd 3.4
may answer while a watch is still catching up on old revisions, so the
answer does not prove that a watch has seen everything up to that revision
there, and the client never resumes a watch from it. Takes no callback and
returns nothing; does nothing when the client has no watch stream open.
Useful to learn that a watch has seen everything up to a point without
waiting for C<progress_notify>.

    my $watch;
    $watch = $client->watch('/config/', { prefix => 1 }, sub {
        my ($resp, $err) = @_;
        return warn "watch: $err->{message}\n" if $err;
        if ($resp->{created}) {
            $client->request_progress;    # where is the watch now?
        } elsif (!@{ $resp->{events} }) {
            say "in sync up to revision $resp->{header}{revision}";
            $watch->cancel;
        }
    });

=head2 stats

    my $stats = $client->stats;

Returns a new hash reference of the client's counters, all non-negative
integers, read at the moment of the call (no callback, no network):

=over 4

=item calls_in_flight

Unary calls accepted and not yet completed: their callback (or Future) is
still to come. Calls waiting for a free slot are included.

=item calls_on_wire

Unary calls with a deadline that gRPC is carrying now. At most 64 run at
once per client; more wait in a FIFO queue (their deadline running), so
C<calls_in_flight - calls_on_wire> of them may be queued. Calls without a
deadline (L</lock>, L</election_campaign> without C<timeout>) go straight
to the wire and are not counted here.

=item streams_open

gRPC streams open now: the watch streams (one per client shared by all
its watches, and a second one when some watches have the other
C<require_leader> setting: watches with and without it count as two
streams), the keepalive streams (likewise, one or two per client, shared
by the lease keepalives), one per election observer, one per snapshot in
progress, one per L</call_stream>.

=item streams_opened

Streams opened since the client was created, reopens after a disconnect
included: it grows by more than the number of watches and keepalives
started when streams reconnect.

=item stream_reads_paused

Times a stream stopped reading from the network because the messages it
had already received (64, or 4 MiB) were still waiting for the EV loop,
busy with other work; it reads on as soon as the loop has taken them.
Messages are never dropped: the server waits (HTTP/2 flow control).

=item subscriptions

Active watches, lease keepalives and election observers: handles whose
callback may still receive messages.

=back

    my $s = $client->stats;
    printf "%d calls in flight, %d watches/keepalives/observers\n",
        $s->{calls_in_flight}, $s->{subscriptions};

=head2 endpoint

    my $endpoint = $client->endpoint;

Returns the member in use as a string, one of L</endpoints> in its
normalised form (C<host:port> without C<http://>, C<[v6]:port>, or
C<unix:/path>): the one the next call goes to unless it is not connected.
The C<endpoint> option of a maintenance call does not change it. It starts as the first
endpoint and changes when the client fails over (with L</balance>
C<round_robin>, the member of the last call). No callback, no network;
croaks after C<fork()> in the child and on a destroyed client, like the
other methods. Log records carry the same value (L</LOGGING>).

    $client->get('/config/mode', sub {
        my ($resp, $err) = @_;
        printf "answered by %s\n", $client->endpoint unless $err;
    });

=head2 EV::Etcd::Call

What a unary method (and L</call>) returns when called in non-void
context.

    my $call = $client->get('/config/mode', sub {
        my ($resp, $err) = @_;
        say $err ? "get: $err->{status}" : 'got it before the cancel';   # CANCELLED
    });
    $call->cancel if $call->is_active;

=over 4

=item $call->cancel

Cancels the call if it has not completed: its callback then runs (once, as
always, later from the loop) with C<CANCELLED> and the message C<cancelled
by the caller>. Does nothing for a call that has completed or is already
being cancelled. A cancelled write may still have been applied by the
server.

=item $call->is_active

True until the call's callback is about to run.

=back

=head2 EV::Etcd::Stream

What L</call_stream> returns.

=over 4

=item $stream->send

    my $queued = $stream->send(\%fields);

Sends one more message on a bidirectional stream (a hash of the request
message's proto field names, converted as for L</call_stream>); messages
go out in order. Returns 1 when the message was queued, 0 when the stream
no longer takes messages (it has ended, was cancelled, or was closed for
sending). Croaks on a server-streaming RPC and for fields that are not a
hash reference or not fields of the request message.

=item $stream->close_send

Half-closes a bidirectional stream: no more messages from the client; the
server's messages keep coming until it ends the stream (etcd's Watch and
LeaseKeepAlive keep their streams open all the same).

=item $stream->cancel

Cancels the stream if its final callback has not run: no more messages
are delivered, and the final callback runs (once, later from the loop)
with C<CANCELLED> and the message C<cancelled by the caller>, even when
the server had already ended the stream. Does nothing afterwards.

=item $stream->is_active

True until the stream's final callback is about to run.

=back

Dropping the handle does not cancel the stream (as for L</EV::Etcd::Call>);
destroying the client cancels it (C<cancelled: the client was destroyed>).

=head1 RECIPES

Higher-level tools built in pure Perl on the methods above (so they work
inside a L</namespace> too), after Go's C<clientv3/concurrency>: sessions,
mutexes, elections and software transactional memory; plus namespaces and
a self-healing mirror of a prefix. Each lives in a module of its own,
loaded when first used, whose documentation has the details. Their errors
are the error hashes of L</ERROR HANDLING>, with C<source> naming the
recipe's method (C<session>, C<mutex.lock>, C<election.campaign>, C<stm>,
C<mirror>, ...) and the code, status and message of the call that failed.
They need etcd 3.3 or later (etcd 3.4 is what the tests run).

=head2 session

    $client->session(\%opts, $cb);
    $client->session($cb);

Creates an L<EV::Etcd::Session>: a lease (granted with C<ttl>, default 60
seconds, or adopted with C<lease>) kept alive until the session is closed
or dropped. The callback gets C<($session, undef)> once the lease's first
refresh is confirmed, or C<(undef, $error)>. C<on_lost> (a code reference)
is called once, with an error hash, if the lease is revoked, expires or
cannot be refreshed before its TTL runs out. Methods: C<lease>, C<ttl>,
C<is_alive>, C<close($cb)> (stops the keepalive and revokes the lease),
C<mutex($name)>, C<election($name)>.

    use EV; use EV::Etcd;
    my $client = EV::Etcd->new(endpoints => ['127.0.0.1:2379']);
    $client->session({ ttl => 10, on_lost => sub { warn "lost: $_[0]{message}\n" } }, sub {
        my ($session, $err) = @_;
        die "session: $err->{message}\n" if $err;
        $client->put('/services/me', 'up', { lease => $session->lease }, sub {
            $session->close;    # the key goes with the lease
        });
    });
    EV::run;

=head2 Mutexes

C<< $session->mutex($name) >> is an L<EV::Etcd::Mutex>: C<lock(\%opts,
$cb)> waits in FIFO order (option C<timeout>; it returns a handle whose
C<cancel> stops waiting and leaves no key), C<try_lock($cb)> never waits
(C<< $cb->($locked, $err) >>), C<unlock($cb)>, C<key>, and C<is_owner>, a
comparison for L</txn> that fences a write on still holding the lock.

    $client->session(sub {
        my ($session, $err) = @_;
        die "session: $err->{message}\n" if $err;
        my $mutex = $session->mutex('/locks/report');
        $mutex->lock({ timeout => 30 }, sub {
            my ($resp, $err) = @_;
            die "lock: $err->{message}\n" if $err;
            $client->txn([ $mutex->is_owner ], [ { put => { key => '/report', value => 'done' } } ], sub {
                $mutex->unlock(sub { $session->close });
            });
        });
    });
    EV::run;

=head2 Elections

C<< $session->election($name) >> is an L<EV::Etcd::Election>:
C<campaign($value, $cb)> waits until elected, C<proclaim($value, $cb)>,
C<resign($cb)>, C<leader($cb)>, C<observe($cb)> (a handle that reports
every leader and value), C<key> and C<rev>. Losing the session ends
leadership, which C<on_lost> reports.

    $client->session(sub {
        my ($session) = @_;
        my $election = $session->election('/elections/cron');
        $election->campaign('node-1', sub {
            my ($resp, $err) = @_;
            die "campaign: $err->{message}\n" if $err;
            print "leader since revision $resp->{rev}\n";
            $election->resign(sub { $session->close });
        });
    });
    EV::run;

=head2 stm

    $client->stm($apply, \%opts, $cb);
    $client->stm($apply, $cb);

Software transactional memory (L<EV::Etcd::STM>): runs
C<< $apply->($stm) >>, whose C<< $stm->get($key) >> returns a L<Future>
(Debian's C<libfuture-perl>) of the value (C<undef> when absent) and whose
C<< $stm->put($key, $value) >> and C<< $stm->delete($key) >> are buffered;
C<$apply> returns a value or a Future of one. The reads and writes are
committed atomically in one L</txn>, and C<$apply> runs again when what it
read has changed meanwhile. Options: C<isolation>
(C<serializable_snapshot> (default), C<serializable>, C<repeatable_reads>,
C<read_committed>, with Go's meanings), C<prefetch> (keys read in the first
round trip), C<max_retries>. The callback gets C<({value, header}, undef)>
with what C<$apply> returned, or C<(undef, $error)>.

    use Future;
    $client->stm(sub {
        my ($stm) = @_;
        return $stm->get('/counter')->then(sub {
            my ($n) = @_;
            $stm->put('/counter', ($n // 0) + 1);
            return Future->done(($n // 0) + 1);
        });
    }, sub {
        my ($result, $err) = @_;
        die "stm: $err->{message}\n" if $err;
        print "counter is now $result->{value}\n";
    });
    EV::run;

=head2 namespace

    my $ns = $client->namespace($prefix);

An L<EV::Etcd::Namespace>: an object with the key-value, L</txn>,
L</watch>, lease, lock and election methods of the client, where every
key, range end, lock and election name is put under C<$prefix> and every
key in a response has it removed (C<< prefix => 1 >> on C<''> means the
whole namespace). The recipes work inside it (C<< $ns->session >>, ...).

    my $app = $client->namespace('/apps/billing/');
    $app->put('mode', 'fast', sub {
        $app->get('', { prefix => 1 }, sub {
            my ($resp, $err) = @_;
            print "$_->{key} = $_->{value}\n" for @{ $resp->{kvs} };   # "mode = fast"
        });
    });
    EV::run;

=head2 mirror

    my $mirror = $client->mirror($prefix, \%opts);

An L<EV::Etcd::Mirror>: a local copy of every key under C<$prefix>. It
lists the prefix, then watches it from the listed revision on; options
C<on_ready> (C<< ->($mirror) >>, after the first listing) and C<on_change>
(C<< ->($mirror, \@events) >>, events shaped like L</watch> events), also
C<on_error> and C<page_size>. When the watch cannot resume (its revision
was compacted, its stream failed for good) it lists again and reports the
difference as events flagged C<< resync => 1 >>, then watches again: at
every callback the copy equals the prefix's contents at
C<< $mirror->revision >>. Methods: C<get($key)>, C<data>, C<revision>,
C<cancel>. Keep the object: dropping it cancels the mirror.

    my $mirror = $client->mirror('/config/', {
        on_ready  => sub {
            printf "%d keys\n", scalar keys %{ $_[0]->data };
            $client->put('/config/mode', 'fast', sub { });
        },
        on_change => sub {
            my ($m, $events) = @_;
            print "$_->{type} $_->{kv}{key}\n" for @$events;
            $m->cancel;    # one change is enough for this example
        },
    });
    EV::run;

=head1 FUTURES AND ASYNC/AWAIT

=head2 METHOD_f

    my $future = $client->get_f($key, \%opts);

Every unary method has a twin whose name ends in C<_f>: L</put>'s is
C<put_f>, and so on for C<get_f>, C<delete_f>, C<txn_f>, C<compact_f>,
C<lease_grant_f>, C<lease_revoke_f>, C<lease_time_to_live_f>,
C<lease_leases_f>, C<lock_f>, C<unlock_f>, C<election_campaign_f>,
C<election_leader_f>, C<election_proclaim_f>, C<election_resign_f>, the
auth, user and role methods (C<authenticate_f>, C<user_add_f>, ...), the
maintenance and cluster methods (C<status_f>, C<member_list_f>, ...) and
C<call_f> for L</call>. The streams (L</watch>, L</lease_keepalive>,
L</election_observe>, L</snapshot>) and L</request_progress> have none.
The recipes' one-shot methods have twins too: C<session_f(\%opts)> is done
with the L<EV::Etcd::Session> (cancelled, it closes the session when it
arrives, giving its lease back), C<stm_f($apply, \%opts)> with
C<{value, header}> (cancelling it only drops the result: the transaction
may still commit). So do the recipe objects' one-shot methods:
L<EV::Etcd::Mutex>'s C<lock_f>, C<try_lock_f> and C<unlock_f>,
L<EV::Etcd::Election>'s C<campaign_f>, C<proclaim_f>, C<resign_f> and
C<leader_f>, L<EV::Etcd::Session>'s C<close_f>, and
L<EV::Etcd::Namespace>'s twins of its unary methods (C<get_f>, C<put_f>,
..., C<session_f>, C<stm_f>); each is described with its method.
A twin takes the same arguments as its method, options included, but no
callback (passing one croaks), and returns an C<EV::Etcd::Future>, a
subclass of L<Future> (Debian: libfuture-perl; loaded by the first twin
called). The Future is

=over 4

=item done

with the response hash, the one the callback would have received;

=item failed

with three values: the message C<"METHOD: $error-E<gt>{message}\n">
(C<METHOD> is the method without C<_f>), the category C<'etcd'> and the
error hash of L</ERROR HANDLING> (C<code>, C<status>, C<message>,
C<source>, C<retryable>). C<< $future->failure >> returns the three;
C<< ->get >>, and C<await> in an C<async sub>, throw them as a
L<Future::Exception>, whose C<message>, C<category> and C<details> methods
return them (C<details> returns the error hash);

=item cancelled

by C<< $future->cancel >>, which cancels the call (as
L</$call-E<gt>cancel> does; a write may still have been applied). Nothing
is delivered after that. Cancelling a Future that is ready does nothing.

=back

Bad arguments croak at once, as for the method itself, with the twin's
name: C<get_f: unknown option 'bogus' ...>. The Future is resolved from
the EV loop like any callback, never before the twin has returned.

C<< ->get >> (and C<< ->await >>, and a top-level C<await>) on a pending
C<EV::Etcd::Future>, or on any Future chained from one (C<then>,
C<needs_all>, an C<async sub> that awaits one), runs the EV loop, one
iteration at a time, until the Future is ready. If the loop has nothing
left to wait for (no call in flight, no active watcher) while the Future
is still pending, it croaks (C<EV::Etcd::Future: the EV loop has nothing
left to wait for, but the Future is still pending>) instead of blocking
forever. Do not call C<< ->get >> from inside a callback: run a chain
instead.

    use Future::AsyncAwait;    # Debian: libfuture-asyncawait-perl

    async sub move_key {
        my ($client, $from, $to) = @_;
        my $r = await $client->get_f($from);
        die "move_key: $from does not exist\n" unless $r->{count};
        my $txn = await $client->txn_f(
            [{ key => $from, target => 'MOD', result => 'EQUAL',
               mod_revision => $r->{kvs}[0]{mod_revision} }],
            [{ request_put => { key => $to, value => $r->{kvs}[0]{value} } },
             { request_delete_range => { key => $from } }],
        );
        return $txn->{succeeded};    # 0: $from changed meanwhile
    }

    my $client = EV::Etcd->new(endpoints => ['127.0.0.1:2379']);
    $client->put_f('/jobs/new/1', 'payload')->get;
    my $moved = move_key($client, '/jobs/new/1', '/jobs/done/1')->get;   # runs EV

    # failures: an exception with the error hash as its details
    my $ok = eval { $client->lease_revoke_f(12345)->get; 1 };
    if (!$ok && ref $@ && $@->isa('Future::Exception')) {
        my ($err) = $@->details;
        print "revoke failed: $err->{status}\n";    # NOT_FOUND
    }

    # a timeout of your own: cancel the call when the timer wins
    my $lock = $client->lock_f('/locks/job', 0);
    my $timer = EV::timer(5, 0, sub { $lock->cancel });

The twins need only L<Future>; C<async>/C<await> needs
L<Future::AsyncAwait>. Futures from the twins work with any code that
takes Futures (L<Future::Utils>, C<needs_all>, C<wait_any>) as long as
the EV loop runs.

=head1 OTHER EVENT LOOPS

EV::Etcd runs its callbacks from the L<EV> loop only. Frameworks that can
sit on top of EV work with it when they do:

=over 4

=item L<AnyEvent>

with its EV backend, which it picks by itself when EV is loaded first (as
C<use EV::Etcd> does) unless C<PERL_ANYEVENT_MODEL> names another one.
Condvars, timers and watchers then share the loop with the client:

    use AnyEvent;
    use EV::Etcd;

    my $client = EV::Etcd->new(endpoints => ['127.0.0.1:2379']);
    my $cv = AnyEvent->condvar;
    $client->get('/app/config', sub { $cv->send(@_) });
    my ($resp, $err) = $cv->recv;    # runs EV until the callback has run
    die "get: $err->{message}\n" if $err;

=item L<Mojo::IOLoop>

with its EV reactor, L<Mojo::Reactor::EV>, the default when EV is
installed (C<MOJO_REACTOR=Mojo::Reactor::EV> forces it). A
L<Mojo::Promise> wrapper resolves with the response and rejects with the
error hash:

    use Mojo::IOLoop;
    use Mojo::Promise;
    use EV::Etcd;

    sub etcd_p {
        my ($client, $method, @args) = @_;
        my $p = Mojo::Promise->new;
        $client->$method(@args, sub {
            my ($resp, $err) = @_;
            $err ? $p->reject($err) : $p->resolve($resp);
        });
        return $p;
    }

    my $client = EV::Etcd->new(endpoints => ['127.0.0.1:2379']);
    etcd_p($client, put => '/app/mode', 'blue')
        ->then(sub { etcd_p($client, get => '/app/mode') })
        ->then(sub { my ($resp) = @_; print "mode: $resp->{kvs}[0]{value}\n" })
        ->catch(sub { my ($err) = @_; warn "etcd: $err->{status}: $err->{message}\n" })
        ->wait;    # runs the IOLoop, hence EV, until the chain is settled

=back

With another AnyEvent backend or Mojo reactor nothing of EV::Etcd runs
while that loop waits, and a program waiting for a callback hangs. The
first L</new> of a process warns when it finds either (C<EV::Etcd:
AnyEvent uses AnyEvent::Impl::Perl, not EV: EV::Etcd callbacks will only
run inside the EV loop ...>); later ones stay silent.

=head1 CAVEATS

B<Fork.> A client cannot be used across C<fork()>: its completion-queue
thread and its connection stay with the parent. In the child, every method
of an inherited client (and C<cancel> on its active handles) croaks with
C<METHOD: this EV::Etcd client was created before fork() and cannot be used
in the child process; ...>, and its pending callbacks run in the parent
only. Destroying it in the child is safe and leaves the parent's connection
alone (it warns that it did so, except during global destruction). A new
client created in the child works, and so do clients of grandchildren. The
parent's clients keep working whatever the child does, also when the parent
forks (or runs C<system>) while calls and watches are in flight.

For this EV::Etcd switches on gRPC Core's fork support when its first
client is created, unless the environment sets C<GRPC_ENABLE_FORK_SUPPORT>
(set to 0, C<new> croaks in forked children, saying so): around each C<fork> the clients' threads pause
and gRPC's timer threads stop and restart (about half a millisecond per
fork), and gRPC's executor runs without threads of its own. In the child it
also marks EV's default loop for re-creation (C<< EV::default_loop->loop_fork >>),
which EV's Debian build does not do by itself. Debian's gRPC is built
without the fork support of its EventEngine, whose threads therefore do not
come along; in a child the runtime empties their waits and stands in for
the one job a client needs from them, the reconnect backoff (a child's
client reconnects after its server restarts). Should another thread of
the process keep gRPC busy for half a second while the process forks, gRPC
cannot be prepared for it: then C<new> croaks in that child, saying so.

The steps above use private (C++) symbols of gRPC Core and absl, which no
other gRPC build promises to keep. The module looks them up when it loads
and uses them only on the build they were written for: gRPC Core 29.0.0
(gRPC 1.51, Debian 12's 1.51.1) with absl's C<debian3> namespace. On any
other gRPC build, or when C<EV_ETCD_FORK_SAFE_MODE=1> is in the environment
as the module loads, the fork support is in B<safe mode>: nothing at all is
done at C<fork> (the parent's clients, calls and watches carry on
untouched), and C<new> in a forked child croaks with C<new: EV::Etcd's fork
support is in safe mode (REASON), so it cannot run in this forked child;
create clients in the parent or after exec>. That is the one exception to
"create a new client in the child", and it is limited to untested gRPC
builds: there, a child that needs etcd must C<exec> (a fresh program) first.
C<EV::Etcd::_fork_mode()> (internal) returns C<full> or C<safe: REASON>.

B<Event loop.> The module uses EV's default loop. A watch, keepalive or
observer keeps C<EV::run> running until it is cancelled or ends; a script
meant to finish must cancel them (or drop their handles).

B<Program exit.> During global destruction, calls still in flight are
cancelled without running their callbacks.

B<Ordering.> Calls are concurrent; see L</Calling conventions>.

B<Running the loop inside a callback.> Running the EV loop from inside any
callback of this module (a response or error callback, a watch, keepalive
or observe event, C<on_state>, C<on_health_change>, a cancel callback) is
unsafe and deprecated: C<EV::run>, an L<AnyEvent> condvar's C<recv>, or
C<< ->get >> / C<< ->await >> on a Future of a C<_f> twin. It works (the
calls complete), but deliveries nest: every callback that is due runs
inside yours before it returns, including the next events of the same
watch (a watch callback that waits this way is entered again, once per
event, each one deeper on the stack), so the code after the wait sees
state that changed under it, and the order of events you observe is no
longer the order of the stream. Instead, return from the callback and
continue in the callback of the next call (chain them), or use the C<_f>
twins with C<then>, or C<await> inside an C<async sub> (L<Future::AsyncAwait>:
an C<await> there suspends the sub, it does not run the loop); run the loop
(C<EV::run>, a top-level C<< ->get >>) only from the top of the program.

=head1 PERFORMANCE

The runtime is built for many calls in flight: one gRPC batch per unary
call on a pre-registered method, one thread hand-off per completion, every
completion queued at a wake-up handled by one pass of the loop, and key and
value bytes packed straight from the Perl strings. At most 64 unary calls
with a deadline are on the wire per client at once (more streams on one
HTTP/2 connection add memory, not throughput); more wait, in order, with
their timeout already running. L</lock> and L</election_campaign> do not
take part in that window.

F<bench/bench.pl> in the source distribution (C<make bench>) measures
operations per second and client CPU time per operation against a
throwaway etcd; the figures are in the Benchmarks section of F<README.md>.

=head1 SEE ALSO

L<EV>, the event loop the callbacks run in.

The etcd v3 API reference, L<https://etcd.io/docs/latest/learning/api/>,
and the F<.proto> files in F<proto/> of the source distribution, whose
field comments document every request and response key.

F<README.md> of the source distribution: building, testing, regenerating
the binding for a new etcd version, benchmarks. Runnable examples in
F<eg/>.

=head1 AUTHOR

The EV::Etcd developers.

=head1 LICENSE

This library is free software; you can redistribute it and/or modify it
under the same terms as Perl itself.

=cut
