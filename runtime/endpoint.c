/*
 * endpoint.c - the endpoint model: one gRPC channel per endpoint (member),
 * each with its own target and authority, so that with TLS every member's
 * certificate is checked against that member's own host name or address
 * (or against tls => { server_name } for all of them).
 *
 * A channel is created when it is first needed.  The runtime chooses the
 * channel of each call and stream:
 *   failover (default): stay on the current member while it works; when it
 *     is not READY, move to the next member that is READY, else to the
 *     next one that is connecting or idle;
 *   round_robin: each call goes to the next member, skipping members whose
 *     channel is failing while another one is not.
 * A call may name its member instead (the `endpoint` option of the
 * maintenance methods, ee_client_endpoint_index): a member that is not
 * one of new()'s endpoints gets an extra channel, after them in the same
 * array, with the same credentials and arguments; the picks, the health
 * check and the connectivity state never look at the extra ones.
 *
 * Endpoint strings (new's and the option's) are parsed here alone
 * (ee_endpoint_parse): host:port, [v6]:port, http(s)://, unix: sockets.
 *
 * A member whose stream ended with "no leader" (cut off from its peers) is
 * passed over for a few seconds by both picks (ee_client_avoid): a stream
 * that moves off it does not come back to it while its channel is still
 * READY.
 *
 * The rest of the runtime sees only ee_client_create_call,
 * ee_client_connectivity and a few helpers (ee.h, "endpoints").
 */
#include "ee.h"
#include <arpa/inet.h>
#include <limits.h>
#include <strings.h>
#include <unistd.h>
#include <grpc/grpc_security.h>
#include <grpc/support/alloc.h>

static SV *cfg(pTHX_ HV *hv, const char *key)
{
    SV **svp = hv_fetch(hv, key, (I32)strlen(key), 0);
    return svp && SvOK(*svp) ? *svp : NULL;
}

static void arg_int(ee_endpoints *e, const char *key, int value)
{
    grpc_arg *a = &e->args[e->nargs++];
    a->type = GRPC_ARG_INTEGER;
    a->key = (char *)key;
    a->value.integer = value;
}

static void arg_str(ee_endpoints *e, const char *key, const char *value)
{
    grpc_arg *a = &e->args[e->nargs++];
    a->type = GRPC_ARG_STRING;
    a->key = (char *)key;
    a->value.string = (char *)value;
}

/* ---- endpoint strings ----
 * What new()'s endpoints and the per-call option `endpoint` accept:
 *   host:port, [v6]:port            (port 1..65535; a host name or address)
 *   http://host:port, https://host:port   (a trailing / allowed; https: TLS)
 *   unix:path, unix://path          (a unix socket: unix:/abs/path,
 *                                     unix:///abs/path; a relative path is
 *                                     taken from the current directory now,
 *                                     so etcd's own unix://localhost:2379
 *                                     names the file "localhost:2379" there)
 * normalised to "host:port" or "unix:/abs/path" (what `address` holds). */
const char *ee_endpoint_parse(const char *in, size_t len, char *out, size_t size, int *scheme)
{
    const char *p = in, *end = in + len, *colon, *h;
    size_t n;
    unsigned long port = 0;
    *scheme = EE_SCHEME_NONE;
    while (p < end && isSPACE(*p))              /* surrounding white space, as new() trims it */
        p++;
    while (end > p && isSPACE(end[-1]))
        end--;
    len = (size_t)(end - p);
    if (len == 0)
        return "is empty";
    if (memchr(p, '\0', len))
        return "contains a NUL byte";
    if (memchr(p, ',', len))
        return "must be one endpoint (host:port, no commas)";
    if (len >= 5 && strncasecmp(p, "unix:", 5) == 0) {
        char cwd[PATH_MAX];
        *scheme = EE_SCHEME_UNIX;
        p += 5;
        if (end - p >= 2 && p[0] == '/' && p[1] == '/')
            p += 2;                             /* unix://path, unix:///abs/path */
        while (end - p >= 2 && p[0] == '/' && p[1] == '/')
            p++;                                /* one / for the root */
        if (p == end || (end - p == 1 && *p == '/'))
            return "needs a socket path (unix:/path/to/socket)";
        if (*p == '/') {
            n = (size_t)snprintf(out, size, "unix:%.*s", (int)(end - p), p);
        } else {
            if (!getcwd(cwd, sizeof cwd))
                return "is a relative socket path, and the current directory is unknown";
            n = (size_t)snprintf(out, size, "unix:%s/%.*s", cwd, (int)(end - p), p);
        }
        /* sockaddr_un's sun_path holds 107 bytes and a NUL */
        if (n >= size || n - 5 > 107)
            return "has a socket path that is too long (at most 107 bytes)";
        return NULL;
    }
    if (len > 7 && strncasecmp(p, "http://", 7) == 0) {
        *scheme = EE_SCHEME_HTTP;
        p += 7;
    } else if (len > 8 && strncasecmp(p, "https://", 8) == 0) {
        *scheme = EE_SCHEME_HTTPS;
        p += 8;
    }
    while (end > p && end[-1] == '/')
        end--;
    if (end - p >= 3 && ninstr(p, end, "://", "://" + 3))
        return "has an unsupported scheme (use host:port, http://, https:// or unix:)";
    if (memchr(p, '@', (size_t)(end - p)))
        return "has user info (user@host): etcd endpoints take none (see new's username and password)";
    colon = NULL;
    for (h = p; h < end; h++)
        if (*h == ':')
            colon = h;
    if (!colon || colon == p || colon + 1 == end || end - (colon + 1) > 5)
        return "must be host:port";
    for (h = colon + 1; h < end; h++) {
        if (*h < '0' || *h > '9')
            return "must be host:port";
        port = port * 10 + (unsigned long)(*h - '0');
    }
    if (port < 1 || port > 65535)
        return "has a port outside 1 to 65535";
    if (*p == '[') {                            /* [v6]:port */
        struct in6_addr a6;
        char a[INET6_ADDRSTRLEN + 1];
        if (colon[-1] != ']' || colon - p - 2 < 2 || (size_t)(colon - p - 2) >= sizeof a)
            return "must be host:port";
        memcpy(a, p + 1, (size_t)(colon - p - 2));
        a[colon - p - 2] = '\0';
        if (inet_pton(AF_INET6, a, &a6) != 1)
            return "has no IPv6 address in []";
    } else {
        for (h = p; h < colon; h++)
            if (*h == '[' || *h == ']' || *h == '/' || *h == ':' || isSPACE(*h))
                return "must be host:port (an IPv6 address goes in [], as [::1]:2379)";
    }
    n = (size_t)(end - p);
    if (n > 250 || n >= size)
        return "is too long (host:port has at most 250 characters)";
    memcpy(out, p, n);
    out[n] = '\0';
    return NULL;
}

/* A normalised address -> the gRPC target of that one member: literal
 * addresses as ipv4:/ipv6:, host names through gRPC's DNS resolver (which
 * resolves when the channel connects, and again after a failure), unix
 * sockets as they are. */
static char *member_target(pTHX_ const char *address)
{
    char buf[256], *host = buf, *port, *colon;
    struct in_addr a4;
    struct in6_addr a6;
    SV *t;
    if (strncmp(address, "unix:", 5) == 0)
        return savepv(address);
    my_strlcpy(buf, address, sizeof buf);
    colon = strrchr(buf, ':');
    *colon = '\0';
    port = colon + 1;
    if (buf[0] == '[') {
        host = buf + 1;
        if (colon > buf && colon[-1] == ']')
            colon[-1] = '\0';
    }
    if (inet_pton(AF_INET, host, &a4) == 1)
        t = newSVpvf("ipv4:%s:%s", host, port);
    else if (inet_pton(AF_INET6, host, &a6) == 1)
        t = newSVpvf("ipv6:[%s]:%s", host, port);
    else
        t = newSVpvf("dns:///%s:%s", host, port);
    {
        char *s = savepv(SvPV_nolen(t));
        SvREFCNT_dec(t);
        return s;
    }
}

/* `config` is new()'s validated options (see ee_client_new). */
void ee_endpoints_init(pTHX_ ee_endpoints *e, HV *config)
{
    AV *endpoints = (AV *)SvRV(cfg(aTHX_ config, "endpoints"));
    HV *tls = cfg(aTHX_ config, "tls") ? (HV *)SvRV(cfg(aTHX_ config, "tls")) : NULL;
    SV *sv;
    int i, t;

    e->n = (int)av_len(endpoints) + 1;
    Newxz(e->ep, e->n, ee_endpoint);
    for (i = 0; i < e->n; i++) {
        e->ep[i].address = savepv(SvPV_nolen(*av_fetch(endpoints, i, 0)));
        e->ep[i].target = member_target(aTHX_ e->ep[i].address);
    }
    e->round_robin = strEQ(SvPV_nolen(cfg(aTHX_ config, "balance")), "round_robin");
    e->current = 0;
    e->next = 0;

    /* every channel is one member's: pick_first over its addresses */
    arg_str(e, GRPC_ARG_LB_POLICY_NAME, "pick_first");
    arg_int(e, GRPC_ARG_MAX_RECEIVE_MESSAGE_LENGTH,
            (sv = cfg(aTHX_ config, "max_receive_message_size")) ? (int)SvIV(sv) : -1);
    arg_int(e, GRPC_ARG_MAX_SEND_MESSAGE_LENGTH,
            (sv = cfg(aTHX_ config, "max_send_message_size")) ? (int)SvIV(sv) : -1);
    arg_int(e, GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);   /* connections of its own */
    arg_int(e, GRPC_ARG_INITIAL_RECONNECT_BACKOFF_MS, (int)(EE_RECONNECT_INITIAL_S * 1000));
    arg_int(e, GRPC_ARG_MAX_RECONNECT_BACKOFF_MS, (int)(EE_RECONNECT_MAX_S * 1000));
    /* gRPC's minimum connect timeout (20 s by default): a frozen member
     * accepts TCP but never answers HTTP/2; the keepalive timeout is long
     * enough to wait. */
    t = (int)SvIV(cfg(aTHX_ config, "keepalive_timeout_ms"));
    arg_int(e, GRPC_ARG_MIN_RECONNECT_BACKOFF_MS, t < 2000 ? 2000 : t);
    /* HTTP/2 pings notice a dead connection in seconds; only while calls or
     * streams are open (etcd answers idle pings with GOAWAY), and without
     * gRPC's default cap of two pings between data frames (idle watches). */
    arg_int(e, GRPC_ARG_KEEPALIVE_TIME_MS, (int)SvIV(cfg(aTHX_ config, "keepalive_time_ms")));
    arg_int(e, GRPC_ARG_KEEPALIVE_TIMEOUT_MS, t);
    arg_int(e, GRPC_ARG_KEEPALIVE_PERMIT_WITHOUT_CALLS, 0);
    arg_int(e, GRPC_ARG_HTTP2_MAX_PINGS_WITHOUT_DATA, 0);
    /* Only the filters a client needs: no compression, census or load
     * reporting filters, but deadlines enforced here, not only by the
     * server.  Retries: gRPC's transparent ones only (a request that never
     * left this client); the runtime repeats idempotent calls itself.
     * (gRPC's message size filter is not in the minimal stack: a receive
     * limit needs the full one; sends are checked by unary.c) */
    arg_int(e, GRPC_ARG_MINIMAL_STACK, cfg(aTHX_ config, "max_receive_message_size") ? 0 : 1);
    arg_int(e, GRPC_ARG_ENABLE_DEADLINE_CHECKS, 1);
    arg_int(e, GRPC_ARG_ENABLE_RETRIES, 1);
    arg_str(e, GRPC_ARG_PRIMARY_USER_AGENT_STRING, "ev-etcd-perl");
    if (tls && (sv = cfg(aTHX_ tls, "server_name"))) {
        e->server_name = savepv(SvPV_nolen(sv));
        arg_str(e, GRPC_SSL_TARGET_NAME_OVERRIDE_ARG, e->server_name);
    }

    if (tls) {
        SV *ca = cfg(aTHX_ tls, "ca"), *cert = cfg(aTHX_ tls, "cert"), *key = cfg(aTHX_ tls, "key");
        const char *why;
        e->creds = ee_tls_credentials(ca ? SvPV_nolen(ca) : NULL, cert && key ? SvPV_nolen(cert) : NULL,
                                      cert && key ? SvPV_nolen(key) : NULL, &why);
        if (!e->creds) {
            ee_endpoints_free(e);
            croak("new: %s", why);
        }
    } else {
        e->creds = grpc_insecure_credentials_create();
    }
}

/* The channel of endpoint i, created now if it was not yet.  Its
 * authority is the member's host:port (the TLS name checked is its host),
 * or server_name when given. */
static grpc_channel *channel_of(ee_client *c, int i)
{
    ee_endpoints *e = &c->eps;
    ee_endpoint *ep = &e->ep[i];
    if (!ep->channel) {
        grpc_channel_args cargs;
        grpc_arg args[EE_MAX_CHANNEL_ARGS + 1];
        memcpy(args, e->args, e->nargs * sizeof(grpc_arg));
        args[e->nargs].type = GRPC_ARG_STRING;
        args[e->nargs].key = (char *)GRPC_ARG_DEFAULT_AUTHORITY;
        /* a unix socket's: "localhost", as gRPC's own default for unix: */
        args[e->nargs].value.string = e->server_name ? e->server_name
            : strncmp(ep->address, "unix:", 5) == 0 ? (char *)"localhost" : ep->address;
        cargs.num_args = e->nargs + 1;
        cargs.args = args;
        ep->channel = grpc_channel_create(ep->target, e->creds, &cargs);
        Newxz(ep->registered, eeg_nrpcs, void *);
        ee_log_watch_channel(c, i);    /* its connectivity changes, for the log hook */
    }
    return ep->channel;
}

static grpc_connectivity_state state_of(ee_client *c, int i, int try_to_connect)
{
    if (!c->eps.ep[i].channel && !try_to_connect)
        return GRPC_CHANNEL_IDLE;
    return grpc_channel_check_connectivity_state(channel_of(c, i), try_to_connect);
}

static int usable(grpc_connectivity_state st)
{
    return st == GRPC_CHANNEL_READY || st == GRPC_CHANNEL_CONNECTING || st == GRPC_CHANNEL_IDLE;
}

/* Member i is passed over (ee_client_avoid) while another one is not. */
static int avoided(ee_client *c, int i)
{
    ee_endpoints *e = &c->eps;
    double now;
    int k;
    if (!e->ep[i].avoid_until)
        return 0;
    now = ev_now(EV_DEFAULT_UC);
    if (e->ep[i].avoid_until <= now) {
        e->ep[i].avoid_until = 0;
        return 0;
    }
    for (k = 0; k < e->n; k++)
        if (e->ep[k].avoid_until <= now)
            return 1;
    return 0;                          /* every member is: none is */
}

int ee_client_avoid(ee_client *c, int i, double seconds)
{
    ee_endpoints *e = &c->eps;
    int k, j = -1, first = -1;
    if (e->n < 2 || i < 0 || i >= e->n)
        return 0;
    e->ep[i].avoid_until = ev_now(EV_DEFAULT_UC) + seconds;
    if (!avoided(c, i))
        return 0;                      /* every member is passed over */
    if (e->current != i)
        return 1;
    /* move now: the next member that is READY, else the next one that
     * is not passed over (asked to connect) */
    for (k = 1; k < e->n; k++) {
        j = (i + k) % e->n;
        if (avoided(c, j))
            continue;
        if (first < 0)
            first = j;
        if (e->ep[j].channel && state_of(c, j, 0) == GRPC_CHANNEL_READY)
            break;
    }
    if (k == e->n) {
        if (first < 0)
            return 0;
        j = first;
        state_of(c, j, 1);
    }
    e->current = j;
    if (!e->round_robin) {
        dTHX;
        EE_LOG(c, EE_LOG_WARN, "failover", NULL, "moved to another member: this one has no leader",
               EE_LSTR("from", e->ep[i].address), EE_LSTR("to", e->ep[j].address));
    }
    return 1;
}

/* Failover: the current member while its channel is READY; else the next
 * member whose channel is READY; else the current one while it is
 * connecting or idle; else the next one that is (its channel is created
 * and asked to connect); else the current one (the call fails fast and
 * the caller's retry looks again).  Members passed over (ee_client_avoid)
 * are not moved to. */
static int pick_failover(ee_client *c)
{
    ee_endpoints *e = &c->eps;
    int cur = e->current, k;
    grpc_connectivity_state st = state_of(c, cur, 1);
    if (st == GRPC_CHANNEL_READY)
        return cur;
    for (k = 1; k < e->n; k++) {
        int j = (cur + k) % e->n;
        if (e->ep[j].channel && !avoided(c, j) && state_of(c, j, 0) == GRPC_CHANNEL_READY)
            return e->current = j;
    }
    if (usable(st))
        return cur;
    for (k = 1; k < e->n; k++) {
        int j = (cur + k) % e->n;
        if (!avoided(c, j) && usable(state_of(c, j, 1)))
            return e->current = j;
    }
    return cur;
}

/* Round robin: the next member whose channel is not failing, if any. */
static int pick_round_robin(ee_client *c)
{
    ee_endpoints *e = &c->eps;
    int start = e->next, k;
    e->next = (e->next + 1) % e->n;
    for (k = 0; k < e->n; k++) {
        int j = (start + k) % e->n;
        if (!avoided(c, j) && usable(state_of(c, j, 1))) {
            e->next = (j + 1) % e->n;
            return e->current = j;
        }
    }
    return e->current = start;
}

int ee_client_pick(ee_client *c)
{
    int was = c->eps.current, now;
    if (c->eps.n == 1)
        return 0;
    if (c->eps.round_robin)
        return pick_round_robin(c);
    if ((now = pick_failover(c)) != was) {
        dTHX;
        EE_LOG(c, EE_LOG_WARN, "failover", NULL, "moved to another member",
               EE_LSTR("from", c->eps.ep[was].address), EE_LSTR("to", c->eps.ep[now].address));
    }
    return now;
}

grpc_call *ee_client_create_call(ee_client *c, int rpc_index, gpr_timespec deadline, int endpoint)
{
    ee_endpoint *ep;
    grpc_channel *ch;
    if (endpoint < 0 || endpoint >= c->eps.n + c->eps.nextra)
        endpoint = ee_client_pick(c);
    ch = channel_of(c, endpoint);
    ep = &c->eps.ep[endpoint];
    if (!ep->registered[rpc_index])
        ep->registered[rpc_index] = grpc_channel_register_call(ch, eeg_rpcs[rpc_index].path, NULL, NULL);
    return grpc_channel_create_registered_call(ch, NULL, GRPC_PROPAGATE_DEFAULTS, c->bridge.cq,
                                               ep->registered[rpc_index], deadline, NULL);
}

/* The endpoint a call names with its `endpoint` option (what `etcdctl
 * endpoint status` does): the index of that member among the client's
 * endpoints, else of an extra channel made for it now (a member's client
 * URL from member_list, say), with the client's TLS and credentials.
 * Extra channels live as long as the client; the failover and round-robin
 * picks, the health check and on_health_change never look at them.
 * Croaks naming the method for a value that is not one endpoint. */
int ee_client_endpoint_index(pTHX_ ee_client *c, const char *method, SV *value)
{
    ee_endpoints *e = &c->eps;
    char addr[EE_MAX_ADDRESS];
    const char *in, *why;
    STRLEN len;
    int scheme, i;
    if (SvROK(value) || !SvOK(value))
        croak("%s: option 'endpoint' must be a string (host:port, http(s)://host:port or unix:path)",
              method);
    in = SvPV(value, len);
    if ((why = ee_endpoint_parse(in, len, addr, sizeof addr, &scheme)))
        croak("%s: option 'endpoint' value '%s' %s", method, in, why);
    if (scheme == EE_SCHEME_HTTPS && !c->tls)
        croak("%s: option 'endpoint' value '%s' is https://, but the client does not use TLS (see new's tls)",
              method, in);
    if (scheme == EE_SCHEME_HTTP && c->tls)
        croak("%s: option 'endpoint' value '%s' is http://, but the client uses TLS", method, in);
    for (i = 0; i < e->n + e->nextra; i++)
        if (strEQ(e->ep[i].address, addr))
            return i;
    Renew(e->ep, e->n + e->nextra + 1, ee_endpoint);
    Zero(&e->ep[i], 1, ee_endpoint);
    e->ep[i].address = savepv(addr);
    e->ep[i].target = member_target(aTHX_ addr);
    e->nextra++;
    return i;
}

/* The best state over the client's channels (READY, then CONNECTING, IDLE,
 * TRANSIENT_FAILURE, SHUTDOWN).  try_to_connect asks the current member's
 * channel to connect, and when it is not READY every other member's too
 * (creating their channels), so that the next pick finds one READY. */
int ee_client_connectivity(ee_client *c, int try_to_connect)
{
    static const int rank[] = { 2 /* IDLE */, 3 /* CONNECTING */, 4 /* READY */,
                                1 /* TRANSIENT_FAILURE */, 0 /* SHUTDOWN */ };
    ee_endpoints *e = &c->eps;
    grpc_connectivity_state best, st;
    int i;
    best = state_of(c, e->current, try_to_connect);
    if (best == GRPC_CHANNEL_READY && !e->round_robin)
        return best;
    for (i = 0; i < e->n; i++) {
        if (i == e->current)
            continue;
        st = state_of(c, i, try_to_connect);
        if (!e->ep[i].channel)
            continue;
        if (rank[st] > rank[best])
            best = st;
    }
    return best;
}

/* gRPC's words for a call that failed because no connection could be made:
 * the request never left this client, so it may go to another member (when
 * there is one). */
int ee_client_never_sent(ee_client *c, int code, const char *msg, size_t len)
{
    static const char *const marks[] = {
        "failed to connect to all addresses", "Connection refused", "connect failed",
        "empty address list", "DNS resolution failed",
    };
    size_t k;
    if (c->eps.n < 2 || code != GRPC_STATUS_UNAVAILABLE || !msg)
        return 0;
    for (k = 0; k < sizeof marks / sizeof marks[0]; k++)
        if (len && ninstr(msg, msg + len, marks[k], marks[k] + strlen(marks[k])))
            return 1;
    return 0;
}

void ee_client_reset_connect_backoff(ee_client *c)
{
    int i;
    for (i = 0; i < c->eps.n + c->eps.nextra; i++)
        if (c->eps.ep[i].channel)
            grpc_channel_reset_connect_backoff(c->eps.ep[i].channel);
}

/* One channel of the client (the fork park needs one to post its
 * wake-up); the first member's is created with the client. */
grpc_channel *ee_client_any_channel(ee_client *c)
{
    return channel_of(c, 0);
}

/* The endpoint in use: the current member's host:port as given. */
const char *ee_client_endpoint(ee_client *c)
{
    return c->eps.ep[c->eps.current].address;
}

/* The gRPC target of member i (_target). */
const char *ee_client_target(ee_client *c, int i)
{
    return c->eps.ep[i].target;
}

void ee_endpoints_free(ee_endpoints *e)
{
    int i;
    for (i = 0; i < e->n + e->nextra; i++) {
        if (e->ep[i].channel)
            grpc_channel_destroy(e->ep[i].channel);
        Safefree(e->ep[i].registered);
        Safefree(e->ep[i].address);
        Safefree(e->ep[i].target);
    }
    Safefree(e->ep);
    e->ep = NULL;
    e->n = e->nextra = 0;
    if (e->creds)
        grpc_channel_credentials_release(e->creds);
    e->creds = NULL;
    Safefree(e->server_name);
}
