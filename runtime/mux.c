/*
 * mux.c - many subscriptions on one redialled stream: every watch of a
 * client on its Watch stream, every keepalive on its LeaseKeepAlive stream.
 *
 * The mux owns the list of its items (each an ee_sub) and the stream's
 * life: it opens the stream when the first item comes, sends each item's
 * request again on every (re)open, closes it when the last item goes, and
 * on the stream's end decides per item: a cancel in progress completes, an
 * item that reconnects waits for the next stream, any other fails.  What a
 * message means is the kind's business (watch.c, keepalive.c).
 *
 * When the last item goes, the stream lingers until the end of the loop
 * turn (a 0-second timer that keeps neither EV::run nor the client alive):
 * an item added meanwhile (a keepalive cancelled and made again, thousands
 * of times in one turn) reuses it instead of opening one stream each.
 *
 * User code may run from any delivery here and may cancel, drop or create
 * anything: loops that deliver take their items from a held snapshot
 * (ee_mux_hold) or one at a time from the head of the list, never through
 * a next pointer kept across a callback.
 */
#include "ee.h"

#define MUX_OF(dp) ((ee_mux *)(dp))

static void mux_message(pTHX_ ee_stream *s, const ProtobufCMessage *msg)
{
    ee_mux *m = MUX_OF(s->owner);
    ee_redial_working(&m->d);
    m->cls->on_message(aTHX_ m, msg);
}

/* The first item of the list that `pred` selects, or NULL. */
static ee_mux_item *first(ee_mux *m, int (*pred)(ee_mux_item *))
{
    ee_mux_item *it;
    for (it = m->list; it; it = it->next)
        if (pred(it))
            return it;
    return NULL;
}

static int is_cancelling(ee_mux_item *it) { return it->sub.state == EE_SUB_CANCELLING; }
static int no_reconnect(ee_mux_item *it) { return it->sub.state == EE_SUB_ACTIVE && !it->sub.auto_reconnect; }

/* Cancels in progress went with the old stream: complete them. */
static void complete_cancels(pTHX_ ee_mux *m)
{
    ee_mux_item *it;
    while ((it = first(m, is_cancelling)))
        ee_mux_cancelled(aTHX_ it);
}

static void lose_stream(ee_mux *m)
{
    ee_mux_item *it;
    for (it = m->list; it; it = it->next)   /* runs no user code */
        m->cls->stream_lost(it);
}

static int is_reconnecting(ee_mux_item *it, const void *arg)
{
    return it->sub.state == EE_SUB_ACTIVE && it->sub.auto_reconnect;
}

/* The stream ended.  Every item is marked for the next stream first, so
 * that a stream a callback below opens (by adding an item) serves them all. */
static void mux_end(pTHX_ ee_stream *s, int code, const char *msg, size_t len)
{
    ee_mux *m = MUX_OF(s->owner);
    ee_mux_item *it, **v;
    int n, i;
    if (!ee_redial_ended(aTHX_ &m->d, s, &code, &msg, &len))
        return;
    if (!m->list)
        return;                         /* it was lingering: nobody to tell, nothing to reopen */
    lose_stream(m);
    if (ee_redial_stale_token(aTHX_ &m->d, code, msg, len)) {
        ee_redial_connect(aTHX_ &m->d);    /* once logged in again */
        return;
    }
    complete_cancels(aTHX_ m);
    while ((it = first(m, no_reconnect)))
        ee_mux_fail(aTHX_ it, code, msg, len, NULL, NULL);
    n = ee_mux_hold(aTHX_ m, &v, is_reconnecting, NULL);
    for (i = 0; i < n; i++)
        if (ee_mux_listed(v[i]))
            ee_sub_state(aTHX_ &v[i]->sub, "disconnected", code, msg, len,
                         m->cls->revision ? m->cls->revision(v[i]) : 0);
    ee_mux_unhold(aTHX_ v, n);
    if (m->list && !m->d.stream)
        ee_redial_later(aTHX_ &m->d, code, msg, len);   /* or gives up: fail_all */
}

/* ee_redial's callbacks */
static void opened(pTHX_ ee_redial *d)
{
    ee_mux *m = MUX_OF(d);
    ee_mux_item *it;
    for (it = m->list; it; it = it->next)   /* sends only: no user code */
        m->cls->send(aTHX_ m, it);
}

static void fail_all(pTHX_ ee_redial *d, int code, const char *msg, size_t len)
{
    ee_mux *m = MUX_OF(d);
    ee_mux_item *it;
    char buf[640];
    while ((it = m->list)) {
        const char *why = msg;
        size_t wlen = len;
        if (m->cls->name_error) {        /* "lease 42: ..." */
            int n = m->cls->name_error(it, buf, sizeof buf, msg, len);
            why = buf;
            wlen = n < (int)sizeof buf ? (size_t)n : sizeof buf - 1;
        }
        it->sub.refcnt++;
        ee_sub_state(aTHX_ &it->sub, "gave_up", code, why, wlen,
                     m->cls->revision ? m->cls->revision(it) : 0);
        if (ee_mux_listed(it))           /* (the callback may have cancelled it) */
            ee_mux_fail(aTHX_ it, code, why, wlen, NULL, NULL);
        ee_sub_release(aTHX_ &it->sub);
    }
}

static int idle(ee_redial *d)
{
    return MUX_OF(d)->list == NULL;
}

/* End of the loop turn in which the last item went: close the stream
 * unless an item came back meanwhile. */
static void linger_cb(EV_P_ ev_timer *t, int revents)
{
    dTHX;
    ee_mux *m = (ee_mux *)t->data;
    ee_client *c = m->d.c;
    ee_timer_fired(t);
    if (EE_FORKED(c) || c->destroyed || m->list)
        return;                         /* teardown cancels the stream itself */
    ee_client_enter(c);
    ee_redial_drop_stream(aTHX_ &m->d);     /* runs no user code */
    ee_client_leave(aTHX_ c);
}

static const ee_stream_ops mux_ops = { mux_message, mux_end };

void ee_mux_init(ee_mux *m, ee_client *c, const ee_mux_class *cls)
{
    m->cls = cls;
    ee_redial_init(&m->d, c, cls->rpc(), &mux_ops, cls->what);
    m->d.opened = opened;
    m->d.fail = fail_all;
    m->d.idle = idle;
    ev_timer_init(&m->linger, linger_cb, 0., 0.);
    m->linger.data = (void *)m;
}

/* A new item: listed first, its request sent now or once the stream is open. */
void ee_mux_add(pTHX_ ee_mux *m, ee_mux_item *it)
{
    it->mux = m;
    it->prev = NULL;
    it->next = m->list;
    if (m->list)
        m->list->prev = it;
    m->list = it;
    ee_timer_stop(&m->linger);              /* a lingering stream serves it */
    if (m->d.stream)
        m->cls->send(aTHX_ m, it);
    else
        ee_redial_connect(aTHX_ &m->d);    /* unless it waits for a token or a retry */
}

int ee_mux_listed(ee_mux_item *it)
{
    return it->prev || (it->mux && it->mux->list == it);
}

/* Take an item off the list (its sub may live on in a Perl handle); the
 * list's reference goes.  After the last item the stream lingers until the
 * end of the loop turn (linger_cb); a reopen that was waiting (a login, a
 * backoff) is called off. */
void ee_mux_drop(pTHX_ ee_mux_item *it)
{
    ee_mux *m = it->mux;
    if (!ee_mux_listed(it))
        return;
    if (it->prev) it->prev->next = it->next; else m->list = it->next;
    if (it->next) it->next->prev = it->prev;
    it->prev = it->next = NULL;
    if (m->cls->dropped)
        m->cls->dropped(aTHX_ it);
    ee_sub_release(aTHX_ &it->sub);
    if (m->list)
        return;
    if (m->d.stream)
        ee_timer_start(&m->linger, 0.);
    else
        ee_redial_stop(aTHX_ &m->d);
}

/* The item's final error (ee_sub_fail: once; a cancel in progress wins). */
void ee_mux_fail(pTHX_ ee_mux_item *it, int code, const char *msg, size_t len, SV *key, SV *val)
{
    it->sub.refcnt++;
    ee_mux_drop(aTHX_ it);
    ee_sub_fail(aTHX_ &it->sub, code, msg, len, key, val);
    ee_sub_release(aTHX_ &it->sub);
}

/* A cancel completed (the server confirmed, or the stream is gone). */
void ee_mux_cancelled(pTHX_ ee_mux_item *it)
{
    it->sub.refcnt++;
    ee_mux_drop(aTHX_ it);
    ee_sub_cancelled(aTHX_ &it->sub);
    ee_sub_release(aTHX_ &it->sub);
}

/* Reopen the stream on purpose (a fresh token): cancels in progress end
 * with the old stream, everything else is sent again on the new one. */
void ee_mux_restart(pTHX_ ee_mux *m)
{
    ee_redial_drop_stream(aTHX_ &m->d);
    complete_cancels(aTHX_ m);
    lose_stream(m);
    if (m->list)                        /* the cancel callbacks may have ended the rest */
        ee_redial_connect(aTHX_ &m->d);
}

/* A snapshot of the items `pred` selects (all when NULL), each held, for a
 * delivery loop that runs user code; ee_mux_unhold releases them.  An item
 * dropped meanwhile is still valid memory: check ee_mux_listed. */
int ee_mux_hold(pTHX_ ee_mux *m, ee_mux_item ***out, int (*pred)(ee_mux_item *, const void *),
                const void *arg)
{
    ee_mux_item *it, **v;
    int n = 0;
    for (it = m->list; it; it = it->next)
        if (!pred || pred(it, arg))
            n++;
    Newx(v, n ? n : 1, ee_mux_item *);
    n = 0;
    for (it = m->list; it; it = it->next)
        if (!pred || pred(it, arg)) {
            it->sub.refcnt++;
            v[n++] = it;
        }
    *out = v;
    return n;
}

void ee_mux_unhold(pTHX_ ee_mux_item **v, int n)
{
    int i;
    for (i = 0; i < n; i++)
        ee_sub_release(aTHX_ &v[i]->sub);
    Safefree(v);
}

/* Teardown, once the stream has ended: no callbacks any more. */
void ee_mux_gone(pTHX_ ee_mux *m)
{
    ee_redial_stop(aTHX_ &m->d);
    while (m->list)
        ee_mux_drop(aTHX_ m->list);
    ee_timer_stop(&m->linger);
}
