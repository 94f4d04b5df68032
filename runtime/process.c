/*
 * process.c - what EV::Etcd does once per process: start gRPC Core, route
 * its logging, and carry it across fork().
 *
 * fork(): gRPC Core has fork support (GRPC_ENABLE_FORK_SUPPORT) whose
 * handlers stop its own threads before the fork and, in the child, restart
 * them on a fresh polling engine.  They only run when no other thread is
 * inside gRPC, so the prepare handler first parks every completion-queue
 * thread outside it (bridge.c), then runs gRPC's, retrying while one of
 * gRPC's own threads is briefly inside.  In the child the inherited clients
 * stay the parent's (they croak when used); new clients work: both polling
 * engines and EV's loop are made anew there, and what the EventEngine's
 * threads (which do not come along) leave behind is taken care of below
 * and, for reconnecting, in client.c.
 */
#include "ee.h"
#include <grpc/support/log.h>

/* gRPC Core's fork support, used piece by piece (C++ symbols of its
 * libraries, declared here under their symbol names).  grpc_prefork blocks
 * new ExecCtxs and then joins gRPC's timer and executor threads; a closure
 * on one of those threads that opens an ExecCtx of its own (destroying a
 * call does) then waits for the fork while the fork waits for it.  So the
 * executor runs without threads (its closures run inline, on the threads
 * that schedule them: our completion-queue threads, parked before a fork),
 * and the timer threads are stopped before grpc_prefork blocks anything.
 * gRPC's postfork handlers would start executor threads again; their other
 * steps are done here instead. */
void ee_grpc_prefork(void) __asm__("_Z12grpc_preforkv");
void ee_grpc_timer_threading(_Bool on) __asm__("_Z32grpc_timer_manager_set_threadingb");
void ee_grpc_executor_threading(_Bool on) __asm__("_ZN9grpc_core8Executor15SetThreadingAllEb");
void ee_gpr_allow_exec_ctx(void) __asm__("_ZN9grpc_core4Fork12AllowExecCtxEv");
void ee_gpr_fork_enable(_Bool on) __asm__("_ZN9grpc_core4Fork6EnableEb");
_Bool ee_gpr_fork_enabled(void) __asm__("_ZN9grpc_core4Fork7EnabledEv");

/* The child needs a fresh polling engine.  gRPC registers one reset
 * function for that, but 1.51 has two pollers (iomgr's and the
 * EventEngine's) and keeps only the last registration, the EventEngine's.
 * Left alone, the iomgr epoll set - the one every connection is on - stays
 * shared with the parent: both processes take each other's events, and the
 * parent can be handed pointers that only mean something in the child.  So
 * iomgr's reset (registered by grpc_init) is kept and run as well. */
typedef void (*ee_reset_fn)(void);
ee_reset_fn ee_gpr_get_reset(void) __asm__("_ZN9grpc_core4Fork30GetResetChildPollingEngineFuncEv");
static ee_reset_fn iomgr_reset;

volatile unsigned long ee_fork_generation = 0;

static int log_level;             /* lowest severity printed; 3 = none */
static volatile int in_prefork, prefork_skipped;
static enum {
    FORK_PLAIN,                   /* gRPC's fork support is off: nothing done */
    FORK_SKIPPED,                 /* gRPC stayed busy: its prepare handler gave up */
    FORK_PREPARED                 /* gRPC is ready for the child */
} fork_state;
static const char *unusable;      /* in a child gRPC was not prepared for: why */
static int forked;                /* a child of a fork gRPC was prepared for */

/* gRPC Core logs its errors to stderr; they reach the caller as error
 * hashes already, so it stays quiet unless GRPC_VERBOSITY asks otherwise.
 * While preparing a fork, its (info) notice that it skipped its handlers
 * is how we learn that it did. */
static void log_fn(gpr_log_func_args *a)
{
    if (in_prefork && (strstr(a->message, "fork") || strstr(a->message, "Fork")))
        prefork_skipped = 1;
    if ((int)a->severity >= log_level)
        fprintf(stderr, "grpc %s %s:%d] %s\n", gpr_log_severity_string(a->severity),
                a->file, a->line, a->message);
}

static void set_verbosity(void)
{
    gpr_set_log_verbosity(log_level > GPR_LOG_SEVERITY_ERROR ? GPR_LOG_SEVERITY_ERROR
                                                             : (gpr_log_severity)log_level);
}

/* ---- gRPC's waits on absl condition variables, for the child ----
 * A thread that is waiting on an absl::CondVar when the process forks does
 * not exist in the child, but the CondVar still lists it as a waiter; the
 * first Signal in the child then hands it the mutex and absl aborts the
 * process ("Mutex::Fer while waiting on Condition").  gRPC's EventEngine
 * threads (not stopped for a fork in Debian's 1.51 build) always wait like
 * that, and the child signals their CondVar when a connection attempt
 * fails.  So gRPC's CondVar waits pass through here (these definitions come
 * before absl's for the libraries loaded with this module): each thread
 * notes the CondVar it waits on, and in the child those of the threads left
 * behind are emptied - no thread of the child can be waiting on them. */
#include <dlfcn.h>
#include <stdint.h>

typedef struct { int64_t hi; uint32_t lo; } ee_absl_duration;   /* absl::Duration, absl::Time */

#define EE_WAIT_SLOTS 256
static struct {
    void *volatile cv;                 /* the CondVar waited on; NULL when not waiting */
    int next_free;
} waits[EE_WAIT_SLOTS];
static int nslots, free_slot = -1;     /* slots handed out; freed ones (a list) */
static pthread_mutex_t slots_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_key_t slot_key;         /* gives a thread's slot back when it exits */
static pthread_once_t slot_key_once = PTHREAD_ONCE_INIT;
static __thread int my_slot = -1;

static void slot_release(void *v)
{
    int s = (int)(intptr_t)v - 1;
    pthread_mutex_lock(&slots_mu);
    waits[s].cv = NULL;
    waits[s].next_free = free_slot;
    free_slot = s;
    pthread_mutex_unlock(&slots_mu);
}

static void slot_key_init(void)
{
    pthread_key_create(&slot_key, slot_release);
}

static int wait_slot(void)
{
    if (my_slot < 0) {
        int s = EE_WAIT_SLOTS;             /* EE_WAIT_SLOTS: all taken, not noted */
        pthread_once(&slot_key_once, slot_key_init);
        pthread_mutex_lock(&slots_mu);
        if (free_slot >= 0) {
            s = free_slot;
            free_slot = waits[s].next_free;
        }
        else if (nslots < EE_WAIT_SLOTS)
            s = nslots++;
        pthread_mutex_unlock(&slots_mu);
        if (s < EE_WAIT_SLOTS)
            pthread_setspecific(slot_key, (void *)(intptr_t)(s + 1));
        my_slot = s;
    }
    return my_slot;
}

static void *real_fn(void **cache, const char *name)
{
    if (!*cache)
        *cache = dlsym(RTLD_NEXT, name);
    if (!*cache)
        abort();                       /* absl's own definition must exist */
    return *cache;
}

#define ABSL_CV_WAIT "_ZN4absl7debian37CondVar4WaitEPNS0_5MutexE"
#define ABSL_CV_WAIT_TIMEOUT "_ZN4absl7debian37CondVar15WaitWithTimeoutEPNS0_5MutexENS0_8DurationE"
#define ABSL_CV_WAIT_DEADLINE "_ZN4absl7debian37CondVar16WaitWithDeadlineEPNS0_5MutexENS0_4TimeE"

void ee_absl_cv_wait(void *cv, void *mu) __asm__(ABSL_CV_WAIT);
_Bool ee_absl_cv_wait_timeout(void *cv, void *mu, ee_absl_duration d) __asm__(ABSL_CV_WAIT_TIMEOUT);
_Bool ee_absl_cv_wait_deadline(void *cv, void *mu, ee_absl_duration t) __asm__(ABSL_CV_WAIT_DEADLINE);

#define NOTED_WAIT(call)                                                \
    do {                                                                \
        int s = wait_slot();                                            \
        if (s < EE_WAIT_SLOTS)                                          \
            waits[s].cv = cv;                                           \
        call;                                                           \
        if (s < EE_WAIT_SLOTS)                                          \
            waits[s].cv = NULL;                                         \
    } while (0)

void ee_absl_cv_wait(void *cv, void *mu)
{
    static void *real;
    void (*f)(void *, void *) = (void (*)(void *, void *))real_fn(&real, ABSL_CV_WAIT);
    NOTED_WAIT(f(cv, mu));
}

_Bool ee_absl_cv_wait_timeout(void *cv, void *mu, ee_absl_duration d)
{
    static void *real;
    _Bool (*f)(void *, void *, ee_absl_duration) =
        (_Bool (*)(void *, void *, ee_absl_duration))real_fn(&real, ABSL_CV_WAIT_TIMEOUT);
    _Bool r;
    NOTED_WAIT(r = f(cv, mu, d));
    return r;
}

_Bool ee_absl_cv_wait_deadline(void *cv, void *mu, ee_absl_duration t)
{
    static void *real;
    _Bool (*f)(void *, void *, ee_absl_duration) =
        (_Bool (*)(void *, void *, ee_absl_duration))real_fn(&real, ABSL_CV_WAIT_DEADLINE);
    _Bool r;
    NOTED_WAIT(r = f(cv, mu, t));
    return r;
}

/* In the child: only this thread exists, and it waits on nothing. */
static void forget_waiters(void)
{
    int i, me = my_slot;
    for (i = 0; i < nslots; i++)
        if (waits[i].cv && i != me)
            __atomic_store_n((intptr_t *)waits[i].cv, 0, __ATOMIC_RELAXED);   /* absl::CondVar is one word */
    memset(waits, 0, sizeof waits);
    nslots = 0;
    free_slot = -1;
    pthread_mutex_init(&slots_mu, NULL);
    if (me >= 0 && me < EE_WAIT_SLOTS) {   /* this thread keeps its slot */
        nslots = me + 1;
        for (i = me - 1; i >= 0; i--) {
            waits[i].next_free = free_slot;
            free_slot = i;
        }
    }
}

static void before_fork(void)
{
    int tries;
    if (!ee_gpr_fork_enabled()) {
        fork_state = FORK_PLAIN;
        return;
    }
    ee_bridges_park();
    ee_grpc_timer_threading(0);
    in_prefork = 1;
    gpr_set_log_verbosity(GPR_LOG_SEVERITY_INFO);
    for (tries = 0;; tries++) {
        prefork_skipped = 0;
        ee_grpc_prefork();
        if (!prefork_skipped || tries == 500)
            break;
        usleep(1000);             /* another thread is inside gRPC for a moment */
    }
    in_prefork = 0;
    set_verbosity();
    fork_state = prefork_skipped ? FORK_SKIPPED : FORK_PREPARED;
}

static void after_fork_in_parent(void)
{
    if (fork_state == FORK_PLAIN)
        return;
    if (fork_state == FORK_PREPARED)
        ee_gpr_allow_exec_ctx();
    ee_grpc_timer_threading(1);
    ee_bridges_unpark();
}

static void after_fork_in_child(void)
{
    ee_fork_generation++;
    /* EV documents that its default loop is re-created in the child (its
     * own pthread_atfork), but Debian's build does not register that: the
     * child would share the parent's epoll set and async eventfd, and the
     * two processes would take each other's wake-ups.  ev_loop_fork only
     * marks the loop; the next EV::run re-creates its kernel state. */
    if (ee_evapi)
        ev_loop_fork(EV_DEFAULT_UC);
    ee_bridges_forget();
    if (fork_state != FORK_PREPARED) {
        unusable = fork_state == FORK_PLAIN
            ? "gRPC Core's fork support is switched off (GRPC_ENABLE_FORK_SUPPORT)"
            : "this process forked while gRPC Core stayed busy in another thread";
        return;
    }
    forked = 1;
    forget_waiters();
    ee_gpr_allow_exec_ctx();
    {
        ee_reset_fn other = ee_gpr_get_reset();
        if (iomgr_reset)
            iomgr_reset();
        if (other && other != iomgr_reset)
            other();
    }
    ee_grpc_timer_threading(1);
}

static void process_init(void)
{
    const char *v = getenv("GRPC_VERBOSITY");
    log_level = 3;
    if (v && !strcasecmp(v, "DEBUG"))
        log_level = GPR_LOG_SEVERITY_DEBUG;
    else if (v && !strcasecmp(v, "INFO"))
        log_level = GPR_LOG_SEVERITY_INFO;
    else if (v && !strcasecmp(v, "ERROR"))
        log_level = GPR_LOG_SEVERITY_ERROR;
    gpr_set_log_function(log_fn);
    if (!getenv("GRPC_ENABLE_FORK_SUPPORT"))   /* the environment's word stands */
        ee_gpr_fork_enable(1);
    grpc_init();
    iomgr_reset = ee_gpr_get_reset();
    ee_grpc_executor_threading(0);
    set_verbosity();
    pthread_atfork(before_fork, after_fork_in_parent, after_fork_in_child);
}

static pthread_once_t process_once = PTHREAD_ONCE_INIT;

/* Start gRPC once; croaks (naming `method`) in a child of a fork that gRPC
 * could not be prepared for. */
void ee_process_init(pTHX_ const char *method)
{
    pthread_once(&process_once, process_init);
    if (unusable)
        croak("%s: %s, so it cannot run in this forked child; create clients in the parent "
              "or after exec", method, unusable);
}

int ee_process_forked(void)
{
    return forked;
}
