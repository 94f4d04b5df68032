/*
 * keepalive.c - every lease keepalive of a client on ONE LeaseKeepAlive
 * stream (a mux, see mux.c, for the stream's life and the list).  Each
 * lease is refreshed at a third of its TTL.  A TTL of 0 from the server
 * (lease expired or revoked) ends that keepalive with NOT_FOUND; a lease
 * that goes unrefreshed until its TTL has run out (server unreachable)
 * ends with DEADLINE_EXCEEDED at that moment, never silently.
 */
#include "ee.h"
#include "etcdserverpb/rpc.pb-c.h"

typedef struct ee_keepalive {
    ee_mux_item item;                  /* first: a keepalive is a mux item (and an ee_sub) */
    int64_t id;
    int64_t ttl;                       /* last TTL the server granted */
    ev_timer refresh;                  /* next keepalive request */
    ev_timer expiry;                   /* TTL ran out without a refresh */
} ee_keepalive;

struct ee_leaser {
    ee_mux m;                          /* first: the stream and the list (mux.c) */
};

#define KEEPALIVE(it) ((ee_keepalive *)(it))

static const ee_rpc *keepalive_rpc(void)
{
    static const ee_rpc *r;
    return r ? r : (r = ee_rpc_by_request(&etcdserverpb__lease_keep_alive_request__descriptor));
}

/* mux: (re)opened, or time to refresh */
static void send_keepalive(pTHX_ ee_mux *m, ee_mux_item *it)
{
    Etcdserverpb__LeaseKeepAliveRequest req = ETCDSERVERPB__LEASE_KEEP_ALIVE_REQUEST__INIT;
    if (!m->d.stream)
        return;                        /* sent again once reconnected */
    req.id = KEEPALIVE(it)->id;
    ee_stream_send(aTHX_ m->d.stream, &req.base);
}

static void stream_lost(ee_mux_item *it)
{
    ee_timer_stop(&KEEPALIVE(it)->refresh);   /* resent on reconnect; expiry keeps running */
}

static void dropped(pTHX_ ee_mux_item *it)
{
    ee_timer_stop(&KEEPALIVE(it)->refresh);
    ee_timer_stop(&KEEPALIVE(it)->expiry);
}

static int name_error(ee_mux_item *it, char *buf, size_t size, const char *msg, size_t len)
{
    return snprintf(buf, size, "lease %" PRId64 ": %.*s", KEEPALIVE(it)->id, (int)len, msg);
}

static void refresh_cb(EV_P_ ev_timer *t, int revents)
{
    dTHX;
    ee_keepalive *k = (ee_keepalive *)t->data;
    ee_timer_fired(t);
    if (EE_FORKED(k->item.sub.c))
        return;
    send_keepalive(aTHX_ k->item.mux, &k->item);   /* runs no user code */
}

static void expiry_cb(EV_P_ ev_timer *t, int revents)
{
    dTHX;
    ee_keepalive *k = (ee_keepalive *)t->data;
    char buf[160];
    ee_client *c = k->item.sub.c;
    ee_timer_fired(t);
    if (EE_FORKED(c))
        return;
    snprintf(buf, sizeof buf, "lease %" PRId64 " could not be refreshed before its TTL of %" PRId64
             "s ran out; it has expired on the server", k->id, k->ttl);
    ee_client_enter(c);
    ee_mux_fail(aTHX_ &k->item, GRPC_STATUS_DEADLINE_EXCEEDED, buf, strlen(buf), NULL, NULL);
    ee_client_leave(aTHX_ c);
}

static int same_lease(ee_mux_item *it, const void *arg)
{
    return KEEPALIVE(it)->id == *(const int64_t *)arg && it->sub.state == EE_SUB_ACTIVE;
}

static void on_message(pTHX_ ee_mux *m, const ProtobufCMessage *msg)
{
    const Etcdserverpb__LeaseKeepAliveResponse *r = (const Etcdserverpb__LeaseKeepAliveResponse *)msg;
    ee_mux_item **v;
    int n = ee_mux_hold(aTHX_ m, &v, same_lease, &r->id), i;
    for (i = 0; i < n; i++) {
        ee_keepalive *k = KEEPALIVE(v[i]);
        if (!ee_mux_listed(v[i]) || k->item.sub.state != EE_SUB_ACTIVE)
            continue;                  /* ended by an earlier callback */
        if (r->ttl <= 0) {
            char buf[128];
            snprintf(buf, sizeof buf, "lease %" PRId64 " has expired or was revoked", k->id);
            ee_mux_fail(aTHX_ &k->item, GRPC_STATUS_NOT_FOUND, buf, strlen(buf), NULL, NULL);
        } else {
            double every = r->ttl / 3.0;
            ee_sub_state(aTHX_ &k->item.sub, "reconnected", GRPC_STATUS_OK, NULL, 0, 0);
            if (!ee_mux_listed(v[i]) || k->item.sub.state != EE_SUB_ACTIVE)
                continue;              /* (the callback ended it) */
            k->ttl = r->ttl;
            ee_timer_start(&k->refresh, every < 0.2 ? 0.2 : every);
            ee_timer_start(&k->expiry, (double)r->ttl);
            ee_sub_deliver(aTHX_ &k->item.sub, keepalive_rpc()->resp_to_sv(aTHX_ msg), NULL);
        }
    }
    ee_mux_unhold(aTHX_ v, n);
}

static const ee_mux_class keepalive_mux = {
    "keepalive", keepalive_rpc, on_message, send_keepalive, stream_lost, dropped, name_error, NULL
};

/* ee_sub class */
static void keepalive_cancel(pTHX_ ee_sub *s)
{
    ee_mux_cancelled(aTHX_ (ee_mux_item *)s);   /* stop refreshing: nothing to ask the server */
}

static void keepalive_free(pTHX_ ee_sub *s)
{
    dropped(aTHX_ (ee_mux_item *)s);
}

static const ee_sub_class keepalive_class = {
    "keepalive", "EV::Etcd::Keepalive", keepalive_cancel, keepalive_free, NULL
};

SV *ee_keepalive_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *msg, SV *cb,
                       const ee_call_opts *o, int want_handle)
{
    const Etcdserverpb__LeaseKeepAliveRequest *req = (const Etcdserverpb__LeaseKeepAliveRequest *)msg;
    ee_keepalive *k;
    SV *handle = NULL;
    int rl;

    if (req->id <= 0)
        croak("%s: the lease id must be a positive integer", m->name);
    rl = o->require_leader >= 0 ? o->require_leader : c->require_leader;
    if (!c->leaser[rl]) {
        Newxz(c->leaser[rl], 1, ee_leaser);
        ee_mux_init(&c->leaser[rl]->m, c, &keepalive_mux);
        c->leaser[rl]->m.d.open_flags = rl ? EE_OPEN_REQUIRE_LEADER : 0;
    }
    Newxz(k, 1, ee_keepalive);
    ee_sub_init(aTHX_ &k->item.sub, &keepalive_class, c, cb, o->auto_reconnect);
    ee_sub_options(aTHX_ &k->item.sub, o);
    k->id = req->id;
    k->item.sub.id = (IV)req->id;
    ev_timer_init(&k->refresh, refresh_cb, 0., 0.);
    k->refresh.data = (void *)k;
    ev_timer_init(&k->expiry, expiry_cb, 0., 0.);
    k->expiry.data = (void *)k;
    if (want_handle)
        handle = ee_sub_handle(aTHX_ &k->item.sub);
    ee_mux_add(aTHX_ &c->leaser[rl]->m, &k->item);
    return handle;
}

static void leaser_gone(pTHX_ ee_client *c)
{
    int rl;
    for (rl = 0; rl < 2; rl++) {
        if (!c->leaser[rl])
            continue;
        ee_mux_gone(aTHX_ &c->leaser[rl]->m);
        Safefree(c->leaser[rl]);
        c->leaser[rl] = NULL;
    }
}

static ee_teardown keepalive_teardown = { 30, NULL, leaser_gone, NULL };
static void __attribute__((constructor)) keepalive_register(void)
{
    ee_client_on_teardown(&keepalive_teardown);
}
