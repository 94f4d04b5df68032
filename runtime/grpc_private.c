/*
 * grpc_private.c - the one place that uses gRPC Core's and absl's private
 * (C++) symbols: gRPC's fork support driven piece by piece, the absl
 * CondVar wait interposition, and reading gRPC's log text during a fork.
 *
 * Nothing here is a link-time reference: every private symbol is looked up
 * with dlsym when the module loads, and used only when gRPC Core is the
 * version this was written for (EE_GP_CORE_VERSION: Core 29.0.0 "galaxy",
 * gRPC 1.51, Debian 12's 1.51.1) and absl's inline namespace is debian3.  On
 * any other build, or with EV_ETCD_FORK_SAFE_MODE=1 in the environment at
 * load, the fork support is in safe mode: nothing is done at fork (the
 * parent is never touched) and a forked child's new() croaks with the
 * reason (process.c).  ee_gp_safe_reason() / EV::Etcd::_fork_mode() say
 * which mode is active.
 */
#include "ee.h"
#include "grpc_private.h"
#include <dlfcn.h>
#include <stdint.h>
#include <grpc/support/log.h>

#define EE_GP_CORE_VERSION "29.0.0"       /* grpc_version_string() of gRPC 1.51 */
#define EE_GP_CORE_NAME "galaxy"          /* grpc_g_stands_for() of gRPC 1.51 */

/* absl's CondVar waits; the names carry absl's inline namespace (debian3) */
#define ABSL_CV_WAIT "_ZN4absl7debian37CondVar4WaitEPNS0_5MutexE"
#define ABSL_CV_WAIT_TIMEOUT "_ZN4absl7debian37CondVar15WaitWithTimeoutEPNS0_5MutexENS0_8DurationE"
#define ABSL_CV_WAIT_DEADLINE "_ZN4absl7debian37CondVar16WaitWithDeadlineEPNS0_5MutexENS0_4TimeE"

/* absl::SetMutexDeadlockDetectionMode (public, but named in absl's inline
 * namespace) */
#define ABSL_SET_DEADLOCK_MODE "_ZN4absl7debian329SetMutexDeadlockDetectionModeENS0_15OnDeadlockCycleE"

/* gRPC Core's fork support, used piece by piece.  grpc_prefork blocks new
 * ExecCtxs and then joins gRPC's timer and executor threads; a closure on
 * one of those threads that opens an ExecCtx of its own (destroying a call
 * does) then waits for the fork while the fork waits for it.  So the
 * executor runs without threads (its closures run inline, on the threads
 * that schedule them: our completion-queue threads, parked before a fork),
 * and the timer threads are stopped before grpc_prefork blocks anything.
 * gRPC's postfork handlers would start executor threads again; their other
 * steps are done here instead. */
typedef void (*ee_reset_fn)(void);
static struct {
    void (*prefork)(void);                        /* grpc_prefork() */
    void (*timer_threading)(_Bool on);            /* grpc_timer_manager_set_threading */
    void (*executor_threading)(_Bool on);         /* grpc_core::Executor::SetThreadingAll */
    void (*allow_exec_ctx)(void);                 /* grpc_core::Fork::AllowExecCtx */
    void (*fork_enable)(_Bool on);                /* grpc_core::Fork::Enable */
    _Bool (*fork_enabled)(void);                  /* grpc_core::Fork::Enabled */
    ee_reset_fn (*get_reset)(void);               /* grpc_core::Fork::GetResetChildPollingEngineFunc */
    void *cv_wait, *cv_wait_timeout, *cv_wait_deadline;   /* absl's own CondVar waits */
} gp;

static const struct { const char *name; void **slot; } gp_symbols[] = {
    { "_Z12grpc_preforkv", (void **)&gp.prefork },
    { "_Z32grpc_timer_manager_set_threadingb", (void **)&gp.timer_threading },
    { "_ZN9grpc_core8Executor15SetThreadingAllEb", (void **)&gp.executor_threading },
    { "_ZN9grpc_core4Fork12AllowExecCtxEv", (void **)&gp.allow_exec_ctx },
    { "_ZN9grpc_core4Fork6EnableEb", (void **)&gp.fork_enable },
    { "_ZN9grpc_core4Fork7EnabledEv", (void **)&gp.fork_enabled },
    { "_ZN9grpc_core4Fork30GetResetChildPollingEngineFuncEv", (void **)&gp.get_reset },
    { ABSL_CV_WAIT, &gp.cv_wait },
    { ABSL_CV_WAIT_TIMEOUT, &gp.cv_wait_timeout },
    { ABSL_CV_WAIT_DEADLINE, &gp.cv_wait_deadline },
};

static int loaded, full;                  /* full: the symbols are ours to use */
static char safe_reason[256] = "not loaded yet";

void ee_gp_load(void)
{
    const char *env = getenv("EV_ETCD_FORK_SAFE_MODE");
    const char *version = grpc_version_string(), *g = grpc_g_stands_for();
    size_t i;
    if (loaded)
        return;                           /* decided already (a second interpreter) */
    loaded = 1;
    {
        /* Debian builds absl without NDEBUG, so its mutexes check the order
         * of every lock taken for deadlocks (GraphCycles): a few per cent of
         * a unary call's CPU, for a debugging aid.  Off, as in absl's
         * release builds (absl::OnDeadlockCycle::kIgnore). */
        void (*set_mode)(int) = (void (*)(int))dlsym(RTLD_DEFAULT, ABSL_SET_DEADLOCK_MODE);
        if (set_mode)
            set_mode(0);
    }
    /* absl's real waits are needed in either mode: the definitions below
     * stand in front of them for every library loaded with this module */
    for (i = 0; i < sizeof gp_symbols / sizeof *gp_symbols; i++)
        *gp_symbols[i].slot = dlsym(RTLD_NEXT, gp_symbols[i].name);
    if (env && *env && strcmp(env, "0")) {
        snprintf(safe_reason, sizeof safe_reason, "EV_ETCD_FORK_SAFE_MODE=%s is set", env);
        return;
    }
    if (strcmp(version, EE_GP_CORE_VERSION) || strcmp(g, EE_GP_CORE_NAME)) {
        snprintf(safe_reason, sizeof safe_reason,
                 "gRPC Core %s (\"%s\") is not the version its fork handling was written for "
                 "(%s, \"%s\": gRPC 1.51)", version, g, EE_GP_CORE_VERSION, EE_GP_CORE_NAME);
        return;
    }
    for (i = 0; i < sizeof gp_symbols / sizeof *gp_symbols; i++)
        if (!*gp_symbols[i].slot) {
            snprintf(safe_reason, sizeof safe_reason, "%s symbol %s is missing",
                     strstr(gp_symbols[i].name, "absl") ? "absl (namespace debian3)" : "gRPC",
                     gp_symbols[i].name);
            return;
        }
    full = 1;
    safe_reason[0] = '\0';
}

const char *ee_gp_safe_reason(void)
{
    return full ? NULL : safe_reason;
}

/* ---- the fork steps (full mode) ---- */

/* The child needs a fresh polling engine.  gRPC registers one reset
 * function for that, but 1.51 has two pollers (iomgr's and the
 * EventEngine's) and keeps only the last registration, the EventEngine's.
 * Left alone, the iomgr epoll set - the one every connection is on - stays
 * shared with the parent: both processes take each other's events, and the
 * parent can be handed pointers that only mean something in the child.  So
 * iomgr's reset (registered by grpc_init) is kept and run as well. */
static ee_reset_fn iomgr_reset;
static volatile int in_prefork, prefork_skipped;

void ee_gp_fork_enable(void)
{
    if (full)
        gp.fork_enable(1);
}

void ee_gp_after_init(void)
{
    if (!full)
        return;
    iomgr_reset = gp.get_reset();
    gp.executor_threading(0);
}

int ee_gp_fork_enabled(void)
{
    return full && gp.fork_enabled();
}

/* gRPC's (info) notice that it skipped its fork handlers, because another
 * thread was inside gRPC, is how we learn that it did. */
void ee_gp_log(const char *message)
{
    if (in_prefork && (strstr(message, "fork") || strstr(message, "Fork")))
        prefork_skipped = 1;
}

int ee_gp_prefork(void)
{
    int tries;
    if (!full)
        return 0;
    gp.timer_threading(0);
    in_prefork = 1;
    gpr_set_log_verbosity(GPR_LOG_SEVERITY_INFO);
    for (tries = 0;; tries++) {
        prefork_skipped = 0;
        gp.prefork();
        if (!prefork_skipped || tries == 500)
            break;
        usleep(1000);             /* another thread is inside gRPC for a moment */
    }
    in_prefork = 0;
    return !prefork_skipped;
}

void ee_gp_parent(int prepared)
{
    if (!full)
        return;
    if (prepared)
        gp.allow_exec_ctx();
    gp.timer_threading(1);
}

static void forget_waiters(void);

void ee_gp_child(void)
{
    ee_reset_fn other;
    if (!full)
        return;
    forget_waiters();
    gp.allow_exec_ctx();
    other = gp.get_reset();
    if (iomgr_reset)
        iomgr_reset();
    if (other && other != iomgr_reset)
        other();
    gp.timer_threading(1);
}

/* ---- gRPC's waits on absl condition variables, for the child ----
 * A thread that is waiting on an absl::CondVar when the process forks does
 * not exist in the child, but the CondVar still lists it as a waiter; the
 * first Signal in the child then hands it the mutex and absl aborts the
 * process ("Mutex::Fer while waiting on Condition").  gRPC's EventEngine
 * threads (not stopped for a fork in Debian's 1.51 build) always wait like
 * that, and the child signals their CondVar when a connection attempt
 * fails.  So gRPC's CondVar waits pass through here: these definitions of
 * absl's symbols come before absl's own for the libraries loaded with this
 * module.  Each thread notes the CondVar it waits on, and in the child those
 * of the threads left behind are emptied - no thread of the child can be
 * waiting on them.  In safe mode they only pass the call on; with another
 * absl namespace nothing calls them at all. */

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
    if (!full)
        return EE_WAIT_SLOTS;              /* safe mode: nothing is noted */
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

/* absl's own definition; called before the module's BOOT only if a
 * library waits that early (then found here) */
static void *real_fn(void **slot, const char *name)
{
    if (!*slot)
        *slot = dlsym(RTLD_NEXT, name);
    if (!*slot)
        abort();                       /* called as absl's, so absl's exists */
    return *slot;
}

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
    void (*f)(void *, void *) = (void (*)(void *, void *))real_fn(&gp.cv_wait, ABSL_CV_WAIT);
    NOTED_WAIT(f(cv, mu));
}

_Bool ee_absl_cv_wait_timeout(void *cv, void *mu, ee_absl_duration d)
{
    _Bool (*f)(void *, void *, ee_absl_duration) =
        (_Bool (*)(void *, void *, ee_absl_duration))real_fn(&gp.cv_wait_timeout, ABSL_CV_WAIT_TIMEOUT);
    _Bool r;
    NOTED_WAIT(r = f(cv, mu, d));
    return r;
}

_Bool ee_absl_cv_wait_deadline(void *cv, void *mu, ee_absl_duration t)
{
    _Bool (*f)(void *, void *, ee_absl_duration) =
        (_Bool (*)(void *, void *, ee_absl_duration))real_fn(&gp.cv_wait_deadline, ABSL_CV_WAIT_DEADLINE);
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
