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
 * stay the parent's (they croak when used); new clients work.
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
static int fork_prepared;         /* gRPC's prepare handler did its work */
static int grpc_usable = 1;       /* 0 in a child gRPC was not prepared for */

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

static void before_fork(void)
{
    int tries;
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
    fork_prepared = !prefork_skipped;
}

static void after_fork_in_parent(void)
{
    if (fork_prepared)
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
    if (!fork_prepared) {
        grpc_usable = 0;
        return;
    }
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
    setenv("GRPC_ENABLE_FORK_SUPPORT", "1", 0);
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
    if (!grpc_usable)
        croak("%s: this process was forked while gRPC Core was busy in another thread, and "
              "it cannot run in this child; create clients in the parent or after exec", method);
}
