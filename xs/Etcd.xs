/*
 * Etcd.xs - the XS glue: module boot, the client class and the generated
 * method stubs (INCLUDE of generated/ee_methods.xsh).  Everything of
 * substance lives in runtime/; the per-RPC parts are in generated/.
 */
#include "ee.h"

/* The C side of a Perl object, found only through the magic the module
 * attached when it made the object (ee_handle_new): a reference blessed by
 * hand, or one whose object is gone, croaks instead of being trusted. */
static ee_client *client_of(pTHX_ SV *self, const char *method)
{
    ee_client *c;
    if (!SvROK(self) || !sv_derived_from(self, "EV::Etcd"))
        croak("%s: not called on an EV::Etcd client", method);
    if (!(c = (ee_client *)ee_handle_ptr(aTHX_ self, EE_HANDLE_CLIENT)))
        croak("%s: not an EV::Etcd client made by EV::Etcd->new (or already destroyed)", method);
    return c;
}

static ee_sub *sub_of(pTHX_ SV *self, const char *method)
{
    ee_sub *s;
    if (!SvROK(self) || !sv_derived_from(self, "EV::Etcd::Handle"))
        croak("%s: not an EV::Etcd handle", method);
    if (!(s = (ee_sub *)ee_handle_ptr(aTHX_ self, EE_HANDLE_SUB)))
        croak("%s: not an EV::Etcd handle made by EV::Etcd (or already destroyed)", method);
    return s;
}

/* Argument counts of the hand-written methods, checked here rather than by
 * xsubpp (whose "Usage: EV::Etcd::..." names no method the caller knows). */
static void nargs(pTHX_ I32 items, I32 min, I32 max, const char *method, const char *usage)
{
    if (items < min)
        croak("%s: %s; usage: %s", method, items ? "missing arguments" : "not called on an object", usage);
    if (items > max)
        croak("%s: too many arguments; usage: %s", method, usage);
}

/* ---- _new's config: checked here, as ee_client_new trusts it ----
 * EV::Etcd::new builds it from new()'s options; anything else calling _new
 * gets a croak for a config new() would never build. */

#define EE_MAX_MS 2147483647                /* every duration fits 32-bit milliseconds */

static SV *cfg_get(pTHX_ HV *hv, const char *key)
{
    SV **svp = hv_fetch(hv, key, (I32)strlen(key), 0);
    if (!svp)
        return NULL;
    SvGETMAGIC(*svp);
    return SvOK(*svp) ? *svp : NULL;
}

static void cfg_int(pTHX_ HV *hv, const char *key, IV min, IV max, int required)
{
    ee_build b;
    SV *sv = cfg_get(aTHX_ hv, key);
    int64_t v;
    b.method = "_new"; b.plen = 0; b.path[0] = '\0'; b.noun = "config key";
    if (!sv) {
        if (required)
            croak("_new: config key '%s' is required", key);
        return;
    }
    v = ee_int64(aTHX_ &b, sv, key);
    if (v < min || v > max)
        croak("_new: config key '%s' must be between %" IVdf " and %" IVdf ", got %" IVdf,
              key, min, max, (IV)v);
}

static void cfg_string(pTHX_ HV *hv, const char *key, int required)
{
    SV *sv = cfg_get(aTHX_ hv, key);
    STRLEN len;
    const char *p;
    if (!sv) {
        if (required)
            croak("_new: config key '%s' is required", key);
        return;
    }
    if (SvROK(sv))
        croak("_new: config key '%s' must be a string, not a reference", key);
    p = SvPV(sv, len);
    if (memchr(p, '\0', len))
        croak("_new: config key '%s' must not contain NUL bytes", key);
}

static HV *cfg_hash(pTHX_ SV *sv, const char *what)
{
    if (!sv || !SvROK(sv) || SvTYPE(SvRV(sv)) != SVt_PVHV || SvOBJECT(SvRV(sv)))
        croak("_new: %s must be a hash reference", what);
    return (HV *)SvRV(sv);
}

static void cfg_known(pTHX_ HV *hv, const char *what, const char *const *keys)
{
    HE *he;
    hv_iterinit(hv);
    while ((he = hv_iternext(hv))) {
        I32 klen;
        const char *k = hv_iterkey(he, &klen);
        const char *const *p;
        for (p = keys; *p; p++)
            if (strlen(*p) == (size_t)klen && memEQ(*p, k, klen))
                break;
        if (!*p)
            croak("_new: unknown %s '%.*s'", what, (int)klen, k);
    }
}

static void check_config(pTHX_ SV *config)
{
    static const char *const keys[] = { "endpoints", "timeout_ms", "max_retries", "health_interval",
        "on_health_change", "auth_token", "username", "password", "tls", "keepalive_time_ms",
        "keepalive_timeout_ms", "balance", "on_state", "require_leader", "wait_for_ready",
        "max_send_message_size", "max_receive_message_size", "on_log", NULL };
    static const char *const tls_keys[] = { "ca", "cert", "key", "server_name", NULL };
    HV *hv = cfg_hash(aTHX_ config, "the config");
    SV *sv;
    AV *eps;
    SSize_t i, n;
    char addr[EE_MAX_ADDRESS];
    int scheme;
    cfg_known(aTHX_ hv, "config key", keys);

    sv = cfg_get(aTHX_ hv, "endpoints");
    if (!sv || !SvROK(sv) || SvTYPE(SvRV(sv)) != SVt_PVAV || (n = av_len((AV *)SvRV(sv)) + 1) < 1)
        croak("_new: config key 'endpoints' must be a non-empty array reference of host:port strings");
    eps = (AV *)SvRV(sv);
    for (i = 0; i < n; i++) {
        SV **e = av_fetch(eps, i, 0);
        STRLEN len;
        const char *p;
        if (!e || !SvOK(*e) || SvROK(*e))
            croak("_new: config key 'endpoints' must hold host:port strings");
        p = SvPV(*e, len);
        /* normalised already (EV::Etcd::new, _parse_endpoint) */
        if (ee_endpoint_parse(p, len, addr, sizeof addr, &scheme) || scheme == EE_SCHEME_HTTP
            || scheme == EE_SCHEME_HTTPS || strlen(addr) != len || memNE(addr, p, len))
            croak("_new: endpoint '%s' must be host:port, [ipv6]:port or unix:/absolute/path", p);
    }
    cfg_int(aTHX_ hv, "timeout_ms", 1, EE_MAX_MS, 1);
    cfg_int(aTHX_ hv, "max_retries", -1, 1000000, 1);   /* -1: never give up */
    cfg_int(aTHX_ hv, "keepalive_time_ms", 1, EE_MAX_MS, 1);
    cfg_int(aTHX_ hv, "keepalive_timeout_ms", 1, EE_MAX_MS, 1);
    cfg_int(aTHX_ hv, "wait_for_ready", 0, 1, 0);
    cfg_int(aTHX_ hv, "max_send_message_size", -1, 2147483647, 0);
    cfg_int(aTHX_ hv, "max_receive_message_size", -1, 2147483647, 0);
    if ((sv = cfg_get(aTHX_ hv, "health_interval"))) {
        NV t;
        if (SvROK(sv) || !looks_like_number(sv) || !((t = SvNV(sv)) >= 0 && t <= EE_MAX_MS / 1000.0))
            croak("_new: config key 'health_interval' must be a number of seconds from 0 to %d",
                  EE_MAX_MS / 1000);
    }
    if ((sv = cfg_get(aTHX_ hv, "on_health_change")) && !(SvROK(sv) && SvTYPE(SvRV(sv)) == SVt_PVCV))
        croak("_new: config key 'on_health_change' must be a code reference");
    if ((sv = cfg_get(aTHX_ hv, "on_state")) && !(SvROK(sv) && SvTYPE(SvRV(sv)) == SVt_PVCV))
        croak("_new: config key 'on_state' must be a code reference");
    if ((sv = cfg_get(aTHX_ hv, "on_log")) && !(SvROK(sv) && SvTYPE(SvRV(sv)) == SVt_PVCV))
        croak("_new: config key 'on_log' must be a code reference");
    cfg_string(aTHX_ hv, "auth_token", 0);
    cfg_string(aTHX_ hv, "username", 0);
    cfg_string(aTHX_ hv, "password", 0);
    cfg_string(aTHX_ hv, "balance", 1);
    sv = cfg_get(aTHX_ hv, "balance");
    if (strNE(SvPV_nolen(sv), "pick_first") && strNE(SvPV_nolen(sv), "round_robin"))
        croak("_new: config key 'balance' must be 'pick_first' or 'round_robin'");
    if ((sv = cfg_get(aTHX_ hv, "tls"))) {
        HV *tls = cfg_hash(aTHX_ sv, "config key 'tls'");
        cfg_known(aTHX_ tls, "tls key", tls_keys);
        cfg_string(aTHX_ tls, "ca", 0);
        cfg_string(aTHX_ tls, "cert", 0);
        cfg_string(aTHX_ tls, "key", 0);
        cfg_string(aTHX_ tls, "server_name", 0);
    }
}


/* ---- introspection of the method table (_method_info; tests) ---- */

/* The proto field a Perl name stands for: the same letters, ignoring case
 * and underscores ("peer_urls" is peerURLs, "id" is ID). */
static const ProtobufCFieldDescriptor *field_by_key(const ProtobufCMessageDescriptor *d,
                                                    const char *key, size_t len)
{
    unsigned i;
    for (i = 0; i < d->n_fields; i++) {
        const char *a = d->fields[i].name, *b = key, *be = key + len;
        while (*a && b < be) {
            if (*a == '_') { a++; continue; }
            if (*b == '_') { b++; continue; }
            if (toLOWER(*a) != toLOWER(*b))
                break;
            a++, b++;
        }
        while (*a == '_') a++;
        while (b < be && *b == '_') b++;
        if (!*a && b == be)
            return &d->fields[i];
    }
    return NULL;
}

/* { type, message, repeated, enum } of a (possibly dotted) field; type
 * "virtual" for a name the API map adds (prefix). */
static HV *field_info(pTHX_ const ProtobufCMessageDescriptor *d, const char *name)
{
    static const char *const types[] = { "int32", "sint32", "sfixed32", "int64", "sint64",
        "sfixed64", "uint32", "fixed32", "uint64", "fixed64", "float", "double", "bool",
        "enum", "string", "bytes", "message" };
    HV *hv = newHV();
    const ProtobufCFieldDescriptor *f = NULL;
    const char *p = name, *dot;
    for (;;) {
        dot = strchr(p, '.');
        f = field_by_key(d, p, dot ? (size_t)(dot - p) : strlen(p));
        if (!f || !dot)
            break;
        if (f->type != PROTOBUF_C_TYPE_MESSAGE) { f = NULL; break; }
        d = (const ProtobufCMessageDescriptor *)f->descriptor;
        p = dot + 1;
    }
    hv_stores(hv, "message", newSVpv(d->name, 0));
    if (!f) {
        hv_stores(hv, "type", newSVpvs("virtual"));
        return hv;
    }
    hv_stores(hv, "type", newSVpv((unsigned)f->type < sizeof types / sizeof *types ? types[f->type] : "?", 0));
    hv_stores(hv, "repeated", newSViv(f->label == PROTOBUF_C_LABEL_REPEATED));
    if (f->type == PROTOBUF_C_TYPE_ENUM) {
        const ProtobufCEnumDescriptor *e = (const ProtobufCEnumDescriptor *)f->descriptor;
        AV *names = newAV();
        unsigned i;
        for (i = 0; i < e->n_values; i++)
            av_push(names, newSVpv(e->values[i].name, 0));
        hv_stores(hv, "enum", newRV_noinc((SV *)names));
    }
    if (f->type == PROTOBUF_C_TYPE_MESSAGE)
        hv_stores(hv, "sub_message", newSVpv(((const ProtobufCMessageDescriptor *)f->descriptor)->name, 0));
    return hv;
}

static SV *method_info(pTHX_ const ee_method *m)
{
    HV *hv = newHV();
    AV *args = newAV(), *opts = newAV(), *rt = newAV();
    int i;
    hv_stores(hv, "name", newSVpv(m->name, 0));
    hv_stores(hv, "usage", newSVpv(m->usage, 0));
    hv_stores(hv, "rpc", newSVpvf("%s/%s", eeg_rpcs[m->rpc].service, eeg_rpcs[m->rpc].method));
    hv_stores(hv, "nrequired", newSViv(m->nrequired));
    hv_stores(hv, "named", newSViv(!!(m->flags & EE_M_NAMED)));
    hv_stores(hv, "idempotent", newSViv(!!(m->flags & EE_M_IDEMPOTENT)));
    hv_stores(hv, "stream", newSVpv(m->stream, 0));
    for (i = 0; i < m->nargs; i++) {
        const ee_arg *a = &m->args[i];
        HV *ah = a->flags & EE_ARG_RUNTIME ? newHV() : field_info(aTHX_ m->msg, a->field);
        hv_stores(ah, "field", newSVpv(a->field, 0));
        hv_stores(ah, "undef_ok", newSViv(!!(a->flags & EE_ARG_UNDEF_OK)));
        hv_stores(ah, "optional", newSViv(!!(a->flags & EE_ARG_OPTIONAL)));
        hv_stores(ah, "hash", newSViv(!!(a->flags & EE_ARG_HASH)));
        if (a->flags & EE_ARG_RUNTIME)
            hv_stores(ah, "type", newSVpvs("runtime"));
        av_push(args, newRV_noinc((SV *)ah));
    }
    for (i = 0; i < m->nopts; i++) {
        HV *oh = field_info(aTHX_ m->msg, m->opts[i]);
        hv_stores(oh, "name", newSVpv(m->opts[i], 0));
        av_push(opts, newRV_noinc((SV *)oh));
    }
    av_push(rt, newSVpv(m->runtime_opts & EE_RT_AUTO_RECONNECT ? "auto_reconnect" : "timeout", 0));
    if (m->runtime_opts & EE_RT_ENDPOINT)
        av_push(rt, newSVpvs("endpoint"));
    hv_stores(hv, "args", newRV_noinc((SV *)args));
    hv_stores(hv, "options", newRV_noinc((SV *)opts));
    hv_stores(hv, "runtime_options", newRV_noinc((SV *)rt));
    return newRV_noinc((SV *)hv);
}

MODULE = EV::Etcd    PACKAGE = EV::Etcd    PREFIX = ee_

PROTOTYPES: DISABLE

BOOT:
{
    ee_ev_api_init(aTHX);
    ee_process_load();
    eeg_keys_init(aTHX);
}

SV *
_new(SV *klass, SV *config)
    CODE:
    {
        ee_client *c;
        if (SvROK(klass) || !SvOK(klass) || !sv_derived_from(klass, "EV::Etcd"))
            croak("_new: not called as a class method of EV::Etcd");
        check_config(aTHX_ config);
        c = ee_client_new(aTHX_ (HV *)SvRV(config));
        {
            SV **user = hv_fetchs((HV *)SvRV(config), "username", 0);
            SV **pass = hv_fetchs((HV *)SvRV(config), "password", 0);
            ee_login_setup(aTHX_ c, user ? *user : NULL, pass ? *pass : NULL);
        }
        RETVAL = ee_handle_new(aTHX_ EE_HANDLE_CLIENT, SvPV_nolen(klass), c);
    }
    OUTPUT:
        RETVAL

void
DESTROY(SV *self)
    CODE:
    {
        ee_client *c = (ee_client *)ee_handle_ptr(aTHX_ self, EE_HANDLE_CLIENT);
        if (!c)
            return;                    /* not ours, or destroyed already */
        ee_handle_clear(aTHX_ SvRV(self), EE_HANDLE_CLIENT);
        ee_client_destroy(aTHX_ c);
    }

void
call(...)
    PPCODE:
    {
        ee_call *call;
        nargs(aTHX_ items, 4, I32_MAX, "call", "$client->call($service, $method, \\%fields, [\\%opts], $cb)");
        call = ee_call_generic(aTHX_ client_of(aTHX_ ST(0), "call"), ST(1), ST(2), ST(3), &ST(4), items - 4);
        if (GIMME_V != G_VOID) {
            ST(0) = sv_2mortal(ee_call_handle(aTHX_ call));
            XSRETURN(1);
        }
        XSRETURN_EMPTY;
    }

void
call_stream(...)
    PPCODE:
    {
        SV *handle;
        nargs(aTHX_ items, 4, I32_MAX, "call_stream",
              "$client->call_stream($service, $method, \\%fields, [\\%opts], $cb)");
        handle = ee_stream_call_start(aTHX_ client_of(aTHX_ ST(0), "call_stream"), ST(1), ST(2),
                                      ST(3), &ST(4), items - 4, GIMME_V != G_VOID);
        if (handle) {
            ST(0) = sv_2mortal(handle);
            XSRETURN(1);
        }
        XSRETURN_EMPTY;
    }

SV *
_stats(SV *self)
    CODE:
    {
        ee_client *c = client_of(aTHX_ self, "_stats");
        HV *hv = newHV();
        ee_sub *s;
        IV nsubs = 0;
        for (s = c->subs; s; s = s->next)
            nsubs++;
        hv_stores(hv, "calls_in_flight", newSViv(c->ninflight));
        hv_stores(hv, "calls_on_wire", newSViv(c->nactive));
        hv_stores(hv, "streams_open", newSViv(c->nstreams));
        hv_stores(hv, "streams_opened", newSVuv(c->streams_opened));
        hv_stores(hv, "stream_reads_paused", newSVuv(__atomic_load_n(&c->reads_paused, __ATOMIC_RELAXED)));
        hv_stores(hv, "subscriptions", newSViv(nsubs));
        RETVAL = newRV_noinc((SV *)hv);
    }
    OUTPUT:
        RETVAL

SV *
endpoint(SV *self, ...)
    CODE:
    {
        ee_client *c = client_of(aTHX_ self, "endpoint");
        if (items > 1)
            croak("endpoint: takes no arguments; usage: $client->endpoint");
        ee_client_check(aTHX_ c, "endpoint");
        RETVAL = newSVpv(ee_client_endpoint(c), 0);
    }
    OUTPUT:
        RETVAL

void
_fail_batches(int nth, int count = 1)
    CODE:
        /* tests only: refuse the next `count` gRPC batches after nth - 1 others */
        ee_fail_batches(nth - 1, nth > 0 ? count : 0);

void
_target(SV *self)
    PPCODE:
    {
        ee_client *c = client_of(aTHX_ self, "_target");
        int i;
        for (i = 0; i < c->eps.n; i++)
            mXPUSHs(newSVpv(ee_client_target(c, i), 0));
    }

void
_parse_endpoint(SV *endpoint)
    PPCODE:
    {
        char addr[EE_MAX_ADDRESS];
        static const char *const names[] = { "", "http", "https", "unix" };
        STRLEN len;
        const char *in, *why;
        int scheme;
        if (!SvOK(endpoint) || SvROK(endpoint))
            croak("_parse_endpoint: not a string");
        in = SvPV(endpoint, len);
        why = ee_endpoint_parse(in, len, addr, sizeof addr, &scheme);
        if (why) {
            mXPUSHs(newSVpv(why, 0));
        } else {
            XPUSHs(&PL_sv_undef);
            mXPUSHs(newSVpv(addr, 0));
            mXPUSHs(newSVpv(names[scheme], 0));
        }
    }

SV *
_tls_problem(const char *kind, SV *pem, SV *cert = NULL)
    CODE:
    {
        char buf[512];
        STRLEN len, clen = 0;
        const char *p = SvPV(pem, len), *cp = cert && SvOK(cert) ? SvPV(cert, clen) : NULL;
        const char *why = ee_tls_problem(kind, p, len, cp, clen, buf, sizeof buf);
        RETVAL = why ? newSVpv(why, 0) : &PL_sv_undef;
    }
    OUTPUT:
        RETVAL

void
_rpcs(...)
    PPCODE:
    {
        int i;
        static const char *const kinds[] = { "unary", "server_stream", "client_stream", "bidi_stream" };
        for (i = 0; i < eeg_nrpcs; i++) {
            HV *hv = newHV();
            hv_stores(hv, "service", newSVpv(eeg_rpcs[i].service, 0));
            hv_stores(hv, "method", newSVpv(eeg_rpcs[i].method, 0));
            hv_stores(hv, "path", newSVpv(eeg_rpcs[i].path, 0));
            hv_stores(hv, "kind", newSVpv(kinds[eeg_rpcs[i].kind], 0));
            mXPUSHs(newRV_noinc((SV *)hv));
        }
    }

# etcd's known errors (runtime/errors.c): [text, code (-1: kept), retryable, token]
void
_etcd_errors(...)
    PPCODE:
    {
        int i;
        for (i = 0; i < ee_netcd_errors; i++) {
            AV *av = newAV();
            av_push(av, newSVpv(ee_etcd_errors[i].text, 0));
            av_push(av, newSViv(ee_etcd_errors[i].code));
            av_push(av, newSViv(!!(ee_etcd_errors[i].flags & EE_ERR_RETRYABLE)));
            av_push(av, newSViv(!!(ee_etcd_errors[i].flags & EE_ERR_TOKEN)));
            mXPUSHs(newRV_noinc((SV *)av));
        }
    }

# the error hash a call failing with (code, message) gets (tests)
SV *
_error_hash(int code, SV *message, const char *source = "test")
    CODE:
    {
        STRLEN len;
        const char *m = SvPV(message, len);
        RETVAL = ee_error_sv(aTHX_ code, m, len, source);
    }
    OUTPUT:
        RETVAL

void
_methods(...)
    PPCODE:
    {
        int i;
        for (i = 0; i < eeg_nmethods; i++)
            mXPUSHs(newSVpv(eeg_methods[i].name, 0));
    }

# The two decoders of a response message, for tests: ($hash or undef from
# protobuf-c + the converter, $hash or undef from the generated wire
# decoder the unary calls use) for the response of $service/$method.
void
_decode_both(SV *service, SV *method, SV *bytes)
    PPCODE:
    {
        const ee_rpc *rpc = ee_rpc_by_name(aTHX_ "_decode_both", service, method);
        STRLEN len;
        const uint8_t *p = (const uint8_t *)SvPVbyte(bytes, len);
        ProtobufCMessage *msg = protobuf_c_message_unpack(rpc->resp, NULL, len, p);
        SV *via_pbc = msg ? rpc->resp_to_sv(aTHX_ msg) : newSV(0);
        SV *via_wire = rpc->resp_from_wire(aTHX_ p, len);
        if (msg)
            protobuf_c_message_free_unpacked(msg, NULL);
        mXPUSHs(via_pbc);
        mXPUSHs(via_wire ? via_wire : newSV(0));
    }

# 'full': gRPC's fork support is driven by EV::Etcd (a forked child can make
# clients); 'safe: <why>': an untested gRPC build (or EV_ETCD_FORK_SAFE_MODE
# at load), nothing is done at fork and a child's new() croaks.
SV *
_fork_mode(...)
    CODE:
    {
        const char *why = ee_process_fork_mode();
        RETVAL = why ? newSVpvf("safe: %s", why) : newSVpvs("full");
    }
    OUTPUT:
        RETVAL

# Each method's arguments and options, read from the generated table, with
# the proto type of the field each one fills (tests drive bad input from it).
void
_method_info(...)
    PPCODE:
    {
        int i;
        for (i = 0; i < eeg_nmethods; i++)
            mXPUSHs(method_info(aTHX_ &eeg_methods[i]));
    }

void
request_progress(...)
    CODE:
    {
        ee_client *c;
        nargs(aTHX_ items, 1, 1, "request_progress", "$client->request_progress");
        c = client_of(aTHX_ ST(0), "request_progress");
        ee_client_check(aTHX_ c, "request_progress");
        ee_watch_progress(aTHX_ c);
    }

MODULE = EV::Etcd    PACKAGE = EV::Etcd::Call

void
cancel(...)
    PREINIT:
        SV *self;
    CODE:
        nargs(aTHX_ items, 1, 1, "cancel", "$call->cancel");
        self = ST(0);
        if (!SvROK(self) || !sv_derived_from(self, "EV::Etcd::Call"))
            croak("cancel: not an EV::Etcd::Call handle");
        if (!ee_handle_is(aTHX_ self, EE_HANDLE_CALL))
            croak("cancel: not an EV::Etcd::Call handle made by EV::Etcd");
        ee_call_user_cancel(aTHX_ self);

int
is_active(...)
    PREINIT:
        SV *self;
    CODE:
        nargs(aTHX_ items, 1, 1, "is_active", "$call->is_active");
        self = ST(0);
        if (!SvROK(self) || !sv_derived_from(self, "EV::Etcd::Call") || !ee_handle_is(aTHX_ self, EE_HANDLE_CALL))
            croak("is_active: not an EV::Etcd::Call handle made by EV::Etcd");
        RETVAL = ee_handle_ptr(aTHX_ self, EE_HANDLE_CALL) != NULL;
    OUTPUT:
        RETVAL

MODULE = EV::Etcd    PACKAGE = EV::Etcd::Stream

void
cancel(...)
    CODE:
        nargs(aTHX_ items, 1, 1, "cancel", "$stream->cancel");
        ee_stream_call_cancel(aTHX_ ST(0));

int
send(...)
    CODE:
        nargs(aTHX_ items, 2, 2, "send", "$stream->send(\\%fields)");
        RETVAL = ee_stream_call_send(aTHX_ ST(0), ST(1));
    OUTPUT:
        RETVAL

void
close_send(...)
    CODE:
        nargs(aTHX_ items, 1, 1, "close_send", "$stream->close_send");
        ee_stream_call_close_send(aTHX_ ST(0));

int
is_active(...)
    CODE:
        nargs(aTHX_ items, 1, 1, "is_active", "$stream->is_active");
        RETVAL = ee_stream_call_active(aTHX_ ST(0));
    OUTPUT:
        RETVAL

void
DESTROY(SV *self)
    CODE:
        ee_stream_call_destroy(aTHX_ self);

MODULE = EV::Etcd    PACKAGE = EV::Etcd::Handle

void
cancel(...)
    CODE:
    {
        ee_sub *s;
        SV *cb = items > 1 ? ST(1) : NULL;
        nargs(aTHX_ items, 1, 2, "cancel", "$handle->cancel or $handle->cancel($callback)");
        s = sub_of(aTHX_ ST(0), "cancel");
        if (cb && !(SvROK(cb) && SvTYPE(SvRV(cb)) == SVt_PVCV))
            croak("cancel: the callback must be a code reference");
        if (s->state == EE_SUB_ACTIVE)
            ee_client_check(aTHX_ s->c, "cancel");
        ee_sub_user_cancel(aTHX_ s, cb);
    }

IV
id(...)
    CODE:
        nargs(aTHX_ items, 1, 1, "id", "$handle->id");
        RETVAL = sub_of(aTHX_ ST(0), "id")->id;
    OUTPUT:
        RETVAL

int
is_active(...)
    CODE:
        nargs(aTHX_ items, 1, 1, "is_active", "$handle->is_active");
        RETVAL = sub_of(aTHX_ ST(0), "is_active")->state == EE_SUB_ACTIVE;
    OUTPUT:
        RETVAL

void
DESTROY(SV *self)
    CODE:
    {
        ee_sub *s = (ee_sub *)ee_handle_ptr(aTHX_ self, EE_HANDLE_SUB);
        if (!s)
            return;                    /* not ours, or destroyed already */
        ee_handle_clear(aTHX_ SvRV(self), EE_HANDLE_SUB);
        if (s->fork_gen != ee_fork_generation)
            return;                    /* the parent's; leave it alone */
        if (s->state == EE_SUB_ACTIVE && PL_phase != PERL_PHASE_DESTRUCT)
            ee_sub_user_cancel(aTHX_ s, NULL);   /* the last handle is gone */
        ee_sub_release(aTHX_ s);
    }

INCLUDE: ../generated/ee_methods.xsh
