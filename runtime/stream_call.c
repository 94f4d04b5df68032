/*
 * stream_call.c - $client->call_stream($service, $method, \%fields,
 * [\%opts], $cb): any server-streaming or bidirectional RPC of the generated
 * table, by name, on the raw stream of stream.c.  Every message goes to
 * $cb->($msg, undef); then exactly one final callback: ({done => 1}, undef)
 * when the server ends the stream with OK, else (undef, $err).  A user's
 * cancel wins over anything not yet delivered (the final is then
 * CANCELLED).  The handle (EV::Etcd::Stream) also sends further messages
 * on a bidirectional stream.
 *
 * Life: accepted (an ee_sub: in the client's list, holding a loop
 * reference) -> waiting for a token (WAIT_AUTH) -> open (OPEN) -> done.
 * The ee_sub's own reference belongs to that life and goes with the final
 * callback; a Perl handle holds another.  One attempt: a stream is opened
 * again only when the server refused its token before sending anything.
 * Its deadline (option timeout; default none) runs from acceptance.
 */
#include "ee.h"

enum { SC_WAIT_AUTH = 0, SC_OPEN, SC_DONE };

typedef struct sc_msg {
    struct sc_msg *next;
    ProtobufCBinaryData bytes;        /* packed request */
} sc_msg;

typedef struct ee_scall {
    ee_sub sub;                       /* first: an ee_scall is an ee_sub */
    const ee_rpc *rpc;
    ee_stream *s;                     /* while OPEN */
    int state;
    int cancelled;                    /* by the user: the final is CANCELLED */
    int half_close;                   /* close_send asked for */
    int sent_since_open;              /* send() after the open: no reopen */
    int auth_retried;
    unsigned long token_gen;          /* the token the stream went out with */
    int has_deadline;
    gpr_timespec deadline;
    sc_msg *first;                    /* the request given to call_stream, or NULL */
    sc_msg *pending, **pending_tail;  /* send() before the open */
    ee_waiter aw;
    ev_timer timer;                   /* the deadline while waiting; a deferred cancel */
} ee_scall;

static const char usage[] = "$client->call_stream($service, $method, \\%fields, [\\%opts], $cb)";
static const char by_caller[] = "cancelled by the caller";
static const char destroyed[] = "cancelled: the client was destroyed";

/* ---- the one final delivery ---- */

/* State first, then the callback: nothing can be delivered after it. */
static void sc_finish(pTHX_ ee_scall *sc, int code, const char *msg, size_t len)
{
    ee_client *c = sc->sub.c;
    SV *cb, *resp = NULL, *err = NULL;
    if (sc->state == SC_DONE)
        return;
    sc->state = SC_DONE;
    ee_timer_stop(&sc->timer);
    if (sc->cancelled) {                       /* the caller's cancel wins */
        code = GRPC_STATUS_CANCELLED;
        msg = by_caller;
        len = sizeof by_caller - 1;
    } else if (c->destroyed && code != GRPC_STATUS_OK) {
        code = GRPC_STATUS_CANCELLED;
        msg = destroyed;
        len = sizeof destroyed - 1;
    }
    if (code == GRPC_STATUS_OK) {
        HV *hv = newHV();
        hv_stores(hv, "done", newSViv(1));
        resp = newRV_noinc((SV *)hv);
    } else {
        err = ee_client_error(aTHX_ c, code, msg, len, "call_stream");
    }
    cb = sc->sub.cb ? SvREFCNT_inc_simple_NN(sc->sub.cb) : NULL;
    ee_sub_finish(aTHX_ &sc->sub);             /* DONE, unlinked, loop reference gone */
    if (cb && !c->closing) {
        ee_invoke_cb(aTHX_ cb, resp, err);
    } else {
        if (resp) SvREFCNT_dec(resp);
        if (err) SvREFCNT_dec(err);
    }
    if (cb)
        SvREFCNT_dec(cb);
    ee_sub_release(aTHX_ &sc->sub);            /* the life's reference */
}

/* ---- packed requests ---- */

static sc_msg *sc_pack(const ProtobufCMessage *m)
{
    sc_msg *q;
    Newxz(q, 1, sc_msg);
    q->bytes.len = protobuf_c_message_get_packed_size(m);
    Newx(q->bytes.data, q->bytes.len ? q->bytes.len : 1, uint8_t);
    protobuf_c_message_pack(m, q->bytes.data);
    return q;
}

static void sc_msg_free(sc_msg *q)
{
    Safefree(q->bytes.data);
    Safefree(q);
}

static ProtobufCMessage *sc_unpack(ee_scall *sc, sc_msg *q)
{
    return protobuf_c_message_unpack(sc->rpc->req, NULL, q->bytes.len, q->bytes.data);
}

/* ---- the stream ---- */

static void sc_open(pTHX_ ee_scall *sc);

static void on_message(pTHX_ ee_stream *s, const ProtobufCMessage *msg)
{
    ee_scall *sc = (ee_scall *)s->owner;
    if (sc->state != SC_OPEN || sc->cancelled)
        return;
    ee_sub_deliver(aTHX_ &sc->sub, sc->rpc->resp_to_sv(aTHX_ msg), NULL);
}

static void on_end(pTHX_ ee_stream *s, int code, const char *msg, size_t len)
{
    ee_scall *sc = (ee_scall *)s->owner;
    ee_client *c = sc->sub.c;
    sc->s = NULL;
    if (sc->state != SC_OPEN)
        return;
    /* a token the server no longer takes, before anything came back: log
     * in again and reopen, once (as call does) */
    if (!sc->cancelled && !c->destroyed && s->received == 0 && !sc->sent_since_open
        && !sc->auth_retried && ee_auth_has_credentials(c)
        && ee_auth_is_token_error(code, msg, len)) {
        sc->auth_retried = 1;
        ee_auth_invalidate(aTHX_ c, sc->token_gen);
        sc->state = SC_WAIT_AUTH;
        sc_open(aTHX_ sc);
        return;
    }
    sc_finish(aTHX_ sc, code, msg, len);
}

static const ee_stream_ops sc_ops = { on_message, on_end };

static void auth_ready(pTHX_ ee_waiter *w, int code, const char *msg, size_t len)
{
    ee_scall *sc = (ee_scall *)((char *)w - offsetof(ee_scall, aw));
    if (sc->state != SC_WAIT_AUTH)
        return;
    if (code == GRPC_STATUS_OK)
        sc_open(aTHX_ sc);
    else
        sc_finish(aTHX_ sc, code, msg, len);
}

/* Open once there is a token, with what is left of the deadline; send the
 * request and whatever send() queued meanwhile. */
static void sc_open(pTHX_ ee_scall *sc)
{
    ee_client *c = sc->sub.c;
    unsigned timeout_ms = 0;
    ProtobufCMessage *first = NULL;
    int64_t ms = 0;
    if (sc->has_deadline)
        ms = gpr_time_to_millis(gpr_time_sub(sc->deadline, gpr_now(GPR_CLOCK_MONOTONIC)));
    if (ee_auth_needs_token(c)) {
        sc->aw.ready = auth_ready;
        ee_auth_wait(aTHX_ c, &sc->aw);
        if (sc->has_deadline)             /* the login counts against the deadline */
            ee_timer_start(&sc->timer, ms > 0 ? ms / 1000.0 : 0.);
        return;
    }
    if (sc->has_deadline) {
        if (ms <= 0) {
            static const char m[] = "Deadline Exceeded";
            sc_finish(aTHX_ sc, GRPC_STATUS_DEADLINE_EXCEEDED, m, sizeof m - 1);
            return;
        }
        timeout_ms = ms > 0x7fffffff ? 0x7fffffffu : (unsigned)ms;
        ee_timer_stop(&sc->timer);
    }
    if (sc->first && !(first = sc_unpack(sc, sc->first))) {
        static const char m[] = "could not rebuild the request";
        sc_finish(aTHX_ sc, GRPC_STATUS_INTERNAL, m, sizeof m - 1);
        return;
    }
    sc->state = SC_OPEN;
    sc->token_gen = c->token_gen;
    sc->s = ee_stream_open_deadline(aTHX_ c, sc->rpc, first, &sc_ops, sc, timeout_ms);
    if (first)
        protobuf_c_message_free_unpacked(first, NULL);
    while (sc->pending) {
        sc_msg *q = sc->pending;
        ProtobufCMessage *m;
        sc->pending = q->next;
        if ((m = sc_unpack(sc, q))) {
            ee_stream_send(aTHX_ sc->s, m);
            protobuf_c_message_free_unpacked(m, NULL);
        }
        sc_msg_free(q);
        sc->sent_since_open = 1;
    }
    sc->pending_tail = &sc->pending;
    if (sc->half_close)
        ee_stream_close_send(aTHX_ sc->s);
}

/* The deadline passed while waiting for a token, or a cancel made then. */
static void timer_cb(EV_P_ ev_timer *t, int revents)
{
    dTHX;
    ee_scall *sc = (ee_scall *)t->data;
    ee_client *c = sc->sub.c;
    static const char m[] = "Deadline Exceeded";
    ee_timer_fired(t);
    if (EE_FORKED(c) || sc->state != SC_WAIT_AUTH)
        return;
    ee_client_enter(c);                        /* hold the client while user code runs */
    ee_auth_unwait(c, &sc->aw);
    sc_finish(aTHX_ sc, GRPC_STATUS_DEADLINE_EXCEEDED, m, sizeof m - 1);   /* or CANCELLED */
    ee_client_leave(aTHX_ c);
}

/* ---- ee_sub class ---- */

static void sc_cancel(pTHX_ ee_sub *s)
{
    ee_scall *sc = (ee_scall *)s;
    if (sc->state == SC_DONE || sc->cancelled)
        return;
    sc->cancelled = 1;
    if (sc->state == SC_OPEN) {
        if (sc->s)
            ee_stream_cancel(aTHX_ sc->s);     /* on_end delivers CANCELLED */
    } else {
        ee_timer_start(&sc->timer, 0.);        /* from the loop, never from inside cancel */
    }
}

static void sc_free(pTHX_ ee_sub *s)
{
    ee_scall *sc = (ee_scall *)s;
    ee_timer_stop(&sc->timer);
    if (sc->first)
        sc_msg_free(sc->first);
    while (sc->pending) {
        sc_msg *q = sc->pending;
        sc->pending = q->next;
        sc_msg_free(q);
    }
}

/* Teardown, once every stream has ended: what still waits for a token. */
static int sc_gone(pTHX_ ee_sub *s)
{
    ee_scall *sc = (ee_scall *)s;
    ee_timer_stop(&sc->timer);
    if (sc->state == SC_WAIT_AUTH)
        ee_auth_unwait(sc->sub.c, &sc->aw);
    sc->state = SC_DONE;                       /* ee_sub_fail delivers CANCELLED */
    return 1;
}

static const ee_sub_class stream_call_class = {
    "call_stream", "EV::Etcd::Stream", sc_cancel, sc_free, sc_gone
};

/* ---- entry points ---- */

static int is_plain_hash(pTHX_ SV *sv)
{
    return SvROK(sv) && SvTYPE(SvRV(sv)) == SVt_PVHV && !sv_isobject(sv);
}

static ProtobufCMessage *build_request(pTHX_ const ee_rpc *rpc, const char *method, SV *fields)
{
    ee_build b;
    ProtobufCMessage *req;
    b.method = method;
    b.noun = "field";
    snprintf(b.path, sizeof b.path, "%s/%s", rpc->service, rpc->method);
    b.plen = strlen(b.path);
    req = (ProtobufCMessage *)ee_alloc(aTHX_ rpc->req->sizeof_message);
    protobuf_c_message_init(rpc->req, req);
    if (fields && SvOK(fields)) {
        if (!is_plain_hash(aTHX_ fields))
            croak("%s: fields must be a hash reference; usage: %s", method,
                  strcmp(method, "send") ? usage : "$stream->send(\\%fields)");
        ee_fill_from_hv(aTHX_ &b, req, (HV *)SvRV(fields), rpc->req_set, rpc->req_finish);
    } else {
        rpc->req_finish(aTHX_ &b, req, 0);
    }
    return req;
}

SV *ee_stream_call_start(pTHX_ ee_client *c, SV *service, SV *method, SV *fields, SV **rest,
                         int nrest, int want_handle)
{
    const ee_rpc *rpc;
    ProtobufCMessage *req = NULL;
    ee_scall *sc;
    unsigned timeout_ms = 0;
    SV *cb, *handle = NULL;

    ee_client_check(aTHX_ c, "call_stream");
    if (nrest < 1 || nrest > 2)
        croak("call_stream: wrong number of arguments; usage: %s", usage);
    rpc = ee_rpc_by_name(aTHX_ "call_stream", service, method);
    if (rpc->kind == EE_UNARY)
        croak("call_stream: %s/%s is a unary RPC; use call()", rpc->service, rpc->method);
    cb = rest[nrest - 1];
    if (!SvROK(cb) || SvTYPE(SvRV(cb)) != SVt_PVCV)
        croak("call_stream: the last argument must be a callback (code reference); usage: %s", usage);
    if (nrest == 2) {
        HE *he;
        HV *opts;
        if (!is_plain_hash(aTHX_ rest[0]))
            croak("call_stream: options must be a hash reference; usage: %s", usage);
        opts = (HV *)SvRV(rest[0]);
        hv_iterinit(opts);
        while ((he = hv_iternext(opts))) {
            I32 klen;
            const char *k = hv_iterkey(he, &klen);
            SV *v = hv_iterval(opts, he);
            NV t;
            if (!(klen == 7 && memEQ(k, "timeout", 7)))
                croak("call_stream: unknown option '%.*s' (valid options: timeout)", (int)klen, k);
            SvGETMAGIC(v);
            if (!SvOK(v))
                continue;
            if (SvROK(v) || !looks_like_number(v) || (t = SvNV(v)) <= 0 || t > 4e6)
                croak("call_stream: option 'timeout' must be a positive number of seconds");
            timeout_ms = t * 1000.0 < 1 ? 1 : (unsigned)(t * 1000.0 + 0.5);
        }
    }
    SvGETMAGIC(fields);
    /* a server stream's request is its one message; a bidirectional one
     * without fields opens with nothing sent */
    if (rpc->kind == EE_SERVER_STREAM || SvOK(fields))
        req = build_request(aTHX_ rpc, "call_stream", fields);

    Newxz(sc, 1, ee_scall);
    ee_sub_init(aTHX_ &sc->sub, &stream_call_class, c, cb, 0);
    sc->rpc = rpc;
    sc->state = SC_WAIT_AUTH;
    sc->pending_tail = &sc->pending;
    ev_timer_init(&sc->timer, timer_cb, 0., 0.);
    sc->timer.data = (void *)sc;
    if (req)
        sc->first = sc_pack(req);
    if (timeout_ms) {
        sc->has_deadline = 1;
        sc->deadline = gpr_time_add(gpr_now(GPR_CLOCK_MONOTONIC),
                                    gpr_time_from_millis(timeout_ms, GPR_TIMESPAN));
    }
    if (want_handle)
        handle = ee_sub_handle(aTHX_ &sc->sub);
    sc_open(aTHX_ sc);
    return handle;
}

/* The stream call behind a handle, found only through the magic
 * ee_sub_handle attached (never from an integer); NULL when it is not one. */
static ee_scall *sc_ptr(pTHX_ SV *self)
{
    ee_sub *s = (ee_sub *)ee_handle_ptr(aTHX_ self, EE_HANDLE_SUB);
    return s && s->cls == &stream_call_class ? (ee_scall *)s : NULL;
}

static ee_scall *sc_of(pTHX_ SV *self, const char *method)
{
    ee_scall *sc;
    if (!SvROK(self) || !sv_derived_from(self, "EV::Etcd::Stream") || !(sc = sc_ptr(aTHX_ self)))
        croak("%s: not an EV::Etcd::Stream handle made by call_stream", method);
    return sc;
}

void ee_stream_call_cancel(pTHX_ SV *self)
{
    ee_scall *sc = sc_of(aTHX_ self, "cancel");
    if (sc->state == SC_DONE || sc->cancelled)
        return;
    ee_client_check(aTHX_ sc->sub.c, "cancel");
    sc_cancel(aTHX_ &sc->sub);
}

/* 1: queued; 0: the stream no longer takes messages (ended, cancelled,
 * closed for sending). */
int ee_stream_call_send(pTHX_ SV *self, SV *fields)
{
    ee_scall *sc = sc_of(aTHX_ self, "send");
    ProtobufCMessage *m;
    if (sc->rpc->kind == EE_SERVER_STREAM)
        croak("send: %s/%s is a server-streaming RPC; it takes no message after its request",
              sc->rpc->service, sc->rpc->method);
    SvGETMAGIC(fields);
    if (!is_plain_hash(aTHX_ fields))
        croak("send: fields must be a hash reference; usage: $stream->send(\\%%fields)");
    if (sc->state == SC_DONE || sc->cancelled || sc->half_close)
        return 0;
    ee_client_check(aTHX_ sc->sub.c, "send");
    m = build_request(aTHX_ sc->rpc, "send", fields);
    if (sc->state == SC_OPEN) {
        if (!sc->s)
            return 0;
        sc->sent_since_open = 1;
        ee_stream_send(aTHX_ sc->s, m);
    } else {
        sc_msg *q = sc_pack(m);
        *sc->pending_tail = q;
        sc->pending_tail = &q->next;
    }
    return 1;
}

void ee_stream_call_close_send(pTHX_ SV *self)
{
    ee_scall *sc = sc_of(aTHX_ self, "close_send");
    if (sc->state == SC_DONE || sc->cancelled || sc->half_close)
        return;
    ee_client_check(aTHX_ sc->sub.c, "close_send");
    sc->half_close = 1;
    if (sc->state == SC_OPEN && sc->s)
        ee_stream_close_send(aTHX_ sc->s);
}

int ee_stream_call_active(pTHX_ SV *self)
{
    return sc_of(aTHX_ self, "is_active")->state != SC_DONE;
}

void ee_stream_call_destroy(pTHX_ SV *self)
{
    ee_scall *sc = sc_ptr(aTHX_ self);
    if (!sc)
        return;                                /* not ours, or destroyed already */
    ee_handle_clear(aTHX_ SvRV(self), EE_HANDLE_SUB);
    if (sc->sub.fork_gen != ee_fork_generation)
        return;                                /* the parent's; leave it alone */
    ee_sub_release(aTHX_ &sc->sub);            /* dropping the handle does not cancel */
}
