/*
 * unary.c - Perl method call -> request message -> one gRPC batch ->
 * response hash -> callback.  Works for every unary RPC from the generated
 * tables alone; nothing here knows a particular RPC.
 */
#include "ee.h"

#define CALL_OF(t) ((ee_call *)((char *)(t) - offsetof(ee_call, tag)))

static grpc_slice token_key;

/*
 * A call's life: accepted (in the client's in-flight list, holding a loop
 * reference) -> waiting for a token (AUTH_WAIT) and/or a window slot
 * (QUEUED) -> on the wire (WIRE) -> done, or back to waiting: once after the
 * server rejected its token, or after a backoff (RETRY) when it failed with
 * UNAVAILABLE and may be repeated.  Whatever happens, the callback runs once.
 */
enum { CS_NEW = 0, CS_AUTH_WAIT, CS_QUEUED, CS_WIRE, CS_RETRY, CS_POSTED };

/* Final delivery is unary_done's alone: it runs once per accepted call (a
 * call that fails before or outside gRPC is posted to the bridge as a
 * completion, so even that callback comes from the loop), and a call the
 * user or teardown cancelled before its callback ran gets CANCELLED,
 * whatever answer was already queued.  While a call waits (login, window
 * slot, retry backoff) its timer runs towards its deadline. */

static void post_failed(pTHX_ ee_client *c, ee_call *call, int code, const char *msg);
static void wait_deadline(ee_call *call);
static void launch_queued(pTHX_ ee_client *c);
static void dispatch(pTHX_ ee_client *c, ee_call *call);

/* ---- in-flight list: every accepted callback runs exactly once ---- */

static void inflight_add(ee_client *c, ee_call *call)
{
    call->prev = NULL;
    call->next = c->inflight;
    if (c->inflight)
        c->inflight->prev = call;
    c->inflight = call;
    c->ninflight++;
    ev_ref(EV_DEFAULT_UC);              /* a call in flight keeps EV::run going */
}

static void inflight_remove(ee_client *c, ee_call *call)
{
    if (call->prev)
        call->prev->next = call->next;
    else
        c->inflight = call->next;
    if (call->next)
        call->next->prev = call->prev;
    c->ninflight--;
    ev_unref(EV_DEFAULT_UC);
}

static void queue_remove(ee_client *c, ee_call *call)
{
    ee_call **pp;
    for (pp = &c->queue_head; *pp; pp = &(*pp)->qnext)
        if (*pp == call) {
            *pp = call->qnext;
            break;
        }
    c->queue_tailp = &c->queue_head;
    while (*c->queue_tailp)
        c->queue_tailp = &(*c->queue_tailp)->qnext;
}

/* A waiting call leaves its wait (login, window queue, retry backoff) and is
 * completed with `code`: posted, so its callback runs from the loop. */
static void leave_wait(pTHX_ ee_client *c, ee_call *call, int code, const char *why)
{
    switch (call->state) {
    case CS_QUEUED:
        queue_remove(c, call);
        break;
    case CS_AUTH_WAIT:
        ee_auth_unwait(c, &call->aw);
        break;
    case CS_RETRY:
        break;
    default:
        return;
    }
    post_failed(aTHX_ c, call, code, why);
}

/* Stop a call wherever it is; its callback gets CANCELLED with `why`. */
static void cancel_call(pTHX_ ee_client *c, ee_call *call, const char *why)
{
    if (call->cancelled)
        return;
    call->cancelled = why;
    leave_wait(aTHX_ c, call, GRPC_STATUS_CANCELLED, why);
    if (call->state == CS_WIRE)
        grpc_call_cancel_with_status(call->call, GRPC_STATUS_CANCELLED, why, NULL);
}

/* teardown: every accepted call ends with CANCELLED */
static void cancel_all(pTHX_ ee_client *c)
{
    ee_call *call;
    for (call = c->inflight; call; call = call->next)   /* runs no user code */
        cancel_call(aTHX_ c, call, "cancelled: the client was destroyed");
}

static ee_teardown unary_teardown = { 10, cancel_all, NULL, NULL };
static void __attribute__((constructor)) unary_register(void)
{
    ee_client_on_teardown(&unary_teardown);
}

/* ---- completion ---- */

static void run_hook(pTHX_ ee_client *c, int hook, const ProtobufCMessage *msg)
{
    if (hook == EE_HOOK_STORE_TOKEN) {
        const char *tok = ee_message_string(msg, "token");
        if (tok)
            ee_client_set_token(aTHX_ c, tok, strlen(tok));
    } else if (hook == EE_HOOK_DROP_TOKEN) {
        ee_auth_disabled(aTHX_ c);
    }
}

static void reset_attempt(ee_call *call)
{
    if (call->recv_buf)
        grpc_byte_buffer_destroy(call->recv_buf);
    call->recv_buf = NULL;
    if (call->attempt_buf)
        grpc_byte_buffer_destroy(call->attempt_buf);
    call->attempt_buf = NULL;
    grpc_metadata_array_destroy(&call->initial_md);
    grpc_metadata_array_destroy(&call->trailing_md);
    grpc_metadata_array_init(&call->initial_md);
    grpc_metadata_array_init(&call->trailing_md);
    grpc_slice_unref(call->details);
    call->details = grpc_empty_slice();
    grpc_slice_unref(call->md.value);
    call->md.value = grpc_empty_slice();
    call->status = GRPC_STATUS_OK;
    if (call->call)
        grpc_call_unref(call->call);
    call->call = NULL;
}

static void free_call(ee_call *call)
{
    ee_timer_stop(&call->timer);
    reset_attempt(call);
    grpc_slice_unref(call->conn_error);
    grpc_metadata_array_destroy(&call->initial_md);
    grpc_metadata_array_destroy(&call->trailing_md);
    if (call->send_buf)
        grpc_byte_buffer_destroy(call->send_buf);
    Safefree(call);
}

/* The call's timer: the end of a retry backoff, or its deadline while it
 * waits for a login or a window slot. */
static void timer_cb(EV_P_ ev_timer *t, int revents)
{
    dTHX;
    ee_call *call = (ee_call *)t->data;
    ee_client *c = call->c;
    ee_timer_fired(t);
    if (EE_FORKED(c))
        return;
    ee_client_enter(c);
    if (call->state == CS_RETRY)
        dispatch(aTHX_ c, call);
    else
        leave_wait(aTHX_ c, call, GRPC_STATUS_DEADLINE_EXCEEDED, call->state == CS_AUTH_WAIT
                   ? "deadline exceeded while waiting for the client to log in"
                   : "deadline exceeded while waiting for a free call slot");
    ee_client_leave(aTHX_ c);
}

static void wait_deadline(ee_call *call)
{
    if (call->bounded) {
        double left = gpr_timespec_to_micros(gpr_time_sub(call->deadline, gpr_now(GPR_CLOCK_MONOTONIC))) / 1e6;
        ee_timer_start(&call->timer, left > 0 ? left : 0);
    }
}

/* A token arrived (or authentication failed) for a call waiting on it. */
static void auth_ready(pTHX_ ee_waiter *w, int code, const char *msg, size_t len)
{
    ee_call *call = (ee_call *)((char *)w - offsetof(ee_call, aw));
    ee_timer_stop(&call->timer);
    call->state = CS_NEW;
    if (code == GRPC_STATUS_OK) {
        dispatch(aTHX_ call->c, call);
    } else {
        grpc_slice_unref(call->details);
        call->status = code;
        call->details = grpc_slice_from_copied_buffer(msg, len);
        call->state = CS_POSTED;
        ee_bridge_post(aTHX_ &call->c->bridge, &call->tag);
    }
}

/* A failure without a connection that another member may take: never for
 * a call pinned to one member (option endpoint). */
static int other_member(ee_client *c, ee_call *call, const char *msg, size_t len)
{
    return call->endpoint < 0 && ee_client_never_sent(c, call->status, msg, len);
}

/* Decide what a finished attempt means: again (token, retry) or done. */
static int try_again(pTHX_ ee_client *c, ee_call *call)
{
    const char *msg = (const char *)GRPC_SLICE_START_PTR(call->details);
    size_t len = GRPC_SLICE_LENGTH(call->details);
    if (call->status == GRPC_STATUS_OK || call->cancelled || c->destroyed || call->state == CS_POSTED)
        return 0;
    /* Wait-for-ready.  The first attempt goes out fail-fast: with no
     * connection gRPC answers at once, with the reason (nothing was sent).
     * A reason waiting cannot cure (a failed TLS handshake, a certificate
     * that does not verify) is the answer; otherwise the call goes out
     * again, now waiting for a connection until its deadline, and the
     * reason is kept for the deadline's message. */
    if (!(call->flags & EE_M_FAIL_FAST) && !call->waiting_ready
        && ee_error_not_sent(call->status, msg, len)
        && (ee_error_retryable(call->status, msg, len) || !other_member(c, call, msg, len))) {
        if (!ee_error_retryable(call->status, msg, len))
            return 0;                     /* (with other members: tried below, fail-fast) */
        grpc_slice_unref(call->conn_error);
        call->conn_error = grpc_slice_ref(call->details);
        call->waiting_ready = 1;
        EE_LOG(c, EE_LOG_INFO, "waiting_for_connection", call->source, "no connection: the call waits for one",
               EE_LERR("reason", call->status, msg, len));
        return 1;
    }
    if (ee_auth_is_token_error(call->status, msg, len) && ee_auth_has_credentials(c)
        && !call->auth_retried && !(call->flags & EE_M_NO_TOKEN)) {
        call->auth_retried = 1;           /* once: a wrong password must not loop */
        ee_auth_invalidate(aTHX_ c, call->token_gen);
        return 1;
    }
    /* by the error's meaning: etcd's "no leader" that came as UNKNOWN is
     * UNAVAILABLE; gRPC's UNAVAILABLE for a failed TLS handshake is not
     * worth repeating */
    if (ee_error_code(call->status, msg, len) == GRPC_STATUS_UNAVAILABLE
        && ((ee_error_retryable(call->status, msg, len) && (call->flags & EE_M_IDEMPOTENT))
            || other_member(c, call, msg, len))) {  /* another member may take it */
        double delay;
        gpr_timespec now;
        if (c->max_retries >= 0 && call->attempts >= c->max_retries) {
            if (call->attempts > 0)       /* (the log says retries ran out, not that there were none) */
                EE_LOG(c, EE_LOG_ERROR, "gave_up", call->source, "no retries left (max_retries)",
                   EE_LIV("attempts", call->attempts + 1), EE_LERR("reason", call->status, msg, len));
            return 0;
        }
        delay = ee_backoff_delay(call->attempts++);
        now = gpr_now(GPR_CLOCK_MONOTONIC);
        if (gpr_time_cmp(gpr_time_add(now, gpr_time_from_millis((int64_t)(delay * 1000), GPR_TIMESPAN)),
                         call->deadline) >= 0) {
            if (call->attempts > 1)
                EE_LOG(c, EE_LOG_ERROR, "gave_up", call->source, "no time left for another attempt (timeout)",
                   EE_LIV("attempts", call->attempts), EE_LERR("reason", call->status, msg, len));
            return 0;                     /* no time left for another attempt */
        }
        EE_LOG(c, EE_LOG_WARN, "retry", call->source, "retrying after a backoff",
               EE_LIV("attempt", call->attempts), EE_LNV("delay", delay),
               EE_LERR("reason", call->status, msg, len));
        reset_attempt(call);
        call->state = CS_RETRY;
        ee_timer_start(&call->timer, delay);
        return 2;
    }
    return 0;
}

/* The answer as a message, decoded into `arena` (the caller frees it).  An
 * uncompressed answer in one slice (most are) is decoded where gRPC put
 * it; one in several slices is first joined into one. */
static ProtobufCMessage *decode_answer(grpc_byte_buffer *buf, const ProtobufCMessageDescriptor *desc,
                                       ee_arena *arena, char *first, size_t first_size)
{
    ProtobufCMessage *msg = NULL;
    grpc_byte_buffer_reader reader;
    grpc_slice s;
    if (buf->type == GRPC_BB_RAW && buf->data.raw.compression == GRPC_COMPRESS_NONE
        && buf->data.raw.slice_buffer.count == 1) {
        const grpc_slice *one = &buf->data.raw.slice_buffer.slices[0];
        ee_arena_init(arena, first, first_size, GRPC_SLICE_LENGTH(*one));
        return ee_unpack(arena, desc, GRPC_SLICE_START_PTR(*one), GRPC_SLICE_LENGTH(*one));
    }
    if (!grpc_byte_buffer_reader_init(&reader, buf))
        return NULL;
    s = grpc_byte_buffer_reader_readall(&reader);
    grpc_byte_buffer_reader_destroy(&reader);
    ee_arena_init(arena, first, first_size, GRPC_SLICE_LENGTH(s));
    msg = ee_unpack(arena, desc, GRPC_SLICE_START_PTR(s), GRPC_SLICE_LENGTH(s));
    grpc_slice_unref(s);
    return msg;
}

/* The answer's hash, built from its bytes by the generated decoder (NULL
 * when they are malformed); bytes in one uncompressed slice are read in
 * place. */
static SV *answer_to_sv(pTHX_ grpc_byte_buffer *buf, const ee_rpc *rpc)
{
    grpc_byte_buffer_reader reader;
    grpc_slice s;
    SV *sv;
    if (buf->type == GRPC_BB_RAW && buf->data.raw.compression == GRPC_COMPRESS_NONE
        && buf->data.raw.slice_buffer.count == 1) {
        const grpc_slice *one = &buf->data.raw.slice_buffer.slices[0];
        return rpc->resp_from_wire(aTHX_ GRPC_SLICE_START_PTR(*one), GRPC_SLICE_LENGTH(*one));
    }
    if (!grpc_byte_buffer_reader_init(&reader, buf))
        return NULL;
    s = grpc_byte_buffer_reader_readall(&reader);
    grpc_byte_buffer_reader_destroy(&reader);
    sv = rpc->resp_from_wire(aTHX_ GRPC_SLICE_START_PTR(s), GRPC_SLICE_LENGTH(s));
    grpc_slice_unref(s);
    return sv;
}

static void unary_done(pTHX_ ee_tag *t, int ok)
{
    ee_call *call = CALL_OF(t);
    ee_client *c = call->c;
    SV *resp = NULL, *err = NULL, *cb = call->cb;
    const char *source = call->source;
    int again;

    if (call->state == CS_WIRE && call->bounded) {
        c->nactive--;
        launch_queued(aTHX_ c);
    }
    if (!ok && call->status == GRPC_STATUS_OK)     /* batch failed before any status */
        call->status = GRPC_STATUS_INTERNAL;
    if (call->cancelled && call->status != GRPC_STATUS_CANCELLED) {
        /* cancelled before its callback ran: that wins over a queued answer */
        grpc_slice_unref(call->details);
        call->details = grpc_slice_from_static_string(call->cancelled);
        call->status = GRPC_STATUS_CANCELLED;
    }
    if (call->status == GRPC_STATUS_DEADLINE_EXCEEDED && GRPC_SLICE_LENGTH(call->conn_error)) {
        /* it waited for a connection that never came: say why */
        SV *m = sv_2mortal(newSVpvs("deadline exceeded while waiting for a connection: "));
        sv_catpvn(m, (const char *)GRPC_SLICE_START_PTR(call->conn_error), GRPC_SLICE_LENGTH(call->conn_error));
        grpc_slice_unref(call->details);
        call->details = grpc_slice_from_copied_buffer(SvPVX(m), SvCUR(m));
    }
    if ((again = try_again(aTHX_ c, call))) {
        if (again == 1) {
            reset_attempt(call);
            call->state = CS_NEW;
            dispatch(aTHX_ c, call);
        }
        return;
    }

    inflight_remove(c, call);
    if (call->status == GRPC_STATUS_OK && !call->internal && !call->hook) {
        /* the common case: the answer's hash straight from its bytes */
        if (!call->recv_buf || !(resp = answer_to_sv(aTHX_ call->recv_buf, call->rpc))) {
            static const char m[] = "response message missing or undecodable";
            err = ee_error_sv(aTHX_ GRPC_STATUS_INTERNAL, m, sizeof m - 1, source);
        }
    } else if (call->status == GRPC_STATUS_OK) {
        /* the runtime reads the answer itself (login, hooks): decoded */
        ProtobufCMessage *msg = NULL;
        ee_arena arena;
        char first[EE_ARENA_STACK];
        ee_arena_init(&arena, first, sizeof first, 0);
        if (call->recv_buf)
            msg = decode_answer(call->recv_buf, call->rpc->resp, &arena, first, sizeof first);
        if (msg) {
            if (call->internal)
                call->internal(aTHX_ c, GRPC_STATUS_OK, NULL, 0, msg);
            else
                resp = call->rpc->resp_to_sv(aTHX_ msg);
            if (call->hook)
                run_hook(aTHX_ c, call->hook, msg);
        }
        ee_arena_free(&arena);
        if (!msg) {
            static const char m[] = "response message missing or undecodable";
            if (call->internal)
                call->internal(aTHX_ c, GRPC_STATUS_INTERNAL, m, sizeof m - 1, NULL);
            else
                err = ee_error_sv(aTHX_ GRPC_STATUS_INTERNAL, m, sizeof m - 1, source);
        }
    } else if (call->internal) {
        call->internal(aTHX_ c, call->status, (const char *)GRPC_SLICE_START_PTR(call->details),
                       GRPC_SLICE_LENGTH(call->details), NULL);
    } else {
        const char *msg = (const char *)GRPC_SLICE_START_PTR(call->details);
        size_t len = GRPC_SLICE_LENGTH(call->details);
        static const char big[] = "Received message larger than max";
        if (call->status == GRPC_STATUS_RESOURCE_EXHAUSTED && len >= sizeof big - 1
            && memEQ(msg, big, sizeof big - 1)) {
            /* gRPC's own limit on answers: name the option that sets it */
            SV *m = sv_2mortal(newSVpvn(msg, len));
            sv_catpvs(m, ": the response is larger than max_receive_message_size");
            err = ee_client_error(aTHX_ c, call->status, SvPVX(m), SvCUR(m), source);
        } else {
            err = ee_client_error(aTHX_ c, call->status, msg, len, source);
        }
    }

    if (call->handle) {                /* the Perl handle no longer points here */
        ee_handle_clear(aTHX_ call->handle, EE_HANDLE_CALL);
        SvREFCNT_dec(call->handle);
    }
    free_call(call);

    if (!cb)
        return;
    if (c->closing) {          /* global destruction: nobody left to tell */
        if (resp) SvREFCNT_dec(resp);
        if (err) SvREFCNT_dec(err);
    } else {
        ee_invoke_cb(aTHX_ cb, resp, err);
    }
    SvREFCNT_dec(cb);
}

/* Complete a call that never reached gRPC through the normal path, so its
 * callback still runs once, from the loop, never from inside the method. */
static void post_failed(pTHX_ ee_client *c, ee_call *call, int code, const char *msg)
{
    ee_timer_stop(&call->timer);
    grpc_slice_unref(call->details);
    call->status = code;
    call->details = grpc_slice_from_copied_string(msg);
    call->state = CS_POSTED;
    ee_bridge_post(aTHX_ &c->bridge, &call->tag);
}

/* Put the call on the wire: one batch with every op of a unary call. */
static void launch(pTHX_ ee_client *c, ee_call *call)
{
    grpc_op ops[6];
    grpc_call_error rc;

    ee_timer_stop(&call->timer);
    call->state = CS_WIRE;
    if (call->bounded)
        c->nactive++;
    call->call = ee_client_create_call(c, (int)(call->rpc - eeg_rpcs), call->deadline, call->endpoint);
    if (!call->call) {
        if (call->bounded)
            c->nactive--;
        post_failed(aTHX_ c, call, GRPC_STATUS_INTERNAL, "could not create the gRPC call");
        return;
    }

    memset(ops, 0, sizeof ops);
    ops[0].op = GRPC_OP_SEND_INITIAL_METADATA;
    /* wait for a connection (until the deadline) instead of failing at once
     * with UNAVAILABLE: nothing is sent before there is one, so a write is
     * still sent at most once (see try_again for the first attempt) */
    if (call->waiting_ready)
        ops[0].flags = GRPC_INITIAL_METADATA_WAIT_FOR_READY;
    if (c->has_token && !(call->flags & EE_M_NO_TOKEN)) {
        if (!GRPC_SLICE_LENGTH(token_key))
            token_key = grpc_slice_from_static_string("token");
        call->md.key = token_key;
        call->md.value = grpc_slice_ref(c->token);
        call->token_gen = c->token_gen;
        ops[0].data.send_initial_metadata.count = 1;
        ops[0].data.send_initial_metadata.metadata = &call->md;
    }
    /* gRPC takes the slices of the buffer it sends: every attempt sends a
     * copy (slices are refcounted, the bytes are not copied) */
    call->attempt_buf = grpc_byte_buffer_copy(call->send_buf);
    ops[1].op = GRPC_OP_SEND_MESSAGE;
    ops[1].data.send_message.send_message = call->attempt_buf;
    ops[2].op = GRPC_OP_SEND_CLOSE_FROM_CLIENT;
    ops[3].op = GRPC_OP_RECV_INITIAL_METADATA;
    ops[3].data.recv_initial_metadata.recv_initial_metadata = &call->initial_md;
    ops[4].op = GRPC_OP_RECV_MESSAGE;
    ops[4].data.recv_message.recv_message = &call->recv_buf;
    ops[5].op = GRPC_OP_RECV_STATUS_ON_CLIENT;
    ops[5].data.recv_status_on_client.trailing_metadata = &call->trailing_md;
    ops[5].data.recv_status_on_client.status = &call->status;
    ops[5].data.recv_status_on_client.status_details = &call->details;
    rc = ee_call_start_batch(call->call, ops, 6, &call->tag);
    if (rc != GRPC_CALL_OK) {
        /* nothing will be queued for this call: complete it ourselves */
        char buf[160];
        snprintf(buf, sizeof buf, "could not start the gRPC batch: %s", grpc_call_error_to_string(rc));
        if (call->bounded)
            c->nactive--;
        post_failed(aTHX_ c, call, GRPC_STATUS_INTERNAL, buf);
    }
}

/* A finished bounded call makes room for the next queued one. */
static void launch_queued(pTHX_ ee_client *c)
{
    while (c->queue_head && c->nactive < EE_MAX_ACTIVE) {
        ee_call *call = c->queue_head;
        c->queue_head = call->qnext;
        if (!c->queue_head)
            c->queue_tailp = &c->queue_head;
        launch(aTHX_ c, call);
    }
}

/* Next step for a call that may go out: wait for a token when the client
 * logs in by itself and has none, else take a window slot or queue. */
static void dispatch(pTHX_ ee_client *c, ee_call *call)
{
    if (!(call->flags & EE_M_NO_TOKEN) && ee_auth_needs_token(c)) {
        call->state = CS_AUTH_WAIT;
        call->aw.ready = auth_ready;
        wait_deadline(call);
        ee_auth_wait(aTHX_ c, &call->aw);
        return;
    }
    if (!call->bounded || (c->nactive < EE_MAX_ACTIVE && !c->queue_head)) {
        launch(aTHX_ c, call);
    } else {
        call->state = CS_QUEUED;
        call->qnext = NULL;
        *c->queue_tailp = call;
        c->queue_tailp = &call->qnext;
        wait_deadline(call);
    }
}

/* Accept a call: its callback (or `internal`) will run exactly once from
 * now on.  Calls with a deadline share a window of EE_MAX_ACTIVE gRPC calls
 * (more streams on one connection add memory, not throughput); the rest
 * wait in FIFO order with their deadline already running.  Calls that wait
 * by design (lock, campaign) never queue behind others nor hold a slot. */
ee_call *ee_unary_start(pTHX_ ee_client *c, const ee_rpc *rpc, const char *source,
                        const ProtobufCMessage *req, SV *cb, unsigned timeout_ms,
                        unsigned flags, int hook)
{
    return ee_unary_start_at(aTHX_ c, rpc, source, req, cb, timeout_ms, flags, hook, -1);
}

ee_call *ee_unary_start_at(pTHX_ ee_client *c, const ee_rpc *rpc, const char *source,
                           const ProtobufCMessage *req, SV *cb, unsigned timeout_ms,
                           unsigned flags, int hook, int endpoint)
{
    ee_call *call;
    grpc_slice payload;
    size_t len;

    Newxz(call, 1, ee_call);
    call->tag.done = unary_done;
    call->c = c;
    call->rpc = rpc;
    call->source = source;
    call->hook = hook;
    call->endpoint = endpoint;
    if (!(flags & (EE_M_FAIL_FAST | EE_M_WAIT_FOR_READY)) && !c->wait_for_ready)
        flags |= EE_M_FAIL_FAST;          /* the client's choice, unless the call made one */
    call->flags = flags;
    call->cb = cb ? SvREFCNT_inc_simple_NN(cb) : NULL;
    call->details = grpc_empty_slice();
    call->conn_error = grpc_empty_slice();
    call->md.value = grpc_empty_slice();
    ev_timer_init(&call->timer, timer_cb, 0., 0.);
    call->timer.data = (void *)call;
    grpc_metadata_array_init(&call->initial_md);
    grpc_metadata_array_init(&call->trailing_md);

    len = protobuf_c_message_get_packed_size(req);
    payload = grpc_slice_malloc(len);
    protobuf_c_message_pack(req, GRPC_SLICE_START_PTR(payload));
    call->send_buf = grpc_raw_byte_buffer_create(&payload, 1);
    grpc_slice_unref(payload);

    inflight_add(c, call);
    if (flags & EE_M_NO_DEADLINE) {
        call->deadline = gpr_inf_future(GPR_CLOCK_MONOTONIC);
    } else {
        call->bounded = 1;
        call->deadline = gpr_time_add(gpr_now(GPR_CLOCK_MONOTONIC),
                                      gpr_time_from_millis(timeout_ms, GPR_TIMESPAN));
    }
    if (c->max_send_message_size >= 0 && len > (size_t)c->max_send_message_size) {
        /* gRPC would refuse it too: say which limit, without sending */
        char buf[200];
        snprintf(buf, sizeof buf, "Sent message larger than max (%lu vs. %d): the request is larger "
                 "than max_send_message_size", (unsigned long)len, c->max_send_message_size);
        post_failed(aTHX_ c, call, GRPC_STATUS_RESOURCE_EXHAUSTED, buf);
        return call;
    }
    dispatch(aTHX_ c, call);
    return call;
}

/* ---- the Perl handle of a unary call (returned when not in void context) ---- */

SV *ee_call_handle(pTHX_ ee_call *call)
{
    SV *rv = ee_handle_new(aTHX_ EE_HANDLE_CALL, "EV::Etcd::Call", call);
    call->handle = SvREFCNT_inc_simple_NN(SvRV(rv));
    return rv;
}

void ee_call_user_cancel(pTHX_ SV *handle)
{
    ee_call *call = (ee_call *)ee_handle_ptr(aTHX_ handle, EE_HANDLE_CALL);
    if (!call || call->cancelled)
        return;                        /* finished, or already being cancelled */
    ee_client_check(aTHX_ call->c, "cancel");
    cancel_call(aTHX_ call->c, call, "cancelled by the caller");
}

/* ---- argument parsing shared by every generated method ---- */

static int is_plain_hash(pTHX_ SV *sv)
{
    return SvROK(sv) && SvTYPE(SvRV(sv)) == SVt_PVHV && !sv_isobject(sv);
}

static SV *check_cb(pTHX_ const char *name, const char *usage, SV *cb)
{
    if (!cb || !SvROK(cb) || SvTYPE(SvRV(cb)) != SVt_PVCV)
        croak("%s: callback must be a code reference (the last argument); usage: %s", name, usage);
    return cb;
}

static unsigned parse_timeout(pTHX_ const char *name, SV *sv)
{
    NV t;
    /* at most 2147483 s: deadlines are 32-bit milliseconds (new()'s limit too) */
    if (!SvOK(sv) || SvROK(sv) || !looks_like_number(sv) || !((t = SvNV(sv)) > 0 && t <= 2147483.0))
        croak("%s: option 'timeout' must be a positive number of seconds, at most 2147483", name);
    t *= 1000.0;
    return t < 1 ? 1 : (unsigned)(t + 0.5);
}

static const char *find_opt(const ee_method *m, const char *k, I32 klen)
{
    int i;
    for (i = 0; i < m->nopts; i++)
        if (strlen(m->opts[i]) == (size_t)klen && memcmp(m->opts[i], k, klen) == 0)
            return m->opts[i];
    return NULL;
}

static void unknown_option(pTHX_ const ee_method *m, const char *k, I32 klen)
{
    SV *valid = sv_2mortal(newSVpvs(""));
    int i;
    for (i = 0; i < m->nopts; i++)
        sv_catpvf(valid, "%s, ", m->opts[i]);
    if (m->runtime_opts & EE_RT_AUTO_RECONNECT)
        sv_catpvs(valid, "auto_reconnect, ");
    if (m->runtime_opts & EE_RT_ON_STATE)
        sv_catpvs(valid, "on_state, ");
    if (m->runtime_opts & EE_RT_REQUIRE_LEADER)
        sv_catpvs(valid, "require_leader, ");
    if (!(m->flags & EE_M_LONG_LIVED))
        sv_catpvs(valid, "timeout, ");
    if (!*m->stream)
        sv_catpvs(valid, "wait_for_ready, ");
    if (strEQ(m->stream, "snapshot"))
        sv_catpvs(valid, "on_progress, ");
    if (m->runtime_opts & EE_RT_ENDPOINT)
        sv_catpvs(valid, "endpoint, ");
    SvCUR_set(valid, SvCUR(valid) > 2 ? SvCUR(valid) - 2 : 0);
    croak("%s: unknown option '%.*s' (valid options: %" SVf ")", m->name, (int)klen, k, SVfARG(valid));
}

static void unknown_option(pTHX_ const ee_method *m, const char *k, I32 klen);

/* Options every method may take that are not message fields. */
static int runtime_option(pTHX_ ee_client *c, const ee_method *m, const char *k, I32 klen, SV *v,
                          ee_call_opts *o)
{
    if ((m->runtime_opts & EE_RT_ENDPOINT) && klen == 8 && memEQ(k, "endpoint", 8)) {
        SvGETMAGIC(v);
        o->endpoint = SvOK(v) ? ee_client_endpoint_index(aTHX_ c, m->name, v) : -1;
        return 1;
    }
    if (klen == 7 && memEQ(k, "timeout", 7)
        && !(m->flags & EE_M_LONG_LIVED)) {  /* long-lived: a deadline would end them */
        o->timeout_ms = parse_timeout(aTHX_ m->name, v);
        o->timeout_given = 1;
        return 1;
    }
    if (klen == 11 && memEQ(k, "on_progress", 11) && strEQ(m->stream, "snapshot")) {
        SvGETMAGIC(v);
        o->on_progress = SvOK(v) ? v : NULL;
        return 1;
    }
    if (klen == 14 && memEQ(k, "wait_for_ready", 14) && !*m->stream) {
        o->wait_for_ready = SvTRUE(v) ? 1 : 0;
        return 1;
    }
    if ((m->runtime_opts & EE_RT_AUTO_RECONNECT) && klen == 14 && memEQ(k, "auto_reconnect", 14)) {
        o->auto_reconnect = SvTRUE(v) ? 1 : 0;
        return 1;
    }
    if ((m->runtime_opts & EE_RT_ON_STATE) && klen == 8 && memEQ(k, "on_state", 8)) {
        if (SvOK(v) && !(SvROK(v) && SvTYPE(SvRV(v)) == SVt_PVCV))
            croak("%s: option 'on_state' must be a code reference", m->name);
        o->on_state = SvOK(v) ? v : NULL;
        return 1;
    }
    if ((m->runtime_opts & EE_RT_REQUIRE_LEADER) && klen == 14 && memEQ(k, "require_leader", 14)) {
        o->require_leader = SvTRUE(v) ? 1 : 0;
        return 1;
    }
    return 0;
}

SV *ee_invoke(pTHX_ ee_client *c, const ee_method *m, SV **args, int n, int want_handle)
{
    ee_build b;
    ee_seen seen = 0;
    SV *cb = NULL, *posv[16];
    HV *opts = NULL;
    int npos = 0, i;
    ee_call_opts o;
    ProtobufCMessage *req;

    o.timeout_ms = c->timeout_ms;
    o.auto_reconnect = 1;
    o.on_state = NULL;
    o.require_leader = -1;
    o.dest = NULL;
    o.timeout_given = 0;
    o.wait_for_ready = -1;
    o.on_progress = NULL;
    o.endpoint = -1;

    ee_client_check(aTHX_ c, m->name);
    b.method = m->name;
    b.plen = 0;
    b.path[0] = '\0';
    b.noun = "option";

    if ((m->flags & EE_M_NAMED) && n > 0 && !SvROK(args[0]) && SvOK(args[0])) {
        /* name => value pairs: the positional names, callback, options;
         * the callback may also come last on its own (..., sub { }) */
        if (n % 2 && SvROK(args[n - 1]) && SvTYPE(SvRV(args[n - 1])) == SVt_PVCV)
            cb = args[--n];
        if (n % 2)
            croak("%s: odd number of arguments in the named form; usage: %s", m->name, m->usage);
        npos = m->nargs;
        for (i = 0; i < npos; i++)
            posv[i] = NULL;
        for (i = 0; i < n; i += 2) {
            STRLEN kl;
            const char *k = SvPV(args[i], kl);
            int j, found = 0;
            if (kl == 8 && memEQ(k, "callback", 8)) {
                if (cb)
                    croak("%s: two callbacks (a 'callback' argument and a last one); usage: %s",
                          m->name, m->usage);
                cb = args[i + 1];
                continue;
            }
            if (kl == 7 && memEQ(k, "options", 7)) {
                if (!is_plain_hash(aTHX_ args[i + 1]))
                    croak("%s: 'options' must be a hash reference", m->name);
                opts = (HV *)SvRV(args[i + 1]);
                continue;
            }
            for (j = 0; j < m->nargs; j++)
                if (strlen(m->args[j].field) == kl && memEQ(m->args[j].field, k, kl)) {
                    posv[j] = args[i + 1];
                    found = 1;
                }
            if (!found)
                croak("%s: unknown argument '%s'; usage: %s", m->name, k, m->usage);
        }
        check_cb(aTHX_ m->name, m->usage, cb);
    } else {
        if (n < 1)
            croak("%s: callback must be a code reference, got none (missing callback); usage: %s",
                  m->name, m->usage);
        cb = check_cb(aTHX_ m->name, m->usage, args[n - 1]);
        npos = n - 1;
        if (npos > m->nrequired && is_plain_hash(aTHX_ args[npos - 1])
            && !(npos - 1 < m->nargs && (m->args[npos - 1].flags & EE_ARG_HASH))) {
            opts = (HV *)SvRV(args[npos - 1]);
            npos--;
        } else if (npos == m->nargs + 1) {
            croak("%s: options must be a hash reference; usage: %s", m->name, m->usage);
        }
        if (npos < m->nrequired || npos > m->nargs)
            croak("%s: wrong number of arguments; usage: %s", m->name, m->usage);
        for (i = 0; i < npos; i++)
            posv[i] = args[i];
    }

    req = (ProtobufCMessage *)ee_alloc(aTHX_ m->msg->sizeof_message);
    protobuf_c_message_init(m->msg, req);

    for (i = 0; i < npos; i++) {
        const ee_arg *a = &m->args[i];
        SV *v = posv[i];
        if (v) SvGETMAGIC(v);
        if (!v || !SvOK(v)) {           /* !v: not given in the named form */
            if (a->flags & (EE_ARG_UNDEF_OK | EE_ARG_OPTIONAL))
                continue;
            croak("%s: '%s' is %s; usage: %s", m->name, a->field, v ? "undefined" : "missing", m->usage);
        }
        if (a->flags & EE_ARG_RUNTIME) {
            o.dest = v;
            continue;
        }
        m->msg_set(aTHX_ &b, req, &seen, a->field, strlen(a->field), v);
    }

    if (opts) {
        HE *he;
        hv_iterinit(opts);
        while ((he = hv_iternext(opts))) {
            I32 klen;
            const char *k = hv_iterkey(he, &klen);
            SV *v = hv_iterval(opts, he);
            const char *name;
            if (runtime_option(aTHX_ c, m, k, klen, v, &o))
                continue;
            if (!(name = find_opt(m, k, klen)))
                unknown_option(aTHX_ m, k, klen);
            SvGETMAGIC(v);
            if (!SvOK(v))
                continue;
            m->msg_set(aTHX_ &b, req, &seen, name, (STRLEN)klen, v);
        }
    }
    m->msg_finish(aTHX_ &b, req, seen);

    return m->start(aTHX_ c, m, req, cb, &o, want_handle);   /* generated: per method kind */
}

/* ee_method.start of every unary method */
SV *ee_unary_method_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *req, SV *cb,
                          const ee_call_opts *o, int want_handle)
{
    /* an explicit timeout applies even to calls that otherwise wait (lock) */
    unsigned flags = o->timeout_given ? m->flags & ~EE_M_NO_DEADLINE : m->flags;
    ee_call *call;
    if (o->wait_for_ready >= 0)
        flags |= o->wait_for_ready ? EE_M_WAIT_FOR_READY : EE_M_FAIL_FAST;
    call = ee_unary_start_at(aTHX_ c, &eeg_rpcs[m->rpc], m->name, req, cb, o->timeout_ms,
                             flags, m->hook, o->endpoint);
    return want_handle ? ee_call_handle(aTHX_ call) : NULL;
}

/* The RPC whose request message is `desc` (the stream owners find theirs). */
const ee_rpc *ee_rpc_by_request(const ProtobufCMessageDescriptor *desc)
{
    int i;
    for (i = 0; i < eeg_nrpcs; i++)
        if (eeg_rpcs[i].req == desc)
            return &eeg_rpcs[i];
    return NULL;
}

/* The RPC named $service/$method (call, call_stream); croaks naming `who`. */
const ee_rpc *ee_rpc_by_name(pTHX_ const char *who, SV *service, SV *method)
{
    STRLEN sl, ml;
    const char *s = SvPV(service, sl), *m = SvPV(method, ml);
    int i;
    for (i = 0; i < eeg_nrpcs; i++)
        if (strlen(eeg_rpcs[i].service) == sl && memEQ(eeg_rpcs[i].service, s, sl)
            && strlen(eeg_rpcs[i].method) == ml && memEQ(eeg_rpcs[i].method, m, ml))
            return &eeg_rpcs[i];
    croak("%s: unknown RPC '%s/%s'", who, s, m);
}

/* $client->call($service, $method, \%fields, [\%opts], $cb) */
ee_call *ee_call_generic(pTHX_ ee_client *c, SV *service, SV *method, SV *fields, SV **rest, int nrest)
{
    static const char usage[] = "$client->call($service, $method, \\%fields, [\\%opts], $cb)";
    const ee_rpc *rpc;
    ee_build b;
    ProtobufCMessage *req;
    unsigned timeout_ms = c->timeout_ms;
    unsigned flags = 0;
    SV *cb;

    ee_client_check(aTHX_ c, "call");
    rpc = ee_rpc_by_name(aTHX_ "call", service, method);
    if (rpc->kind != EE_UNARY)
        croak("call: %s/%s is a streaming RPC; call() handles unary RPCs only", rpc->service, rpc->method);
    if (nrest < 1)
        croak("call: callback must be a code reference, got none (missing callback); usage: %s", usage);
    if (nrest > 2)
        croak("call: wrong number of arguments; usage: %s", usage);
    cb = check_cb(aTHX_ "call", usage, rest[nrest - 1]);
    if (nrest == 2) {
        HE *he;
        HV *opts;
        if (!is_plain_hash(aTHX_ rest[0]))
            croak("call: options must be a hash reference; usage: %s", usage);
        opts = (HV *)SvRV(rest[0]);
        hv_iterinit(opts);
        while ((he = hv_iternext(opts))) {
            I32 klen;
            const char *k = hv_iterkey(he, &klen);
            if (klen == 7 && memEQ(k, "timeout", 7))
                timeout_ms = parse_timeout(aTHX_ "call", hv_iterval(opts, he));
            else if (klen == 14 && memEQ(k, "wait_for_ready", 14))
                flags = SvTRUE(hv_iterval(opts, he)) ? EE_M_WAIT_FOR_READY : EE_M_FAIL_FAST;
            else
                croak("call: unknown option '%.*s' (valid options: timeout, wait_for_ready)", (int)klen, k);
        }
    }

    b.method = "call";
    b.plen = 0;
    b.noun = "field";
    snprintf(b.path, sizeof b.path, "%s/%s", rpc->service, rpc->method);
    b.plen = strlen(b.path);
    req = (ProtobufCMessage *)ee_alloc(aTHX_ rpc->req->sizeof_message);
    protobuf_c_message_init(rpc->req, req);
    SvGETMAGIC(fields);
    if (SvOK(fields)) {
        if (!is_plain_hash(aTHX_ fields))
            croak("call: fields must be a hash reference; usage: %s", usage);
        ee_fill_from_hv(aTHX_ &b, req, (HV *)SvRV(fields), rpc->req_set, rpc->req_finish);
    } else {
        rpc->req_finish(aTHX_ &b, req, 0);
    }
    return ee_unary_start(aTHX_ c, rpc, "call", req, cb, timeout_ms, flags, EE_HOOK_NONE);
}
