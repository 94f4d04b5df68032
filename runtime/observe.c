/*
 * observe.c - election_observe: one Election.Observe server stream per
 * observer, reopened with backoff when it fails (auto_reconnect).  Every
 * message is a LeaderResponse handed to the callback as it is.
 */
#include "ee.h"

typedef struct ee_observe {
    ee_sub sub;                        /* first: an ee_observe is an ee_sub */
    const ee_rpc *rpc;
    ee_stream *stream;
    ProtobufCBinaryData request;       /* the packed LeaderRequest */
    int attempts;
    ev_timer retry;
    ee_waiter aw;                      /* waiting for a token to open */
    int auth_waiting;
} ee_observe;

static void open_stream(pTHX_ ee_observe *o);
static void auth_ready(pTHX_ ee_waiter *aw, int code, const char *msg, size_t len);

static void on_message(pTHX_ ee_stream *s, const ProtobufCMessage *msg)
{
    ee_observe *o = (ee_observe *)s->owner;
    o->attempts = 0;
    ee_sub_deliver(aTHX_ &o->sub, o->rpc->resp_to_sv(aTHX_ msg), NULL);
}

static void retry_cb(EV_P_ ev_timer *t, int revents)
{
    dTHX;
    ee_observe *o = (ee_observe *)t->data;
    ee_timer_fired(t);
    if (EE_FORKED(o->sub.c))
        return;
    if (o->sub.state == EE_SUB_ACTIVE && !o->stream)
        open_stream(aTHX_ o);
}

static void on_end(pTHX_ ee_stream *s, int code, const char *msg, size_t len)
{
    ee_observe *o = (ee_observe *)s->owner;
    if (o->stream != s)
        return;
    o->stream = NULL;
    if (o->sub.c->destroyed) {
        static const char m[] = "cancelled: the client was destroyed";
        ee_sub_fail(aTHX_ &o->sub, GRPC_STATUS_CANCELLED, m, sizeof m - 1, NULL, NULL);
        ee_sub_release(aTHX_ &o->sub);          /* the stream's reference */
        return;
    }
    if (code == GRPC_STATUS_OK) {
        static const char m[] = "the server closed the observe stream";
        code = GRPC_STATUS_UNAVAILABLE;
        msg = m;
        len = sizeof m - 1;
    }
    if (o->sub.state == EE_SUB_CANCELLING) {
        ee_sub_cancelled(aTHX_ &o->sub);
    } else if (o->sub.state == EE_SUB_ACTIVE && o->sub.auto_reconnect
               && o->attempts < o->sub.c->max_retries) {
        ee_timer_start(&o->retry, ee_backoff_delay(o->attempts++));
        return;                                  /* keeps the stream's reference */
    } else if (o->sub.state == EE_SUB_ACTIVE) {
        char buf[512];
        if (o->sub.auto_reconnect)
            snprintf(buf, sizeof buf, "observe stream failed %d times in a row, giving up: %.*s",
                     o->attempts + 1, (int)len, msg);
        else
            snprintf(buf, sizeof buf, "%.*s", (int)len, msg);
        ee_sub_fail(aTHX_ &o->sub, code, buf, strlen(buf), NULL, NULL);
    }
    ee_sub_release(aTHX_ &o->sub);
}

static const ee_stream_ops observe_ops = { on_message, on_end };

static void auth_ready(pTHX_ ee_waiter *aw, int code, const char *msg, size_t len)
{
    ee_observe *o = (ee_observe *)((char *)aw - offsetof(ee_observe, aw));
    o->auth_waiting = 0;
    if (code == GRPC_STATUS_OK) {
        open_stream(aTHX_ o);
    } else {
        ee_sub_fail(aTHX_ &o->sub, code, msg, len, NULL, NULL);
        ee_sub_release(aTHX_ &o->sub);         /* the stream's reference */
    }
}

static void open_stream(pTHX_ ee_observe *o)
{
    ProtobufCMessage *req;
    if (ee_auth_needs_token(o->sub.c)) {       /* log in first */
        o->auth_waiting = 1;
        o->aw.ready = auth_ready;
        ee_auth_wait(aTHX_ o->sub.c, &o->aw);
        return;
    }
    req = protobuf_c_message_unpack(o->rpc->req, NULL, o->request.len, o->request.data);
    o->stream = ee_stream_open(aTHX_ o->sub.c, o->rpc, req, &observe_ops, o);
    protobuf_c_message_free_unpacked(req, NULL);
}

static void observe_cancel(pTHX_ ee_sub *s)
{
    ee_observe *o = (ee_observe *)s;
    if (o->stream) {
        ee_stream_cancel(aTHX_ o->stream);     /* on_end completes the cancel */
    } else {                                   /* waiting to reconnect or for a token */
        if (o->auth_waiting) {
            ee_auth_unwait(s->c, &o->aw);
            o->auth_waiting = 0;
        }
        ee_timer_stop(&o->retry);
        ee_sub_cancelled(aTHX_ s);
        ee_sub_release(aTHX_ s);               /* the stream's reference */
    }
}

static void observe_free(pTHX_ ee_sub *s)
{
    ee_observe *o = (ee_observe *)s;
    ee_timer_stop(&o->retry);
    Safefree(o->request.data);
}

/* Teardown while waiting to reconnect: the timer held the stream's reference. */
static int observe_gone(pTHX_ ee_sub *s)
{
    ee_observe *o = (ee_observe *)s;
    if (o->auth_waiting) {
        ee_auth_unwait(s->c, &o->aw);
        o->auth_waiting = 0;
        return 1;
    }
    if (o->stream || !ev_is_active(&o->retry))
        return 0;
    ee_timer_stop(&o->retry);
    return 1;
}

static const ee_sub_class observe_class = {
    "observe", "EV::Etcd::Observe", observe_cancel, observe_free, observe_gone
};

SV *ee_observe_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *msg, SV *cb,
                     const ee_call_opts *opts, int want_handle)
{
    ee_observe *o;
    SV *handle = NULL;
    Newxz(o, 1, ee_observe);
    ee_sub_init(aTHX_ &o->sub, &observe_class, c, cb, opts->auto_reconnect);
    o->rpc = &eeg_rpcs[m->rpc];
    o->request.len = protobuf_c_message_get_packed_size(msg);
    Newx(o->request.data, o->request.len ? o->request.len : 1, uint8_t);
    protobuf_c_message_pack(msg, o->request.data);
    ev_timer_init(&o->retry, retry_cb, 0., 0.);
    o->retry.data = (void *)o;
    if (want_handle)
        handle = ee_sub_handle(aTHX_ &o->sub);
    open_stream(aTHX_ o);                      /* the sub's first reference is the stream's */
    return handle;
}
