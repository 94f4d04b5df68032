/*
 * login.c - the Authenticate call a client with username/password makes
 * by itself (calls layer): built from the generated method that stores the
 * token (EE_HOOK_STORE_TOKEN), made as an internal unary call, its result
 * handed to credentials.c.  Loop thread only.
 */
#include "ee.h"

static void authenticated(pTHX_ ee_client *c, int code, const char *msg, size_t len,
                          const ProtobufCMessage *resp)
{
    const char *tok = resp ? ee_message_string(resp, "token") : NULL;
    ee_auth_done(aTHX_ c, code, tok, msg, len);
}

static void start_login(pTHX_ ee_client *c)
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
        ee_auth_done(aTHX_ c, GRPC_STATUS_UNIMPLEMENTED, NULL, msg, sizeof msg - 1);
        return;
    }
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

/* new(username => ..., password => ...): the client logs in by itself. */
void ee_login_setup(pTHX_ ee_client *c, SV *user, SV *password)
{
    ee_auth_set_credentials(aTHX_ c, user, password, start_login);
}
