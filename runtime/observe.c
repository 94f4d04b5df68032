/*
 * observe.c - election_observe: one Election.Observe server stream per
 * observer, dialled again with the shared policy of stream.c (ee_redial)
 * when it fails and auto_reconnect is on.  Every message is a
 * LeaderResponse handed to the callback as it is.
 *
 * The observer's own reference (the one ee_sub_init gives) belongs to the
 * stream side and is dropped when the observer ends for good.
 */
#include "ee.h"

typedef struct ee_observe {
    ee_sub sub;                        /* first: an ee_observe is an ee_sub */
    ee_redial d;                       /* its stream; d.first is the LeaderRequest */
} ee_observe;

#define OBSERVE_OF(dp) ((ee_observe *)((char *)(dp) - offsetof(ee_observe, d)))

static void on_message(pTHX_ ee_stream *s, const ProtobufCMessage *msg)
{
    ee_observe *o = OBSERVE_OF(s->owner);
    ee_redial_working(&o->d);
    ee_sub_state(aTHX_ &o->sub, "reconnected", GRPC_STATUS_OK, NULL, 0, 0);
    ee_sub_deliver(aTHX_ &o->sub, o->d.rpc->resp_to_sv(aTHX_ msg), NULL);
}

static void on_end(pTHX_ ee_stream *s, int code, const char *msg, size_t len)
{
    ee_observe *o = OBSERVE_OF(s->owner);
    if (!ee_redial_ended(aTHX_ &o->d, s, &code, &msg, &len))
        return;                                  /* teardown ends it (observe_gone) */
    if (o->sub.state == EE_SUB_CANCELLING) {
        ee_sub_cancelled(aTHX_ &o->sub);
        ee_sub_release(aTHX_ &o->sub);
    } else if (ee_redial_stale_token(aTHX_ &o->d, code, msg, len)) {
        ee_redial_connect(aTHX_ &o->d);          /* once logged in again */
    } else if (o->sub.auto_reconnect) {
        o->sub.refcnt++;                         /* on_state may cancel it */
        ee_sub_state(aTHX_ &o->sub, "disconnected", code, msg, len, 0);
        if (o->sub.state == EE_SUB_ACTIVE && !o->d.stream)
            ee_redial_later(aTHX_ &o->d, code, msg, len);   /* or gives up: fail() */
        ee_sub_release(aTHX_ &o->sub);
    } else {
        ee_sub_fail(aTHX_ &o->sub, code, msg, len, NULL, NULL);
        ee_sub_release(aTHX_ &o->sub);
    }
}

static const ee_stream_ops observe_ops = { on_message, on_end };

/* ee_redial callbacks */
static void opened(pTHX_ ee_redial *d) { }

static void fail(pTHX_ ee_redial *d, int code, const char *msg, size_t len)
{
    ee_observe *o = OBSERVE_OF(d);
    o->sub.refcnt++;
    ee_sub_state(aTHX_ &o->sub, "gave_up", code, msg, len, 0);
    if (o->sub.state == EE_SUB_ACTIVE) {         /* (on_state may have cancelled it) */
        ee_sub_fail(aTHX_ &o->sub, code, msg, len, NULL, NULL);
        ee_sub_release(aTHX_ &o->sub);           /* the stream side's reference */
    }
    ee_sub_release(aTHX_ &o->sub);
}

static int idle(ee_redial *d)
{
    return OBSERVE_OF(d)->sub.state != EE_SUB_ACTIVE;
}

static void observe_cancel(pTHX_ ee_sub *s)
{
    ee_observe *o = (ee_observe *)s;
    if (o->d.stream) {
        ee_stream_cancel(aTHX_ o->d.stream);     /* on_end completes the cancel */
    } else {                                     /* waiting to reconnect or for a token */
        ee_redial_stop(aTHX_ &o->d);
        ee_sub_cancelled(aTHX_ s);
        ee_sub_release(aTHX_ s);
    }
}

static void observe_free(pTHX_ ee_sub *s)
{
    ee_observe *o = (ee_observe *)s;
    ee_redial_stop(aTHX_ &o->d);
    Safefree(o->d.first.data);
}

/* Teardown, once every stream has ended: the stream side's reference goes. */
static int observe_gone(pTHX_ ee_sub *s)
{
    ee_redial_stop(aTHX_ &((ee_observe *)s)->d);
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
    ee_sub_options(aTHX_ &o->sub, opts);
    ee_redial_init(&o->d, c, &eeg_rpcs[m->rpc], &observe_ops, "observe");
    o->d.open_flags = (opts->require_leader >= 0 ? opts->require_leader : c->require_leader)
                    ? EE_OPEN_REQUIRE_LEADER : 0;
    o->d.opened = opened;
    o->d.fail = fail;
    o->d.idle = idle;
    o->d.first.len = protobuf_c_message_get_packed_size(msg);
    Newx(o->d.first.data, o->d.first.len ? o->d.first.len : 1, uint8_t);
    protobuf_c_message_pack(msg, o->d.first.data);
    if (want_handle)
        handle = ee_sub_handle(aTHX_ &o->sub);
    ee_redial_connect(aTHX_ &o->d);
    return handle;
}
