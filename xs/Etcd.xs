/*
 * Etcd.xs - the XS glue: module boot, the client class and the generated
 * method stubs (INCLUDE of generated/ee_methods.xsh).  Everything of
 * substance lives in runtime/; the per-RPC parts are in generated/.
 */
#include "ee.h"

static ee_client *client_of(pTHX_ SV *self, const char *method)
{
    if (!SvROK(self) || !sv_derived_from(self, "EV::Etcd"))
        croak("%s: not called on an EV::Etcd client", method);
    return INT2PTR(ee_client *, SvIV(SvRV(self)));
}

static ee_sub *sub_of(pTHX_ SV *self)
{
    if (!SvROK(self) || !sv_derived_from(self, "EV::Etcd::Handle"))
        croak("not an EV::Etcd handle");
    return INT2PTR(ee_sub *, SvIV(SvRV(self)));
}

MODULE = EV::Etcd    PACKAGE = EV::Etcd    PREFIX = ee_

PROTOTYPES: DISABLE

BOOT:
{
    ee_ev_api_init(aTHX);
}

SV *
_new(const char *klass, HV *config)
    CODE:
    {
        ee_client *c = ee_client_new(aTHX_ config);
        RETVAL = newSV(0);
        sv_setref_pv(RETVAL, klass, c);
    }
    OUTPUT:
        RETVAL

void
DESTROY(SV *self)
    CODE:
        ee_client_destroy(aTHX_ client_of(aTHX_ self, "DESTROY"));

void
call(SV *self, SV *service, SV *method, SV *fields, ...)
    PPCODE:
    {
        ee_call *call = ee_call_generic(aTHX_ client_of(aTHX_ self, "call"), service, method, fields,
                                        &ST(4), items - 4);
        if (GIMME_V != G_VOID) {
            ST(0) = sv_2mortal(ee_call_handle(aTHX_ call));
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
        hv_stores(hv, "subscriptions", newSViv(nsubs));
        RETVAL = newRV_noinc((SV *)hv);
    }
    OUTPUT:
        RETVAL

void
_fail_batches(int nth, int count = 1)
    CODE:
        /* tests only: refuse the next `count` gRPC batches after nth - 1 others */
        ee_fail_batches(nth - 1, nth > 0 ? count : 0);

SV *
_target(SV *self)
    CODE:
        RETVAL = newSVpv(client_of(aTHX_ self, "_target")->target, 0);
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

void
_methods(...)
    PPCODE:
    {
        int i;
        for (i = 0; i < eeg_nmethods; i++)
            mXPUSHs(newSVpv(eeg_methods[i].name, 0));
    }

void
request_progress(SV *self)
    CODE:
    {
        ee_client *c = client_of(aTHX_ self, "request_progress");
        ee_client_check(aTHX_ c, "request_progress");
        ee_watch_progress(aTHX_ c);
    }

MODULE = EV::Etcd    PACKAGE = EV::Etcd::Call

void
cancel(SV *self)
    CODE:
        if (!SvROK(self) || !sv_derived_from(self, "EV::Etcd::Call"))
            croak("cancel: not an EV::Etcd::Call handle");
        ee_call_user_cancel(aTHX_ self);

int
is_active(SV *self)
    CODE:
        RETVAL = SvROK(self) && SvIV(SvRV(self)) != 0;
    OUTPUT:
        RETVAL

MODULE = EV::Etcd    PACKAGE = EV::Etcd::Handle

void
cancel(SV *self, SV *cb = NULL)
    CODE:
    {
        ee_sub *s = sub_of(aTHX_ self);
        if (cb && !(SvROK(cb) && SvTYPE(SvRV(cb)) == SVt_PVCV))
            croak("cancel: the callback must be a code reference");
        if (s->state == EE_SUB_ACTIVE)
            ee_client_check(aTHX_ s->c, "cancel");
        ee_sub_user_cancel(aTHX_ s, cb);
    }

IV
id(SV *self)
    CODE:
        RETVAL = sub_of(aTHX_ self)->id;
    OUTPUT:
        RETVAL

int
is_active(SV *self)
    CODE:
        RETVAL = sub_of(aTHX_ self)->state == EE_SUB_ACTIVE;
    OUTPUT:
        RETVAL

void
DESTROY(SV *self)
    CODE:
    {
        ee_sub *s = sub_of(aTHX_ self);
        if (s->fork_gen != ee_fork_generation)
            return;                    /* the parent's; leave it alone */
        if (s->state == EE_SUB_ACTIVE && PL_phase != PERL_PHASE_DESTRUCT)
            ee_sub_user_cancel(aTHX_ s, NULL);   /* the last handle is gone */
        ee_sub_release(aTHX_ s);
    }

INCLUDE: ../generated/ee_methods.xsh
