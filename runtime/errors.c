/*
 * errors.c - gRPC status -> the error hash of the contract, and the one
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

int ee_status_retryable(int code)
{
    return code == GRPC_STATUS_UNAVAILABLE || code == GRPC_STATUS_RESOURCE_EXHAUSTED
        || code == GRPC_STATUS_ABORTED || code == GRPC_STATUS_DEADLINE_EXCEEDED;
}

/* { code, status, message, source, retryable } */
SV *ee_error_sv(pTHX_ int code, const char *message, STRLEN mlen, const char *source)
{
    HV *hv = newHV();
    const char *name = ee_status_name(code);
    if (!message || !mlen) {
        message = name;
        mlen = strlen(name);
    }
    hv_stores(hv, "code", newSViv(code));
    hv_stores(hv, "status", newSVpvn_share(name, (I32)strlen(name), 0));
    hv_stores(hv, "message", newSVpvn(message, mlen));
    hv_stores(hv, "source", newSVpv(source, 0));
    hv_stores(hv, "retryable", newSViv(ee_status_retryable(code)));
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

/* etcd: "etcdserver: invalid auth token" (UNAUTHENTICATED), "etcdserver:
 * revision of auth store is old" (INVALID_ARGUMENT, 3.4) / "auth revision
 * is old"; a missing token: "user name is empty". */
int ee_auth_is_token_error(int code, const char *msg, size_t len)
{
    static const char *const marks[] = {
        "invalid auth token", "auth store is old", "auth revision is old", "user name is empty",
    };
    size_t i;
    if (code == GRPC_STATUS_UNAUTHENTICATED)
        return 1;
    if (code != GRPC_STATUS_INVALID_ARGUMENT && code != GRPC_STATUS_PERMISSION_DENIED)
        return 0;
    for (i = 0; i < sizeof marks / sizeof marks[0]; i++)
        if (len && ninstr(msg, msg + len, marks[i], marks[i] + strlen(marks[i])))
            return 1;
    return 0;
}

/* Wake everything waiting for the login.  A waiter's ready() may run user
 * code that cancels or adds waiters, so each is taken from the client's
 * list when its turn comes (never a saved next pointer); waiters added
 * meanwhile are for the next login and stay. */
