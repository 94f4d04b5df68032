/*
 * credentials.c - the client's auth token and the state of its login
 * (client layer).  A client made with username/password logs in before its
 * first call and again whenever the server says its token is invalid or
 * stale; everything that needs the token meanwhile waits (ee_waiter) for
 * that one login, then goes out with the new token.  The login itself is a
 * unary call: login.c (calls layer) hands its starter in with the
 * credentials, so this file never calls upwards.  The password never
 * appears in an error.  Loop thread only.
 *
 * Auth may be off, or switched off and on while the client runs.  When the
 * login is answered "authentication is not enabled", no token is needed:
 * the client drops its token and carries on without one (as Go's client
 * does); after auth_disable through this client likewise.  When auth is
 * enabled later, the server's "user name is empty" for a call without a
 * token makes a client with credentials log in again.
 */
#include "ee.h"

enum { AUTH_NONE = 0, AUTH_NEEDED, AUTH_RUNNING, AUTH_OK };

void ee_client_set_token(pTHX_ ee_client *c, const char *tok, STRLEN len)
{
    grpc_slice_unref(c->token);
    c->token = grpc_slice_from_copied_buffer(tok, len);
    c->has_token = len > 0;
    c->token_gen++;
}

void ee_auth_set_credentials(pTHX_ ee_client *c, SV *user, SV *password, ee_login_fn login)
{
    STRLEN len;
    const char *p;
    if (!user || !SvOK(user))
        return;
    p = SvPV(user, len);
    c->username = savepvn(p, len);
    p = password && SvOK(password) ? SvPV(password, len) : (len = 0, "");
    c->password = savepvn(p, len);
    c->login = login;
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

/* Wake everything waiting for the login.  A waiter's ready() may run user
 * code that cancels or adds waiters, so each is taken from the list being
 * woken when its turn comes (ee_auth_unwait removes from it too), never
 * through a saved next pointer; waiters added meanwhile are for the next
 * login and stay. */
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

/* etcd's ErrAuthNotEnabled */
static int auth_not_enabled(int code, const char *msg, size_t len)
{
    static const char mark[] = "authentication is not enabled";
    return code == GRPC_STATUS_FAILED_PRECONDITION && msg && len
        && ninstr(msg, msg + len, mark, mark + sizeof mark - 1);
}

/* Auth is off (the login said so, or auth_disable succeeded): no token. */
void ee_auth_disabled(pTHX_ ee_client *c)
{
    if (c->has_token)
        ee_client_set_token(aTHX_ c, "", 0);
    if (c->username)
        c->auth_state = AUTH_OK;      /* until the server asks for a token */
}

/* The login ended (login.c): with a token, or with why not. */
void ee_auth_done(pTHX_ ee_client *c, int code, const char *token, const char *msg, size_t len)
{
    if (auth_not_enabled(code, msg, len)) {
        EE_LOG(c, EE_LOG_INFO, "auth_not_enabled", "authenticate",
               "authentication is not enabled: going on without a token", EE_LSTR("user", c->username));
        ee_auth_disabled(aTHX_ c);
        wake_all(aTHX_ c, GRPC_STATUS_OK, NULL, 0);
    } else if (code == GRPC_STATUS_OK && token && *token) {
        ee_client_set_token(aTHX_ c, token, strlen(token));
        c->auth_state = AUTH_OK;
        EE_LOG(c, EE_LOG_INFO, c->logins ? "token_refresh" : "login", "authenticate",
               c->logins ? "logged in again: the server no longer took the token" : "logged in",
               EE_LSTR("user", c->username), EE_LIV("logins", c->logins + 1));
        c->logins++;
        wake_all(aTHX_ c, GRPC_STATUS_OK, NULL, 0);
    } else {
        char buf[512];
        int n = snprintf(buf, sizeof buf, "authentication as '%s' failed: %.*s",
                         c->username, (int)len, msg ? msg : "no token in the response");
        c->auth_state = AUTH_NEEDED;      /* the next call tries again */
        if (code == GRPC_STATUS_OK)
            code = GRPC_STATUS_UNAUTHENTICATED;
        EE_LOG(c, EE_LOG_ERROR, "login_failed", "authenticate", "could not log in",
               EE_LSTR("user", c->username), EE_LERR("reason", code, msg, msg ? len : 0));
        wake_all(aTHX_ c, code, buf, n < (int)sizeof buf ? (size_t)n : sizeof buf - 1);
    }
}

/* Wait for a token; the first waiter starts the login. */
void ee_auth_wait(pTHX_ ee_client *c, ee_waiter *w)
{
    w->next = c->auth_waiters;
    c->auth_waiters = w;
    if (c->auth_state == AUTH_NEEDED) {
        c->auth_state = AUTH_RUNNING;
        c->login(aTHX_ c);
    }
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

/* The server rejected a token (or asked for one): authenticate again,
 * unless the token has changed since that attempt (someone already did). */
void ee_auth_invalidate(pTHX_ ee_client *c, unsigned long token_gen)
{
    if (c->auth_state == AUTH_OK && (token_gen == c->token_gen || !c->has_token))
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
