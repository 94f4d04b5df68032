/*
 * auth.c - a client that logs in by itself: new(username => ..., password
 * => ...).  It authenticates before its first call, and again whenever the
 * server says the token is invalid or stale; everything that needs the
 * token meanwhile waits for that one Authenticate call (ee_waiter), then
 * goes out with the new token.  The password never appears in an error.
 */
#include "ee.h"

enum { AUTH_NONE = 0, AUTH_NEEDED, AUTH_RUNNING, AUTH_OK };

const char *ee_message_string(const ProtobufCMessage *msg, const char *field)
{
    const ProtobufCFieldDescriptor *f =
        protobuf_c_message_descriptor_get_field_by_name(msg->descriptor, field);
    if (!f || f->type != PROTOBUF_C_TYPE_STRING)
        return NULL;
    return *(char *const *)((const char *)msg + f->offset);
}

void ee_auth_set_credentials(pTHX_ ee_client *c, SV *user, SV *password)
{
    STRLEN len;
    const char *p;
    if (!user || !SvOK(user))
        return;
    p = SvPV(user, len);
    c->username = savepvn(p, len);
    p = password && SvOK(password) ? SvPV(password, len) : (len = 0, "");
    c->password = savepvn(p, len);
    c->auth_state = c->has_token ? AUTH_OK : AUTH_NEEDED;
}

int ee_auth_has_credentials(ee_client *c)
{
    return c->username != NULL;
}

int ee_auth_needs_token(ee_client *c)
{
    return c->username && c->auth_state != AUTH_OK;
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
static void wake_all(pTHX_ ee_client *c, int code, const char *msg, size_t len)
{
    ee_waiter *w, *mine = c->auth_waiters;
    c->auth_waiters = NULL;
    c->waking = &mine;
    while ((w = mine)) {
        mine = w->next;
        w->next = NULL;
        w->ready(aTHX_ w, code, msg, len);
    }
    c->waking = NULL;
}

static void authenticated(pTHX_ ee_client *c, int code, const char *msg, size_t len,
                          const ProtobufCMessage *resp)
{
    const char *tok = resp ? ee_message_string(resp, "token") : NULL;
    if (code == GRPC_STATUS_OK && tok && *tok) {
        ee_client_set_token(aTHX_ c, tok, strlen(tok));
        c->auth_state = AUTH_OK;
        wake_all(aTHX_ c, GRPC_STATUS_OK, NULL, 0);
    } else {
        char buf[512];
        int n = snprintf(buf, sizeof buf, "authentication as '%s' failed: %.*s",
                         c->username, (int)len, msg ? msg : "no token in the response");
        c->auth_state = AUTH_NEEDED;      /* the next call tries again */
        if (code == GRPC_STATUS_OK)
            code = GRPC_STATUS_UNAUTHENTICATED;
        wake_all(aTHX_ c, code, buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
    }
}

static void start_auth(pTHX_ ee_client *c)
{
    int i;
    const ee_method *m = NULL;
    ee_build b;
    ee_seen seen = 0;
    ProtobufCMessage *req;
    ee_call *call;
    SV *user, *pass;

    for (i = 0; i < eeg_nmethods; i++)
        if (eeg_methods[i].hook == EE_HOOK_STORE_TOKEN)
            m = &eeg_methods[i];
    if (!m) {
        static const char msg[] = "this build has no Authenticate method";
        wake_all(aTHX_ c, GRPC_STATUS_UNIMPLEMENTED, msg, sizeof msg - 1);
        return;
    }
    c->auth_state = AUTH_RUNNING;
    memset(&b, 0, sizeof b);
    b.method = "authenticate";
    b.noun = "option";
    req = (ProtobufCMessage *)ee_alloc(aTHX_ m->msg->sizeof_message);
    protobuf_c_message_init(m->msg, req);
    user = sv_2mortal(newSVpv(c->username, 0));
    pass = sv_2mortal(newSVpv(c->password, 0));
    m->msg_set(aTHX_ &b, req, &seen, m->args[0].field, strlen(m->args[0].field), user);
    m->msg_set(aTHX_ &b, req, &seen, m->args[1].field, strlen(m->args[1].field), pass);
    m->msg_finish(aTHX_ &b, req, seen);
    call = ee_unary_start(aTHX_ c, &eeg_rpcs[m->rpc], "authenticate", req, NULL, c->timeout_ms,
                          EE_M_NO_TOKEN | EE_M_IDEMPOTENT, EE_HOOK_NONE);
    call->internal = authenticated;
}

void ee_auth_wait(pTHX_ ee_client *c, ee_waiter *w)
{
    w->next = c->auth_waiters;
    c->auth_waiters = w;
    if (c->auth_state == AUTH_NEEDED)
        start_auth(aTHX_ c);
}

void ee_auth_unwait(ee_client *c, ee_waiter *w)
{
    ee_waiter **lists[2], **pp;
    int i;
    lists[0] = &c->auth_waiters;
    lists[1] = c->waking;              /* being woken right now */
    for (i = 0; i < 2; i++)
        for (pp = lists[i]; pp && *pp; pp = &(*pp)->next)
            if (*pp == w) {
                *pp = w->next;
                w->next = NULL;
                return;
            }
}

/* The server rejected a token: authenticate again, unless the token has
 * changed since that attempt (someone already did). */
void ee_auth_invalidate(pTHX_ ee_client *c, unsigned long token_gen)
{
    if (c->auth_state == AUTH_OK && token_gen == c->token_gen)
        c->auth_state = AUTH_NEEDED;
}

void ee_auth_free(ee_client *c)
{
    if (c->password) {
        memset(c->password, 0, strlen(c->password));
        Safefree(c->password);
    }
    Safefree(c->username);
    c->username = c->password = NULL;
}
