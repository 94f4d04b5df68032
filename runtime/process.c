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
 * threads (which do not come along) leave behind is taken care of in
 * grpc_private.c and, for reconnecting, in client.c.
 *
 * Those steps use private symbols of gRPC and absl, all in grpc_private.c,
 * and only on the gRPC build they were written for.  On any other one the
 * fork support is in safe mode: nothing is done at fork, and a child's new()
 * croaks saying why, as with GRPC_ENABLE_FORK_SUPPORT=0.
 */
#include "ee.h"
#include "grpc_private.h"
#include <grpc/support/log.h>

volatile unsigned long ee_fork_generation = 0;

static int log_level;             /* lowest severity printed; 3 = none */
static enum {
    FORK_PLAIN,                   /* gRPC's fork support is off, or in safe mode: nothing done */
    FORK_SKIPPED,                 /* gRPC stayed busy: its prepare handler gave up */
    FORK_PREPARED                 /* gRPC is ready for the child */
} fork_state;
static char unusable[400];       /* in a child gRPC was not prepared for: why */
static int forked;                /* a child of a fork gRPC was prepared for */

/* gRPC Core logs its errors to stderr; they reach the caller as error
 * hashes already, so it stays quiet unless GRPC_VERBOSITY asks otherwise.
 * While preparing a fork, grpc_private.c reads what it says. */
static void log_fn(gpr_log_func_args *a)
{
    ee_gp_log(a->message);
    if ((int)a->severity >= log_level)
        fprintf(stderr, "grpc %s %s:%d] %s\n", gpr_log_severity_string(a->severity),
                a->file, a->line, a->message);
}

static void set_verbosity(void)
{
    gpr_set_log_verbosity(log_level > GPR_LOG_SEVERITY_ERROR ? GPR_LOG_SEVERITY_ERROR
                                                             : (gpr_log_severity)log_level);
}

/* What a layer above must do around fork() (the bridge parks its threads). */
static const ee_fork_hooks *fork_hooks;

void ee_process_on_fork(const ee_fork_hooks *hooks)
{
    fork_hooks = hooks;
}

static void before_fork(void)
{
    if (!ee_gp_fork_enabled()) {  /* off, or safe mode: the parent is left alone */
        fork_state = FORK_PLAIN;
        return;
    }
    if (fork_hooks)
        fork_hooks->prepare();
    fork_state = ee_gp_prefork() ? FORK_PREPARED : FORK_SKIPPED;
    set_verbosity();
}

static void after_fork_in_parent(void)
{
    if (fork_state == FORK_PLAIN)
        return;
    ee_gp_parent(fork_state == FORK_PREPARED);
    if (fork_hooks)
        fork_hooks->parent();
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
    if (fork_hooks)
        fork_hooks->child();
    ee_backoff_reseed();
    if (fork_state != FORK_PREPARED) {
        const char *safe = ee_gp_safe_reason();
        if (safe)
            snprintf(unusable, sizeof unusable, "EV::Etcd's fork support is in safe mode (%s)", safe);
        else
            snprintf(unusable, sizeof unusable, "%s", fork_state == FORK_PLAIN
                ? "gRPC Core's fork support is switched off (GRPC_ENABLE_FORK_SUPPORT)"
                : "this process forked while gRPC Core stayed busy in another thread");
        return;
    }
    forked = 1;
    ee_gp_child();
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
    ee_gp_load();                              /* done at BOOT already; decides the mode */
    if (!getenv("GRPC_ENABLE_FORK_SUPPORT"))   /* the environment's word stands */
        ee_gp_fork_enable();
    grpc_init();
    ee_gp_after_init();
    set_verbosity();
    pthread_atfork(before_fork, after_fork_in_parent, after_fork_in_child);
}

static pthread_once_t process_once = PTHREAD_ONCE_INIT;

/* Start gRPC once; croaks (naming `method`) in a child of a fork that gRPC
 * could not be prepared for. */
void ee_process_init(pTHX_ const char *method)
{
    pthread_once(&process_once, process_init);
    if (unusable[0])
        croak("%s: %s, so it cannot run in this forked child; create clients in the parent "
              "or after exec", method, unusable);
}

int ee_process_forked(void)
{
    return forked;
}

/* 'full', or 'safe: <why>' (grpc_private.c) */
const char *ee_process_fork_mode(void)
{
    return ee_gp_safe_reason();
}

void ee_process_load(void)
{
    ee_gp_load();
}
