/*
 * client.c - one EV::Etcd client: the gRPC channel over its endpoints, the
 * registered method handles, the auth token, fork detection and teardown.
 *
 * Endpoints become one gRPC target ("ipv4:a:p,b:p" or "ipv6:..."), so gRPC's
 * pick_first policy does the failover to the next endpoint when the current
 * one fails; a single host name uses gRPC's DNS resolver.
 */
#include "ee.h"
#include <arpa/inet.h>
#include <netdb.h>
#include <sys/socket.h>
#include <grpc/grpc_security.h>
#include <grpc/support/alloc.h>
#include <grpc/support/log.h>

/* Split "host:port" / "[v6]:port". */
static void split_hostport(char *hp, char **host, char **port)
{
    char *colon = strrchr(hp, ':');
    *colon = '\0';
    *port = colon + 1;
    *host = hp;
    if (hp[0] == '[') {
        *host = hp + 1;
        if (colon > hp && colon[-1] == ']')
            colon[-1] = '\0';
    }
}

/* Build the gRPC target for all endpoints: literal addresses (resolving host
 * names when there are several) listed under one ipv4:/ipv6: scheme. */
static char *build_target(pTHX_ char **eps, int n)
{
    SV *t = sv_2mortal(newSVpvs(""));
    int family = 0, i;
    if (n == 1) {
        char buf[256], *h, *p;
        struct in6_addr a6;
        struct in_addr a4;
        my_strlcpy(buf, eps[0], sizeof buf);
        split_hostport(buf, &h, &p);
        if (inet_pton(AF_INET, h, &a4) == 1)
            sv_catpvf(t, "ipv4:%s:%s", h, p);
        else if (inet_pton(AF_INET6, h, &a6) == 1)
            sv_catpvf(t, "ipv6:[%s]:%s", h, p);
        else
            sv_catpvf(t, "dns:///%s:%s", h, p);
        return savepv(SvPV_nolen(t));
    }
    for (i = 0; i < n; i++) {
        char buf[256], host[INET6_ADDRSTRLEN], *h, *p;
        struct addrinfo hints, *res = NULL, *ai, *pick = NULL;
        int rc;
        my_strlcpy(buf, eps[i], sizeof buf);
        split_hostport(buf, &h, &p);
        memset(&hints, 0, sizeof hints);
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_family = family ? family : AF_UNSPEC;
        rc = getaddrinfo(h, p, &hints, &res);
        if (rc != 0)
            croak("new: endpoint '%s': %s", eps[i], gai_strerror(rc));
        for (ai = res; ai; ai = ai->ai_next)     /* prefer IPv4 for the first */
            if (!pick || (!family && ai->ai_family == AF_INET && pick->ai_family != AF_INET))
                pick = ai;
        if (!family) {
            family = pick->ai_family;
            sv_catpv(t, family == AF_INET ? "ipv4:" : "ipv6:");
        }
        if (family == AF_INET)
            inet_ntop(AF_INET, &((struct sockaddr_in *)pick->ai_addr)->sin_addr, host, sizeof host);
        else
            inet_ntop(AF_INET6, &((struct sockaddr_in6 *)pick->ai_addr)->sin6_addr, host, sizeof host);
        sv_catpvf(t, family == AF_INET ? "%s%s:%s" : "%s[%s]:%s", i ? "," : "", host, p);
        freeaddrinfo(res);
    }
    return savepv(SvPV_nolen(t));
}

/* The endpoint in use: the server of the last completed call (recorded
 * while health monitoring is on), else the first endpoint. */
const char *ee_client_endpoint(ee_client *c)
{
    return c->peer[0] ? c->peer : c->endpoints[0];
}

void ee_client_note_peer(ee_client *c, grpc_call *call)
{
    char *p = grpc_call_get_peer(call), *s = p;
    if (!p)
        return;
    if (strncmp(s, "ipv4:", 5) == 0 || strncmp(s, "ipv6:", 5) == 0)
        s += 5;
    if (*s && strcmp(s, "unknown") != 0)
        my_strlcpy(c->peer, s, sizeof c->peer);
    gpr_free(p);
}

/* health_interval: poll the channel's connectivity state (asking an idle
 * channel to connect) and report changes to on_health_change(1|0, endpoint).
 * CONNECTING and IDLE keep the last verdict. */
static void health_cb(EV_P_ ev_timer *w, int revents)
{
    dTHX;
    ee_client *c = (ee_client *)w->data;
    grpc_connectivity_state st;
    int now;
    if (EE_FORKED(c)) {
        ee_timer_stop(w);
        return;
    }
    st = grpc_channel_check_connectivity_state(c->channel, 1);
    if (st == GRPC_CHANNEL_READY)
        now = 1;
    else if (st == GRPC_CHANNEL_TRANSIENT_FAILURE || st == GRPC_CHANNEL_SHUTDOWN)
        now = 0;
    else
        return;
    if (now == c->healthy)
        return;
    c->healthy = now;
    if (c->on_health_change) {
        ee_client_enter(c);
        ee_invoke_cb(aTHX_ c->on_health_change, newSViv(now), newSVpv(ee_client_endpoint(c), 0));
        ee_client_leave(aTHX_ c);
    }
}

/* In a child forked after gRPC started, gRPC's EventEngine has no threads
 * (Debian's 1.51 builds it without its fork support), so its timers never
 * fire - and the channel's reconnect backoff is one of them: a connection
 * lost in the child would never be attempted again.  There a timer of ours
 * stands in for it, with gRPC's policy (the channel's initial and maximum
 * backoff, growing by 1.6): while the channel is in TRANSIENT_FAILURE it
 * starts the next attempt (grpc_channel_reset_connect_backoff). */
static void reconnect_cb(EV_P_ ev_timer *w, int revents)
{
    ee_client *c = (ee_client *)w->data;
    grpc_connectivity_state st;
    if (EE_FORKED(c)) {
        ee_timer_stop(w);
        return;
    }
    st = grpc_channel_check_connectivity_state(c->channel, 0);
    if (st == GRPC_CHANNEL_READY || st == GRPC_CHANNEL_IDLE) {
        c->reconnect_backoff = EE_RECONNECT_INITIAL_S;
        c->reconnect_wait = 0;
    }
    else if (st == GRPC_CHANNEL_TRANSIENT_FAILURE
             && (c->reconnect_wait += EE_CHILD_RECONNECT_TICK_S) >= c->reconnect_backoff) {
        grpc_channel_reset_connect_backoff(c->channel);
        c->reconnect_wait = 0;
        c->reconnect_backoff *= 1.6;
        if (c->reconnect_backoff > EE_RECONNECT_MAX_S)
            c->reconnect_backoff = EE_RECONNECT_MAX_S;
    }
}

/* The bridge's wake-up: run the queued completions, holding the client. */
static void client_wake(pTHX_ void *owner)
{
    ee_client *c = (ee_client *)owner;
    if (EE_FORKED(c))
        return;       /* a forked child: these completions are the parent's */
    ee_client_enter(c);
    ee_bridge_drain(aTHX_ &c->bridge);
    ee_client_leave(aTHX_ c);
}

static SV *cfg(pTHX_ HV *hv, const char *key)
{
    SV **svp = hv_fetch(hv, key, (I32)strlen(key), 0);
    return svp && SvOK(*svp) ? *svp : NULL;
}

static void arg_int(grpc_arg *a, const char *key, int value)
{
    a->type = GRPC_ARG_INTEGER;
    a->key = (char *)key;
    a->value.integer = value;
}

static void arg_str(grpc_arg *a, const char *key, const char *value)
{
    a->type = GRPC_ARG_STRING;
    a->key = (char *)key;
    a->value.string = (char *)value;
}

/* `config` is new()'s options, validated and normalised by EV::Etcd::new:
 * endpoints (host:port strings), timeout_ms, max_retries, health_interval,
 * on_health_change, auth_token, username, password, tls (ca, cert, key PEM
 * text; server_name), keepalive_time_ms, keepalive_timeout_ms, balance,
 * wait_for_ready, max_send_message_size, max_receive_message_size. */
ee_client *ee_client_new(pTHX_ HV *config)
{
    ee_client *c;
    grpc_arg args[20];
    grpc_channel_args cargs;
    grpc_channel_credentials *creds;
    AV *endpoints = (AV *)SvRV(cfg(aTHX_ config, "endpoints"));
    HV *tls = cfg(aTHX_ config, "tls") ? (HV *)SvRV(cfg(aTHX_ config, "tls")) : NULL;
    SV *sv;
    char **eps, *target;
    int i, n = (int)av_len(endpoints) + 1, na = 0;

    ee_process_init(aTHX_ "new");

    /* everything that can croak happens before anything is kept */
    eps = (char **)ee_alloc(aTHX_ n * sizeof(char *));
    for (i = 0; i < n; i++)
        eps[i] = SvPV_nolen(*av_fetch(endpoints, i, 0));
    target = build_target(aTHX_ eps, n);
    SAVEFREEPV(target);

    Newxz(c, 1, ee_client);
    Newx(c->endpoints, n, char *);
    for (i = 0; i < n; i++)
        c->endpoints[i] = savepv(eps[i]);
    c->nendpoints = n;
    c->target = savepv(target);
    c->timeout_ms = (unsigned)SvUV(cfg(aTHX_ config, "timeout_ms"));
    c->max_retries = (int)SvIV(cfg(aTHX_ config, "max_retries"));
    c->health_interval = (sv = cfg(aTHX_ config, "health_interval")) ? SvNV(sv) : 0;
    c->on_health_change = (sv = cfg(aTHX_ config, "on_health_change")) ? newSVsv(sv) : NULL;
    c->on_state = (sv = cfg(aTHX_ config, "on_state")) ? newSVsv(sv) : NULL;
    c->require_leader = (sv = cfg(aTHX_ config, "require_leader")) ? SvTRUE(sv) : 1;
    c->token = grpc_empty_slice();
    if ((sv = cfg(aTHX_ config, "auth_token"))) {
        STRLEN len;
        const char *tok = SvPV(sv, len);
        ee_client_set_token(aTHX_ c, tok, len);
    }
    c->wait_for_ready = (sv = cfg(aTHX_ config, "wait_for_ready")) ? SvTRUE(sv) : 1;
    c->max_send_message_size = (sv = cfg(aTHX_ config, "max_send_message_size")) ? (int)SvIV(sv) : -1;
    c->fork_gen = ee_fork_generation;
    c->queue_tailp = &c->queue_head;
    Newxz(c->registered, eeg_nrpcs, void *);

    arg_str(&args[na++], GRPC_ARG_LB_POLICY_NAME, SvPV_nolen(cfg(aTHX_ config, "balance")));
    arg_int(&args[na++], GRPC_ARG_MAX_RECEIVE_MESSAGE_LENGTH,
            (sv = cfg(aTHX_ config, "max_receive_message_size")) ? (int)SvIV(sv) : -1);
    arg_int(&args[na++], GRPC_ARG_MAX_SEND_MESSAGE_LENGTH, c->max_send_message_size);
    arg_int(&args[na++], GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);   /* connections of its own */
    arg_int(&args[na++], GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, (int)(EE_RECONNECT_INITIAL_S * 1000));
    arg_int(&args[na++], GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, (int)(EE_RECONNECT_MAX_S * 1000));
    /* gRPC's minimum connect timeout (20 s by default): a frozen member
     * accepts TCP but never answers HTTP/2, and the next endpoint is only
     * tried after it; the keepalive timeout is long enough to wait. */
    {
        int t = (int)SvIV(cfg(aTHX_ config, "keepalive_timeout_ms"));
        arg_int(&args[na++], GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, t < 2000 ? 2000 : t);
    }
    /* HTTP/2 pings notice a dead connection in seconds; only while calls or
     * streams are open (etcd answers idle pings with GOAWAY), and without
     * gRPC's default cap of two pings between data frames (idle watches). */
    arg_int(&args[na++], GRPC_ARG_KEEPALIVE_TIME_MS, (int)SvIV(cfg(aTHX_ config, "keepalive_time_ms")));
    arg_int(&args[na++], GRPC_ARG_KEEPALIVE_TIMEOUT_MS, (int)SvIV(cfg(aTHX_ config, "keepalive_timeout_ms")));
    arg_int(&args[na++], GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 0);
    arg_int(&args[na++], GRPC_ARG_HTTP2_MAX_PINGS_WITHOUT_DATA, 0);
    /* Only the filters a client needs: no compression, census or load
     * reporting filters, but deadlines enforced here, not only by the
     * server.  Retries: gRPC's transparent ones only (a request that never
     * left this client); the runtime repeats idempotent calls itself. */
    /* (gRPC's message size filter is not in the minimal stack: a receive
     * limit needs the full one; sends are checked by unary.c) */
    arg_int(&args[na++], GRPC_ARG_MINIMAL_STACK, cfg(aTHX_ config, "max_receive_message_size") ? 0 : 1);
    arg_int(&args[na++], GRPC_ARG_ENABLE_DEADLINE_CHECKS, 1);
    arg_int(&args[na++], GRPC_ARG_ENABLE_RETRIES, 1);
    arg_str(&args[na++], GRPC_ARG_PRIMARY_USER_AGENT_STRING, "ev-etcd-perl");
    if (tls && (sv = cfg(aTHX_ tls, "server_name"))) {
        arg_str(&args[na++], GRPC_SSL_TARGET_NAME_OVERRIDE_ARG, SvPV_nolen(sv));
        arg_str(&args[na++], GRPC_ARG_DEFAULT_AUTHORITY, SvPV_nolen(sv));
    }
    cargs.num_args = na;
    cargs.args = args;

    if (tls) {
        grpc_ssl_pem_key_cert_pair pair;
        c->tls = 1;
        SV *ca = cfg(aTHX_ tls, "ca"), *cert = cfg(aTHX_ tls, "cert"), *key = cfg(aTHX_ tls, "key");
        pair.private_key = key ? SvPV_nolen(key) : NULL;
        pair.cert_chain = cert ? SvPV_nolen(cert) : NULL;
        creds = grpc_ssl_credentials_create(ca ? SvPV_nolen(ca) : NULL,
                                            cert && key ? &pair : NULL, NULL, NULL);
    } else {
        creds = grpc_insecure_credentials_create();
    }
    c->channel = grpc_channel_create(c->target, creds, &cargs);
    grpc_channel_credentials_release(creds);
    if (!ee_bridge_start(aTHX_ &c->bridge, c->channel, client_wake, c)) {
        grpc_channel_destroy(c->channel);
        croak("new: could not start the completion-queue thread");
    }
    c->healthy = -1;
    ev_timer_init(&c->health, health_cb, c->health_interval, c->health_interval);
    c->health.data = (void *)c;
    ev_timer_init(&c->reconnect, reconnect_cb, EE_CHILD_RECONNECT_TICK_S, EE_CHILD_RECONNECT_TICK_S);
    c->reconnect_backoff = EE_RECONNECT_INITIAL_S;
    c->reconnect.data = (void *)c;
    if (ee_process_forked()) {
        ev_timer_start(EV_DEFAULT_UC, &c->reconnect);
        ev_unref(EV_DEFAULT_UC);
    }
    if (c->health_interval > 0) {
        grpc_channel_check_connectivity_state(c->channel, 1);   /* connect now */
        ev_timer_start(EV_DEFAULT_UC, &c->health);
        ev_unref(EV_DEFAULT_UC);       /* monitoring alone does not keep EV::run going */
    }
    return c;
}

/* The error hash of a failed call, with a hint where gRPC's message leaves
 * a person guessing: a TLS server that drops the connection right after the
 * handshake has rejected this client's certificate (or its lack of one). */
SV *ee_client_error(pTHX_ ee_client *c, int code, const char *msg, size_t len, const char *source)
{
    static const char hint[] = " (TLS: the server closed the connection after the handshake; "
        "it probably requires a client certificate it trusts: check tls cert_file/key_file)";
    if (c->tls && code == GRPC_STATUS_UNAVAILABLE && len
        && !ninstr(msg, msg + len, "ertificate", "ertificate" + 10)
        && (ninstr(msg, msg + len, "Endpoint read failed", "Endpoint read failed" + 20)
            || ninstr(msg, msg + len, "reset by peer", "reset by peer" + 13))) {
        SV *m = sv_2mortal(newSVpvn(msg, len));
        sv_catpvn(m, hint, sizeof hint - 1);
        return ee_error_sv(aTHX_ code, SvPVX(m), SvCUR(m), source);
    }
    return ee_error_sv(aTHX_ code, msg, len, source);
}

void *ee_client_registered(ee_client *c, int rpc)
{
    if (!c->registered[rpc])
        c->registered[rpc] = grpc_channel_register_call(c->channel, eeg_rpcs[rpc].path, NULL, NULL);
    return c->registered[rpc];
}

void ee_client_check(pTHX_ ee_client *c, const char *method)
{
    if (c->fork_gen != ee_fork_generation)
        croak("%s: this EV::Etcd client was created before fork() and cannot be used in the "
              "child process; create a new client in the child", method);
    if (c->destroyed)
        croak("%s: the EV::Etcd client is being destroyed", method);
}

static void client_free(pTHX_ ee_client *c)
{
    int i;
    ee_timer_stop(&c->health);
    ee_timer_stop(&c->reconnect);
    grpc_channel_destroy(c->channel);
    ee_bridge_stop(aTHX_ &c->bridge);
    grpc_slice_unref(c->token);
    ee_auth_free(c);
    for (i = 0; i < c->nendpoints; i++)
        Safefree(c->endpoints[i]);
    Safefree(c->endpoints);
    Safefree(c->target);
    Safefree(c->registered);
    if (c->on_health_change)
        SvREFCNT_dec(c->on_health_change);
    if (c->on_state)
        SvREFCNT_dec(c->on_state);
    Safefree(c);
}

/* ---- teardown hooks: what the layers above do when a client goes ----
 * Each module that keeps per-client state registers one hook when the
 * module is loaded (a constructor); they run in `order`.  cancel: the
 * client is being destroyed: stop what is in flight (no user code; each
 * accepted callback still runs once, from the loop, with CANCELLED).  gone:
 * every call and stream has completed: fail and free what is left. */
static ee_teardown *teardown_hooks;

void ee_client_on_teardown(ee_teardown *t)
{
    ee_teardown **pp = &teardown_hooks;
    while (*pp && (*pp)->order <= t->order)
        pp = &(*pp)->next;
    t->next = *pp;
    *pp = t;
}

/* Every entry from the loop into the runtime (the drain, every timer, the
 * health check) holds the client while it runs: a destroy requested by the
 * user code it calls is finished when the outermost entry returns. */
void ee_client_enter(ee_client *c)
{
    c->depth++;
}

void ee_client_leave(pTHX_ ee_client *c)
{
    c->depth--;
    ee_client_idle_check(aTHX_ c);
}

/* Finish a destroy that was requested while callbacks of this client were
 * running, once they have returned. */
void ee_client_idle_check(pTHX_ ee_client *c)
{
    ee_teardown *t;
    if (!c->destroyed || c->depth > 0)
        return;
    c->depth++;
    while (c->ninflight > 0 || c->nstreams > 0)
        ee_bridge_wait(aTHX_ &c->bridge);
    for (t = teardown_hooks; t; t = t->next)
        if (t->gone)
            t->gone(aTHX_ c);
    c->depth--;
    client_free(aTHX_ c);
}

/* DESTROY: cancel what is in flight; each callback still runs once, with
 * CANCELLED; then close the channel.  In a forked child nothing of the
 * parent's connection is touched. */
void ee_client_destroy(pTHX_ ee_client *c)
{
    if (c->fork_gen != ee_fork_generation) {
        ee_call *call;
        if (PL_phase != PERL_PHASE_DESTRUCT && PL_phase != PERL_PHASE_END)
            warn("EV::Etcd: client inherited across fork() destroyed in the child; "
                 "its connection belongs to the parent and was left alone");
        for (call = c->inflight; call; call = call->next) {
            SvREFCNT_dec(call->cb);
            ev_unref(EV_DEFAULT_UC);
        }
        {
            ee_sub *sub;                 /* live subscriptions hold a loop reference each */
            for (sub = c->subs; sub; sub = sub->next)
                ev_unref(EV_DEFAULT_UC);
        }
        ev_ref(EV_DEFAULT_UC);
        ev_async_stop(EV_DEFAULT_UC, &c->bridge.async);
        ee_timer_stop(&c->health);
        ee_timer_stop(&c->reconnect);
        if (c->on_health_change)
            SvREFCNT_dec(c->on_health_change);
        return;                    /* the rest is the parent's; leak it */
    }
    c->destroyed = 1;
    if (PL_phase == PERL_PHASE_DESTRUCT)
        c->closing = 1;
    {
        ee_teardown *t;
        for (t = teardown_hooks; t; t = t->next)
            if (t->cancel)
                t->cancel(aTHX_ c);
    }
    ee_client_idle_check(aTHX_ c);
}
