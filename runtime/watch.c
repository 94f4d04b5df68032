/*
 * watch.c - every watch of a client on ONE gRPC Watch stream.
 *
 * The client chooses each watch's id (WatchCreateRequest.watch_id), so the
 * id the user sees is the id on the wire, on this stream and on every
 * stream after a reconnect.  Each watch remembers where to resume: the
 * mod_revision of the last event delivered + 1 (never a response header's
 * revision while catching up: that is the current revision and would skip
 * history), or the header revision + 1 of a created / progress response,
 * which etcd only sends for watchers that are in sync.
 */
#include "ee.h"
#include "etcdserverpb/rpc.pb-c.h"

enum { W_PENDING = 0, W_CREATING, W_ACTIVE };

typedef struct ee_watch {
    ee_sub sub;                        /* first: an ee_watch is an ee_sub */
    struct ee_watch *prev, *next;      /* the watcher's list */
    int64_t id;
    int wstate;
    unsigned long create_seq;          /* order of its create on the stream */
    int auth_retried;                  /* refused once, token renewed */
    int announced;                     /* the user has seen created */
    int64_t next_rev;                  /* resume point; 0 = from now */
    ProtobufCBinaryData create;        /* the packed WatchCreateRequest */
} ee_watch;

struct ee_watcher {
    ee_redial d;                       /* first: the stream, dialled again (stream.c) */
    ee_watch *list;
    HV *by_id;                         /* id (8 bytes) -> ee_watch */
    int64_t next_id;
    unsigned long create_seq;
};

static void drop(pTHX_ ee_watcher *w, ee_watch *x);

static const ee_rpc *watch_rpc(void)
{
    static const ee_rpc *r;
    return r ? r : (r = ee_rpc_by_request(&etcdserverpb__watch_request__descriptor));
}

static ee_watch *find(pTHX_ ee_watcher *w, int64_t id)
{
    SV **svp = hv_fetch(w->by_id, (const char *)&id, sizeof id, 0);
    return svp ? INT2PTR(ee_watch *, SvIV(*svp)) : NULL;
}

static void send_create(pTHX_ ee_watcher *w, ee_watch *x)
{
    Etcdserverpb__WatchRequest req = ETCDSERVERPB__WATCH_REQUEST__INIT;
    Etcdserverpb__WatchCreateRequest *cr = (Etcdserverpb__WatchCreateRequest *)
        protobuf_c_message_unpack(&etcdserverpb__watch_create_request__descriptor, NULL,
                                  x->create.len, x->create.data);
    cr->watch_id = x->id;
    cr->start_revision = x->next_rev;
    req.request_union_case = ETCDSERVERPB__WATCH_REQUEST__REQUEST_UNION_CREATE_REQUEST;
    req.create_request = cr;
    ee_stream_send(aTHX_ w->d.stream, &req.base);
    protobuf_c_message_free_unpacked(&cr->base, NULL);
    x->wstate = W_CREATING;
    x->create_seq = ++w->create_seq;
}

/* etcd refuses a create with watch_id -1: it is the oldest create pending. */
static ee_watch *oldest_creating(ee_watcher *w)
{
    ee_watch *x, *best = NULL;
    for (x = w->list; x; x = x->next)
        if (x->wstate == W_CREATING && (!best || x->create_seq < best->create_seq))
            best = x;
    return best;
}

/* Reopen the stream with a fresh token (streams carry the token they were
 * opened with). */
static void restart_stream(pTHX_ ee_watcher *w)
{
    ee_watch *x;
    ee_redial_drop_stream(aTHX_ &w->d);
again:
    for (x = w->list; x; x = x->next) {
        if (x->sub.state == EE_SUB_CANCELLING) {   /* gone with the old stream */
            x->sub.refcnt++;
            drop(aTHX_ w, x);
            ee_sub_cancelled(aTHX_ &x->sub);       /* may change the list */
            ee_sub_release(aTHX_ &x->sub);
            goto again;
        }
        x->wstate = W_PENDING;
    }
    ee_redial_connect(aTHX_ &w->d);
}

static void send_cancel(pTHX_ ee_watcher *w, int64_t id)
{
    Etcdserverpb__WatchRequest req = ETCDSERVERPB__WATCH_REQUEST__INIT;
    Etcdserverpb__WatchCancelRequest cancel = ETCDSERVERPB__WATCH_CANCEL_REQUEST__INIT;
    cancel.watch_id = id;
    req.request_union_case = ETCDSERVERPB__WATCH_REQUEST__REQUEST_UNION_CANCEL_REQUEST;
    req.cancel_request = &cancel;
    ee_stream_send(aTHX_ w->d.stream, &req.base);
}

/* Remove a watch from the watcher (its sub may live on in a Perl handle). */
static void drop(pTHX_ ee_watcher *w, ee_watch *x)
{
    if (!x->prev && w->list != x)
        return;                        /* not listed */
    if (x->prev) x->prev->next = x->next; else w->list = x->next;
    if (x->next) x->next->prev = x->prev;
    x->prev = x->next = NULL;
    hv_delete(w->by_id, (const char *)&x->id, sizeof x->id, G_DISCARD);
    ee_sub_release(aTHX_ &x->sub);
    if (!w->list)                      /* nothing left to watch: close */
        ee_redial_drop_stream(aTHX_ &w->d);
}

static void deliver(pTHX_ ee_watch *x, const Etcdserverpb__WatchResponse *r)
{
    SV *resp = watch_rpc()->resp_to_sv(aTHX_ r);
    hv_stores((HV *)SvRV(resp), "watch_id", newSViv(x->id));
    ee_sub_deliver(aTHX_ &x->sub, resp, NULL);
}

static void on_message(pTHX_ ee_stream *s, const ProtobufCMessage *msg)
{
    ee_watcher *w = (ee_watcher *)s->owner;
    const Etcdserverpb__WatchResponse *r = (const Etcdserverpb__WatchResponse *)msg;
    int64_t hrev = r->header ? r->header->revision : 0;
    ee_watch *x;

    w->d.attempts = 0;                   /* the stream works */
    if (r->watch_id == -1 && (r->created || r->canceled)) {
        /* a create the server refused (permission denied, bad request) */
        if (!(x = oldest_creating(w)))
            return;
        if (ee_auth_has_credentials(w->d.c) && !x->auth_retried && x->sub.state == EE_SUB_ACTIVE) {
            /* maybe only the stream's token went stale: once, log in again */
            x->auth_retried = 1;
            ee_auth_invalidate(aTHX_ w->d.c, w->d.token_gen);
            restart_stream(aTHX_ w);
            return;
        }
        x->sub.refcnt++;
        drop(aTHX_ w, x);
        {
            const char *why = r->cancel_reason && *r->cancel_reason ? r->cancel_reason
                                                                    : "the server refused the watch";
            int code = strstr(why, "ermission") ? GRPC_STATUS_PERMISSION_DENIED : GRPC_STATUS_CANCELLED;
            if (x->sub.state == EE_SUB_CANCELLING)
                ee_sub_cancelled(aTHX_ &x->sub);
            else
                ee_sub_fail(aTHX_ &x->sub, code, why, strlen(why), NULL, NULL);
        }
        ee_sub_release(aTHX_ &x->sub);
        return;
    }
    if (r->watch_id == -1) {
        /* a progress notification for the whole stream (RequestProgress) */
        ee_watch *next;
        for (x = w->list; x; x = next) {
            next = x->next;
            if (x->wstate != W_ACTIVE)
                continue;
            if (hrev + 1 > x->next_rev)
                x->next_rev = hrev + 1;
            x->sub.refcnt++;
            deliver(aTHX_ x, r);
            next = x->next;
            ee_sub_release(aTHX_ &x->sub);
        }
        return;
    }
    if (!(x = find(aTHX_ w, r->watch_id)))
        return;                        /* cancelled locally meanwhile */
    x->sub.refcnt++;
    if (r->created) {
        x->wstate = W_ACTIVE;
        x->auth_retried = 0;
        if (x->next_rev == 0)
            x->next_rev = hrev + 1;
        if (x->sub.state == EE_SUB_CANCELLING) {
            send_cancel(aTHX_ w, x->id);
        } else if (!x->announced && !r->canceled) {
            x->announced = 1;
            deliver(aTHX_ x, r);
        }
    }
    if (r->canceled) {
        if (x->sub.state == EE_SUB_CANCELLING) {
            drop(aTHX_ w, x);
            ee_sub_cancelled(aTHX_ &x->sub);
        } else {
            char buf[256];
            const char *why = r->cancel_reason && *r->cancel_reason ? r->cancel_reason : NULL;
            int code = r->compact_revision > 0 ? GRPC_STATUS_OUT_OF_RANGE : GRPC_STATUS_CANCELLED;
            if (!why) {
                if (r->compact_revision > 0)
                    snprintf(buf, sizeof buf, "etcdserver: mvcc: required revision has been compacted "
                             "(compact revision %" PRId64 ")", r->compact_revision);
                else
                    snprintf(buf, sizeof buf, "watch %" PRId64 " cancelled by the server", x->id);
                why = buf;
            }
            drop(aTHX_ w, x);
            ee_sub_fail(aTHX_ &x->sub, code, why, strlen(why),
                        sv_2mortal(newSVpvs("compact_revision")), newSViv(r->compact_revision));
        }
    } else if (!r->created) {
        if (r->n_events)
            x->next_rev = r->events[r->n_events - 1]->kv
                        ? r->events[r->n_events - 1]->kv->mod_revision + 1 : x->next_rev;
        else if (x->wstate == W_ACTIVE && hrev + 1 > x->next_rev)
            x->next_rev = hrev + 1;    /* progress notification: in sync up to hrev */
        deliver(aTHX_ x, r);
    }
    ee_sub_release(aTHX_ &x->sub);
}

static void on_end(pTHX_ ee_stream *s, int code, const char *msg, size_t len)
{
    ee_watcher *w = (ee_watcher *)s->owner;
    ee_watch *x;
    int again = 0;
    if (!ee_redial_ended(aTHX_ &w->d, s, &code, &msg, &len))
        return;
    if (ee_redial_stale_token(aTHX_ &w->d, code, msg, len)) {
        for (x = w->list; x; x = x->next)
            x->wstate = W_PENDING;
        ee_redial_connect(aTHX_ &w->d);    /* once logged in again */
        return;
    }
restart:                               /* callbacks may change the list */
    for (x = w->list; x; x = x->next) {
        if (x->sub.state == EE_SUB_CANCELLING) {        /* gone with the stream */
            x->sub.refcnt++;
            drop(aTHX_ w, x);
            ee_sub_cancelled(aTHX_ &x->sub);
            ee_sub_release(aTHX_ &x->sub);
            goto restart;
        } else if (x->sub.auto_reconnect) {
            x->wstate = W_PENDING;
            again = 1;
        } else {
            x->sub.refcnt++;
            drop(aTHX_ w, x);
            ee_sub_fail(aTHX_ &x->sub, code, msg, len, NULL, NULL);
            ee_sub_release(aTHX_ &x->sub);
            goto restart;
        }
    }
    if (again)
        ee_redial_later(aTHX_ &w->d, code, msg, len);
}

static const ee_stream_ops watch_ops = { on_message, on_end };

/* ee_redial callbacks */
static void opened(pTHX_ ee_redial *d)
{
    ee_watcher *w = (ee_watcher *)d;
    ee_watch *x;
    for (x = w->list; x; x = x->next)
        if (x->wstate == W_PENDING)
            send_create(aTHX_ w, x);
}

static void fail_all(pTHX_ ee_redial *d, int code, const char *msg, size_t len)
{
    ee_watcher *w = (ee_watcher *)d;
    ee_watch *x;
    while ((x = w->list)) {
        x->sub.refcnt++;
        drop(aTHX_ w, x);
        ee_sub_fail(aTHX_ &x->sub, code, msg, len, NULL, NULL);
        ee_sub_release(aTHX_ &x->sub);
    }
}

static int idle(ee_redial *d)
{
    return ((ee_watcher *)d)->list == NULL;
}

static void watch_cancel(pTHX_ ee_sub *s)
{
    ee_watch *x = (ee_watch *)s;
    ee_watcher *w = s->c->watcher;
    if (x->wstate == W_ACTIVE && w->d.stream) {
        send_cancel(aTHX_ w, x->id);   /* completes when the server confirms */
    } else if (x->wstate == W_CREATING && w->d.stream) {
        /* cancelled once the server has created it (on_message) */
    } else {
        drop(aTHX_ w, x);
        ee_sub_cancelled(aTHX_ s);
    }
}

static void watch_free(pTHX_ ee_sub *s)
{
    ee_watch *x = (ee_watch *)s;
    Safefree(x->create.data);
}

static const ee_sub_class watch_class = { "watch", "EV::Etcd::Watch", watch_cancel, watch_free, NULL };

static ee_watcher *watcher(pTHX_ ee_client *c)
{
    if (!c->watcher) {
        ee_watcher *w;
        Newxz(w, 1, ee_watcher);
        ee_redial_init(&w->d, c, watch_rpc(), &watch_ops, "watch");
        w->d.opened = opened;
        w->d.fail = fail_all;
        w->d.idle = idle;
        w->by_id = newHV();
        w->next_id = 1;
        c->watcher = w;
    }
    return c->watcher;
}

SV *ee_watch_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *msg, SV *cb,
                   const ee_call_opts *o, int want_handle)
{
    Etcdserverpb__WatchCreateRequest *cr = (Etcdserverpb__WatchCreateRequest *)msg;
    ee_watcher *w = watcher(aTHX_ c);
    ee_watch *x;
    int64_t id = cr->watch_id;
    SV *handle = NULL;

    if (id < 0)
        croak("%s: 'watch_id' must not be negative", m->name);
    if (id) {
        if (find(aTHX_ w, id))
            croak("%s: watch_id %" PRId64 " is already in use on this client", m->name, id);
    } else {
        while (find(aTHX_ w, w->next_id))
            w->next_id++;
        id = w->next_id++;
    }
    Newxz(x, 1, ee_watch);
    ee_sub_init(aTHX_ &x->sub, &watch_class, c, cb, o->auto_reconnect);
    x->id = id;
    x->sub.id = (IV)id;
    x->next_rev = cr->start_revision;
    x->create.len = protobuf_c_message_get_packed_size(msg);
    Newx(x->create.data, x->create.len ? x->create.len : 1, uint8_t);
    protobuf_c_message_pack(msg, x->create.data);
    x->next = w->list;
    if (w->list)
        w->list->prev = x;
    w->list = x;
    hv_store(w->by_id, (const char *)&id, sizeof id, newSViv(PTR2IV(x)), 0);
    if (want_handle)
        handle = ee_sub_handle(aTHX_ &x->sub);
    if (w->d.stream)
        send_create(aTHX_ w, x);
    else
        ee_redial_connect(aTHX_ &w->d);    /* unless it waits for a token or a retry */
    return handle;
}

/* Ask the server for a progress notification on every watch (RequestProgress). */
void ee_watch_progress(pTHX_ ee_client *c)
{
    Etcdserverpb__WatchRequest req = ETCDSERVERPB__WATCH_REQUEST__INIT;
    Etcdserverpb__WatchProgressRequest pr = ETCDSERVERPB__WATCH_PROGRESS_REQUEST__INIT;
    if (!c->watcher || !c->watcher->d.stream)
        return;
    req.request_union_case = ETCDSERVERPB__WATCH_REQUEST__REQUEST_UNION_PROGRESS_REQUEST;
    req.progress_request = &pr;
    ee_stream_send(aTHX_ c->watcher->d.stream, &req.base);
}

/* Teardown, after the stream has ended. */
void ee_watch_client_gone(pTHX_ ee_client *c)
{
    ee_watcher *w = c->watcher;
    if (!w)
        return;
    ee_redial_stop(aTHX_ &w->d);
    while (w->list)
        drop(aTHX_ w, w->list);
    SvREFCNT_dec((SV *)w->by_id);
    Safefree(w);
    c->watcher = NULL;
}
