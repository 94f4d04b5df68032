/*
 * bridge.c - the completion-queue bridge to EV.
 *
 * One thread per client blocks in grpc_completion_queue_next (that is also
 * what drives gRPC's I/O).  It only appends the completed ee_tag to a locked
 * list and, when the list was empty, wakes the loop with ev_async_send (or,
 * for a tag with on_cq, lets its owner queue what it wants in its inbox:
 * a stream reads ahead).  The
 * EV loop thread then takes the whole list at once and runs every tag's
 * done() in order: one wake-up drains every pending completion.
 */
#include "ee.h"

#define EE_DRAIN_ROUNDS 64

static void push(ee_bridge *br, ee_tag *t);

/* Every running bridge of the process, so that fork() can park their
 * threads outside gRPC (process.c calls the hooks registered below). */
static pthread_mutex_t live_mu = PTHREAD_MUTEX_INITIALIZER;
static ee_bridge *live;

/* Park every completion-queue thread outside gRPC.  The wake-up is a
 * connectivity watch whose deadline has passed: it completes at once.
 * live_mu stays locked until ee_bridges_unpark (parent) or
 * ee_bridges_forget (child). */
static void bridges_park(void)
{
    ee_bridge *br;
    pthread_mutex_lock(&live_mu);
    for (br = live; br; br = br->next_live) {
        pthread_mutex_lock(&br->mu);
        br->park = 1;
        pthread_mutex_unlock(&br->mu);
        grpc_channel_watch_connectivity_state(br->channel, GRPC_CHANNEL_SHUTDOWN,
                                              gpr_time_0(GPR_CLOCK_MONOTONIC), br->cq, &br->park_tag);
    }
    for (br = live; br; br = br->next_live) {
        pthread_mutex_lock(&br->mu);
        while (!br->parked)
            pthread_cond_wait(&br->cond, &br->mu);
        pthread_mutex_unlock(&br->mu);
    }
}

static void bridges_unpark(void)
{
    ee_bridge *br;
    for (br = live; br; br = br->next_live) {
        pthread_mutex_lock(&br->mu);
        br->park = 0;
        pthread_cond_broadcast(&br->cond);
        pthread_mutex_unlock(&br->mu);
    }
    pthread_mutex_unlock(&live_mu);
}

/* In the child: the threads did not come along; these bridges are the parent's. */
static void bridges_forget(void)
{
    live = NULL;
    pthread_mutex_init(&live_mu, NULL);
}

static void cq_thread_park(ee_bridge *br)
{
    pthread_mutex_lock(&br->mu);
    br->parked = 1;
    pthread_cond_broadcast(&br->cond);
    while (br->park)
        pthread_cond_wait(&br->cond, &br->mu);
    br->parked = 0;
    pthread_mutex_unlock(&br->mu);
}

static void *cq_thread(void *arg)
{
    ee_bridge *br = (ee_bridge *)arg;
    for (;;) {
        grpc_event ev = grpc_completion_queue_next(br->cq, gpr_inf_future(GPR_CLOCK_REALTIME), NULL);
        ee_tag *t;
        if (ev.type == GRPC_QUEUE_SHUTDOWN)
            break;
        if (ev.type != GRPC_OP_COMPLETE)
            continue;
        if (ev.tag == &br->park_tag) {
            cq_thread_park(br);
            continue;
        }
        t = (ee_tag *)ev.tag;
        if (t->on_cq) {
            t->on_cq(br, t, ev.success);
            continue;
        }
        t->ok = ev.success;
        push(br, t);
    }
    return NULL;
}

/* Run every completion queued so far.  The drain takes the whole queue at
 * once (one lock per round: batching is where throughput comes from), and
 * again while more has come meanwhile, up to EE_DRAIN_ROUNDS rounds;
 * the detached list is the drain's alone, and no done() can free another
 * tag on it, because an operation lives until its own tags have completed
 * (a call until unary_done, a stream until no batch is pending).  User code
 * run by done() may post or queue new tags: they wait in the bridge's queue
 * for the next wake-up, which their arrival sends. */
void ee_bridge_drain(pTHX_ ee_bridge *br)
{
    int rounds;
    for (rounds = 0; rounds < EE_DRAIN_ROUNDS; rounds++) {
        ee_tag *t;
        pthread_mutex_lock(&br->mu);
        t = br->head;
        br->head = NULL;
        br->tailp = &br->head;
        pthread_mutex_unlock(&br->mu);
        if (!t)
            return;
        while (t) {
            ee_tag *next = t->next;    /* read before done(), which may free t */
            t->done(aTHX_ t, t->ok);
            if (br->fork_gen != ee_fork_generation)
                return;                /* a callback forked: in the child, the rest is the parent's */
            t = next;
        }
    }
    /* more keeps coming: let EV run its other watchers, then go on */
    ev_async_send(EV_DEFAULT_UC, &br->async);
}

/* ---- inboxes: what one owner receives, delivered in order ----
 * Completions of one stream must reach it in the order they came, one at
 * a time, even when user code run for one of them runs the loop (a
 * nested drain).  So they are not queued on the bridge one by one but in
 * the owner's inbox; the inbox's own tag stands in the bridge's queue
 * (once) while the inbox holds anything, and each time it runs it takes
 * the first item and queues itself again if more are left, before the
 * item runs: a drain nested in that item's user code goes on with the
 * next item, in order, and the outer one never holds any of them. */
void ee_inbox_init(ee_inbox *in, ee_done_fn run)
{
    memset(in, 0, sizeof *in);
    in->tag.done = run;
    in->tailp = &in->head;
}

static void queue_locked(ee_bridge *br, ee_tag *t, int *wake)
{
    *wake = br->head == NULL;
    t->next = NULL;
    *br->tailp = t;
    br->tailp = &t->next;
    if (br->waiting)
        pthread_cond_signal(&br->cond);
}

/* Any thread, no Perl: append t (t->ok kept). */
void ee_inbox_put(ee_bridge *br, ee_inbox *in, ee_tag *t)
{
    int wake = 0;
    t->next = NULL;
    pthread_mutex_lock(&br->mu);
    *in->tailp = t;
    in->tailp = &t->next;
    if (!in->scheduled) {
        in->scheduled = 1;
        queue_locked(br, &in->tag, &wake);
    }
    pthread_mutex_unlock(&br->mu);
    if (wake)
        ev_async_send(EV_DEFAULT_UC, &br->async);
}

/* Loop thread, from the inbox tag's done(): the first item (NULL when
 * there is none), the inbox queued again when more are left. */
ee_tag *ee_inbox_take(ee_bridge *br, ee_inbox *in)
{
    ee_tag *t;
    int wake = 0;
    pthread_mutex_lock(&br->mu);
    t = in->head;
    if (t) {
        in->head = t->next;
        if (!in->head)
            in->tailp = &in->head;
        t->next = NULL;
    }
    if (in->head)
        queue_locked(br, &in->tag, &wake);
    else
        in->scheduled = 0;
    pthread_mutex_unlock(&br->mu);
    if (wake)                              /* for a loop run inside t's user code */
        ev_async_send(EV_DEFAULT_UC, &br->async);
    return t;
}

/* The loop's wake-up: the owner (the client) decides what running the
 * queued completions means (it holds itself for the duration). */
static void async_cb(EV_P_ ev_async *w, int revents)
{
    dTHX;
    ee_bridge *br = (ee_bridge *)w->data;
    PERL_UNUSED_ARG(revents);
    br->on_wake(aTHX_ br->owner);
}

static const ee_fork_hooks bridge_fork_hooks = { bridges_park, bridges_unpark, bridges_forget };

int ee_bridge_start(pTHX_ ee_bridge *br, grpc_channel *channel, ee_wake_fn on_wake, void *owner)
{
    ee_process_on_fork(&bridge_fork_hooks);
    br->channel = channel;
    br->fork_gen = ee_fork_generation;
    br->on_wake = on_wake;
    br->owner = owner;
    br->park = br->parked = 0;
    br->cq = grpc_completion_queue_create_for_next(NULL);
    pthread_mutex_init(&br->mu, NULL);
    pthread_cond_init(&br->cond, NULL);
    br->head = NULL;
    br->tailp = &br->head;
    br->waiting = 0;
    ev_async_init(&br->async, async_cb);
    br->async.data = (void *)br;
    ev_async_start(EV_DEFAULT_UC, &br->async);
    /* The watcher alone must not keep EV::run alive: calls in flight hold
     * their own loop reference (see unary.c). */
    ev_unref(EV_DEFAULT_UC);
    if (pthread_create(&br->thread, NULL, cq_thread, br) != 0)
        return 0;
    br->thread_started = 1;
    pthread_mutex_lock(&live_mu);
    br->next_live = live;
    live = br;
    pthread_mutex_unlock(&live_mu);
    return 1;
}

/* Every batch the runtime starts goes through here.  A refused batch
 * queues nothing: the caller must complete what it started itself.
 * ee_fail_batches (tests only, EV::Etcd::_fail_batches) refuses the
 * `count` batches that follow the next `skip` ones, as gRPC would. */
static int fail_skip, fail_count;

void ee_fail_batches(int skip, int count)
{
    fail_skip = skip > 0 ? skip : 0;
    fail_count = count > 0 ? count : 0;
}

grpc_call_error ee_call_start_batch(grpc_call *call, const grpc_op *ops, size_t nops, void *tag)
{
    if (fail_count > 0) {
        if (fail_skip > 0)
            fail_skip--;
        else {
            fail_count--;
            return GRPC_CALL_ERROR;
        }
    }
    return grpc_call_start_batch(call, ops, nops, tag, NULL);
}

/* Queue a completed tag for the loop (any thread; no Perl).  Only the
 * first tag of an empty queue wakes the loop: the drain takes them all. */
static void push(ee_bridge *br, ee_tag *t)
{
    int wake;
    pthread_mutex_lock(&br->mu);
    queue_locked(br, t, &wake);
    pthread_mutex_unlock(&br->mu);
    if (wake)
        ev_async_send(EV_DEFAULT_UC, &br->async);
}

/* Complete a tag from the loop without gRPC (calls that failed to start). */
void ee_bridge_post(pTHX_ ee_bridge *br, ee_tag *t)
{
    t->ok = 0;
    push(br, t);
}

/* Block the loop thread until at least one completion is queued, then drain.
 * Used only while tearing a client down. */
void ee_bridge_wait(pTHX_ ee_bridge *br)
{
    pthread_mutex_lock(&br->mu);
    while (!br->head) {
        br->waiting = 1;
        pthread_cond_wait(&br->cond, &br->mu);
    }
    br->waiting = 0;
    pthread_mutex_unlock(&br->mu);
    ee_bridge_drain(aTHX_ br);
}

void ee_bridge_stop(pTHX_ ee_bridge *br)
{
    ee_bridge **pp;
    pthread_mutex_lock(&live_mu);
    for (pp = &live; *pp; pp = &(*pp)->next_live)
        if (*pp == br) {
            *pp = br->next_live;
            break;
        }
    pthread_mutex_unlock(&live_mu);
    ev_ref(EV_DEFAULT_UC);
    ev_async_stop(EV_DEFAULT_UC, &br->async);
    grpc_completion_queue_shutdown(br->cq);
    if (br->thread_started)
        pthread_join(br->thread, NULL);
    br->thread_started = 0;
    grpc_completion_queue_destroy(br->cq);
    br->cq = NULL;
    pthread_mutex_destroy(&br->mu);
    pthread_cond_destroy(&br->cond);
}
