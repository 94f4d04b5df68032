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
    ee_client *c;
    ee_stream *stream;
    ee_keepalive *list;
    int attempts;
    ev_timer retry;
    ee_waiter aw;                      /* waiting for a token to connect */
    int auth_waiting;
    unsigned long stream_token_gen;
};

static void connect_stream(pTHX_ ee_leaser *l);

static const ee_rpc *keepalive_rpc(void)
{
    static const ee_rpc *r;
    int i;
    if (!r)
        for (i = 0; i < eeg_nrpcs; i++)
            if (eeg_rpcs[i].req == &etcdserverpb__lease_keep_alive_request__descriptor)
                r = &eeg_rpcs[i];
    return r;
}

static void send_keepalive(pTHX_ ee_leaser *l, ee_keepalive *k)
{
    Etcdserverpb__LeaseKeepAliveRequest req = ETCDSERVERPB__LEASE_KEEP_ALIVE_REQUEST__INIT;
    if (!l->stream)
        return;                        /* sent again once reconnected */
    req.id = k->id;
    ee_stream_send(aTHX_ l->stream, &req.base);
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
    if (!l->list && l->stream) {       /* nothing left to refresh: close */
        ee_stream *s = l->stream;
        l->stream = NULL;
        ee_stream_cancel(aTHX_ s);
    }
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
    l->attempts = 0;
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

static void retry_cb(EV_P_ ev_timer *t, int revents)
{
    dTHX;
    ee_leaser *l = (ee_leaser *)t->data;
    ee_timer_fired(t);
    if (EE_FORKED(l->c))
        return;
    if (l->list && !l->stream && !l->c->destroyed)
        connect_stream(aTHX_ l);
}

static void on_end(pTHX_ ee_stream *s, int code, const char *msg, size_t len)
{
    ee_leaser *l = (ee_leaser *)s->owner;
    ee_keepalive *k, *next;
    int again = 0;
    if (l->stream != s)
        return;
    l->stream = NULL;
    if (l->c->destroyed)
        return;
    if (code == GRPC_STATUS_OK) {
        static const char m[] = "the server closed the keepalive stream";
        code = GRPC_STATUS_UNAVAILABLE;
        msg = m;
        len = sizeof m - 1;
    }
    if (ee_auth_is_token_error(code, msg, len) && ee_auth_has_credentials(l->c)
        && l->stream_token_gen == l->c->token_gen) {
        ee_auth_invalidate(aTHX_ l->c, l->stream_token_gen);
        connect_stream(aTHX_ l);       /* waits for the new token */
        return;
    }
    for (k = l->list; k; k = next) {
        next = k->next;
        if (k->sub.auto_reconnect) {
            ee_timer_stop(&k->refresh);       /* resent on reconnect; expiry keeps running */
            again = 1;
        } else {
            fail(aTHX_ l, k, code, msg, len);
        }
    }
    if (!again)
        return;
    if (l->attempts >= l->c->max_retries) {
        char buf[512];
        while (l->list) {
            snprintf(buf, sizeof buf, "lease %" PRId64 ": keepalive stream failed %d times in a row, "
                     "giving up: %.*s", l->list->id, l->attempts + 1, (int)len, msg);
            fail(aTHX_ l, l->list, code, buf, strlen(buf));
        }
        l->attempts = 0;
        return;
    }
    ee_timer_start(&l->retry, ee_backoff_delay(l->attempts++));
}

static const ee_stream_ops keepalive_ops = { on_message, on_end };

static void auth_ready(pTHX_ ee_waiter *aw, int code, const char *msg, size_t len)
{
    ee_leaser *l = (ee_leaser *)((char *)aw - offsetof(ee_leaser, aw));
    l->auth_waiting = 0;
    if (code == GRPC_STATUS_OK)
        connect_stream(aTHX_ l);
    else
        while (l->list)
            fail(aTHX_ l, l->list, code, msg, len);
}

static void connect_stream(pTHX_ ee_leaser *l)
{
    ee_keepalive *k;
    if (l->auth_waiting || l->stream)
        return;
    if (ee_auth_needs_token(l->c)) {   /* log in first: the stream carries the token */
        l->auth_waiting = 1;
        l->aw.ready = auth_ready;
        ee_auth_wait(aTHX_ l->c, &l->aw);
        return;
    }
    l->stream_token_gen = l->c->token_gen;
    l->stream = ee_stream_open(aTHX_ l->c, keepalive_rpc(), NULL, &keepalive_ops, l);
    for (k = l->list; k; k = k->next)
        send_keepalive(aTHX_ l, k);
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
        l->c = c;
        ev_timer_init(&l->retry, retry_cb, 0., 0.);
        l->retry.data = (void *)l;
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
    if (l->stream)
        send_keepalive(aTHX_ l, k);
    else if (!ev_is_active(&l->retry))
        connect_stream(aTHX_ l);
    return handle;
}

void ee_keepalive_client_gone(pTHX_ ee_client *c)
{
    ee_leaser *l = c->leaser;
    if (!l)
        return;
    if (l->auth_waiting)
        ee_auth_unwait(c, &l->aw);
    ee_timer_stop(&l->retry);
    while (l->list)
        drop(aTHX_ l, l->list);
    Safefree(l);
    c->leaser = NULL;
}
