/*
 * ee.h - the EV::Etcd runtime: types shared by the hand-written runtime,
 * the generated code (generated/) and the XS glue (xs/).
 *
 * Naming: every runtime symbol starts with ee_ (types, functions) or EE_
 * (macros); generated symbols start with eeg_.
 *
 * Layers (a file uses only what files of its own or lower layers define;
 * xt/03-runtime-layers.t checks that the runtime's .c files have no cycle):
 *   0 util      convert.c errors.c timer.c (EV's API, timers, backoff)
 *   1 process   process.c grpc_private.c   (gRPC start, logging, fork)
 *   2 bridge    bridge.c                   (completion queue -> EV; knows no client)
 *   3 client    log.c tls.c endpoint.c credentials.c client.c
 *                                          (log hook and connectivity watch, TLS checks,
 *                                           one channel per member, token, health,
 *                                           teardown hooks)
 *   4 calls     unary.c login.c            (unary calls, method dispatch, the login)
 *   5 streams   stream.c sub.c mux.c       (raw stream + redial, subscriptions, many on one)
 *   6 users     watch.c keepalive.c observe.c snapshot.c stream_call.c
 * A lower layer reaches a higher one only through a pointer it was given
 * (bridge wake-up, fork hooks, teardown hooks, the login, generated tables).
 *
 * Threads: everything here runs on the EV loop thread, which alone touches
 * Perl data, except where a function says otherwise; the completion-queue
 * thread only moves ee_tag pointers (bridge.c).
 *
 * Callback discipline (every change keeps these):
 *  1. Every entry from EV into the runtime (the bridge's drain, every timer,
 *     the health check) holds the client (ee_client_enter/leave) for its
 *     duration; a destroy requested by user code runs when the outermost
 *     entry returns, never under a running loop over runtime state.
 *  2. User code may cancel, drop or create anything: loops that run it take
 *     their items one at a time from the owning list, or from a held
 *     snapshot (ee_mux_hold), never through a next pointer kept across a
 *     callback.
 *  3. One function decides final delivery: unary_done for calls, ee_sub_fail
 *     / ee_sub_cancelled for subscriptions, sc_finish for call_stream
 *     (stream_call.c, on a subscription of its own).  State changes before the
 *     callback runs, so a second final callback is impossible; a user's
 *     cancel of something not yet delivered always wins.
 *  4. Every operation that started completes: a batch gRPC refuses, a call
 *     that cannot be created, a wait that ends early are posted to the
 *     bridge as completions; teardown never waits for what cannot come.
 *  5. A call's deadline runs from the moment it is accepted, whatever it
 *     waits for (login, window slot, retry backoff).
 */
#ifndef EE_H
#define EE_H

#define PERL_NO_GET_CONTEXT
#include "EXTERN.h"
#include "perl.h"
#include "XSUB.h"
/* EVAPI.h keeps its API pointer in a per-file static; route every use
 * through one process-wide pointer instead, set at boot (ee_ev_api_init). */
#define GEVAPI ee_gevapi()
#include "EV/EVAPI.h"
extern struct EVAPI *ee_evapi;
static inline struct EVAPI *ee_gevapi(void) { return ee_evapi; }
void ee_ev_api_init(pTHX);

#include <pthread.h>
#include <stdint.h>
#include <grpc/grpc.h>
#include <grpc/byte_buffer.h>
#include <grpc/byte_buffer_reader.h>
#include <protobuf-c/protobuf-c.h>

/* ---- timers and backoff (runtime/timer.c) ---- */

/* One-shot timers that do not keep EV::run alive by themselves. */
void ee_timer_start(ev_timer *w, double after);
void ee_timer_stop(ev_timer *w);
void ee_timer_fired(ev_timer *w);              /* first thing in the timer's callback */
double ee_backoff_delay(int attempt);          /* seconds before attempt+1: full jitter */
void ee_backoff_reseed(void);                  /* in a forked child */

/* ---- conversion (runtime/convert.c, used by generated converters) ---- */

/* Where a request is being built: names the method and the field path in
 * every croak message. */
typedef struct ee_build {
    const char *method;   /* "put", "call(KV/Range)" */
    char path[192];       /* "compare[0].target"; empty at top level */
    size_t plen;
    const char *noun;     /* "option" (methods) or "field" (call) */
} ee_build;

/* Bit set of the fields seen while filling one message: real fields by
 * index, virtual fields (prefix, ...) after them. */
typedef uint64_t ee_seen;

/* Generated per-message converters share these signatures. */
typedef int  (*ee_set_fn)(pTHX_ ee_build *b, void *msg, ee_seen *seen,
                          const char *name, STRLEN len, SV *sv);
typedef void (*ee_finish_fn)(pTHX_ ee_build *b, void *msg, ee_seen seen);
typedef SV * (*ee_to_sv_fn)(pTHX_ const void *msg);

typedef struct ee_enum_name { const char *name; int value; } ee_enum_name;

void   ee_path_push(ee_build *b, const char *name, int index, size_t *saved);
void   ee_path_pop(ee_build *b, size_t saved);
void  *ee_alloc(pTHX_ size_t size);                     /* zeroed, freed with the statement's temps */
void   ee_bytes(pTHX_ ee_build *b, SV *sv, const char *field, ProtobufCBinaryData *out);
char  *ee_string(pTHX_ ee_build *b, SV *sv, const char *field);
int64_t  ee_int64(pTHX_ ee_build *b, SV *sv, const char *field);
uint64_t ee_uint64(pTHX_ ee_build *b, SV *sv, const char *field);
int32_t  ee_int32(pTHX_ ee_build *b, SV *sv, const char *field);
int64_t  ee_int64_nonneg(pTHX_ ee_build *b, SV *sv, const char *field);   /* API map: non_negative */
int32_t  ee_int32_nonneg(pTHX_ ee_build *b, SV *sv, const char *field);
uint32_t ee_uint32(pTHX_ ee_build *b, SV *sv, const char *field);
int    ee_enum(pTHX_ ee_build *b, SV *sv, const char *field,
               const ee_enum_name *names, size_t n);
HV    *ee_hash_arg(pTHX_ ee_build *b, SV *sv, const char *field);
AV    *ee_array_arg(pTHX_ ee_build *b, SV *sv, const char *field);
void   ee_fill_from_hv(pTHX_ ee_build *b, void *msg, HV *hv,
                       ee_set_fn set, ee_finish_fn finish);
void   ee_prefix_range_end(pTHX_ ProtobufCBinaryData *key, ProtobufCBinaryData *range_end);
void   ee_missing(pTHX_ ee_build *b, const char *field) __attribute__((noreturn));
void   ee_unknown(pTHX_ ee_build *b, const char *name, STRLEN len) __attribute__((noreturn));
SV    *ee_enum_sv(pTHX_ int value, const ee_enum_name *names, size_t n);
const char *ee_message_string(const ProtobufCMessage *msg, const char *field);

/* Decoding a message into one arena (runtime/convert.c): protobuf-c takes
 * every struct, array and byte string of the message from the arena's
 * blocks (the first on the caller's stack, the next ones one malloc each,
 * sized from the wire length), and ee_arena_free drops them all at once:
 * no malloc and free per field.  Nothing may keep a pointer into the
 * message after ee_arena_free. */
typedef struct ee_arena_block ee_arena_block;
typedef struct ee_arena {
    ProtobufCAllocator pa;     /* handed to protobuf_c_message_unpack */
    char *p, *end;             /* the free part of the current block */
    ee_arena_block *blocks;    /* the malloc'd ones */
    size_t next;               /* size of the next malloc'd block */
} ee_arena;
#define EE_ARENA_STACK 2048    /* a first block of this many bytes holds a small answer */
void ee_arena_init(ee_arena *a, void *first, size_t first_size, size_t wire_len);
void ee_arena_free(ee_arena *a);
ProtobufCMessage *ee_unpack(ee_arena *a, const ProtobufCMessageDescriptor *desc,
                            const uint8_t *data, size_t len);

/* Reading the protobuf wire format, for the generated decoders that build a
 * response hash straight from the bytes (eeg_wire_*): each returns 0 when
 * the input is malformed or ends too soon, and advances *p past what it
 * read otherwise. */
#define EE_WIRE_MAX_DEPTH 64           /* nested messages deeper than this are refused */
static inline int ee_wire_varint(const uint8_t **p, const uint8_t *end, uint64_t *v)
{
    const uint8_t *q = *p;
    uint64_t r = 0;
    int shift;
    for (shift = 0; shift < 64 && q < end; shift += 7) {
        uint8_t b = *q++;
        r |= (uint64_t)(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *p = q;
            *v = r;
            return 1;
        }
    }
    return 0;
}
static inline int ee_wire_fixed(const uint8_t **p, const uint8_t *end, int size, uint64_t *v)
{
    uint64_t r = 0;
    int i;
    if (end - *p < size)
        return 0;
    for (i = size - 1; i >= 0; i--)   /* little-endian */
        r = (r << 8) | (*p)[i];
    *p += size;
    *v = r;
    return 1;
}
static inline int ee_wire_len(const uint8_t **p, const uint8_t *end, const uint8_t **data, size_t *len)
{
    uint64_t n;
    if (!ee_wire_varint(p, end, &n) || n > (uint64_t)(end - *p))
        return 0;
    *data = *p;
    *len = (size_t)n;
    *p += n;
    return 1;
}
/* one value of wire type `wt` (varint 0, fixed64 1, length-delimited 2,
 * fixed32 5; groups are refused), as protobuf-c reads it */
static inline int ee_wire_value(const uint8_t **p, const uint8_t *end, int wt, uint64_t *v,
                                const uint8_t **data, size_t *len)
{
    switch (wt) {
    case 0: return ee_wire_varint(p, end, v);
    case 1: return ee_wire_fixed(p, end, 8, v);
    case 2: return ee_wire_len(p, end, data, len);
    case 5: return ee_wire_fixed(p, end, 4, v);
    default: return 0;
    }
}
/* A field's key: its number and wire type, in at most 5 bytes; number 0
 * is refused (as protobuf-c does). */
static inline int ee_wire_key(const uint8_t **p, const uint8_t *end, uint64_t *key)
{
    const uint8_t *q = *p;
    if (!ee_wire_varint(&q, end, key) || q - *p > 5 || (*key >> 3) == 0)
        return 0;
    *p = q;
    return 1;
}
/* A bool as protobuf-c reads it: true when any byte of the value (of any
 * wire type; a length-delimited one with its length) has a low bit set. */
static inline int ee_wire_bool(const uint8_t **p, const uint8_t *end, int wt, uint64_t *v)
{
    const uint8_t *s = *p, *d;
    size_t l;
    uint64_t x;
    if (!ee_wire_value(p, end, wt, &x, &d, &l))
        return 0;
    for (*v = 0; s < *p; s++)
        if (*s & 0x7f) {
            *v = 1;
            break;
        }
    return 1;
}
/* A string field's length up to its first NUL: protobuf-c hands strings
 * over NUL-terminated, and the converters always read them so. */
static inline size_t ee_wire_strlen(const uint8_t *d, size_t l)
{
    const uint8_t *z = d ? (const uint8_t *)memchr(d, 0, l) : NULL;
    return z ? (size_t)(z - d) : l;
}
static inline double ee_wire_double(uint64_t v) { double d; memcpy(&d, &v, sizeof d); return d; }
static inline float ee_wire_float(uint64_t v) { uint32_t u = (uint32_t)v; float f; memcpy(&f, &u, sizeof f); return f; }

/* Perl objects that carry a C pointer (runtime/convert.c): the pointer is
 * attached as PERL_MAGIC_ext with a vtable of this module per kind and found
 * only through it, so a hand-made or re-blessed reference yields NULL,
 * never a pointer made up from an integer. */
enum ee_handle_kind { EE_HANDLE_CLIENT = 0, EE_HANDLE_CALL, EE_HANDLE_SUB };
SV    *ee_handle_new(pTHX_ enum ee_handle_kind kind, const char *klass, void *ptr);   /* a blessed RV */
void  *ee_handle_ptr(pTHX_ SV *rv, enum ee_handle_kind kind);   /* NULL: not one, or cleared */
int    ee_handle_is(pTHX_ SV *rv, enum ee_handle_kind kind);    /* made by ee_handle_new, cleared or not */
void   ee_handle_clear(pTHX_ SV *inner, enum ee_handle_kind kind);   /* the object is gone */

/* ---- the generated tables (generated/ee_tables.c) ----
 * EE_TABLE_LAYOUT names the layout of ee_rpc, ee_arg and ee_method below;
 * generated/ee_convert.h refuses to compile against another.  Change it
 * together with these structs and TABLE_LAYOUT in codegen/generate.py,
 * then make generate. */
#define EE_TABLE_LAYOUT 3

enum ee_kind { EE_UNARY = 0, EE_SERVER_STREAM, EE_CLIENT_STREAM, EE_BIDI_STREAM };

typedef struct ee_rpc {
    const char *service;   /* "KV" */
    const char *method;    /* "Range" */
    const char *path;      /* "/etcdserverpb.KV/Range" */
    int kind;              /* enum ee_kind */
    const ProtobufCMessageDescriptor *req, *resp;
    ee_set_fn req_set;
    ee_finish_fn req_finish;
    ee_to_sv_fn resp_to_sv;
    /* the response hash straight from the response's bytes (NULL when they
     * are malformed): what protobuf_c_message_unpack + resp_to_sv give */
    SV *(*resp_from_wire)(pTHX_ const uint8_t *data, size_t len);
} ee_rpc;

/* Positional argument of a Perl method: a (possibly dotted) field name. */
enum { EE_ARG_UNDEF_OK = 1, EE_ARG_OPTIONAL = 2, EE_ARG_HASH = 4,
       EE_ARG_RUNTIME = 8 /* not a field: handed to the runtime (ee_call_opts.dest) */ };
typedef struct ee_arg { const char *field; unsigned flags; } ee_arg;

enum {
    EE_M_NAMED = 1,       /* also callable as (name => value, ..., callback => $cb) */
    EE_M_NO_DEADLINE = 2, /* waits as long as it takes (lock, campaign) */
    EE_M_IDEMPOTENT = 4,  /* safe to repeat: retried on UNAVAILABLE */
    EE_M_NO_TOKEN = 8,    /* never carries the auth token (Authenticate) */
    EE_M_LONG_LIVED = 16, /* a stream until cancelled: no timeout option */
    /* not in the tables: a call's own choice (option wait_for_ready) over
     * the client's (new's wait_for_ready) */
    EE_M_FAIL_FAST = 32,       /* fail at once with UNAVAILABLE when not connected */
    EE_M_WAIT_FOR_READY = 64   /* wait for a connection until the deadline */
};
enum ee_hook { EE_HOOK_NONE = 0, EE_HOOK_STORE_TOKEN, EE_HOOK_DROP_TOKEN };
enum { EE_RT_AUTO_RECONNECT = 1, EE_RT_ON_STATE = 2,    /* runtime options a method accepts */
       EE_RT_REQUIRE_LEADER = 4,
       EE_RT_ENDPOINT = 8 };     /* a call to one member (ee_client_endpoint_index) */

typedef struct ee_client ee_client;
typedef struct ee_call_opts ee_call_opts;
typedef struct ee_method ee_method;
/* Starts a method once its arguments are parsed (ee_invoke): the request
 * (freed with the statement's temps), the callback, the options; returns
 * the Perl handle when want_handle, else NULL.  Loop thread. */
typedef SV *(*ee_start_fn)(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *req, SV *cb,
                           const ee_call_opts *o, int want_handle);

struct ee_method {
    const char *name;          /* Perl method name */
    const char *usage;         /* "$client->get($key, [\\%opts], $cb)" */
    int rpc;                   /* index into eeg_rpcs */
    ee_start_fn start;         /* ee_unary_method_start, ee_watch_start, ... */
    const char *stream;        /* the API map's stream kind ("watch"); "" when unary */
    const ee_arg *args;
    int nargs, nrequired;
    const char *const *opts;   /* accepted option names */
    int nopts;
    unsigned flags;
    int hook;                  /* enum ee_hook */
    unsigned runtime_opts;     /* EE_RT_* */
    /* the message the arguments fill: the request, or a part of it (watch) */
    const ProtobufCMessageDescriptor *msg;
    ee_set_fn msg_set;
    ee_finish_fn msg_finish;
};

extern const ee_rpc eeg_rpcs[];
extern const int eeg_nrpcs;
extern const ee_method eeg_methods[];
extern const int eeg_nmethods;
void eeg_keys_init(pTHX);      /* generated: the response keys' hashes; once, at boot */

/* ---- bridge (runtime/bridge.c) ---- */

typedef struct ee_tag ee_tag;
typedef void (*ee_done_fn)(pTHX_ ee_tag *tag, int ok);
struct ee_bridge;
/* on_cq (optional) runs on the completion-queue thread instead of queuing
 * the tag: it must not touch Perl, and hands the loop what it wants run
 * there in an inbox, ee_inbox_put (a stream's read-ahead, stream.c). */
typedef void (*ee_cq_fn)(struct ee_bridge *br, ee_tag *tag, int ok);
struct ee_tag {
    ee_tag *next;
    ee_done_fn done;
    ee_cq_fn on_cq;
    int ok;
};

typedef void (*ee_wake_fn)(pTHX_ void *owner);

typedef struct ee_bridge {
    grpc_completion_queue *cq;
    ee_wake_fn on_wake;       /* runs the queued completions, from the loop */
    unsigned long fork_gen;   /* the process generation it runs in (fork) */
    void *owner;
    pthread_t thread;
    pthread_mutex_t mu;
    pthread_cond_t cond;
    ee_tag *head, **tailp;    /* completions waiting for the loop thread */
    int waiting;              /* loop thread blocked in ee_bridge_wait */
    int thread_started;
    ev_async async;
    /* fork(): the thread parks outside gRPC while the process forks */
    grpc_channel *channel;
    struct ee_bridge *next_live;
    int park, parked;
    ee_tag park_tag;
} ee_bridge;

int  ee_bridge_start(pTHX_ ee_bridge *br, grpc_channel *channel, ee_wake_fn on_wake, void *owner);
void ee_bridge_drain(pTHX_ ee_bridge *br);
void ee_bridge_wait(pTHX_ ee_bridge *br);   /* block until a completion arrives, then drain */
void ee_bridge_stop(pTHX_ ee_bridge *br);
void ee_bridge_post(pTHX_ ee_bridge *br, ee_tag *tag);   /* complete a tag from the loop */

/* An owner's completions, run in order one at a time (bridge.c). */
typedef struct ee_inbox {
    ee_tag tag;               /* stands in the bridge's queue while items wait */
    ee_tag *head, **tailp;    /* under the bridge's lock */
    int scheduled;
} ee_inbox;
void ee_inbox_init(ee_inbox *in, ee_done_fn run);
void ee_inbox_put(ee_bridge *br, ee_inbox *in, ee_tag *t);     /* any thread */
ee_tag *ee_inbox_take(ee_bridge *br, ee_inbox *in);            /* loop, in run() */

grpc_call_error ee_call_start_batch(grpc_call *call, const grpc_op *ops, size_t nops, void *tag);
void ee_fail_batches(int skip, int count);   /* tests: refuse batches */

/* ---- client (runtime/client.c) ---- */

typedef struct ee_call ee_call;
typedef struct ee_stream ee_stream;
typedef struct ee_sub ee_sub;
typedef struct ee_watcher ee_watcher;
typedef struct ee_leaser ee_leaser;
typedef struct ee_waiter ee_waiter;
typedef void (*ee_login_fn)(pTHX_ ee_client *c);

/* Bounded (deadline) unary calls on the wire at once, per client. */
#define EE_MAX_ACTIVE 64

/* ---- endpoints: one gRPC channel per member (runtime/endpoint.c) ---- */

#define EE_MAX_CHANNEL_ARGS 24

typedef struct ee_endpoint {
    char *address;            /* host:port as given (normalised) */
    char *target;             /* gRPC target of this member alone */
    grpc_channel *channel;    /* created when first needed */
    void **registered;        /* per eeg_rpcs index, created on first use */
    double avoid_until;       /* ev_now() until which picks pass it over */
} ee_endpoint;

typedef struct ee_endpoints {
    ee_endpoint *ep;
    int n;                    /* the endpoints of new(): the ones the picks choose from */
    int nextra;               /* after them: members named only by a call's endpoint option */
    int current;              /* the member in use (failover), or the last picked */
    int next;                 /* round robin: where the next pick starts */
    int round_robin;          /* balance => 'round_robin' */
    grpc_channel_credentials *creds;
    grpc_arg args[EE_MAX_CHANNEL_ARGS];   /* every channel's args but its authority */
    int nargs;
    char *server_name;        /* tls server_name: the TLS name of every member */
} ee_endpoints;

/* One endpoint string (new's endpoints, the endpoint option) -> its
 * normalised address in out ("host:port", "[v6]:port", "unix:/abs/path")
 * and its scheme; NULL, or why it is not one endpoint. */
enum { EE_SCHEME_NONE = 0, EE_SCHEME_HTTP, EE_SCHEME_HTTPS, EE_SCHEME_UNIX };
#define EE_MAX_ADDRESS 256
const char *ee_endpoint_parse(const char *in, size_t len, char *out, size_t size, int *scheme);
void ee_endpoints_init(pTHX_ ee_endpoints *e, HV *config);
void ee_endpoints_free(ee_endpoints *e);
/* A call to rpc_index on endpoint `endpoint` (-1: the one the policy picks). */
grpc_call *ee_client_create_call(ee_client *c, int rpc_index, gpr_timespec deadline, int endpoint);
int  ee_client_pick(ee_client *c);
/* The endpoint a call's `endpoint` option names (an extra channel when it
 * is not one of new's); croaks naming `method` for a bad value. */
int  ee_client_endpoint_index(pTHX_ ee_client *c, const char *method, SV *value);
/* Member i said it has no leader: picks pass it over for `seconds` (while
 * another member is not passed over) and the client moves off it now.
 * 1: there is another member to try. */
int  ee_client_avoid(ee_client *c, int i, double seconds);
/* The best connectivity state over the channels; try_to_connect: ask them
 * to connect (every member's when the current one is not READY). */
int  ee_client_connectivity(ee_client *c, int try_to_connect);
void ee_client_reset_connect_backoff(ee_client *c);
grpc_channel *ee_client_any_channel(ee_client *c);
const char *ee_client_endpoint(ee_client *c);           /* host:port in use */
const char *ee_client_target(ee_client *c, int i);      /* member i's gRPC target */
/* a failure without a connection, with another member to try: may go again */
int  ee_client_never_sent(ee_client *c, int code, const char *msg, size_t len);
/* TLS material (runtime/tls.c) */
const char *ee_tls_problem(const char *kind, const char *pem, size_t len,
                           const char *cert_pem, size_t cert_len, char *buf, size_t size);
grpc_channel_credentials *ee_tls_credentials(const char *ca, const char *cert, const char *key,
                                             const char **why);
/* a TLS failure's error hash (member: the endpoint in use, when gRPC's
 * message names none); NULL when the failure is not a TLS one */
SV *ee_tls_error(pTHX_ const char *member, int code, const char *msg, size_t len, const char *source);

struct ee_client {
    ee_bridge bridge;
    ee_endpoints eps;
    unsigned timeout_ms;
    int max_retries;
    double health_interval;
    SV *on_health_change;
    SV *on_state;             /* new(on_state): every stream's state changes, unless its own */
    int require_leader;       /* new(require_leader): streams ask for a member with a leader */
    ev_timer health;          /* connectivity check every health_interval */
    ev_timer reconnect;       /* forked child: stands in for gRPC's reconnect timer */
    double reconnect_backoff, reconnect_wait;
    int healthy;              /* last reported: -1 unknown, 0, 1 */
    unsigned long streams_opened;   /* statistics (_stats) */
    unsigned long reads_paused;     /* _stats; completion-queue thread (atomic) */
    grpc_slice token;         /* auth token; empty when none */
    int has_token;
    unsigned long token_gen;  /* bumped whenever the token changes */
    char *username, *password;        /* credentials of new(); never printed */
    ee_login_fn login;        /* starts the login (login.c); ends in ee_auth_done */
    int auth_state;
    ee_waiter *auth_waiters;
    ee_waiter **waking;       /* the waiters a finished login is waking */
    ee_call *inflight;        /* accepted calls whose callback has not run */
    int ninflight;
    int nactive;              /* bounded calls on the wire */
    ee_call *queue_head, **queue_tailp;   /* bounded calls waiting for a slot */
    unsigned long fork_gen;   /* ee_fork_generation when created */
    ee_stream *streams;       /* open streams (stream.c) */
    int nstreams;
    ee_sub *subs;             /* live watches, keepalives, observes */
    ee_watcher *watcher[2];   /* the shared Watch streams (watch.c), [require_leader] */
    ee_leaser *leaser[2];     /* the shared LeaseKeepAlive streams (keepalive.c), likewise */
    int depth;                /* > 0 while callbacks run */
    int destroyed;            /* Perl object gone; free when idle */
    int closing;
    int tls;
    int wait_for_ready;       /* unary calls wait for a connection (new: wait_for_ready) */
    int max_send_message_size;        /* bytes; -1: unlimited */
    SV *on_log;               /* new(on_log): this client's log hook, or NULL */
    AV *log_queue;            /* records waiting for the end of the loop entry (log.c) */
    struct ee_log_watch *log_watch;   /* per member: its channel's connectivity watch */
    unsigned long logins;     /* logins that gave a token (the first is "login") */
};

/* ---- process (runtime/process.c) ---- */

/* Around fork(): what the bridge must do with its threads (one set). */
typedef struct ee_fork_hooks {
    void (*prepare)(void), (*parent)(void), (*child)(void);
} ee_fork_hooks;
void ee_process_on_fork(const ee_fork_hooks *hooks);

void ee_process_init(pTHX_ const char *method);   /* once per process (new); croaks in an unusable child */
int ee_process_forked(void);   /* a child forked after gRPC started */
void ee_process_load(void);    /* at module load: the fork support's mode (grpc_private.c) */
const char *ee_process_fork_mode(void);   /* NULL: full; else why it is in safe mode */
/* gRPC's reconnect backoff of every channel (and, in a forked child, ours) */
#define EE_RECONNECT_INITIAL_S 0.25
#define EE_RECONNECT_MAX_S 5.0
#define EE_CHILD_RECONNECT_TICK_S 0.05
extern volatile unsigned long ee_fork_generation;
/* An inherited client in a forked child: its gRPC side belongs to the parent. */
#define EE_FORKED(c) ((c)->fork_gen != ee_fork_generation)

/* ---- the client's functions (runtime/client.c) ----
 * The Perl object (xs/) owns the client: ee_client_destroy is its DESTROY;
 * the memory goes when the last callback has returned (idle_check). */
ee_client *ee_client_new(pTHX_ HV *config);      /* config checked by _new; croaks before keeping anything */
void ee_client_check(pTHX_ ee_client *c, const char *method);   /* croaks: forked child, destroyed */
void ee_client_destroy(pTHX_ ee_client *c);
void ee_client_idle_check(pTHX_ ee_client *c);   /* frees a destroyed client once nothing holds it */
/* A module's part in a client's teardown (client.c runs them in order). */
typedef struct ee_teardown {
    int order;
    void (*cancel)(pTHX_ ee_client *c);   /* destroy: stop what is in flight; no user code */
    void (*gone)(pTHX_ ee_client *c);     /* every completion has come: fail and free the rest */
    struct ee_teardown *next;
} ee_teardown;
void ee_client_on_teardown(ee_teardown *t);    /* once per module, at load */
void ee_client_enter(ee_client *c);            /* every entry from the loop: hold the client */
void ee_client_leave(pTHX_ ee_client *c);      /* ... and let go; a deferred teardown runs here */
SV *ee_client_error(pTHX_ ee_client *c, int code, const char *msg, size_t len, const char *source);

/* ---- the log hook (runtime/log.c, client layer) ----
 * Structured records for new(on_log => $cb), else $EV::Etcd::LOG: a hash
 * of level, event, message, endpoint, time, method where there is one, and
 * the event's own keys (the vocabulary is in the POD, LOGGING).  Nothing is
 * built unless a hook is set: EE_LOG checks two pointers first.  A record
 * is queued on the client and handed to the hook when the outermost loop
 * entry returns (ee_client_leave, client held), never from inside the
 * runtime's own work, so the hook may do anything - call methods, drop
 * the client, die (trapped; reported with warn).  log.c reads the client's
 * fields but calls nothing of client.c or endpoint.c, so both may log.
 *
 * Fields after the message: (type, key, value...) groups made by the
 * EE_L* macros; EE_LOG ends the list. */
enum { EE_LOG_DEBUG = 0, EE_LOG_INFO, EE_LOG_WARN, EE_LOG_ERROR };
enum { EE_LV_END = 0, EE_LV_IV, EE_LV_NV, EE_LV_STR, EE_LV_ERR };
#define EE_LIV(k, v)  EE_LV_IV, (const char *)(k), (IV)(v)
#define EE_LNV(k, v)  EE_LV_NV, (const char *)(k), (double)(v)
#define EE_LSTR(k, v) EE_LV_STR, (const char *)(k), (const char *)(v)
#define EE_LERR(k, code, msg, len) EE_LV_ERR, (const char *)(k), (int)(code), (const char *)(msg), (size_t)(len)
extern GV *ee_log_gv;                          /* *EV::Etcd::LOG, set by the first new() */
void ee_log_init(pTHX);
void ee_log(pTHX_ ee_client *c, int level, const char *event, const char *method,
            const char *message, ...);          /* queue a record */
void ee_log_now(pTHX_ ee_client *c, int level, const char *event, const char *method,
                const char *message, ...);      /* hand it over at once (a client that is gone) */
void ee_log_flush(pTHX_ ee_client *c);          /* ee_client_leave: the queue to the hook */
void ee_log_watch_channel(ee_client *c, int i); /* endpoint.c: member i's channel was made (i < eps.n) */
void ee_log_free(pTHX_ ee_client *c);           /* after the bridge stopped */
/* A hook is set: this client's, or a defined $EV::Etcd::LOG. */
#define EE_LOG_ON(c) ((c)->on_log || (ee_log_gv && GvSV(ee_log_gv) && SvOK(GvSV(ee_log_gv))))
#define EE_LOG(c, level, event, method, ...) \
    do { if (EE_LOG_ON(c)) ee_log(aTHX_ (c), (level), (event), (method), __VA_ARGS__, EE_LV_END); } while (0)

/* ---- credentials: the token and the login's state (runtime/credentials.c) ---- */

/* Something waiting for the client's credentials to produce a token. */
struct ee_waiter {
    ee_waiter *next;
    void (*ready)(pTHX_ ee_waiter *w, int code, const char *msg, size_t len);
};
void ee_client_set_token(pTHX_ ee_client *c, const char *tok, STRLEN len);
void ee_auth_set_credentials(pTHX_ ee_client *c, SV *user, SV *password, ee_login_fn login);
int  ee_auth_has_credentials(ee_client *c);
int  ee_auth_needs_token(ee_client *c);
void ee_auth_wait(pTHX_ ee_client *c, ee_waiter *w);      /* the first waiter starts the login */
void ee_auth_unwait(ee_client *c, ee_waiter *w);
void ee_auth_done(pTHX_ ee_client *c, int code, const char *token, const char *msg, size_t len);
void ee_auth_invalidate(pTHX_ ee_client *c, unsigned long token_gen);
void ee_auth_disabled(pTHX_ ee_client *c);   /* auth is off: no token needed */
void ee_auth_free(ee_client *c);

/* ---- calls (runtime/unary.c) ---- */

/* A runtime-internal call's completion instead of a Perl callback. */
typedef void (*ee_internal_fn)(pTHX_ ee_client *c, int code, const char *msg, size_t len,
                               const ProtobufCMessage *resp);

struct ee_call {
    ee_tag tag;
    ee_client *c;
    ee_call *prev, *next;             /* client's in-flight list */
    ee_call *qnext;                   /* waiting for a window slot */
    gpr_timespec deadline;
    int bounded, state, attempts, auth_retried;
    const char *cancelled;            /* why, once cancelled (user or teardown) */
    unsigned flags;                   /* EE_M_* of the method */
    unsigned long token_gen;          /* which token the attempt carried */
    ee_waiter aw;
    ev_timer timer;                   /* retry backoff, or the deadline while waiting */
    grpc_call *call;
    const ee_rpc *rpc;
    const char *source;               /* method name for errors */
    int hook;
    SV *cb;
    SV *handle;                       /* inner SV of the EV::Etcd::Call handle */
    ee_internal_fn internal;
    grpc_metadata md;                 /* auth token */
    grpc_metadata_array initial_md, trailing_md;
    grpc_byte_buffer *send_buf, *recv_buf;
    grpc_byte_buffer *attempt_buf;    /* what this attempt hands to gRPC */
    grpc_status_code status;
    grpc_slice details;
    int waiting_ready;                /* gRPC waits for a connection (wait-for-ready) */
    grpc_slice conn_error;            /* why the first attempt found no connection */
    int endpoint;                     /* the member it is pinned to (option endpoint); -1: the pick's */
};

/* options every method may take besides its message fields */
struct ee_call_opts {
    unsigned timeout_ms;
    int auto_reconnect;
    SV *on_state;             /* the on_state option, or NULL */
    int require_leader;       /* the require_leader option; -1: the client's */
    SV *dest;                 /* an EE_ARG_RUNTIME argument */
    int timeout_given;
    int wait_for_ready;       /* -1: the client's choice */
    SV *on_progress;          /* snapshot: progress callback */
    int endpoint;             /* option endpoint: the member's index; -1: the policy's pick */
};

SV  *ee_invoke(pTHX_ ee_client *c, const ee_method *m, SV **args, int nargs, int want_handle);
SV  *ee_unary_method_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *req, SV *cb,
                           const ee_call_opts *o, int want_handle);
ee_call *ee_call_generic(pTHX_ ee_client *c, SV *service, SV *method, SV *fields, SV **rest, int nrest);
ee_call *ee_unary_start(pTHX_ ee_client *c, const ee_rpc *rpc, const char *source,
                        const ProtobufCMessage *req, SV *cb, unsigned timeout_ms,
                        unsigned flags, int hook);
/* ... to one member (endpoint >= 0): every attempt goes there */
ee_call *ee_unary_start_at(pTHX_ ee_client *c, const ee_rpc *rpc, const char *source,
                           const ProtobufCMessage *req, SV *cb, unsigned timeout_ms,
                           unsigned flags, int hook, int endpoint);
SV  *ee_call_handle(pTHX_ ee_call *call);
const ee_rpc *ee_rpc_by_request(const ProtobufCMessageDescriptor *desc);
const ee_rpc *ee_rpc_by_name(pTHX_ const char *who, SV *service, SV *method);   /* croaks: unknown */
void ee_call_user_cancel(pTHX_ SV *handle);

/* ---- the login (runtime/login.c) ---- */

void ee_login_setup(pTHX_ ee_client *c, SV *user, SV *password);   /* new(): from _new */

/* ---- streams (runtime/stream.c) ---- */

typedef struct ee_stream_ops {
    void (*on_message)(pTHX_ ee_stream *s, const ProtobufCMessage *msg);
    void (*on_end)(pTHX_ ee_stream *s, int code, const char *msg, size_t len);
} ee_stream_ops;

struct ee_stream {
    ee_client *c;
    ee_stream *prev, *next;           /* client's open streams */
    const ee_rpc *rpc;
    const ee_stream_ops *ops;
    void *owner;
    grpc_call *call;
    ee_tag t_start, t_recv, t_send, t_status;
    int pending;                      /* batches in flight */
    /* What each batch hands to gRPC belongs to that batch; its done
     * function in stream.c releases it on every completion. */
    grpc_metadata md[2];              /* start: token, require-leader */
    grpc_metadata_array initial_md;   /* start */
    grpc_byte_buffer *start_buf;      /* start: a server stream's request */
    grpc_byte_buffer *recv_buf;       /* recv (the completion-queue thread's while reading ahead) */
    int ra_units, ra_paused;          /* read-ahead: received, not yet delivered; reading paused */
    ee_inbox inbox;                   /* received messages, then the end of reading, in order */
    int reading, recv_over, status_in; /* receiving started; its end seen; status waiting for it */
    grpc_byte_buffer *send_buf;       /* send */
    grpc_metadata_array trailing_md;  /* status (with status, details) */
    void *sendq;                      /* messages waiting for the wire (the stream's) */
    int sending, half_close, closed_send, cancelled, ended;
    unsigned long received;
    int endpoint;                     /* the member it was opened on */
    grpc_status_code status;
    grpc_slice details;
};

ee_stream *ee_stream_open(pTHX_ ee_client *c, const ee_rpc *rpc, const ProtobufCMessage *first,
                          const ee_stream_ops *ops, void *owner);
enum { EE_OPEN_REQUIRE_LEADER = 1 };
ee_stream *ee_stream_open_flags(pTHX_ ee_client *c, const ee_rpc *rpc, const ProtobufCMessage *first,
                                const ee_stream_ops *ops, void *owner, unsigned timeout_ms, unsigned flags);
ee_stream *ee_stream_open_deadline(pTHX_ ee_client *c, const ee_rpc *rpc, const ProtobufCMessage *first,
                                   const ee_stream_ops *ops, void *owner, unsigned timeout_ms);
/* ... on one member (endpoint >= 0; -1: the policy's pick) */
ee_stream *ee_stream_open_at(pTHX_ ee_client *c, const ee_rpc *rpc, const ProtobufCMessage *first,
                             const ee_stream_ops *ops, void *owner, unsigned timeout_ms,
                             unsigned flags, int endpoint);
void ee_stream_send(pTHX_ ee_stream *s, const ProtobufCMessage *msg);
void ee_stream_close_send(pTHX_ ee_stream *s);
void ee_stream_cancel(pTHX_ ee_stream *s);


typedef struct ee_redial ee_redial;
struct ee_redial {
    ee_client *c;
    ee_stream *stream;                 /* the current stream, or NULL */
    const ee_rpc *rpc;
    const ee_stream_ops *ops;          /* their s->owner is this ee_redial */
    const char *what;                  /* "watch", for messages */
    ProtobufCBinaryData first;         /* a server stream's packed request */
    int attempts;                      /* failures in a row */
    int silent_end, relogin_tried;     /* ended OK before any message; re-logged in for that */
    unsigned open_flags;               /* EE_OPEN_* of its streams */
    int leave;                         /* 1 + the member that had no leader, or 0 */
    ev_timer retry;
    double wait_since;                 /* a reopen waiting for a connection, since */
    ee_waiter aw;
    int auth_waiting;
    unsigned long token_gen;           /* the token the stream was opened with */
    void (*opened)(pTHX_ ee_redial *d);                               /* send what is pending */
    void (*fail)(pTHX_ ee_redial *d, int code, const char *msg, size_t len); /* give everyone up */
    int  (*idle)(ee_redial *d);                                       /* nothing left to serve */
};
void ee_redial_init(ee_redial *d, ee_client *c, const ee_rpc *rpc, const ee_stream_ops *ops,
                    const char *what);
void ee_redial_connect(pTHX_ ee_redial *d);
void ee_redial_drop_stream(pTHX_ ee_redial *d);
int  ee_redial_ended(pTHX_ ee_redial *d, ee_stream *s, int *code, const char **msg, size_t *len);
int  ee_redial_stale_token(pTHX_ ee_redial *d, int code, const char *msg, size_t len);
void ee_redial_later(pTHX_ ee_redial *d, int code, const char *msg, size_t len);
void ee_redial_working(ee_redial *d);
void ee_redial_stop(pTHX_ ee_redial *d);


/* ---- subscriptions: what a stream method hands back (runtime/sub.c) ---- */

enum { EE_SUB_ACTIVE = 0, EE_SUB_CANCELLING, EE_SUB_DONE };

typedef struct ee_sub_class {
    const char *source;               /* "watch", "keepalive", "observe" */
    const char *perl_class;           /* "EV::Etcd::Watch" */
    void (*cancel)(pTHX_ ee_sub *s);  /* ask the server side to stop */
    void (*free)(pTHX_ ee_sub *s);    /* kind-specific cleanup */
    int  (*gone)(pTHX_ ee_sub *s);    /* client torn down; 1: drop the owner's reference */
} ee_sub_class;

struct ee_sub {
    const ee_sub_class *cls;
    ee_client *c;
    ee_sub *prev, *next;              /* client's live subscriptions */
    int refcnt;                       /* the owner, a Perl handle, deliveries */
    int state;
    int auto_reconnect;
    unsigned long fork_gen;
    IV id;                            /* watch id, lease id; 0 for observe */
    int reconnecting;                 /* on_state said disconnected; reconnected is due */
    SV *on_state;                     /* its own, or the client's, or NULL */
    SV *cb;
    SV *cancel_cb;
};

void ee_sub_init(pTHX_ ee_sub *s, const ee_sub_class *cls, ee_client *c, SV *cb, int auto_reconnect);
void ee_sub_deliver(pTHX_ ee_sub *s, SV *resp, SV *err);
void ee_sub_fail(pTHX_ ee_sub *s, int code, const char *msg, STRLEN len, SV *extra_key, SV *extra_val);
void ee_sub_options(pTHX_ ee_sub *s, const ee_call_opts *o);   /* on_state, after ee_sub_init */
/* on_state: "disconnected" (with why), "reconnected", "gave_up" (with why),
 * before the final error); runs user code; revision 0: none to tell */
void ee_sub_state(pTHX_ ee_sub *s, const char *state, int code, const char *msg, size_t len,
                  int64_t revision);
void ee_sub_finish(pTHX_ ee_sub *s);           /* done: no more callbacks but cancel's */
void ee_sub_cancelled(pTHX_ ee_sub *s);        /* cancel completed: cancel_cb({}) */
void ee_sub_release(pTHX_ ee_sub *s);
SV  *ee_sub_handle(pTHX_ ee_sub *s);
void ee_sub_user_cancel(pTHX_ ee_sub *s, SV *cb);

/* ---- many subscriptions on one redialled stream (runtime/mux.c) ---- */

typedef struct ee_mux ee_mux;
typedef struct ee_mux_item ee_mux_item;
struct ee_mux_item {
    ee_sub sub;                        /* first: an item is an ee_sub */
    ee_mux_item *prev, *next;          /* the mux's list */
    ee_mux *mux;
};
typedef struct ee_mux_class {
    const char *what;                                  /* "watch", for messages */
    const ee_rpc *(*rpc)(void);
    void (*on_message)(pTHX_ ee_mux *m, const ProtobufCMessage *msg);
    void (*send)(pTHX_ ee_mux *m, ee_mux_item *it);    /* (re)opened: send what it needs */
    void (*stream_lost)(ee_mux_item *it);              /* it goes out again on the next stream */
    void (*dropped)(pTHX_ ee_mux_item *it);            /* off the list (optional) */
    int  (*name_error)(ee_mux_item *it, char *buf, size_t size, const char *msg, size_t len);
    int64_t (*revision)(ee_mux_item *it);              /* for on_state (optional) */
} ee_mux_class;
struct ee_mux {
    ee_redial d;                       /* first: the stream, dialled again */
    const ee_mux_class *cls;
    ee_mux_item *list;
    ev_timer linger;                   /* no items: the stream closes at the end of the loop turn */
};
void ee_mux_init(ee_mux *m, ee_client *c, const ee_mux_class *cls);
void ee_mux_add(pTHX_ ee_mux *m, ee_mux_item *it);
int  ee_mux_listed(ee_mux_item *it);
void ee_mux_drop(pTHX_ ee_mux_item *it);
void ee_mux_fail(pTHX_ ee_mux_item *it, int code, const char *msg, size_t len, SV *key, SV *val);
void ee_mux_cancelled(pTHX_ ee_mux_item *it);
void ee_mux_restart(pTHX_ ee_mux *m);
int  ee_mux_hold(pTHX_ ee_mux *m, ee_mux_item ***out, int (*pred)(ee_mux_item *, const void *),
                 const void *arg);
void ee_mux_unhold(pTHX_ ee_mux_item **v, int n);
void ee_mux_gone(pTHX_ ee_mux *m);

SV *ee_watch_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *req, SV *cb,
                   const ee_call_opts *o, int want_handle);
void ee_watch_progress(pTHX_ ee_client *c);
SV *ee_keepalive_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *req, SV *cb,
                       const ee_call_opts *o, int want_handle);
SV *ee_observe_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *req, SV *cb,
                     const ee_call_opts *o, int want_handle);
SV *ee_snapshot_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *req, SV *cb,
                      const ee_call_opts *o, int want_handle);

/* ---- generic stream call (runtime/stream_call.c, layer 6); loop thread ---- */
SV  *ee_stream_call_start(pTHX_ ee_client *c, SV *service, SV *method, SV *fields, SV **rest,
                          int nrest, int want_handle);
void ee_stream_call_cancel(pTHX_ SV *handle);
int  ee_stream_call_send(pTHX_ SV *handle, SV *fields);
void ee_stream_call_close_send(pTHX_ SV *handle);
int  ee_stream_call_active(pTHX_ SV *handle);
void ee_stream_call_destroy(pTHX_ SV *handle);

/* ---- errors and callbacks (runtime/errors.c) ---- */

const char *ee_status_name(int code);
int  ee_auth_is_token_error(int code, const char *msg, size_t len);   /* etcd's stale/invalid token */
int  ee_status_retryable(int code);          /* by the code alone */

/* etcd's known errors (the table in errors.c): recognised by their text,
 * whatever gRPC code they came with. */
enum { EE_ERR_RETRYABLE = 1,   /* the same request may succeed if repeated */
       EE_ERR_TOKEN = 2,       /* the token is stale or missing: log in again */
       EE_ERR_SUBSTRING = 4,   /* gRPC's text, found inside a message; code kept */
       EE_ERR_NOT_SENT = 8 };  /* gRPC had no connection: the request never left */
typedef struct ee_etcd_error {
    const char *text;          /* the message etcd sends */
    int code;                  /* its gRPC code in etcd's table; -1: keep the one that came */
    unsigned flags;            /* EE_ERR_* */
} ee_etcd_error;
extern const ee_etcd_error ee_etcd_errors[];
extern const int ee_netcd_errors;
const ee_etcd_error *ee_error_lookup(const char *msg, size_t len);
int  ee_error_code(int code, const char *msg, size_t len);        /* the code it stands for */
int  ee_error_retryable(int code, const char *msg, size_t len);
int  ee_error_not_sent(int code, const char *msg, size_t len);
SV  *ee_error_sv(pTHX_ int code, const char *message, STRLEN mlen, const char *source);
void ee_invoke_cb(pTHX_ SV *cb, SV *resp, SV *err);

#endif
