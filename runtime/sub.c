/*
 * sub.c - subscriptions: a watch, a lease keepalive, an election observe.
 * What they share: the user's callback (each message, then at most one
 * final error), cancel with its own callback, the Perl handle object whose
 * last reference going away cancels, a loop reference while alive, and the
 * client's list used at teardown.  The stream work is in watch.c,
 * keepalive.c and observe.c.
 */
#include "ee.h"

void ee_sub_init(pTHX_ ee_sub *s, const ee_sub_class *cls, ee_client *c, SV *cb, int auto_reconnect)
{
    s->cls = cls;
    s->c = c;
    s->refcnt = 1;                      /* the kind's manager */
    s->state = EE_SUB_ACTIVE;
    s->auto_reconnect = auto_reconnect && c->max_retries != 0;   /* -1: never gives up */
    s->cb = SvREFCNT_inc_simple_NN(cb);
    s->cancel_cb = NULL;
    s->on_state = NULL;
    s->reconnecting = 0;
    s->fork_gen = c->fork_gen;
    s->prev = NULL;
    s->next = c->subs;
    if (c->subs)
        c->subs->prev = s;
    c->subs = s;
    ev_ref(EV_DEFAULT_UC);              /* a live subscription keeps EV::run going */
}

void ee_sub_release(pTHX_ ee_sub *s)
{
    if (--s->refcnt > 0)
        return;
    if (s->cls->free)
        s->cls->free(aTHX_ s);
    if (s->cb)
        SvREFCNT_dec(s->cb);
    if (s->cancel_cb)
        SvREFCNT_dec(s->cancel_cb);
    if (s->on_state)
        SvREFCNT_dec(s->on_state);
    Safefree(s);
}

void ee_sub_options(pTHX_ ee_sub *s, const ee_call_opts *o)
{
    SV *cb = o->on_state ? o->on_state : s->c->on_state;
    s->on_state = cb ? SvREFCNT_inc_simple_NN(cb) : NULL;
}

/* on_state->($state, {reason, endpoint, source, id, revision}): how the
 * stream under a live subscription is doing.  "disconnected" marks it as
 * reconnecting, "reconnected" is told once after that. */
void ee_sub_state(pTHX_ ee_sub *s, const char *state, int code, const char *msg, size_t len,
                  int64_t revision)
{
    HV *info;
    SV *cb = s->on_state;
    int reconnected = strEQ(state, "reconnected"), disconnected = strEQ(state, "disconnected");
    if ((reconnected && !s->reconnecting) || (disconnected && s->reconnecting))
        return;                        /* once per outage, however many attempts it takes */
    s->reconnecting = disconnected;
    if (reconnected && s->state == EE_SUB_ACTIVE)
        EE_LOG(s->c, EE_LOG_INFO, "stream_resumed", NULL, "resumed on a new stream",
               EE_LSTR("stream", s->cls->source), EE_LIV("id", s->id), EE_LIV("revision", revision));
    if (!cb || s->state != EE_SUB_ACTIVE || s->c->closing || s->fork_gen != ee_fork_generation)
        return;
    info = newHV();
    if (code != GRPC_STATUS_OK)
        hv_stores(info, "reason", ee_error_sv(aTHX_ code, msg, len, s->cls->source));
    hv_stores(info, "endpoint", newSVpv(ee_client_endpoint(s->c), 0));
    hv_stores(info, "source", newSVpv(s->cls->source, 0));
    if (s->id)
        hv_stores(info, "id", newSViv(s->id));
    if (revision > 0)
        hv_stores(info, "revision", newSViv((IV)revision));
    s->refcnt++;
    SvREFCNT_inc_simple_void_NN(cb);
    ee_invoke_cb(aTHX_ cb, newSVpv(state, 0), newRV_noinc((SV *)info));
    SvREFCNT_dec(cb);
    ee_sub_release(aTHX_ s);
}

/* No more callbacks (a pending cancel callback excepted). */
void ee_sub_finish(pTHX_ ee_sub *s)
{
    ee_client *c = s->c;
    SV *cb;
    if (s->state == EE_SUB_DONE)
        return;
    s->state = EE_SUB_DONE;
    if (s->prev) s->prev->next = s->next; else c->subs = s->next;
    if (s->next) s->next->prev = s->prev;
    s->prev = s->next = NULL;
    ev_unref(EV_DEFAULT_UC);
    cb = s->cb;
    s->cb = NULL;
    if (cb)
        SvREFCNT_dec(cb);
}

void ee_sub_deliver(pTHX_ ee_sub *s, SV *resp, SV *err)
{
    if (s->state != EE_SUB_ACTIVE || !s->cb || s->c->closing || s->fork_gen != ee_fork_generation) {
        if (resp) SvREFCNT_dec(resp);
        if (err) SvREFCNT_dec(err);
        return;
    }
    s->refcnt++;
    {
        SV *cb = SvREFCNT_inc_simple_NN(s->cb);
        ee_invoke_cb(aTHX_ cb, resp, err);
        SvREFCNT_dec(cb);
    }
    ee_sub_release(aTHX_ s);
}

/* The final error: delivered once, then the subscription is done.  The
 * state changes before the callback runs, so nothing the callback does (a
 * cancel, dropping the client) can deliver a second final callback. */
void ee_sub_fail(pTHX_ ee_sub *s, int code, const char *msg, STRLEN len, SV *extra_key, SV *extra_val)
{
    SV *err, *cb;
    if (s->state != EE_SUB_ACTIVE) {
        if (extra_val)
            SvREFCNT_dec(extra_val);
        if (s->state == EE_SUB_CANCELLING)   /* the user is stopping it anyway: cancel wins */
            ee_sub_cancelled(aTHX_ s);
        return;
    }
    err = ee_client_error(aTHX_ s->c, code, msg, len, s->cls->source);   /* TLS: which member, why */
    if (extra_key)
        hv_store_ent((HV *)SvRV(err), extra_key, extra_val, 0);
    s->refcnt++;
    cb = s->cb;
    s->cb = NULL;
    ee_sub_finish(aTHX_ s);
    if (cb && !s->c->closing)
        ee_invoke_cb(aTHX_ cb, NULL, err);
    else
        SvREFCNT_dec(err);
    if (cb)
        SvREFCNT_dec(cb);
    ee_sub_release(aTHX_ s);
}

/* Cancel completed: cancel_cb->({}, undef). */
void ee_sub_cancelled(pTHX_ ee_sub *s)
{
    SV *cb = s->cancel_cb;
    s->cancel_cb = NULL;
    s->refcnt++;
    ee_sub_finish(aTHX_ s);
    if (cb) {
        if (!s->c->closing)
            ee_invoke_cb(aTHX_ cb, newRV_noinc((SV *)newHV()), NULL);
        SvREFCNT_dec(cb);
    }
    ee_sub_release(aTHX_ s);
}

void ee_sub_user_cancel(pTHX_ ee_sub *s, SV *cb)
{
    if (s->state != EE_SUB_ACTIVE) {
        /* already cancelled (or cancelling): success at once */
        if (cb)
            ee_invoke_cb(aTHX_ cb, newRV_noinc((SV *)newHV()), NULL);
        return;
    }
    s->state = EE_SUB_CANCELLING;
    s->cancel_cb = cb ? SvREFCNT_inc_simple_NN(cb) : NULL;
    s->cls->cancel(aTHX_ s);
}

SV *ee_sub_handle(pTHX_ ee_sub *s)
{
    s->refcnt++;
    return ee_handle_new(aTHX_ EE_HANDLE_SUB, s->cls->perl_class, s);
}

/* Teardown: whatever is still alive once the streams are gone. */
static void subs_gone(pTHX_ ee_client *c)
{
    static const char m[] = "cancelled: the client was destroyed";
    while (c->subs) {
        ee_sub *s = c->subs;
        int release = s->cls->gone ? s->cls->gone(aTHX_ s) : 0;
        ee_sub_fail(aTHX_ s, GRPC_STATUS_CANCELLED, m, sizeof m - 1, NULL, NULL);
        if (release)
            ee_sub_release(aTHX_ s);
    }
}

static ee_teardown sub_teardown = { 10, NULL, subs_gone, NULL };
static void __attribute__((constructor)) sub_register(void)
{
    ee_client_on_teardown(&sub_teardown);
}
