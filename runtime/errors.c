/*
 * errors.c - gRPC status -> the error hash of the contract (with etcd's
 * table of known errors), and the one
 * place user callbacks are invoked (a callback that dies is reported, never
 * unwinds through the event loop).
 */
#include "ee.h"

static const char *const status_names[] = {
    "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED",
    "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED",
    "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED",
    "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED",
};

const char *ee_status_name(int code)
{
    if (code >= 0 && code < (int)(sizeof status_names / sizeof status_names[0]))
        return status_names[code];
    return "UNKNOWN";
}

/*
 * etcd's errors, by their meaning.  etcd sends each of its errors as a
 * fixed text with a gRPC code (Go's clientv3 keeps them in
 * etcdserver/api/v3rpc/rpctypes/error.go, errStringToError), but not always
 * with that code: the Lock and Election services pass on the errors of the
 * KV and Lease calls they make as UNKNOWN.  Go recognises them by their
 * text, whatever the code; so does this table, the one place that knows
 * them.  The error hash's code and status become the table's (grpc_code
 * keeps the code that came); the token refresh, the retries and
 * `retryable` decide from the table's.
 *
 * retryable: the same request may succeed if it is sent again (a leader
 * election, an overloaded or restarting member, a learner catching up, a
 * revision not reached yet), never for a request the server refused for
 * what it is (a missing key, a lease or user that does not exist, a space
 * alarm, a request too large, a failed TLS handshake).
 *
 * The last entries are gRPC's own texts (kept code, EE_ERR_SUBSTRING).
 */
#define R EE_ERR_RETRYABLE
#define T EE_ERR_TOKEN
#define S EE_ERR_SUBSTRING
#define N EE_ERR_NOT_SENT
#define NO 0
#define E(text, code, flags) { "etcdserver: " text, GRPC_STATUS_##code, flags }
const ee_etcd_error ee_etcd_errors[] = {
    /* KV */
    E("key is not provided", INVALID_ARGUMENT, NO),
    E("key not found", INVALID_ARGUMENT, NO),
    E("value is provided", INVALID_ARGUMENT, NO),
    E("lease is provided", INVALID_ARGUMENT, NO),
    E("too many operations in txn request", INVALID_ARGUMENT, NO),
    E("duplicate key given in txn request", INVALID_ARGUMENT, NO),
    E("mvcc: required revision has been compacted", OUT_OF_RANGE, NO),
    E("mvcc: required revision is a future revision", OUT_OF_RANGE, R),
    E("mvcc: database space exceeded", RESOURCE_EXHAUSTED, NO),
    /* Lease */
    E("requested lease not found", NOT_FOUND, NO),
    E("lease already exists", FAILED_PRECONDITION, NO),
    E("too large lease TTL", OUT_OF_RANGE, NO),
    /* Watch */
    E("watch canceled", CANCELLED, NO),
    /* Cluster */
    E("member ID already exist", FAILED_PRECONDITION, NO),
    E("Peer URLs already exists", FAILED_PRECONDITION, NO),
    E("re-configuration failed due to not enough started members", FAILED_PRECONDITION, R),
    E("given member URLs are invalid", INVALID_ARGUMENT, NO),
    E("member not found", NOT_FOUND, NO),
    E("can only promote a learner member", FAILED_PRECONDITION, NO),
    E("can only promote a learner member which is in sync with leader", FAILED_PRECONDITION, R),
    E("too many learner members in cluster", FAILED_PRECONDITION, NO),
    /* request limits */
    E("request is too large", INVALID_ARGUMENT, NO),
    E("too many requests", RESOURCE_EXHAUSTED, R),
    /* Auth */
    E("root user does not exist", FAILED_PRECONDITION, NO),
    E("root user does not have root role", FAILED_PRECONDITION, NO),
    E("user name already exists", FAILED_PRECONDITION, NO),
    E("user name is empty", INVALID_ARGUMENT, T),
    E("user name not found", FAILED_PRECONDITION, NO),
    E("role name already exists", FAILED_PRECONDITION, NO),
    E("role name not found", FAILED_PRECONDITION, NO),
    E("role name is empty", INVALID_ARGUMENT, NO),
    E("authentication failed, invalid user ID or password", INVALID_ARGUMENT, NO),
    E("permission denied", PERMISSION_DENIED, NO),
    E("role is not granted to the user", FAILED_PRECONDITION, NO),
    E("permission is not granted to the role", FAILED_PRECONDITION, NO),
    E("authentication is not enabled", FAILED_PRECONDITION, NO),
    E("invalid auth token", UNAUTHENTICATED, T),
    E("invalid auth management", INVALID_ARGUMENT, NO),
    E("revision of auth store is old", INVALID_ARGUMENT, T),
    /* the cluster's state */
    E("no leader", UNAVAILABLE, R),
    E("not leader", FAILED_PRECONDITION, NO),
    E("leader changed", UNAVAILABLE, R),
    E("not capable", UNAVAILABLE, NO),
    E("server stopped", UNAVAILABLE, R),
    E("request timed out", UNAVAILABLE, R),
    E("request timed out, possibly due to previous leader failure", UNAVAILABLE, R),
    E("request timed out, possibly due to connection lost", UNAVAILABLE, R),
    E("request timed out, waiting for the applied index took too long", UNAVAILABLE, R),
    E("unhealthy cluster", UNAVAILABLE, R),
    E("corrupt cluster", DATA_LOSS, NO),
    E("rpc not supported for learner", UNAVAILABLE, NO),
    E("bad leader transferee", FAILED_PRECONDITION, NO),
    /* gRPC's texts, found inside longer messages; the code that came stays */
    { "larger than max", -1, S },           /* a message over a size limit, either side */
    { "andshake failed", -1, S },           /* TLS: "Handshake failed", "Ssl handshake failed" */
    { "CERTIFICATE_VERIFY_FAILED", -1, S },
    { "is not in peer certificate", -1, S },  /* TLS: the server's name is not the certificate's */
    { "certificate verify failed", -1, S },   /* TLS: a member's certificate refused (tls.c) */
    /* no connection to send on: the request never left the client */
    { "failed to connect to all addresses", -1, S | R | N },      /* pick_first */
    { "connections to all backends failing", -1, S | R | N },     /* round_robin */
    { "empty address list", -1, S | R | N },                      /* resolver */
    { "Resolver transient failure", -1, S | R | N },
    { "DNS resolution failed", -1, S | R | N },                   /* c-ares: a name not (yet) known */
};
#undef E
#undef R
#undef T
#undef S
#undef N
#undef NO
const int ee_netcd_errors = (int)(sizeof ee_etcd_errors / sizeof ee_etcd_errors[0]);

/* The entry for a message: etcd's text alone, or at the end of a wrapped
 * one ("rpc error: code = NotFound desc = etcdserver: ..."); gRPC's texts
 * anywhere in it. */
const ee_etcd_error *ee_error_lookup(const char *msg, size_t len)
{
    int i;
    if (!msg || !len)
        return NULL;
    for (i = 0; i < ee_netcd_errors; i++) {
        const ee_etcd_error *e = &ee_etcd_errors[i];
        size_t tl = strlen(e->text);
        if (e->flags & EE_ERR_SUBSTRING) {
            if (ninstr(msg, msg + len, e->text, e->text + tl))
                return e;
        } else if (len == tl ? memEQ(msg, e->text, tl)
                   : len > tl + 7 && memEQ(msg + len - tl, e->text, tl)
                     && memEQ(msg + len - tl - 7, "desc = ", 7)) {
            return e;
        }
    }
    return NULL;
}

/* gRPC found no connection for the call (its load balancer's or
 * resolver's failure): the request was never sent, so sending it again
 * cannot apply it twice. */
int ee_error_not_sent(int code, const char *msg, size_t len)
{
    int i;
    if (code != GRPC_STATUS_UNAVAILABLE || !msg || !len)
        return 0;
    for (i = 0; i < ee_netcd_errors; i++) {
        const ee_etcd_error *e = &ee_etcd_errors[i];
        if ((e->flags & EE_ERR_NOT_SENT)
            && ninstr(msg, msg + len, e->text, e->text + strlen(e->text)))
            return 1;
    }
    return 0;
}

/* The code a failed call stands for: etcd's for its known errors. */
int ee_error_code(int code, const char *msg, size_t len)
{
    const ee_etcd_error *e = ee_error_lookup(msg, len);
    return e && e->code >= 0 ? e->code : code;
}

/* Whether the same request may succeed if it is sent again. */
int ee_error_retryable(int code, const char *msg, size_t len)
{
    const ee_etcd_error *e = ee_error_lookup(msg, len);
    if (e)
        return (e->flags & EE_ERR_RETRYABLE) ? 1 : 0;
    return ee_status_retryable(code);
}

/* Transient by the code alone (a message the table does not know). */
int ee_status_retryable(int code)
{
    return code == GRPC_STATUS_UNAVAILABLE || code == GRPC_STATUS_RESOURCE_EXHAUSTED
        || code == GRPC_STATUS_ABORTED || code == GRPC_STATUS_DEADLINE_EXCEEDED;
}

/* { code, status, message, source, retryable, grpc_code }: code and status
 * by the error's meaning (the table), grpc_code as it came. */
SV *ee_error_sv(pTHX_ int code, const char *message, STRLEN mlen, const char *source)
{
    HV *hv = newHV();
    const ee_etcd_error *e = ee_error_lookup(message, mlen);
    int mapped = e && e->code >= 0 ? e->code : code;
    const char *name = ee_status_name(mapped);
    if (!message || !mlen) {
        message = ee_status_name(code);
        mlen = strlen(message);
    }
    hv_stores(hv, "code", newSViv(mapped));
    hv_stores(hv, "status", newSVpvn_share(name, (I32)strlen(name), 0));
    hv_stores(hv, "message", newSVpvn(message, mlen));
    hv_stores(hv, "source", newSVpv(source, 0));
    hv_stores(hv, "retryable", newSViv(e ? !!(e->flags & EE_ERR_RETRYABLE) : ee_status_retryable(code)));
    hv_stores(hv, "grpc_code", newSViv(code));
    return newRV_noinc((SV *)hv);
}

/* Report a callback's exception: $EV::Etcd::DIED if it holds code, else warn. */
static void report_died(pTHX)
{
    SV *err = sv_2mortal(newSVsv(ERRSV));
    SV *handler = get_sv("EV::Etcd::DIED", 0);
    if (handler && SvROK(handler) && SvTYPE(SvRV(handler)) == SVt_PVCV) {
        dSP;
        PUSHMARK(SP);
        XPUSHs(err);
        PUTBACK;
        call_sv(handler, G_VOID | G_DISCARD | G_EVAL);
        if (!SvTRUE(ERRSV))
            return;
        err = sv_2mortal(newSVsv(ERRSV));
    }
    warn("EV::Etcd: callback died: %" SVf, SVfARG(err));
}

/* cb->(resp, err); takes ownership of resp and err (either may be NULL). */
void ee_invoke_cb(pTHX_ SV *cb, SV *resp, SV *err)
{
    dSP;
    ENTER;
    SAVETMPS;
    PUSHMARK(SP);
    EXTEND(SP, 2);
    PUSHs(resp ? sv_2mortal(resp) : &PL_sv_undef);
    PUSHs(err ? sv_2mortal(err) : &PL_sv_undef);
    PUTBACK;
    call_sv(cb, G_VOID | G_DISCARD | G_EVAL);
    if (SvTRUE(ERRSV))
        report_died(aTHX);
    FREETMPS;
    LEAVE;
}

/* etcd's stale or invalid token, whatever code it came with: the
 * table's token errors, and UNAUTHENTICATED. */
int ee_auth_is_token_error(int code, const char *msg, size_t len)
{
    const ee_etcd_error *e;
    if (code == GRPC_STATUS_UNAUTHENTICATED)
        return 1;
    e = ee_error_lookup(msg, len);
    return e && (e->flags & EE_ERR_TOKEN);
}

/* Wake everything waiting for the login.  A waiter's ready() may run user
 * code that cancels or adds waiters, so each is taken from the client's
 * list when its turn comes (never a saved next pointer); waiters added
 * meanwhile are for the next login and stay. */
