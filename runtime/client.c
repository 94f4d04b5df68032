/*
 * client.c - one EV::Etcd client: its endpoints (one channel per member,
 * endpoint.c), the auth token, health, fork detection and teardown.
 */
#include "ee.h"
#include <grpc/support/log.h>

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
    st = ee_client_connectivity(c, 1);
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
    st = ee_client_connectivity(c, 0);
    if (st == GRPC_CHANNEL_READY || st == GRPC_CHANNEL_IDLE) {
        c->reconnect_backoff = EE_RECONNECT_INITIAL_S;
        c->reconnect_wait = 0;
    }
    else if (st == GRPC_CHANNEL_TRANSIENT_FAILURE
             && (c->reconnect_wait += EE_CHILD_RECONNECT_TICK_S) >= c->reconnect_backoff) {
        ee_client_reset_connect_backoff(c);
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

/* `config` is new()'s options, validated and normalised by EV::Etcd::new:
 * endpoints (host:port strings), timeout_ms, max_retries, health_interval,
 * on_health_change, auth_token, username, password, tls (ca, cert, key PEM
 * text; server_name), keepalive_time_ms, keepalive_timeout_ms, balance,
 * wait_for_ready, max_send_message_size, max_receive_message_size. */
ee_client *ee_client_new(pTHX_ HV *config)
{
    ee_client *c;
    SV *sv;

    ee_process_init(aTHX_ "new");
    ee_log_init(aTHX);

    Newxz(c, 1, ee_client);
    ee_endpoints_init(aTHX_ &c->eps, config);
    c->tls = cfg(aTHX_ config, "tls") != NULL;
    c->timeout_ms = (unsigned)SvUV(cfg(aTHX_ config, "timeout_ms"));
    c->max_retries = (int)SvIV(cfg(aTHX_ config, "max_retries"));
    c->health_interval = (sv = cfg(aTHX_ config, "health_interval")) ? SvNV(sv) : 0;
    c->on_health_change = (sv = cfg(aTHX_ config, "on_health_change")) ? newSVsv(sv) : NULL;
    c->on_state = (sv = cfg(aTHX_ config, "on_state")) ? newSVsv(sv) : NULL;
    c->on_log = (sv = cfg(aTHX_ config, "on_log")) ? newSVsv(sv) : NULL;
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

    if (!ee_bridge_start(aTHX_ &c->bridge, ee_client_any_channel(c), client_wake, c)) {
        ee_endpoints_free(&c->eps);
        croak("new: could not start the completion-queue thread");
    }
    ee_log_watch_channel(c, 0);        /* made before the bridge had its queue */
    c->healthy = -1;
    ev_timer_init(&c->health, health_cb, c->health_interval, c->health_interval);
    c->health.data = (void *)c;
    ev_timer_init(&c->reconnect, reconnect_cb, EE_CHILD_RECONNECT_TICK_S, EE_CHILD_RECONNECT_TICK_S);
    c->reconnect_backoff = EE_RECONNECT_INITIAL_S;
    c->reconnect.data = (void *)c;
    if (ee_process_forked()) {
        EE_LOG(c, EE_LOG_INFO, "fork", "new", "a new client in a forked child process",
               EE_LIV("pid", getpid()), EE_LIV("generation", ee_fork_generation));
        ev_timer_start(EV_DEFAULT_UC, &c->reconnect);
        ev_unref(EV_DEFAULT_UC);
    }
    if (c->health_interval > 0) {
        ee_client_connectivity(c, 1);    /* connect now */
        ev_timer_start(EV_DEFAULT_UC, &c->health);
        ev_unref(EV_DEFAULT_UC);       /* monitoring alone does not keep EV::run going */
    }
    return c;
}

/* The error hash of a failed call; a TLS failure says which member and
 * why, where that can be told (tls.c). */
SV *ee_client_error(pTHX_ ee_client *c, int code, const char *msg, size_t len, const char *source)
{
    SV *err = c->tls ? ee_tls_error(aTHX_ ee_client_endpoint(c), code, msg, len, source) : NULL;
    return err ? err : ee_error_sv(aTHX_ code, msg, len, source);
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
    ee_timer_stop(&c->health);
    ee_timer_stop(&c->reconnect);
    ee_endpoints_free(&c->eps);
    ee_bridge_stop(aTHX_ &c->bridge);
    ee_log_free(aTHX_ c);
    grpc_slice_unref(c->token);
    ee_auth_free(c);
    if (c->on_health_change)
        SvREFCNT_dec(c->on_health_change);
    if (c->on_state)
        SvREFCNT_dec(c->on_state);
    if (c->on_log)
        SvREFCNT_dec(c->on_log);
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
    if (c->log_queue && c->depth == 1)
        ee_log_flush(aTHX_ c);         /* the hook runs here, the client still held */
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
        if (PL_phase != PERL_PHASE_DESTRUCT && PL_phase != PERL_PHASE_END) {
            static const char m[] = "client inherited across fork() destroyed in the child; "
                                    "its connection belongs to the parent and was left alone";
            if (EE_LOG_ON(c))          /* told to the hook instead of printed */
                ee_log_now(aTHX_ c, EE_LOG_WARN, "fork", NULL, m, EE_LIV("pid", getpid()), EE_LV_END);
            else
                warn("EV::Etcd: %s", m);
        }
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
