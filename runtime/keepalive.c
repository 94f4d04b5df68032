/*
 * keepalive.c - every lease keepalive of a client on ONE LeaseKeepAlive
 * stream.  Each lease is refreshed at a third of its TTL.  A TTL of 0 from
 * the server (lease expired or revoked) ends that keepalive with NOT_FOUND;
 * a lease that goes unrefreshed until its TTL has run out (server
 * unreachable) ends with DEADLINE_EXCEEDED at that moment, never silently.
 */
#include "ee.h"
#include "etcdserverpb/rpc.pb-c.h"

typedef struct ee_keepalive {
    ee_sub sub;                        /* first: an ee_keepalive is an ee_sub */
    struct ee_keepalive *prev, *next;  /* the leaser's list */
    ee_leaser *l;
    int64_t id;
    int64_t ttl;                       /* last TTL the server granted */
    ev_timer refresh;                  /* next keepalive request */
    ev_timer expiry;                   /* TTL ran out without a refresh */
} ee_keepalive;

struct ee_leaser {
    ee_redial d;                       /* first: the stream, dialled again (stream.c) */
    ee_keepalive *list;
};


static const ee_rpc *keepalive_rpc(void)
{
    static const ee_rpc *r;
    return r ? r : (r = ee_rpc_by_request(&etcdserverpb__lease_keep_alive_request__descriptor));
}

static void send_keepalive(pTHX_ ee_leaser *l, ee_keepalive *k)
{
    Etcdserverpb__LeaseKeepAliveRequest req = ETCDSERVERPB__LEASE_KEEP_ALIVE_REQUEST__INIT;
    if (!l->d.stream)
        return;                        /* sent again once reconnected */
    req.id = k->id;
    ee_stream_send(aTHX_ l->d.stream, &req.base);
}

static void drop(pTHX_ ee_leaser *l, ee_keepalive *k)
{
    if (!k->prev && l->list != k)
        return;
    if (k->prev) k->prev->next = k->next; else l->list = k->next;
    if (k->next) k->next->prev = k->prev;
    k->prev = k->next = NULL;
    ee_timer_stop(&k->refresh);
    ee_timer_stop(&k->expiry);
    ee_sub_release(aTHX_ &k->sub);
    if (!l->list)                      /* nothing left to refresh: close */
        ee_redial_drop_stream(aTHX_ &l->d);
}

static void fail(pTHX_ ee_leaser *l, ee_keepalive *k, int code, const char *msg, size_t len)
{
    k->sub.refcnt++;
    drop(aTHX_ l, k);
    ee_sub_fail(aTHX_ &k->sub, code, msg, len, NULL, NULL);
    ee_sub_release(aTHX_ &k->sub);
}

static void refresh_cb(EV_P_ ev_timer *t, int revents)
{
    dTHX;
    ee_keepalive *k = (ee_keepalive *)t->data;
    ee_timer_fired(t);
    if (EE_FORKED(k->sub.c))
        return;
    send_keepalive(aTHX_ k->l, k);
}

static void expiry_cb(EV_P_ ev_timer *t, int revents)
{
    dTHX;
    ee_keepalive *k = (ee_keepalive *)t->data;
    char buf[160];
    ee_timer_fired(t);
    if (EE_FORKED(k->sub.c))
        return;
    snprintf(buf, sizeof buf, "lease %" PRId64 " could not be refreshed before its TTL of %" PRId64
             "s ran out; it has expired on the server", k->id, k->ttl);
    fail(aTHX_ k->l, k, GRPC_STATUS_DEADLINE_EXCEEDED, buf, strlen(buf));
}

static void on_message(pTHX_ ee_stream *s, const ProtobufCMessage *msg)
{
    ee_leaser *l = (ee_leaser *)s->owner;
    const Etcdserverpb__LeaseKeepAliveResponse *r = (const Etcdserverpb__LeaseKeepAliveResponse *)msg;
    ee_keepalive *k, *next;
    l->d.attempts = 0;
    for (k = l->list; k; k = next) {
        next = k->next;
        if (k->id != r->id || k->sub.state != EE_SUB_ACTIVE)
            continue;
        k->sub.refcnt++;
        if (r->ttl <= 0) {
            char buf[128];
            snprintf(buf, sizeof buf, "lease %" PRId64 " has expired or was revoked", k->id);
            fail(aTHX_ l, k, GRPC_STATUS_NOT_FOUND, buf, strlen(buf));
        } else {
            double every = r->ttl / 3.0;
            k->ttl = r->ttl;
            ee_timer_start(&k->refresh, every < 0.2 ? 0.2 : every);
            ee_timer_start(&k->expiry, (double)r->ttl);
            ee_sub_deliver(aTHX_ &k->sub, keepalive_rpc()->resp_to_sv(aTHX_ msg), NULL);
        }
        next = k->next;
        ee_sub_release(aTHX_ &k->sub);
    }
}

static void on_end(pTHX_ ee_stream *s, int code, const char *msg, size_t len)
{
    ee_leaser *l = (ee_leaser *)s->owner;
    ee_keepalive *k;
    int again = 0;
    if (!ee_redial_ended(aTHX_ &l->d, s, &code, &msg, &len))
        return;
    if (ee_redial_stale_token(aTHX_ &l->d, code, msg, len)) {
        ee_redial_connect(aTHX_ &l->d);    /* once logged in again */
        return;
    }
restart:                               /* callbacks may change the list */
    for (k = l->list; k; k = k->next) {
        if (k->sub.auto_reconnect) {
            ee_timer_stop(&k->refresh);   /* resent on reconnect; expiry keeps running */
            again = 1;
        } else {
            fail(aTHX_ l, k, code, msg, len);
            goto restart;
        }
    }
    if (again)
        ee_redial_later(aTHX_ &l->d, code, msg, len);
}

static const ee_stream_ops keepalive_ops = { on_message, on_end };

/* ee_redial callbacks */
static void opened(pTHX_ ee_redial *d)
{
    ee_leaser *l = (ee_leaser *)d;
    ee_keepalive *k;
    for (k = l->list; k; k = k->next)
        send_keepalive(aTHX_ l, k);
}

static void fail_all(pTHX_ ee_redial *d, int code, const char *msg, size_t len)
{
    ee_leaser *l = (ee_leaser *)d;
    char buf[600];
    while (l->list) {
        int n = snprintf(buf, sizeof buf, "lease %" PRId64 ": %.*s", l->list->id, (int)len, msg);
        fail(aTHX_ l, l->list, code, buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
    }
}

static int idle(ee_redial *d)
{
    return ((ee_leaser *)d)->list == NULL;
}

static void keepalive_cancel(pTHX_ ee_sub *s)
{
    ee_keepalive *k = (ee_keepalive *)s;
    s->refcnt++;
    drop(aTHX_ k->l, k);               /* stop refreshing: nothing to ask the server */
    ee_sub_cancelled(aTHX_ s);
    ee_sub_release(aTHX_ s);
}

static void keepalive_free(pTHX_ ee_sub *s)
{
    ee_keepalive *k = (ee_keepalive *)s;
    ee_timer_stop(&k->refresh);
    ee_timer_stop(&k->expiry);
}

static const ee_sub_class keepalive_class = {
    "keepalive", "EV::Etcd::Keepalive", keepalive_cancel, keepalive_free, NULL
};

SV *ee_keepalive_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *msg, SV *cb,
                       const ee_call_opts *o, int want_handle)
{
    const Etcdserverpb__LeaseKeepAliveRequest *req = (const Etcdserverpb__LeaseKeepAliveRequest *)msg;
    ee_leaser *l = c->leaser;
    ee_keepalive *k;
    SV *handle = NULL;

    if (req->id <= 0)
        croak("%s: the lease id must be a positive integer", m->name);
    if (!l) {
        Newxz(l, 1, ee_leaser);
        ee_redial_init(&l->d, c, keepalive_rpc(), &keepalive_ops, "keepalive");
        l->d.opened = opened;
        l->d.fail = fail_all;
        l->d.idle = idle;
        c->leaser = l;
    }
    Newxz(k, 1, ee_keepalive);
    ee_sub_init(aTHX_ &k->sub, &keepalive_class, c, cb, o->auto_reconnect);
    k->l = l;
    k->id = req->id;
    k->sub.id = (IV)req->id;
    ev_timer_init(&k->refresh, refresh_cb, 0., 0.);
    k->refresh.data = (void *)k;
    ev_timer_init(&k->expiry, expiry_cb, 0., 0.);
    k->expiry.data = (void *)k;
    k->next = l->list;
    if (l->list)
        l->list->prev = k;
    l->list = k;
    if (want_handle)
        handle = ee_sub_handle(aTHX_ &k->sub);
    if (l->d.stream)
        send_keepalive(aTHX_ l, k);
    else
        ee_redial_connect(aTHX_ &l->d);    /* unless it waits for a token or a retry */
    return handle;
}

void ee_keepalive_client_gone(pTHX_ ee_client *c)
{
    ee_leaser *l = c->leaser;
    if (!l)
        return;
    ee_redial_stop(aTHX_ &l->d);
    while (l->list)
        drop(aTHX_ l, l->list);
    Safefree(l);
    c->leaser = NULL;
}
