/*
 * watch.c - every watch of a client on ONE gRPC Watch stream (a mux, see
 * mux.c, for the stream's life and the list).
 *
 * The client chooses each watch's id (WatchCreateRequest.watch_id), so the
 * id the user sees is the id on the wire, on this stream and on every
 * stream after a reconnect.  Each watch remembers where to resume: the
 * mod_revision of the last event delivered + 1 (never a response header's
 * revision while catching up: that is the current revision and would skip
 * history), or the header revision + 1 of a created response (of a watch
 * from now) or of this watch's own progress notification, which etcd only
 * sends for watchers that are in sync.  A stream-wide progress answer
 * (request_progress, watch_id -1) never moves it: etcd 3.4 sends one with
 * the current revision even while a watch on the stream is catching up.
 *
 * A response the server splits into fragments (fragment => 1) is put
 * together again and delivered once, whole; the resume point moves after
 * its last fragment only.  A re-created watch whose server's revision went
 * backwards (a wiped member, a restore from an older snapshot) or whose
 * cluster is another one ends with DATA_LOSS: it could never catch up.
 */
#include "ee.h"
#include "etcdserverpb/rpc.pb-c.h"

enum { W_PENDING = 0, W_CREATING, W_ACTIVE };

typedef struct ee_watch {
    ee_mux_item item;                  /* first: a watch is a mux item (and an ee_sub) */
    int64_t id;
    int wstate;
    unsigned long create_seq;          /* order of its create on the stream */
    int auth_retried;                  /* refused once, token renewed */
    int announced;                     /* the user has seen created */
    int64_t next_rev;                  /* resume point; 0 = from now */
    int64_t confirmed;                 /* the highest revision the server confirmed for it */
    SV *frag;                          /* the response being put together from fragments */
    ProtobufCBinaryData create;        /* the packed WatchCreateRequest */
} ee_watch;

struct ee_watcher {
    ee_mux m;                          /* first: the stream and the list (mux.c) */
    uint64_t cluster_id;               /* of the first response seen; 0 before */
    HV *by_id;                         /* id (8 bytes) -> ee_watch */
    int64_t next_id;
    unsigned long create_seq;
};

#define WATCH(it) ((ee_watch *)(it))

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

/* mux: (re)opened: a watch not yet created on this stream asks for it */
static void send_create(pTHX_ ee_mux *m, ee_mux_item *it)
{
    ee_watcher *w = (ee_watcher *)m;
    ee_watch *x = WATCH(it);
    Etcdserverpb__WatchRequest req = ETCDSERVERPB__WATCH_REQUEST__INIT;
    Etcdserverpb__WatchCreateRequest *cr;
    if (x->wstate != W_PENDING || !m->d.stream)
        return;
    cr = (Etcdserverpb__WatchCreateRequest *)
        protobuf_c_message_unpack(&etcdserverpb__watch_create_request__descriptor, NULL,
                                  x->create.len, x->create.data);
    cr->watch_id = x->id;
    cr->start_revision = x->next_rev;
    req.request_union_case = ETCDSERVERPB__WATCH_REQUEST__REQUEST_UNION_CREATE_REQUEST;
    req.create_request = cr;
    ee_stream_send(aTHX_ m->d.stream, &req.base);
    protobuf_c_message_free_unpacked(&cr->base, NULL);
    x->wstate = W_CREATING;
    x->create_seq = ++w->create_seq;
}

static void stream_lost(ee_mux_item *it)
{
    ee_watch *x = WATCH(it);
    x->wstate = W_PENDING;
    if (x->frag) {                     /* incomplete: the resume sends it again */
        dTHX;
        SvREFCNT_dec(x->frag);
        x->frag = NULL;
    }
}

static void dropped(pTHX_ ee_mux_item *it)
{
    ee_watcher *w = (ee_watcher *)it->mux;
    ee_watch *x = WATCH(it);
    hv_delete(w->by_id, (const char *)&x->id, sizeof x->id, G_DISCARD);
}

/* etcd refuses a create with watch_id -1: it is the oldest create pending. */
static ee_watch *oldest_creating(ee_watcher *w)
{
    ee_mux_item *it;
    ee_watch *best = NULL;
    for (it = w->m.list; it; it = it->next)
        if (WATCH(it)->wstate == W_CREATING && (!best || WATCH(it)->create_seq < best->create_seq))
            best = WATCH(it);
    return best;
}

static void send_cancel(pTHX_ ee_watcher *w, int64_t id)
{
    Etcdserverpb__WatchRequest req = ETCDSERVERPB__WATCH_REQUEST__INIT;
    Etcdserverpb__WatchCancelRequest cancel = ETCDSERVERPB__WATCH_CANCEL_REQUEST__INIT;
    cancel.watch_id = id;
    req.request_union_case = ETCDSERVERPB__WATCH_REQUEST__REQUEST_UNION_CANCEL_REQUEST;
    req.cancel_request = &cancel;
    ee_stream_send(aTHX_ w->m.d.stream, &req.base);
}

static SV *response_sv(pTHX_ ee_watch *x, const Etcdserverpb__WatchResponse *r)
{
    SV *resp = watch_rpc()->resp_to_sv(aTHX_ r);
    hv_stores((HV *)SvRV(resp), "watch_id", newSViv(x->id));
    return resp;
}

static void deliver(pTHX_ ee_watch *x, const Etcdserverpb__WatchResponse *r)
{
    ee_sub_deliver(aTHX_ &x->item.sub, response_sv(aTHX_ x, r), NULL);
}

/* One fragment of a split response: 1 while more are to come (kept), 0
 * when `*whole` is the complete response, to be delivered. */
static int add_fragment(pTHX_ ee_watch *x, const Etcdserverpb__WatchResponse *r, SV **whole)
{
    SV *resp = response_sv(aTHX_ x, r);
    if (x->frag) {
        SV **from = hv_fetchs((HV *)SvRV(resp), "events", 0);
        SV **to = hv_fetchs((HV *)SvRV(x->frag), "events", 0);
        if (from && to && SvROK(*from) && SvROK(*to)) {
            AV *f = (AV *)SvRV(*from), *t = (AV *)SvRV(*to);
            SSize_t i;
            for (i = 0; i <= av_len(f); i++) {
                SV **e = av_fetch(f, i, 0);
                av_push(t, e ? SvREFCNT_inc_simple_NN(*e) : newSV(0));
            }
        } else if (from && !to) {
            hv_stores((HV *)SvRV(x->frag), "events", SvREFCNT_inc_simple_NN(*from));
        }
        SvREFCNT_dec(resp);
    } else {
        x->frag = resp;
    }
    if (r->fragment)
        return 1;
    hv_stores((HV *)SvRV(x->frag), "fragment", newSViv(0));
    *whole = x->frag;
    x->frag = NULL;
    return 0;
}

/* A watch created again after a reconnect: is its server's store the one
 * it was watching?  NULL if so, else why not. */
static const char *replaced_store(ee_watcher *w, ee_watch *x, const Etcdserverpb__WatchResponse *r,
                                  char *buf, size_t size)
{
    uint64_t cid = r->header ? r->header->cluster_id : 0;
    int64_t hrev = r->header ? r->header->revision : 0;
    if (cid && w->cluster_id && cid != w->cluster_id) {
        snprintf(buf, size, "the watch reconnected to another cluster (cluster_id %" PRIu64
                 ", was %" PRIu64 "): its revisions are not this watch's; read again and watch anew",
                 cid, w->cluster_id);
        return buf;
    }
    if (x->confirmed > 0 && r->header && hrev < x->confirmed) {
        snprintf(buf, size, "the server's revision went backwards under the watch (now %" PRId64
                 ", the watch had reached %" PRId64 "): the store was replaced (a wiped member, a "
                 "restore from an older snapshot); read again and watch anew", hrev, x->confirmed);
        return buf;
    }
    return NULL;
}

/* A create the server refused (permission denied, bad request). */
static void refused(pTHX_ ee_watcher *w, const Etcdserverpb__WatchResponse *r)
{
    ee_watch *x = oldest_creating(w);
    const char *why;
    int code;
    if (!x)
        return;
    if (ee_auth_has_credentials(w->m.d.c) && !x->auth_retried && x->item.sub.state == EE_SUB_ACTIVE) {
        /* maybe only the stream's token went stale: once, log in again */
        x->auth_retried = 1;
        ee_auth_invalidate(aTHX_ w->m.d.c, w->m.d.token_gen);
        ee_mux_restart(aTHX_ &w->m);
        return;
    }
    why = r->cancel_reason && *r->cancel_reason ? r->cancel_reason : "the server refused the watch";
    code = strstr(why, "ermission") ? GRPC_STATUS_PERMISSION_DENIED : GRPC_STATUS_CANCELLED;
    ee_mux_fail(aTHX_ &x->item, code, why, strlen(why), NULL, NULL);   /* a cancel in progress wins */
}

static int is_active_watch(ee_mux_item *it, const void *arg)
{
    return WATCH(it)->wstate == W_ACTIVE;
}

/* A progress notification for the whole stream (RequestProgress): every
 * watch in sync hears it. */
static void progress_all(pTHX_ ee_watcher *w, const Etcdserverpb__WatchResponse *r, int64_t hrev)
{
    ee_mux_item **v;
    int n = ee_mux_hold(aTHX_ &w->m, &v, is_active_watch, NULL), i;
    for (i = 0; i < n; i++) {
        ee_watch *x = WATCH(v[i]);
        if (!ee_mux_listed(v[i]))
            continue;                  /* dropped by an earlier callback */
        deliver(aTHX_ x, r);           /* the resume point stays (see the top) */
    }
    ee_mux_unhold(aTHX_ v, n);
}

static void on_message(pTHX_ ee_mux *m, const ProtobufCMessage *msg)
{
    ee_watcher *w = (ee_watcher *)m;
    const Etcdserverpb__WatchResponse *r = (const Etcdserverpb__WatchResponse *)msg;
    int64_t hrev = r->header ? r->header->revision : 0;
    ee_watch *x;

    if (r->watch_id == -1) {
        if (r->created || r->canceled)
            refused(aTHX_ w, r);
        else
            progress_all(aTHX_ w, r, hrev);
        return;
    }
    if (!(x = find(aTHX_ w, r->watch_id)))
        return;                        /* cancelled locally meanwhile */
    x->item.sub.refcnt++;
    if (r->created && x->item.sub.state == EE_SUB_ACTIVE) {
        char buf[320];
        const char *why = replaced_store(w, x, r, buf, sizeof buf);
        if (why) {
            ee_mux_fail(aTHX_ &x->item, GRPC_STATUS_DATA_LOSS, why, strlen(why), NULL, NULL);
            ee_sub_release(aTHX_ &x->item.sub);
            return;
        }
    }
    if (r->header && r->header->cluster_id && !w->cluster_id)
        w->cluster_id = r->header->cluster_id;
    if (r->created) {
        x->wstate = W_ACTIVE;
        x->auth_retried = 0;
        if (x->next_rev == 0) {
            x->next_rev = hrev + 1;
            x->confirmed = hrev;
        } else if (!x->announced && x->confirmed < hrev) {
            /* from a given revision: the store has reached that one (or its
             * current one, for a watch of revisions still to come) */
            x->confirmed = x->next_rev - 1 < hrev ? x->next_rev - 1 : hrev;
        }
        if (x->item.sub.state == EE_SUB_CANCELLING) {
            send_cancel(aTHX_ w, x->id);
        } else if (!x->announced && !r->canceled) {
            x->announced = 1;
            deliver(aTHX_ x, r);
        } else if (!r->canceled) {         /* created again on a new stream */
            ee_sub_state(aTHX_ &x->item.sub, "reconnected", GRPC_STATUS_OK, NULL, 0, x->next_rev);
        }
    }
    if (r->canceled) {
        if (x->item.sub.state == EE_SUB_CANCELLING) {
            ee_mux_cancelled(aTHX_ &x->item);
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
            ee_mux_fail(aTHX_ &x->item, code, why, strlen(why),
                        sv_2mortal(newSVpvs("compact_revision")), newSViv(r->compact_revision));
        }
    } else if (!r->created) {
        SV *whole = NULL;
        if ((r->fragment || x->frag) && add_fragment(aTHX_ x, r, &whole)) {
            ee_sub_release(aTHX_ &x->item.sub);
            return;                    /* more fragments to come */
        }
        if (r->n_events && r->events[r->n_events - 1]->kv) {
            x->confirmed = r->events[r->n_events - 1]->kv->mod_revision;
            x->next_rev = x->confirmed + 1;
        } else if (!r->n_events && x->wstate == W_ACTIVE && hrev + 1 > x->next_rev) {
            x->next_rev = hrev + 1;    /* its own progress notification: in sync up to hrev */
            x->confirmed = hrev;
        }
        if (whole)
            ee_sub_deliver(aTHX_ &x->item.sub, whole, NULL);
        else
            deliver(aTHX_ x, r);
    }
    ee_sub_release(aTHX_ &x->item.sub);
}

static int64_t resume_point(ee_mux_item *it)
{
    return WATCH(it)->next_rev;
}

static const ee_mux_class watch_mux = {
    "watch", watch_rpc, on_message, send_create, stream_lost, dropped, NULL, resume_point
};

/* ee_sub class */
static void watch_cancel(pTHX_ ee_sub *s)
{
    ee_watch *x = (ee_watch *)s;
    ee_watcher *w = (ee_watcher *)x->item.mux;
    if (x->wstate == W_ACTIVE && w->m.d.stream) {
        send_cancel(aTHX_ w, x->id);   /* completes when the server confirms */
    } else if (x->wstate == W_CREATING && w->m.d.stream) {
        /* cancelled once the server has created it (on_message) */
    } else {
        ee_mux_cancelled(aTHX_ &x->item);
    }
}

static void watch_free(pTHX_ ee_sub *s)
{
    ee_watch *x = (ee_watch *)s;
    if (x->frag)
        SvREFCNT_dec(x->frag);
    Safefree(x->create.data);
}

static const ee_sub_class watch_class = { "watch", "EV::Etcd::Watch", watch_cancel, watch_free, NULL };

/* The client's Watch stream for watches that require a leader (rl 1) or
 * not (0): the require-leader metadata is the stream's. */
static ee_watcher *watcher(pTHX_ ee_client *c, int rl)
{
    if (!c->watcher[rl]) {
        ee_watcher *w;
        Newxz(w, 1, ee_watcher);
        ee_mux_init(&w->m, c, &watch_mux);
        w->m.d.open_flags = rl ? EE_OPEN_REQUIRE_LEADER : 0;
        w->by_id = newHV();
        w->next_id = 1;
        c->watcher[rl] = w;
    }
    return c->watcher[rl];
}

/* Watch ids are the client's: unique over both streams. */
static int id_in_use(pTHX_ ee_client *c, int64_t id)
{
    return (c->watcher[0] && find(aTHX_ c->watcher[0], id)) || (c->watcher[1] && find(aTHX_ c->watcher[1], id));
}

SV *ee_watch_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *msg, SV *cb,
                   const ee_call_opts *o, int want_handle)
{
    Etcdserverpb__WatchCreateRequest *cr = (Etcdserverpb__WatchCreateRequest *)msg;
    ee_watcher *w = watcher(aTHX_ c, o->require_leader >= 0 ? o->require_leader : c->require_leader);
    ee_watch *x;
    int64_t id = cr->watch_id;
    SV *handle = NULL;

    if (id < 0)
        croak("%s: 'watch_id' must not be negative", m->name);
    if (id) {
        if (id_in_use(aTHX_ c, id))
            croak("%s: watch_id %" PRId64 " is already in use on this client", m->name, id);
    } else {
        ee_watcher *w0 = watcher(aTHX_ c, 0);   /* its counter is the client's */
        while (id_in_use(aTHX_ c, w0->next_id))
            w0->next_id++;
        id = w0->next_id++;
    }
    Newxz(x, 1, ee_watch);
    ee_sub_init(aTHX_ &x->item.sub, &watch_class, c, cb, o->auto_reconnect);
    ee_sub_options(aTHX_ &x->item.sub, o);
    x->id = id;
    x->item.sub.id = (IV)id;
    x->next_rev = cr->start_revision;
    x->create.len = protobuf_c_message_get_packed_size(msg);
    Newx(x->create.data, x->create.len ? x->create.len : 1, uint8_t);
    protobuf_c_message_pack(msg, x->create.data);
    hv_store(w->by_id, (const char *)&id, sizeof id, newSViv(PTR2IV(x)), 0);
    if (want_handle)
        handle = ee_sub_handle(aTHX_ &x->item.sub);
    ee_mux_add(aTHX_ &w->m, &x->item);
    return handle;
}

/* Ask the server for a progress notification on every watch (RequestProgress). */
void ee_watch_progress(pTHX_ ee_client *c)
{
    Etcdserverpb__WatchRequest req = ETCDSERVERPB__WATCH_REQUEST__INIT;
    Etcdserverpb__WatchProgressRequest pr = ETCDSERVERPB__WATCH_PROGRESS_REQUEST__INIT;
    int rl;
    req.request_union_case = ETCDSERVERPB__WATCH_REQUEST__REQUEST_UNION_PROGRESS_REQUEST;
    req.progress_request = &pr;
    for (rl = 0; rl < 2; rl++)
        if (c->watcher[rl] && c->watcher[rl]->m.d.stream)
            ee_stream_send(aTHX_ c->watcher[rl]->m.d.stream, &req.base);
}

/* Teardown, after the stream has ended. */
static void watcher_gone(pTHX_ ee_client *c)
{
    int rl;
    for (rl = 0; rl < 2; rl++) {
        ee_watcher *w = c->watcher[rl];
        if (!w)
            continue;
        ee_mux_gone(aTHX_ &w->m);
        SvREFCNT_dec((SV *)w->by_id);
        Safefree(w);
        c->watcher[rl] = NULL;
    }
}

static ee_teardown watch_teardown = { 20, NULL, watcher_gone, NULL };
static void __attribute__((constructor)) watch_register(void)
{
    ee_client_on_teardown(&watch_teardown);
}
