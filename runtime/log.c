/*
 * log.c - the log hook: structured records of what the runtime does on its
 * own (connects, failovers, retries, stream reconnects and resumes, logins,
 * fork), for new(on_log => $cb) or $EV::Etcd::LOG (client layer).
 *
 * Cost: nothing is built unless a hook is set (EE_LOG in ee.h checks the
 * client's on_log and $EV::Etcd::LOG first).  The connectivity watch below
 * runs whatever the hooks: one completion per state change of a member's
 * channel, which is rare.
 *
 * Callback discipline: a record is only queued where it happens; the queue
 * goes to the hook at the end of the outermost entry from the loop
 * (ee_client_leave calls ee_log_flush while it still holds the client), so
 * the hook never runs inside the runtime's own work and may call methods,
 * drop the client (its teardown runs once the flush returns) or die (the
 * die is trapped and reported with warn).  Records taken while nothing
 * holds the client (a method called from outside the loop) wait for the
 * next entry's end.
 *
 * Layering: this file reads the client's fields (its endpoints, its bridge's
 * completion queue) but calls no function of client.c or endpoint.c, so
 * both may log; it uses errors.c (error hashes) and EV below it.
 */
#include "ee.h"
#include <stdarg.h>

GV *ee_log_gv;

static const char *const level_names[] = { "debug", "info", "warn", "error" };

void ee_log_init(pTHX)
{
    if (!ee_log_gv) {
        ee_log_gv = gv_fetchpvs("EV::Etcd::LOG", GV_ADD | GV_ADDMULTI, SVt_PV);
        SvREFCNT_inc_simple_void_NN(ee_log_gv);
    }
}

/* host:port of the member in use (as ee_client_endpoint, read here) */
static const char *endpoint_in_use(ee_client *c)
{
    return c->eps.n > 0 ? c->eps.ep[c->eps.current].address : "";
}

/* The record: level, event, message, endpoint, time, method, then the
 * fields; a reason (error hash) has its status and message added to the
 * message ("...: UNAVAILABLE: connection refused"). */
static SV *build(pTHX_ ee_client *c, int level, const char *event, const char *method,
                 const char *message, va_list ap)
{
    HV *hv = newHV();
    SV *msg = newSVpv(message, 0);
    const char *source = method ? method : event;   /* of a reason's error hash */
    int type;
    hv_stores(hv, "level", newSVpv(level_names[level], 0));
    hv_stores(hv, "event", newSVpv(event, 0));
    hv_stores(hv, "endpoint", newSVpv(endpoint_in_use(c), 0));
    hv_stores(hv, "time", newSVnv(ev_now(EV_DEFAULT_UC)));
    if (method)
        hv_stores(hv, "method", newSVpv(method, 0));
    while ((type = va_arg(ap, int)) != EE_LV_END) {
        const char *key = va_arg(ap, const char *);
        SV *v;
        switch (type) {
        case EE_LV_IV:
            v = newSViv(va_arg(ap, IV));
            break;
        case EE_LV_NV:
            v = newSVnv(va_arg(ap, double));
            break;
        case EE_LV_STR: {
            const char *s = va_arg(ap, const char *);
            v = s ? newSVpv(s, 0) : newSV(0);
            if (s && !method && strEQ(key, "stream"))
                source = s;            /* a stream's reason: "watch" */
            break;
        }
        default: {                     /* EE_LV_ERR: code, message, length */
            int code = va_arg(ap, int);
            const char *m = va_arg(ap, const char *);
            size_t len = va_arg(ap, size_t);
            HV *err;
            SV **status, **text;
            v = ee_error_sv(aTHX_ code, m, len, source);
            err = (HV *)SvRV(v);
            status = hv_fetchs(err, "status", 0);
            text = hv_fetchs(err, "message", 0);
            if (status && text)
                sv_catpvf(msg, ": %" SVf ": %" SVf, SVfARG(*status), SVfARG(*text));
            break;
        }
        }
        hv_store(hv, key, (I32)strlen(key), v, 0);
    }
    hv_stores(hv, "message", msg);
    return newRV_noinc((SV *)hv);
}

void ee_log(pTHX_ ee_client *c, int level, const char *event, const char *method,
            const char *message, ...)
{
    va_list ap;
    if (c->destroyed || c->closing || EE_FORKED(c))
        return;                        /* teardown, or the parent's client */
    va_start(ap, message);
    if (!c->log_queue)
        c->log_queue = newAV();
    av_push(c->log_queue, build(aTHX_ c, level, event, method, message, ap));
    va_end(ap);
}

/* Hand one record to the hook in charge now: the client's, else
 * $EV::Etcd::LOG (a code reference; anything else is ignored, said once).
 * The caller keeps `rec`: no mortal outlives this call, which may run
 * inside a long EV::run. */
static void deliver(pTHX_ ee_client *c, SV *rec)
{
    static int warned;
    SV *hook = c->on_log;
    if (!hook) {
        hook = ee_log_gv ? GvSV(ee_log_gv) : NULL;
        if (!hook || !SvOK(hook))
            return;
        if (!SvROK(hook) || SvTYPE(SvRV(hook)) != SVt_PVCV) {
            if (!warned++)
                warn("EV::Etcd: $EV::Etcd::LOG is not a code reference; log records are dropped");
            return;
        }
    }
    SvREFCNT_inc_simple_void_NN(hook);      /* the hook may replace itself */
    {
        dSP;
        ENTER;
        SAVETMPS;
        PUSHMARK(SP);
        XPUSHs(rec);
        PUTBACK;
        call_sv(hook, G_VOID | G_DISCARD | G_EVAL);
        if (SvTRUE(ERRSV))
            warn("EV::Etcd: log hook died: %" SVf, SVfARG(ERRSV));
        FREETMPS;
        LEAVE;
    }
    SvREFCNT_dec(hook);
}

/* The queue, one record at a time from its head: a hook that logs (through
 * a method it calls) or drops the client finds the queue as it is. */
void ee_log_flush(pTHX_ ee_client *c)
{
    while (c->log_queue && av_len(c->log_queue) >= 0) {
        SV *rec = av_shift(c->log_queue);
        if (!c->closing && !EE_FORKED(c))
            deliver(aTHX_ c, rec);
        SvREFCNT_dec(rec);
    }
}

void ee_log_now(pTHX_ ee_client *c, int level, const char *event, const char *method,
                const char *message, ...)
{
    va_list ap;
    SV *rec;
    if (!EE_LOG_ON(c))
        return;
    va_start(ap, message);
    rec = build(aTHX_ c, level, event, method, message, ap);
    va_end(ap);
    deliver(aTHX_ c, rec);
    SvREFCNT_dec(rec);
}

/* ---- connectivity: each member's channel, watched from its creation ----
 * (new's endpoints only; the extra channels of the endpoint option of a
 * maintenance call are not watched.)
 * A watch completes on the client's completion queue when the channel's
 * state changes (drained with the client held); it says what changed and
 * watches again.  At teardown the channels are destroyed before the
 * bridge stops, which completes the last watches (their tags are never
 * run); their memory goes after the bridge's thread has ended (ee_log_free). */

typedef struct ee_log_watch {
    ee_tag tag;
    ee_client *c;
    int i;
    int armed;
    grpc_connectivity_state last;
} ee_log_watch;

static const char *const state_names[] = { "IDLE", "CONNECTING", "READY", "TRANSIENT_FAILURE",
                                           "SHUTDOWN" };

static void arm(ee_log_watch *w)
{
    grpc_channel *ch = w->c->eps.ep[w->i].channel;
    w->armed = 1;
    grpc_channel_watch_connectivity_state(ch, w->last, gpr_inf_future(GPR_CLOCK_MONOTONIC),
                                          w->c->bridge.cq, &w->tag);
}

static void changed(pTHX_ ee_tag *t, int ok)
{
    ee_log_watch *w = (ee_log_watch *)t;
    ee_client *c = w->c;
    grpc_channel *ch;
    grpc_connectivity_state st, was = w->last;
    const char *ep;
    w->armed = 0;
    if (c->destroyed || EE_FORKED(c) || !(ch = c->eps.ep[w->i].channel))
        return;
    st = grpc_channel_check_connectivity_state(ch, 0);
    w->last = st;
    if (st != GRPC_CHANNEL_SHUTDOWN)
        arm(w);
    if (st == was || !EE_LOG_ON(c))
        return;
    ep = c->eps.ep[w->i].address;
    if (st == GRPC_CHANNEL_READY)
        ee_log(aTHX_ c, EE_LOG_INFO, "connected", NULL, "connected", EE_LSTR("endpoint", ep),
               EE_LSTR("state", state_names[st]), EE_LSTR("previous", state_names[was]), EE_LV_END);
    else if (was == GRPC_CHANNEL_READY)
        ee_log(aTHX_ c, EE_LOG_WARN, "disconnected", NULL, "the connection was lost",
               EE_LSTR("endpoint", ep), EE_LSTR("state", state_names[st]),
               EE_LSTR("previous", state_names[was]), EE_LV_END);
    else if (st == GRPC_CHANNEL_TRANSIENT_FAILURE)
        ee_log(aTHX_ c, EE_LOG_WARN, "connect_failed", NULL, "could not connect",
               EE_LSTR("endpoint", ep), EE_LSTR("state", state_names[st]),
               EE_LSTR("previous", state_names[was]), EE_LV_END);
    else
        ee_log(aTHX_ c, EE_LOG_DEBUG, "connectivity", NULL, state_names[st],
               EE_LSTR("endpoint", ep), EE_LSTR("state", state_names[st]),
               EE_LSTR("previous", state_names[was]), EE_LV_END);
}

void ee_log_watch_channel(ee_client *c, int i)
{
    ee_log_watch *w;
    if (i >= c->eps.n)
        return;       /* an extra channel for a call's endpoint option: not one of the members */
    if (!c->log_watch)
        Newxz(c->log_watch, c->eps.n, ee_log_watch);
    w = &c->log_watch[i];
    if (w->armed || !c->bridge.cq)
        return;
    w->tag.done = changed;
    w->c = c;
    w->i = i;
    w->last = grpc_channel_check_connectivity_state(c->eps.ep[i].channel, 0);
    arm(w);
}

void ee_log_free(pTHX_ ee_client *c)
{
    if (c->log_queue)
        SvREFCNT_dec((SV *)c->log_queue);
    c->log_queue = NULL;
    Safefree(c->log_watch);
    c->log_watch = NULL;
}
