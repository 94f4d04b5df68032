/*
 * stream.c - long-lived gRPC calls (bidi and server streams) shared by every
 * streaming RPC: open, send (one message on the wire at a time, the rest
 * queued), a receive loop, half-close, cancel, and the end with its status.
 * What a message means is the owner's business (watch.c, keepalive.c,
 * observe.c, snapshot); the reconnect policy is ee_backoff_* below.
 *
 * Ownership: every buffer, slice and metadata array a batch hands to gRPC
 * belongs to that batch and is released by the batch's done function, which
 * runs exactly once for every batch started (success, failure, cancel, a
 * batch gRPC refused and start_batch posted, teardown): start_done,
 * recv_done, send_done, status_done.  The stream itself owns only what no
 * batch has taken yet (the send queue), released in maybe_free.
 */
#include "ee.h"
#include <malloc.h>

#define OF(type, member, p) ((type *)((char *)(p) - offsetof(type, member)))

typedef struct send_item {
    struct send_item *next;
    grpc_byte_buffer *buf;
} send_item;

static grpc_slice token_key;

static grpc_byte_buffer *pack(const ProtobufCMessage *msg)
{
    size_t len = protobuf_c_message_get_packed_size(msg);
    grpc_slice s = grpc_slice_malloc(len);
    grpc_byte_buffer *bb;
    protobuf_c_message_pack(msg, GRPC_SLICE_START_PTR(s));
    bb = grpc_raw_byte_buffer_create(&s, 1);
    grpc_slice_unref(s);
    return bb;
}

/* ---- memory given back ----
 * Thousands of streams (each a call with gRPC's arena) or of messages
 * queued on a stream (20,000 keepalives made and cancelled in one loop
 * turn queue 20,000 requests) leave, once freed, most of the heap free
 * but resident: glibc returns memory to the system only from the top of
 * an arena.  So the memory streams hold is estimated (per stream, per
 * queued message), and once it has fallen to an eighth of a peak of at
 * least TRIM_PEAK bytes, malloc_trim hands the free pages of every arena
 * back.  That happens only after such a drop, and costs milliseconds.
 * Loop thread only, like everything here; the count is per process. */
#define STREAM_FOOTPRINT 16384   /* a call and its arena, roughly */
#define MESSAGE_FOOTPRINT 256    /* a queued message: list item, byte buffer, slice */
#define TRIM_PEAK ((size_t)2 << 20)
static size_t held, held_peak;

static void hold(size_t bytes)
{
    held += bytes;
    if (held > held_peak)
        held_peak = held;
}

static void let_go(size_t bytes)
{
    held -= bytes;
    if (held_peak >= TRIM_PEAK && held <= held_peak / 8) {
#ifdef __GLIBC__
        malloc_trim(0);
#endif
        held_peak = held;
    }
}

/* The stream is freed once the call has ended and no batch is outstanding:
 * every batch's done function has released what the batch held. */
static void maybe_free(pTHX_ ee_stream *s)
{
    ee_client *c = s->c;
    send_item *it;
    if (s->pending > 0 || !s->ended)
        return;
    while ((it = (send_item *)s->sendq)) {
        s->sendq = it->next;
        let_go(MESSAGE_FOOTPRINT);
        grpc_byte_buffer_destroy(it->buf);
        Safefree(it);
    }
    if (s->call)
        grpc_call_unref(s->call);
    /* unlink from the client */
    if (s->prev) s->prev->next = s->next; else c->streams = s->next;
    if (s->next) s->next->prev = s->prev;
    c->nstreams--;
    Safefree(s);
    let_go(STREAM_FOOTPRINT);
}

/* Every batch of a stream completes: one that gRPC refuses (or that has
 * no call to go on) is posted as a failed completion, and the call is ended
 * so that everything else it started completes too; a refused status batch
 * carries the stream's end itself. */
static void start_batch(pTHX_ ee_stream *s, grpc_op *ops, size_t n, ee_tag *tag)
{
    grpc_call_error rc = s->call ? ee_call_start_batch(s->call, ops, n, tag) : GRPC_CALL_ERROR;
    s->pending++;
    if (rc == GRPC_CALL_OK)
        return;
    if (tag == &s->t_status) {
        s->status = GRPC_STATUS_INTERNAL;
        grpc_slice_unref(s->details);
        s->details = grpc_slice_from_static_string(s->call ? "could not start the stream's status batch"
                                                           : "could not create the stream's call");
    }
    if (s->call)
        grpc_call_cancel_with_status(s->call, GRPC_STATUS_INTERNAL,
                                     "could not start a batch of the stream", NULL);
    ee_bridge_post(aTHX_ &s->c->bridge, tag);
}

/* ---- receiving: read-ahead on the completion-queue thread ----
 * A stream's receive batch is started once, from the loop; after that the
 * completion-queue thread takes each message as it arrives, puts it in the
 * stream's inbox (a recv_item) and starts the next receive at once.  So
 * messages that arrive together are read together and reach the loop in
 * one wake-up, instead of one receive, one thread hand-off and one wake-up
 * each.  The inbox (bridge.c) hands them to the loop in order, one at a
 * time, even when user code run for one of them runs the loop; the end of
 * reading (the receive batch's last completion, recv_done) comes through
 * it too, after the last message, and the stream's end (status_done) waits
 * for it.
 * Reading pauses while the messages received and not yet delivered weigh
 * EE_READ_AHEAD units or more (a unit per message and per 64 KiB), so a
 * slow loop holds gRPC's flow control back rather than memory; the loop
 * resumes it as it delivers.  Whoever takes ra_paused from 1 to 0 starts
 * the next receive, so exactly one is ever outstanding.
 * The receive batch counts as one pending batch from the first start to
 * its last completion. */
#define EE_READ_AHEAD 64

typedef struct recv_item {
    ee_tag tag;
    ee_stream *s;
    grpc_byte_buffer *bb;
    int units;
} recv_item;

static void item_done(pTHX_ ee_tag *t, int ok);
static void finish(pTHX_ ee_stream *s);

/* The end of reading (through the inbox, after every message): owns the
 * last buffer, if any.  The status may have come first: its end runs now. */
static void recv_done(pTHX_ ee_tag *t, int ok)
{
    ee_stream *s = OF(ee_stream, t_recv, t);
    PERL_UNUSED_ARG(ok);
    s->pending--;
    s->recv_over = 1;
    if (s->recv_buf) {
        grpc_byte_buffer_destroy(s->recv_buf);
        s->recv_buf = NULL;
    }
    if (s->status_in)
        finish(aTHX_ s);
    else
        maybe_free(aTHX_ s);
}

/* The inbox's turn: its first item (a message, or the end of reading). */
static void inbox_run(pTHX_ ee_tag *t, int ok)
{
    ee_stream *s = OF(ee_stream, inbox.tag, t);
    ee_tag *item = ee_inbox_take(&s->c->bridge, &s->inbox);
    PERL_UNUSED_ARG(ok);
    if (item)
        item->done(aTHX_ item, item->ok);    /* may free s (the end of reading is last) */
}

/* on_loop: through ee_call_start_batch (and its test hook, whose state is
 * the loop thread's); from the completion-queue thread, straight to gRPC. */
static grpc_call_error start_recv(ee_stream *s, int on_loop)
{
    grpc_op op;
    memset(&op, 0, sizeof op);
    op.op = GRPC_OP_RECV_MESSAGE;
    op.data.recv_message.recv_message = &s->recv_buf;
    return on_loop ? ee_call_start_batch(s->call, &op, 1, &s->t_recv)
                   : grpc_call_start_batch(s->call, &op, 1, &s->t_recv, NULL);
}

/* The next receive; refused, it ends the reading. */
static void rearm(ee_bridge *br, ee_stream *s, int on_loop)
{
    if (start_recv(s, on_loop) == GRPC_CALL_OK)
        return;
    grpc_call_cancel_with_status(s->call, GRPC_STATUS_INTERNAL,
                                 "could not start a batch of the stream", NULL);
    s->t_recv.ok = 0;
    ee_inbox_put(br, &s->inbox, &s->t_recv);
}

/* Completion-queue thread: no Perl here. */
static void recv_on_cq(ee_bridge *br, ee_tag *t, int ok)
{
    ee_stream *s = OF(ee_stream, t_recv, t);
    grpc_byte_buffer *bb = s->recv_buf;
    recv_item *it;
    int units;
    if (!ok || !bb || !(it = (recv_item *)malloc(sizeof *it))) {
        t->ok = ok && bb;                     /* the end (no memory: a failure) */
        if (t->ok)
            grpc_call_cancel_with_status(s->call, GRPC_STATUS_RESOURCE_EXHAUSTED,
                                         "out of memory reading the stream", NULL);
        ee_inbox_put(br, &s->inbox, t);
        return;
    }
    s->recv_buf = NULL;
    it->tag.done = item_done;
    it->tag.on_cq = NULL;
    it->tag.ok = 1;
    it->s = s;
    it->bb = bb;
    it->units = units = 1 + (int)(grpc_byte_buffer_length(bb) >> 16);
    /* queued before the next receive starts: its completion comes after
     * (from here on the item is the loop's: it may be gone already) */
    ee_inbox_put(br, &s->inbox, &it->tag);
    if (__atomic_add_fetch(&s->ra_units, units, __ATOMIC_SEQ_CST) < EE_READ_AHEAD) {
        rearm(br, s, 0);
    } else {
        __atomic_store_n(&s->ra_paused, 1, __ATOMIC_SEQ_CST);
        __atomic_add_fetch(&s->c->reads_paused, 1, __ATOMIC_RELAXED);
        if (__atomic_load_n(&s->ra_units, __ATOMIC_SEQ_CST) < EE_READ_AHEAD
            && __atomic_exchange_n(&s->ra_paused, 0, __ATOMIC_SEQ_CST))
            rearm(br, s, 0);
    }
}

/* One message, on the loop: decode it and hand it to the owner. */
static void deliver(pTHX_ ee_stream *s, grpc_byte_buffer *bb)
{
    grpc_byte_buffer_reader reader;
    ProtobufCMessage *msg = NULL;
    if (s->ended)
        return;
    if (grpc_byte_buffer_reader_init(&reader, bb)) {
        grpc_slice sl = grpc_byte_buffer_reader_readall(&reader);
        grpc_byte_buffer_reader_destroy(&reader);
        msg = protobuf_c_message_unpack(s->rpc->resp, NULL, GRPC_SLICE_LENGTH(sl),
                                        GRPC_SLICE_START_PTR(sl));
        grpc_slice_unref(sl);
    }
    if (!msg) {
        grpc_call_cancel_with_status(s->call, GRPC_STATUS_INTERNAL, "undecodable stream message", NULL);
        return;
    }
    s->received++;
    if (!s->cancelled)
        s->ops->on_message(aTHX_ s, msg);
    protobuf_c_message_free_unpacked(msg, NULL);
}

/* A message's turn.  The stream lives at least until the end of reading,
 * which comes after this item through the same inbox, and while its owner
 * runs: a loop run inside may bring the end of reading and the status. */
static void item_done(pTHX_ ee_tag *t, int ok)
{
    recv_item *it = (recv_item *)t;
    ee_stream *s = it->s;
    int units = it->units;
    grpc_byte_buffer *bb = it->bb;
    PERL_UNUSED_ARG(ok);
    free(it);
    /* resume first: a loop run by on_message may be waiting for more */
    if (__atomic_sub_fetch(&s->ra_units, units, __ATOMIC_SEQ_CST) < EE_READ_AHEAD
        && __atomic_exchange_n(&s->ra_paused, 0, __ATOMIC_SEQ_CST))
        rearm(&s->c->bridge, s, 1);
    s->pending++;                 /* held while the owner runs (user code may run the loop) */
    deliver(aTHX_ s, bb);
    grpc_byte_buffer_destroy(bb);
    s->pending--;
    maybe_free(aTHX_ s);
}

/* The first receive (from the open). */
static void post_recv(pTHX_ ee_stream *s)
{
    s->pending++;
    s->reading = 1;
    rearm(&s->c->bridge, s, 1);
}

static void send_next(pTHX_ ee_stream *s);

/* The send batch: owns the message it sent (send_buf; none for the
 * half-close). */
static void send_done(pTHX_ ee_tag *t, int ok)
{
    ee_stream *s = OF(ee_stream, t_send, t);
    s->pending--;
    s->sending = 0;
    if (s->send_buf) {
        let_go(MESSAGE_FOOTPRINT);
        grpc_byte_buffer_destroy(s->send_buf);
        s->send_buf = NULL;
    }
    if (ok && !s->ended)
        send_next(aTHX_ s);
    maybe_free(aTHX_ s);
}

static void send_next(pTHX_ ee_stream *s)
{
    grpc_op op;
    send_item *it = (send_item *)s->sendq;
    if (s->sending || s->ended)
        return;
    memset(&op, 0, sizeof op);
    if (it) {
        s->sendq = it->next;
        s->send_buf = it->buf;
        Safefree(it);
        op.op = GRPC_OP_SEND_MESSAGE;
        op.data.send_message.send_message = s->send_buf;
    } else if (s->half_close && !s->closed_send) {
        s->closed_send = 1;
        op.op = GRPC_OP_SEND_CLOSE_FROM_CLIENT;
    } else {
        return;
    }
    s->sending = 1;
    start_batch(aTHX_ s, &op, 1, &s->t_send);
}

/* The stream's end, once both the status and the end of reading are in:
 * the owner hears it after the last message. */
static void finish(pTHX_ ee_stream *s)
{
    s->status_in = 0;
    s->ended = 1;
    s->pending++;                 /* held while the owner runs (user code may run the loop) */
    if (s->ops->on_end)
        s->ops->on_end(aTHX_ s, s->status, (const char *)GRPC_SLICE_START_PTR(s->details),
                       GRPC_SLICE_LENGTH(s->details));
    s->pending--;
    grpc_metadata_array_destroy(&s->trailing_md);
    grpc_slice_unref(s->details);
    s->details = grpc_empty_slice();
    maybe_free(aTHX_ s);
}

/* The status batch: owns the trailing metadata and the status details,
 * released once the owner has heard the end (finish), which waits for the
 * messages still on their way through the inbox. */
static void status_done(pTHX_ ee_tag *t, int ok)
{
    ee_stream *s = OF(ee_stream, t_status, t);
    s->pending--;
    if (s->reading && !s->recv_over)
        s->status_in = 1;
    else
        finish(aTHX_ s);
}

/* The start batch: owns the metadata it sent (token, require-leader), the
 * initial metadata received and a server stream's request (start_buf). */
static void start_done(pTHX_ ee_tag *t, int ok)
{
    ee_stream *s = OF(ee_stream, t_start, t);
    s->pending--;
    grpc_slice_unref(s->md[0].value);
    grpc_slice_unref(s->md[1].value);
    s->md[0].value = s->md[1].value = grpc_empty_slice();
    grpc_metadata_array_destroy(&s->initial_md);
    if (s->start_buf) {
        grpc_byte_buffer_destroy(s->start_buf);
        s->start_buf = NULL;
    }
    maybe_free(aTHX_ s);
}

ee_stream *ee_stream_open(pTHX_ ee_client *c, const ee_rpc *rpc, const ProtobufCMessage *first,
                          const ee_stream_ops *ops, void *owner)
{
    return ee_stream_open_deadline(aTHX_ c, rpc, first, ops, owner, 0);
}

/* timeout_ms 0: no deadline (streams live until cancelled) */
ee_stream *ee_stream_open_deadline(pTHX_ ee_client *c, const ee_rpc *rpc, const ProtobufCMessage *first,
                                   const ee_stream_ops *ops, void *owner, unsigned timeout_ms)
{
    return ee_stream_open_flags(aTHX_ c, rpc, first, ops, owner, timeout_ms, 0);
}

/* flags: EE_OPEN_REQUIRE_LEADER sends etcd's require-leader metadata
 * (hasleader: true): a member without a leader refuses or ends the stream
 * ("etcdserver: no leader") instead of serving it nothing. */
ee_stream *ee_stream_open_flags(pTHX_ ee_client *c, const ee_rpc *rpc, const ProtobufCMessage *first,
                                const ee_stream_ops *ops, void *owner, unsigned timeout_ms, unsigned flags)
{
    return ee_stream_open_at(aTHX_ c, rpc, first, ops, owner, timeout_ms, flags, -1);
}

ee_stream *ee_stream_open_at(pTHX_ ee_client *c, const ee_rpc *rpc, const ProtobufCMessage *first,
                             const ee_stream_ops *ops, void *owner, unsigned timeout_ms,
                             unsigned flags, int endpoint)
{
    ee_stream *s;
    size_t nmd = 0;
    grpc_op ops_[4];
    size_t n = 0;

    Newxz(s, 1, ee_stream);
    hold(STREAM_FOOTPRINT);
    s->c = c;
    s->rpc = rpc;
    s->ops = ops;
    s->owner = owner;
    s->details = grpc_empty_slice();
    s->t_recv.done = recv_done;
    s->t_recv.on_cq = recv_on_cq;
    ee_inbox_init(&s->inbox, inbox_run);
    s->t_send.done = send_done;
    s->t_status.done = status_done;
    s->t_start.done = start_done;
    grpc_metadata_array_init(&s->initial_md);
    grpc_metadata_array_init(&s->trailing_md);
    s->next = c->streams;
    if (c->streams)
        c->streams->prev = s;
    c->streams = s;
    c->nstreams++;
    c->streams_opened++;

    s->endpoint = endpoint >= 0 && endpoint < c->eps.n + c->eps.nextra ? endpoint : ee_client_pick(c);
    s->call = ee_client_create_call(c, (int)(rpc - eeg_rpcs),
        timeout_ms ? gpr_time_add(gpr_now(GPR_CLOCK_MONOTONIC), gpr_time_from_millis(timeout_ms, GPR_TIMESPAN))
                   : gpr_inf_future(GPR_CLOCK_REALTIME), s->endpoint);

    memset(ops_, 0, sizeof ops_);
    ops_[n].op = GRPC_OP_SEND_INITIAL_METADATA;
    s->md[0].value = s->md[1].value = grpc_empty_slice();
    if (c->has_token) {
        if (!GRPC_SLICE_LENGTH(token_key))
            token_key = grpc_slice_from_static_string("token");
        s->md[nmd].key = token_key;
        s->md[nmd++].value = grpc_slice_ref(c->token);
    }
    if (flags & EE_OPEN_REQUIRE_LEADER) {
        s->md[nmd].key = grpc_slice_from_static_string("hasleader");
        s->md[nmd++].value = grpc_slice_from_static_string("true");
    }
    ops_[n].data.send_initial_metadata.count = nmd;
    ops_[n].data.send_initial_metadata.metadata = nmd ? s->md : NULL;
    n++;
    ops_[n].op = GRPC_OP_RECV_INITIAL_METADATA;
    ops_[n++].data.recv_initial_metadata.recv_initial_metadata = &s->initial_md;
    if (first && rpc->kind == EE_SERVER_STREAM) {       /* request, then half-close */
        s->start_buf = pack(first);
        ops_[n].op = GRPC_OP_SEND_MESSAGE;
        ops_[n++].data.send_message.send_message = s->start_buf;
        ops_[n++].op = GRPC_OP_SEND_CLOSE_FROM_CLIENT;
        s->closed_send = s->half_close = 1;
        first = NULL;
    }
    start_batch(aTHX_ s, ops_, n, &s->t_start);
    memset(ops_, 0, sizeof ops_);
    ops_[0].op = GRPC_OP_RECV_STATUS_ON_CLIENT;
    ops_[0].data.recv_status_on_client.trailing_metadata = &s->trailing_md;
    ops_[0].data.recv_status_on_client.status = &s->status;
    ops_[0].data.recv_status_on_client.status_details = &s->details;
    start_batch(aTHX_ s, ops_, 1, &s->t_status);
    if (!s->call)
        return s;                             /* its end is on its way */
    post_recv(aTHX_ s);
    if (first)
        ee_stream_send(aTHX_ s, first);
    return s;
}

void ee_stream_send(pTHX_ ee_stream *s, const ProtobufCMessage *msg)
{
    send_item *it, **pp;
    if (s->ended || s->closed_send || s->half_close)
        return;
    Newx(it, 1, send_item);
    it->buf = pack(msg);
    it->next = NULL;
    hold(MESSAGE_FOOTPRINT);
    for (pp = (send_item **)&s->sendq; *pp; pp = &(*pp)->next)
        ;
    *pp = it;
    send_next(aTHX_ s);
}

void ee_stream_close_send(pTHX_ ee_stream *s)
{
    s->half_close = 1;
    send_next(aTHX_ s);
}

/* Cancel: no more messages reach the owner; on_end still runs once. */
void ee_stream_cancel(pTHX_ ee_stream *s)
{
    if (s->cancelled || s->ended)
        return;
    s->cancelled = 1;
    if (s->call)
        grpc_call_cancel(s->call, NULL);
}

/* ---- a stream that is dialled again: what watch.c and keepalive.c share ----
 * Open it once the client has a token (the stream carries the token it was
 * opened with), reopen it at once when the server says that token went
 * stale, and after a failure again with backoff, up to max_retries failures
 * in a row; then the owner gives its users up (fail). */

/* A reopen right after a failure would fail at once while no server takes
 * connections (refused, or gRPC waiting out its reconnect backoff): every
 * attempt would last no time, and max_retries be used up within a second
 * of an outage.  So a reopen first waits for the channel to be connected
 * (asking it to connect), looking every EE_REDIAL_POLL_S, up to the
 * client's timeout; then it goes ahead either way, and a failure carries
 * gRPC's own message. */
#define EE_REDIAL_POLL_S 0.05

static int redial_channel_ready(ee_redial *d)
{
    double now = ev_now(EV_DEFAULT_UC);
    if (ee_client_connectivity(d->c, 1) == GRPC_CHANNEL_READY)
        goto go;
    if (!d->wait_since)
        d->wait_since = now;
    if (now - d->wait_since >= d->c->timeout_ms / 1000.0)
        goto go;
    ee_timer_start(&d->retry, EE_REDIAL_POLL_S);
    return 0;
go:
    d->wait_since = 0;
    return 1;
}

static void redial_retry_cb(EV_P_ ev_timer *t, int revents)
{
    dTHX;
    ee_redial *d = (ee_redial *)t->data;
    ee_client *c = d->c;
    ee_timer_fired(t);
    if (EE_FORKED(c) || c->destroyed || d->stream || d->idle(d))
        return;
    if (!redial_channel_ready(d))
        return;
    ee_client_enter(c);
    ee_redial_connect(aTHX_ d);        /* may fail its users (user code) */
    ee_client_leave(aTHX_ c);
}

static void redial_auth_ready(pTHX_ ee_waiter *aw, int code, const char *msg, size_t len)
{
    ee_redial *d = (ee_redial *)((char *)aw - offsetof(ee_redial, aw));
    d->auth_waiting = 0;
    if (code == GRPC_STATUS_OK)
        ee_redial_connect(aTHX_ d);
    else
        d->fail(aTHX_ d, code, msg, len);     /* no token: nothing can be served */
}

void ee_redial_init(ee_redial *d, ee_client *c, const ee_rpc *rpc, const ee_stream_ops *ops,
                    const char *what)
{
    d->c = c;
    d->rpc = rpc;
    d->ops = ops;
    d->what = what;
    ev_timer_init(&d->retry, redial_retry_cb, 0., 0.);
    d->retry.data = (void *)d;
    d->aw.ready = redial_auth_ready;
}

/* Open now (d->opened sends what is pending), or once there is a token. */
void ee_redial_connect(pTHX_ ee_redial *d)
{
    if (d->auth_waiting || d->stream || ev_is_active(&d->retry))
        return;
    if (ee_auth_needs_token(d->c)) {
        d->auth_waiting = 1;
        ee_auth_wait(aTHX_ d->c, &d->aw);
        return;
    }
    d->token_gen = d->c->token_gen;
    if (d->rpc->kind == EE_SERVER_STREAM) {   /* its request goes out with the open */
        ProtobufCMessage *req = protobuf_c_message_unpack(d->rpc->req, NULL, d->first.len,
                                                          d->first.data);
        d->stream = ee_stream_open_flags(aTHX_ d->c, d->rpc, req, d->ops, d, 0, d->open_flags);
        protobuf_c_message_free_unpacked(req, NULL);
    } else {
        d->stream = ee_stream_open_flags(aTHX_ d->c, d->rpc, NULL, d->ops, d, 0, d->open_flags);
    }
    d->opened(aTHX_ d);
}

/* Close the current stream on purpose (its end will be ignored). */
void ee_redial_drop_stream(pTHX_ ee_redial *d)
{
    ee_stream *s = d->stream;
    d->stream = NULL;
    if (s)
        ee_stream_cancel(aTHX_ s);
}

/* The member ended the stream because it has no leader (it is cut off
 * from its peers, or an election is on): etcd's "etcdserver: no leader",
 * for watch, keepalive and observe streams alike (any code: the Election
 * service passes errors on as UNKNOWN). */
static int no_leader(const char *msg, size_t len)
{
    static const char nl[] = "etcdserver: no leader";
    return msg && len && ninstr(msg, msg + len, nl, nl + sizeof nl - 1);
}

/* How long a member without a leader is passed over: the stream moves to
 * another member and stays there while it works.  Moving is not a failure;
 * when no member has a leader (an election is on), each attempt waits at
 * least about an election's time, so that max_retries is not used up by
 * refusals that come back at once. */
#define EE_NO_LEADER_AVOID_S 5.0
#define EE_NO_LEADER_WAIT_S 2.0

/* First thing in on_end: 0 when the end concerns nobody (an old stream, or
 * the client going away); otherwise *code / *msg describe the failure. */
int ee_redial_ended(pTHX_ ee_redial *d, ee_stream *s, int *code, const char **msg, size_t *len)
{
    static char closed[64];
    if (d->stream != s)
        return 0;
    d->stream = NULL;
    if (d->c->destroyed)
        return 0;                      /* teardown fails what is left */
    /* a member without a leader: the next stream goes to another one
     * (ee_redial_later, once the owner has told its users) */
    d->leave = no_leader(*msg, *len) ? s->endpoint + 1 : 0;
    /* ended by the server, cleanly, before a single message: etcd does that
     * to a stream whose token has expired (Election.Observe) */
    d->silent_end = *code == GRPC_STATUS_OK && s->received == 0;
    if (*code == GRPC_STATUS_OK) {
        snprintf(closed, sizeof closed, "the server closed the %s stream", d->what);
        *code = GRPC_STATUS_UNAVAILABLE;
        *msg = closed;
        *len = strlen(closed);
    }
    return 1;
}

/* The stream's token went stale: 1 when a new login is on its way (the
 * owner marks what must be resent and calls ee_redial_connect).  A stream
 * the server ended before any message, while credentials are configured,
 * logs in again once before it counts as a failure. */
int ee_redial_stale_token(pTHX_ ee_redial *d, int code, const char *msg, size_t len)
{
    int silent = d->silent_end && !d->relogin_tried;
    if (!(ee_auth_is_token_error(code, msg, len) || silent) || !ee_auth_has_credentials(d->c)
        || d->token_gen != d->c->token_gen)
        return 0;
    if (silent)
        d->relogin_tried = 1;
    ee_auth_invalidate(aTHX_ d->c, d->token_gen);
    return 1;
}

/* A message arrived: the stream works (its failures in a row start again). */
void ee_redial_working(ee_redial *d)
{
    d->attempts = 0;
    d->relogin_tried = 0;
}

/* Again after a backoff, or give up after max_retries failures in a row. */
void ee_redial_later(pTHX_ ee_redial *d, int code, const char *msg, size_t len)
{
    int leave = d->leave;
    double delay;
    d->leave = 0;
    if (leave && ee_client_avoid(d->c, leave - 1, EE_NO_LEADER_AVOID_S) && d->c->max_retries) {
        delay = ee_backoff_delay(0);              /* on another member */
        ee_timer_start(&d->retry, delay);
        EE_LOG(d->c, EE_LOG_WARN, "stream_reconnect", NULL, "the member has no leader: the stream moves to another",
               EE_LSTR("stream", d->what), EE_LIV("attempt", d->attempts), EE_LNV("delay", delay),
               EE_LERR("reason", code, msg, len));
        return;
    }
    if (d->c->max_retries >= 0 && d->attempts >= d->c->max_retries) {
        char buf[512];
        int n = snprintf(buf, sizeof buf, "%s stream failed %d times in a row, giving up: %.*s",
                         d->what, d->attempts + 1, (int)len, msg);
        EE_LOG(d->c, EE_LOG_ERROR, "stream_gave_up", NULL, "the stream failed max_retries + 1 times in a row",
               EE_LSTR("stream", d->what), EE_LIV("attempts", d->attempts + 1), EE_LERR("reason", code, msg, len));
        d->attempts = 0;
        d->fail(aTHX_ d, code, buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
        return;
    }
    delay = ee_backoff_delay(d->attempts++);
    if (leave && delay < EE_NO_LEADER_WAIT_S)
        delay = EE_NO_LEADER_WAIT_S;
    ee_timer_start(&d->retry, delay);
    EE_LOG(d->c, EE_LOG_WARN, "stream_reconnect", NULL, "the stream will be opened again",
           EE_LSTR("stream", d->what), EE_LIV("attempt", d->attempts), EE_LNV("delay", delay),
           EE_LERR("reason", code, msg, len));
}

void ee_redial_stop(pTHX_ ee_redial *d)
{
    d->wait_since = 0;
    if (d->auth_waiting)
        ee_auth_unwait(d->c, &d->aw);
    d->auth_waiting = 0;
    ee_timer_stop(&d->retry);
}

/* teardown: every open stream is cancelled; on_end still runs once */
static void cancel_streams(pTHX_ ee_client *c)
{
    ee_stream *st;
    for (st = c->streams; st; st = st->next)   /* runs no user code */
        ee_stream_cancel(aTHX_ st);
}

static ee_teardown stream_teardown = { 20, cancel_streams, NULL, NULL };
static void __attribute__((constructor)) stream_register(void)
{
    ee_client_on_teardown(&stream_teardown);
}
