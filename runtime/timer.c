/*
 * timer.c - EV's C API (one process-wide pointer, set at boot), the
 * runtime's one-shot timers and its retry backoff (util layer: knows
 * nothing above it).  Loop thread only.
 */
#include "ee.h"
#include <math.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

struct EVAPI *ee_evapi;

void ee_ev_api_init(pTHX)
{
    SV *sv = get_sv("EV::API", 0);
    if (!sv)
        croak("EV::Etcd: EV::API not found (is EV loaded?)");
    ee_evapi = INT2PTR(struct EVAPI *, SvIV(sv));
    if (ee_evapi->ver != EV_API_VERSION || ee_evapi->rev < EV_API_REVISION)
        croak("EV::Etcd: EV::API version mismatch (%d.%d vs. %d.%d): rebuild EV::Etcd",
              (int)ee_evapi->ver, (int)ee_evapi->rev, EV_API_VERSION, EV_API_REVISION);
}

/* ---- reconnect and retry policy: exponential backoff with full jitter ----
 * The delay before attempt n+1 is drawn uniformly from [0, min(5 s, 0.1 s *
 * 2^n)]: clients that failed together do not come back together.  The
 * generator is ours (rand48 with its own state, seeded once per process
 * from the time and the pid), so the user's srand() neither decides nor is
 * disturbed by it. */
static unsigned short jitter_state[3];
static int jitter_seeded;

double ee_backoff_delay(int attempt)
{
    double cap = 0.1 * pow(2.0, attempt > 10 ? 10 : attempt);
    if (cap > 5.0)
        cap = 5.0;
    if (!jitter_seeded) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        jitter_state[0] = (unsigned short)ts.tv_nsec;
        jitter_state[1] = (unsigned short)(ts.tv_nsec >> 16) ^ (unsigned short)getpid();
        jitter_state[2] = (unsigned short)ts.tv_sec;
        jitter_seeded = 1;
    }
    return cap * erand48(jitter_state);
}

/* In a forked child the parent's sequence would repeat: draw a new one. */
void ee_backoff_reseed(void)
{
    jitter_seeded = 0;
}

/* ---- timers that do not keep EV::run alive by themselves ---- */

void ee_timer_start(ev_timer *w, double after)
{
    if (ev_is_active(w)) {
        ev_ref(EV_DEFAULT_UC);
        ev_timer_stop(EV_DEFAULT_UC, w);
    }
    ev_timer_set(w, after, 0.);
    ev_timer_start(EV_DEFAULT_UC, w);
    ev_unref(EV_DEFAULT_UC);
}

/* First thing in a one-shot timer's callback: libev has stopped it, which
 * took the loop reference ee_timer_start gave back; restore the balance. */
void ee_timer_fired(ev_timer *w)
{
    ev_ref(EV_DEFAULT_UC);
}

void ee_timer_stop(ev_timer *w)
{
    if (ev_is_active(w)) {
        ev_ref(EV_DEFAULT_UC);
        ev_timer_stop(EV_DEFAULT_UC, w);
    }
}
