/* generated/ee_convert.c: generated from proto/ (etcd v3.7.1) and codegen/api_map.toml by codegen/generate.py; do not edit.
 * Regenerate with: make generate */
/*
 * Per-message converters between Perl hashes and protobuf-c structs:
 *   eeg_set_<Msg>     set one field by its Perl name (or alias, or virtual name)
 *   eeg_finish_<Msg>  apply virtual fields, check required ones
 *   eeg_to_sv_<Msg>   build the response hash
 */
#include "ee_convert.h"

#define EEG_BYTES_SV(bd) newSVpvn((bd).data ? (const char *)(bd).data : "", (bd).len)
#define EEG_STRING_SV(s) newSVpv((s) ? (s) : "", 0)

static const ee_enum_name eeg_enum_authpb_Permission_Type[] = {
    { "READ", 0 },
    { "WRITE", 1 },
    { "READWRITE", 2 },
};
static const ee_enum_name eeg_enum_etcdserverpb_AlarmRequest_AlarmAction[] = {
    { "GET", 0 },
    { "ACTIVATE", 1 },
    { "DEACTIVATE", 2 },
};
static const ee_enum_name eeg_enum_etcdserverpb_AlarmType[] = {
    { "NONE", 0 },
    { "NOSPACE", 1 },
    { "CORRUPT", 2 },
};
static const ee_enum_name eeg_enum_etcdserverpb_Compare_CompareResult[] = {
    { "EQUAL", 0 },
    { "GREATER", 1 },
    { "LESS", 2 },
    { "NOT_EQUAL", 3 },
    { "=", 0 },
    { "==", 0 },
    { "!=", 3 },
    { "<", 2 },
    { ">", 1 },
};
static const ee_enum_name eeg_enum_etcdserverpb_Compare_CompareTarget[] = {
    { "VERSION", 0 },
    { "CREATE", 1 },
    { "MOD", 2 },
    { "VALUE", 3 },
    { "LEASE", 4 },
    { "create_revision", 1 },
    { "mod_revision", 2 },
};
static const ee_enum_name eeg_enum_etcdserverpb_DowngradeRequest_DowngradeAction[] = {
    { "VALIDATE", 0 },
    { "ENABLE", 1 },
    { "CANCEL", 2 },
};
static const ee_enum_name eeg_enum_etcdserverpb_RangeRequest_SortOrder[] = {
    { "NONE", 0 },
    { "ASCEND", 1 },
    { "DESCEND", 2 },
};
static const ee_enum_name eeg_enum_etcdserverpb_RangeRequest_SortTarget[] = {
    { "KEY", 0 },
    { "VERSION", 1 },
    { "CREATE", 2 },
    { "MOD", 3 },
    { "VALUE", 4 },
};
static const ee_enum_name eeg_enum_etcdserverpb_WatchCreateRequest_FilterType[] = {
    { "NOPUT", 0 },
    { "NODELETE", 1 },
};
static const ee_enum_name eeg_enum_mvccpb_Event_EventType[] = {
    { "PUT", 0 },
    { "DELETE", 1 },
};


/* ---------------------------------------------------------------- authpb.Permission */

int eeg_set_authpb_Permission(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Authpb__Permission *m = (Authpb__Permission *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 3:
        if (memEQ(name, "key", 3)) {
            ee_bytes(aTHX_ b, sv, "key", &m->key);
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 8:
        if (memEQ(name, "permType", 8)) {
            m->permtype = ee_enum(aTHX_ b, sv, "perm_type", eeg_enum_authpb_Permission_Type, sizeof eeg_enum_authpb_Permission_Type / sizeof eeg_enum_authpb_Permission_Type[0]);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 9:
        if (memEQ(name, "perm_type", 9)) {
            m->permtype = ee_enum(aTHX_ b, sv, "perm_type", eeg_enum_authpb_Permission_Type, sizeof eeg_enum_authpb_Permission_Type / sizeof eeg_enum_authpb_Permission_Type[0]);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "range_end", 9)) {
            ee_bytes(aTHX_ b, sv, "range_end", &m->range_end);
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_authpb_Permission(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Authpb__Permission *m = (Authpb__Permission *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

SV *eeg_to_sv_authpb_Permission(pTHX_ const void *msg)
{
    const Authpb__Permission *m = (const Authpb__Permission *)msg;
    HV *hv = newHV();
    hv_stores(hv, "perm_type", ee_enum_sv(aTHX_ m->permtype, eeg_enum_authpb_Permission_Type, sizeof eeg_enum_authpb_Permission_Type / sizeof eeg_enum_authpb_Permission_Type[0]));
    hv_stores(hv, "key", EEG_BYTES_SV(m->key));
    hv_stores(hv, "range_end", EEG_BYTES_SV(m->range_end));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- authpb.UserAddOptions */

int eeg_set_authpb_UserAddOptions(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Authpb__UserAddOptions *m = (Authpb__UserAddOptions *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 11:
        if (memEQ(name, "no_password", 11)) {
            m->no_password = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_authpb_UserAddOptions(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Authpb__UserAddOptions *m = (Authpb__UserAddOptions *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AlarmMember */

SV *eeg_to_sv_etcdserverpb_AlarmMember(pTHX_ const void *msg)
{
    const Etcdserverpb__AlarmMember *m = (const Etcdserverpb__AlarmMember *)msg;
    HV *hv = newHV();
    hv_stores(hv, "member_id", newSVuv((UV)(m->memberid)));
    hv_stores(hv, "alarm", newSViv(m->alarm));
    hv_stores(hv, "alarm_type", ee_enum_sv(aTHX_ m->alarm, eeg_enum_etcdserverpb_AlarmType, sizeof eeg_enum_etcdserverpb_AlarmType / sizeof eeg_enum_etcdserverpb_AlarmType[0]));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AlarmRequest */

int eeg_set_etcdserverpb_AlarmRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AlarmRequest *m = (Etcdserverpb__AlarmRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 5:
        if (memEQ(name, "alarm", 5)) {
            m->alarm = ee_enum(aTHX_ b, sv, "alarm", eeg_enum_etcdserverpb_AlarmType, sizeof eeg_enum_etcdserverpb_AlarmType / sizeof eeg_enum_etcdserverpb_AlarmType[0]);
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    case 6:
        if (memEQ(name, "action", 6)) {
            m->action = ee_enum(aTHX_ b, sv, "action", eeg_enum_etcdserverpb_AlarmRequest_AlarmAction, sizeof eeg_enum_etcdserverpb_AlarmRequest_AlarmAction / sizeof eeg_enum_etcdserverpb_AlarmRequest_AlarmAction[0]);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 8:
        if (memEQ(name, "memberID", 8)) {
            m->memberid = ee_uint64(aTHX_ b, sv, "member_id");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 9:
        if (memEQ(name, "member_id", 9)) {
            m->memberid = ee_uint64(aTHX_ b, sv, "member_id");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AlarmRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AlarmRequest *m = (Etcdserverpb__AlarmRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AlarmResponse */

SV *eeg_to_sv_etcdserverpb_AlarmResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AlarmResponse *m = (const Etcdserverpb__AlarmResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_alarms)
            av_extend(av, (SSize_t)m->n_alarms - 1);
        for (i = 0; i < m->n_alarms; i++)
            av_push(av, eeg_to_sv_etcdserverpb_AlarmMember(aTHX_ m->alarms[i]));
        hv_stores(hv, "alarms", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthDisableRequest */

int eeg_set_etcdserverpb_AuthDisableRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthDisableRequest *m = (Etcdserverpb__AuthDisableRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthDisableRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthDisableRequest *m = (Etcdserverpb__AuthDisableRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthDisableResponse */

SV *eeg_to_sv_etcdserverpb_AuthDisableResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthDisableResponse *m = (const Etcdserverpb__AuthDisableResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthEnableRequest */

int eeg_set_etcdserverpb_AuthEnableRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthEnableRequest *m = (Etcdserverpb__AuthEnableRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthEnableRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthEnableRequest *m = (Etcdserverpb__AuthEnableRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthEnableResponse */

SV *eeg_to_sv_etcdserverpb_AuthEnableResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthEnableResponse *m = (const Etcdserverpb__AuthEnableResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleAddRequest */

int eeg_set_etcdserverpb_AuthRoleAddRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthRoleAddRequest *m = (Etcdserverpb__AuthRoleAddRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "name", 4)) {
            m->name = ee_string(aTHX_ b, sv, "name");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthRoleAddRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthRoleAddRequest *m = (Etcdserverpb__AuthRoleAddRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleAddResponse */

SV *eeg_to_sv_etcdserverpb_AuthRoleAddResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthRoleAddResponse *m = (const Etcdserverpb__AuthRoleAddResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleDeleteRequest */

int eeg_set_etcdserverpb_AuthRoleDeleteRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthRoleDeleteRequest *m = (Etcdserverpb__AuthRoleDeleteRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "role", 4)) {
            m->role = ee_string(aTHX_ b, sv, "role");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthRoleDeleteRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthRoleDeleteRequest *m = (Etcdserverpb__AuthRoleDeleteRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleDeleteResponse */

SV *eeg_to_sv_etcdserverpb_AuthRoleDeleteResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthRoleDeleteResponse *m = (const Etcdserverpb__AuthRoleDeleteResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleGetRequest */

int eeg_set_etcdserverpb_AuthRoleGetRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthRoleGetRequest *m = (Etcdserverpb__AuthRoleGetRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "role", 4)) {
            m->role = ee_string(aTHX_ b, sv, "role");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthRoleGetRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthRoleGetRequest *m = (Etcdserverpb__AuthRoleGetRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleGetResponse */

SV *eeg_to_sv_etcdserverpb_AuthRoleGetResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthRoleGetResponse *m = (const Etcdserverpb__AuthRoleGetResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_perm)
            av_extend(av, (SSize_t)m->n_perm - 1);
        for (i = 0; i < m->n_perm; i++)
            av_push(av, eeg_to_sv_authpb_Permission(aTHX_ m->perm[i]));
        hv_stores(hv, "perm", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleGrantPermissionRequest */

int eeg_set_etcdserverpb_AuthRoleGrantPermissionRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthRoleGrantPermissionRequest *m = (Etcdserverpb__AuthRoleGrantPermissionRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    {
        const char *dot = (const char *)memchr(name, '.', len);
        if (dot) {
            if ((size_t)(dot - name) == 4 && memEQ(name, "perm", 4)) {
                ee_seen sub_seen = 0;
                if (!m->perm) {
                    m->perm = (Authpb__Permission *)ee_alloc(aTHX_ sizeof *m->perm);
                    protobuf_c_message_init(&authpb__permission__descriptor, m->perm);
                }
                *seen |= (ee_seen)1 << 1;
                return eeg_set_authpb_Permission(aTHX_ b, m->perm, &sub_seen, dot + 1, len - (dot - name) - 1, sv);
            }
            return 0;
        }
    }
    switch (len) {
    case 4:
        if (memEQ(name, "name", 4)) {
            m->name = ee_string(aTHX_ b, sv, "name");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "perm", 4)) {
            {
                Authpb__Permission *sub = (Authpb__Permission *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "perm");
                size_t saved;
                protobuf_c_message_init(&authpb__permission__descriptor, sub);
                ee_path_push(b, "perm", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_authpb_Permission, eeg_finish_authpb_Permission);
                ee_path_pop(b, saved);
                m->perm = sub;
            }
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthRoleGrantPermissionRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthRoleGrantPermissionRequest *m = (Etcdserverpb__AuthRoleGrantPermissionRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleGrantPermissionResponse */

SV *eeg_to_sv_etcdserverpb_AuthRoleGrantPermissionResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthRoleGrantPermissionResponse *m = (const Etcdserverpb__AuthRoleGrantPermissionResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleListRequest */

int eeg_set_etcdserverpb_AuthRoleListRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthRoleListRequest *m = (Etcdserverpb__AuthRoleListRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthRoleListRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthRoleListRequest *m = (Etcdserverpb__AuthRoleListRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleListResponse */

SV *eeg_to_sv_etcdserverpb_AuthRoleListResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthRoleListResponse *m = (const Etcdserverpb__AuthRoleListResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_roles)
            av_extend(av, (SSize_t)m->n_roles - 1);
        for (i = 0; i < m->n_roles; i++)
            av_push(av, EEG_STRING_SV(m->roles[i]));
        hv_stores(hv, "roles", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleRevokePermissionRequest */

int eeg_set_etcdserverpb_AuthRoleRevokePermissionRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthRoleRevokePermissionRequest *m = (Etcdserverpb__AuthRoleRevokePermissionRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 3:
        if (memEQ(name, "key", 3)) {
            ee_bytes(aTHX_ b, sv, "key", &m->key);
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 4:
        if (memEQ(name, "role", 4)) {
            m->role = ee_string(aTHX_ b, sv, "role");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 9:
        if (memEQ(name, "range_end", 9)) {
            ee_bytes(aTHX_ b, sv, "range_end", &m->range_end);
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthRoleRevokePermissionRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthRoleRevokePermissionRequest *m = (Etcdserverpb__AuthRoleRevokePermissionRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthRoleRevokePermissionResponse */

SV *eeg_to_sv_etcdserverpb_AuthRoleRevokePermissionResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthRoleRevokePermissionResponse *m = (const Etcdserverpb__AuthRoleRevokePermissionResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthStatusRequest */

int eeg_set_etcdserverpb_AuthStatusRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthStatusRequest *m = (Etcdserverpb__AuthStatusRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthStatusRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthStatusRequest *m = (Etcdserverpb__AuthStatusRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthStatusResponse */

SV *eeg_to_sv_etcdserverpb_AuthStatusResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthStatusResponse *m = (const Etcdserverpb__AuthStatusResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "enabled", newSViv(m->enabled ? 1 : 0));
    hv_stores(hv, "auth_revision", newSVuv((UV)(m->authrevision)));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserAddRequest */

int eeg_set_etcdserverpb_AuthUserAddRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthUserAddRequest *m = (Etcdserverpb__AuthUserAddRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    {
        const char *dot = (const char *)memchr(name, '.', len);
        if (dot) {
            if ((size_t)(dot - name) == 7 && memEQ(name, "options", 7)) {
                ee_seen sub_seen = 0;
                if (!m->options) {
                    m->options = (Authpb__UserAddOptions *)ee_alloc(aTHX_ sizeof *m->options);
                    protobuf_c_message_init(&authpb__user_add_options__descriptor, m->options);
                }
                *seen |= (ee_seen)1 << 2;
                return eeg_set_authpb_UserAddOptions(aTHX_ b, m->options, &sub_seen, dot + 1, len - (dot - name) - 1, sv);
            }
            return 0;
        }
    }
    switch (len) {
    case 4:
        if (memEQ(name, "name", 4)) {
            m->name = ee_string(aTHX_ b, sv, "name");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 7:
        if (memEQ(name, "options", 7)) {
            {
                Authpb__UserAddOptions *sub = (Authpb__UserAddOptions *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "options");
                size_t saved;
                protobuf_c_message_init(&authpb__user_add_options__descriptor, sub);
                ee_path_push(b, "options", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_authpb_UserAddOptions, eeg_finish_authpb_UserAddOptions);
                ee_path_pop(b, saved);
                m->options = sub;
            }
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    case 8:
        if (memEQ(name, "password", 8)) {
            m->password = ee_string(aTHX_ b, sv, "password");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 14:
        if (memEQ(name, "hashedPassword", 14)) {
            m->hashedpassword = ee_string(aTHX_ b, sv, "hashed_password");
            *seen |= (ee_seen)1 << 3;
            return 1;
        }
        break;
    case 15:
        if (memEQ(name, "hashed_password", 15)) {
            m->hashedpassword = ee_string(aTHX_ b, sv, "hashed_password");
            *seen |= (ee_seen)1 << 3;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthUserAddRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthUserAddRequest *m = (Etcdserverpb__AuthUserAddRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserAddResponse */

SV *eeg_to_sv_etcdserverpb_AuthUserAddResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthUserAddResponse *m = (const Etcdserverpb__AuthUserAddResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserChangePasswordRequest */

int eeg_set_etcdserverpb_AuthUserChangePasswordRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthUserChangePasswordRequest *m = (Etcdserverpb__AuthUserChangePasswordRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "name", 4)) {
            m->name = ee_string(aTHX_ b, sv, "name");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 8:
        if (memEQ(name, "password", 8)) {
            m->password = ee_string(aTHX_ b, sv, "password");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 14:
        if (memEQ(name, "hashedPassword", 14)) {
            m->hashedpassword = ee_string(aTHX_ b, sv, "hashed_password");
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    case 15:
        if (memEQ(name, "hashed_password", 15)) {
            m->hashedpassword = ee_string(aTHX_ b, sv, "hashed_password");
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthUserChangePasswordRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthUserChangePasswordRequest *m = (Etcdserverpb__AuthUserChangePasswordRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserChangePasswordResponse */

SV *eeg_to_sv_etcdserverpb_AuthUserChangePasswordResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthUserChangePasswordResponse *m = (const Etcdserverpb__AuthUserChangePasswordResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserDeleteRequest */

int eeg_set_etcdserverpb_AuthUserDeleteRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthUserDeleteRequest *m = (Etcdserverpb__AuthUserDeleteRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "name", 4)) {
            m->name = ee_string(aTHX_ b, sv, "name");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthUserDeleteRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthUserDeleteRequest *m = (Etcdserverpb__AuthUserDeleteRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserDeleteResponse */

SV *eeg_to_sv_etcdserverpb_AuthUserDeleteResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthUserDeleteResponse *m = (const Etcdserverpb__AuthUserDeleteResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserGetRequest */

int eeg_set_etcdserverpb_AuthUserGetRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthUserGetRequest *m = (Etcdserverpb__AuthUserGetRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "name", 4)) {
            m->name = ee_string(aTHX_ b, sv, "name");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthUserGetRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthUserGetRequest *m = (Etcdserverpb__AuthUserGetRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserGetResponse */

SV *eeg_to_sv_etcdserverpb_AuthUserGetResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthUserGetResponse *m = (const Etcdserverpb__AuthUserGetResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_roles)
            av_extend(av, (SSize_t)m->n_roles - 1);
        for (i = 0; i < m->n_roles; i++)
            av_push(av, EEG_STRING_SV(m->roles[i]));
        hv_stores(hv, "roles", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserGrantRoleRequest */

int eeg_set_etcdserverpb_AuthUserGrantRoleRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthUserGrantRoleRequest *m = (Etcdserverpb__AuthUserGrantRoleRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "user", 4)) {
            m->user = ee_string(aTHX_ b, sv, "user");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "role", 4)) {
            m->role = ee_string(aTHX_ b, sv, "role");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthUserGrantRoleRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthUserGrantRoleRequest *m = (Etcdserverpb__AuthUserGrantRoleRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserGrantRoleResponse */

SV *eeg_to_sv_etcdserverpb_AuthUserGrantRoleResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthUserGrantRoleResponse *m = (const Etcdserverpb__AuthUserGrantRoleResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserListRequest */

int eeg_set_etcdserverpb_AuthUserListRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthUserListRequest *m = (Etcdserverpb__AuthUserListRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthUserListRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthUserListRequest *m = (Etcdserverpb__AuthUserListRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserListResponse */

SV *eeg_to_sv_etcdserverpb_AuthUserListResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthUserListResponse *m = (const Etcdserverpb__AuthUserListResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_users)
            av_extend(av, (SSize_t)m->n_users - 1);
        for (i = 0; i < m->n_users; i++)
            av_push(av, EEG_STRING_SV(m->users[i]));
        hv_stores(hv, "users", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserRevokeRoleRequest */

int eeg_set_etcdserverpb_AuthUserRevokeRoleRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthUserRevokeRoleRequest *m = (Etcdserverpb__AuthUserRevokeRoleRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "name", 4)) {
            m->name = ee_string(aTHX_ b, sv, "name");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "role", 4)) {
            m->role = ee_string(aTHX_ b, sv, "role");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthUserRevokeRoleRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthUserRevokeRoleRequest *m = (Etcdserverpb__AuthUserRevokeRoleRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthUserRevokeRoleResponse */

SV *eeg_to_sv_etcdserverpb_AuthUserRevokeRoleResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthUserRevokeRoleResponse *m = (const Etcdserverpb__AuthUserRevokeRoleResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthenticateRequest */

int eeg_set_etcdserverpb_AuthenticateRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__AuthenticateRequest *m = (Etcdserverpb__AuthenticateRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "name", 4)) {
            m->name = ee_string(aTHX_ b, sv, "name");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 8:
        if (memEQ(name, "password", 8)) {
            m->password = ee_string(aTHX_ b, sv, "password");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_AuthenticateRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__AuthenticateRequest *m = (Etcdserverpb__AuthenticateRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.AuthenticateResponse */

SV *eeg_to_sv_etcdserverpb_AuthenticateResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__AuthenticateResponse *m = (const Etcdserverpb__AuthenticateResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "token", EEG_STRING_SV(m->token));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.CompactionRequest */

int eeg_set_etcdserverpb_CompactionRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__CompactionRequest *m = (Etcdserverpb__CompactionRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 8:
        if (memEQ(name, "revision", 8)) {
            m->revision = ee_int64_nonneg(aTHX_ b, sv, "revision");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "physical", 8)) {
            m->physical = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_CompactionRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__CompactionRequest *m = (Etcdserverpb__CompactionRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.CompactionResponse */

SV *eeg_to_sv_etcdserverpb_CompactionResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__CompactionResponse *m = (const Etcdserverpb__CompactionResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.Compare */

int eeg_set_etcdserverpb_Compare(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__Compare *m = (Etcdserverpb__Compare *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 3:
        if (memEQ(name, "key", 3)) {
            ee_bytes(aTHX_ b, sv, "key", &m->key);
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    case 5:
        if (memEQ(name, "value", 5)) {
            ee_bytes(aTHX_ b, sv, "value", &m->value);
            m->target_union_case = 7;
            *seen |= (ee_seen)1 << 6;
            return 1;
        }
        if (memEQ(name, "lease", 5)) {
            m->lease = ee_int64(aTHX_ b, sv, "lease");
            m->target_union_case = 8;
            *seen |= (ee_seen)1 << 7;
            return 1;
        }
        break;
    case 6:
        if (memEQ(name, "result", 6)) {
            m->result = ee_enum(aTHX_ b, sv, "result", eeg_enum_etcdserverpb_Compare_CompareResult, sizeof eeg_enum_etcdserverpb_Compare_CompareResult / sizeof eeg_enum_etcdserverpb_Compare_CompareResult[0]);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "target", 6)) {
            m->target = ee_enum(aTHX_ b, sv, "target", eeg_enum_etcdserverpb_Compare_CompareTarget, sizeof eeg_enum_etcdserverpb_Compare_CompareTarget / sizeof eeg_enum_etcdserverpb_Compare_CompareTarget[0]);
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 7:
        if (memEQ(name, "version", 7)) {
            m->version = ee_int64(aTHX_ b, sv, "version");
            m->target_union_case = 4;
            *seen |= (ee_seen)1 << 3;
            return 1;
        }
        break;
    case 9:
        if (memEQ(name, "range_end", 9)) {
            ee_bytes(aTHX_ b, sv, "range_end", &m->range_end);
            *seen |= (ee_seen)1 << 8;
            return 1;
        }
        break;
    case 12:
        if (memEQ(name, "mod_revision", 12)) {
            m->mod_revision = ee_int64(aTHX_ b, sv, "mod_revision");
            m->target_union_case = 6;
            *seen |= (ee_seen)1 << 5;
            return 1;
        }
        break;
    case 15:
        if (memEQ(name, "create_revision", 15)) {
            m->create_revision = ee_int64(aTHX_ b, sv, "create_revision");
            m->target_union_case = 5;
            *seen |= (ee_seen)1 << 4;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_Compare(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__Compare *m = (Etcdserverpb__Compare *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
    if (!(seen & ((ee_seen)1 << 2)))
        ee_missing(aTHX_ b, "key");
    if (!(seen & ((ee_seen)1 << 1)))
        ee_missing(aTHX_ b, "target");
}

/* ---------------------------------------------------------------- etcdserverpb.DefragmentRequest */

int eeg_set_etcdserverpb_DefragmentRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__DefragmentRequest *m = (Etcdserverpb__DefragmentRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    }
    return 0;
}

void eeg_finish_etcdserverpb_DefragmentRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__DefragmentRequest *m = (Etcdserverpb__DefragmentRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.DefragmentResponse */

SV *eeg_to_sv_etcdserverpb_DefragmentResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__DefragmentResponse *m = (const Etcdserverpb__DefragmentResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.DeleteRangeRequest */

int eeg_set_etcdserverpb_DeleteRangeRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__DeleteRangeRequest *m = (Etcdserverpb__DeleteRangeRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 3:
        if (memEQ(name, "key", 3)) {
            ee_bytes(aTHX_ b, sv, "key", &m->key);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 6:
        if (memEQ(name, "prefix", 6)) {
            if (SvTRUE(sv))
                *seen |= (ee_seen)1 << 3;
            return 1;
        }
        break;
    case 7:
        if (memEQ(name, "prev_kv", 7)) {
            m->prev_kv = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    case 9:
        if (memEQ(name, "range_end", 9)) {
            ee_bytes(aTHX_ b, sv, "range_end", &m->range_end);
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_DeleteRangeRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__DeleteRangeRequest *m = (Etcdserverpb__DeleteRangeRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
    if (seen & ((ee_seen)1 << 3)) {
        if (seen & ((ee_seen)1 << 1))
            croak("%s: 'prefix' and 'range_end' cannot be combined", b->method);
        ee_prefix_range_end(aTHX_ &m->key, &m->range_end);
    }
}

/* ---------------------------------------------------------------- etcdserverpb.DeleteRangeResponse */

SV *eeg_to_sv_etcdserverpb_DeleteRangeResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__DeleteRangeResponse *m = (const Etcdserverpb__DeleteRangeResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "deleted", newSViv((IV)(m->deleted)));
if (m->n_prev_kvs) {
        AV *av = newAV();
        size_t i;
        if (m->n_prev_kvs)
            av_extend(av, (SSize_t)m->n_prev_kvs - 1);
        for (i = 0; i < m->n_prev_kvs; i++)
            av_push(av, eeg_to_sv_mvccpb_KeyValue(aTHX_ m->prev_kvs[i]));
        hv_stores(hv, "prev_kvs", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.DowngradeInfo */

SV *eeg_to_sv_etcdserverpb_DowngradeInfo(pTHX_ const void *msg)
{
    const Etcdserverpb__DowngradeInfo *m = (const Etcdserverpb__DowngradeInfo *)msg;
    HV *hv = newHV();
    hv_stores(hv, "enabled", newSViv(m->enabled ? 1 : 0));
    hv_stores(hv, "target_version", EEG_STRING_SV(m->targetversion));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.DowngradeRequest */

int eeg_set_etcdserverpb_DowngradeRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__DowngradeRequest *m = (Etcdserverpb__DowngradeRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 6:
        if (memEQ(name, "action", 6)) {
            m->action = ee_enum(aTHX_ b, sv, "action", eeg_enum_etcdserverpb_DowngradeRequest_DowngradeAction, sizeof eeg_enum_etcdserverpb_DowngradeRequest_DowngradeAction / sizeof eeg_enum_etcdserverpb_DowngradeRequest_DowngradeAction[0]);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 7:
        if (memEQ(name, "version", 7)) {
            m->version = ee_string(aTHX_ b, sv, "version");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_DowngradeRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__DowngradeRequest *m = (Etcdserverpb__DowngradeRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.DowngradeResponse */

SV *eeg_to_sv_etcdserverpb_DowngradeResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__DowngradeResponse *m = (const Etcdserverpb__DowngradeResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "version", EEG_STRING_SV(m->version));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.HashKVRequest */

int eeg_set_etcdserverpb_HashKVRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__HashKVRequest *m = (Etcdserverpb__HashKVRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 8:
        if (memEQ(name, "revision", 8)) {
            m->revision = ee_int64_nonneg(aTHX_ b, sv, "revision");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_HashKVRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__HashKVRequest *m = (Etcdserverpb__HashKVRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.HashKVResponse */

SV *eeg_to_sv_etcdserverpb_HashKVResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__HashKVResponse *m = (const Etcdserverpb__HashKVResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "hash", newSVuv((UV)(m->hash)));
    hv_stores(hv, "compact_revision", newSViv((IV)(m->compact_revision)));
    if (m->hash_revision)
        hv_stores(hv, "hash_revision", newSViv((IV)(m->hash_revision)));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.HashRequest */

int eeg_set_etcdserverpb_HashRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__HashRequest *m = (Etcdserverpb__HashRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    }
    return 0;
}

void eeg_finish_etcdserverpb_HashRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__HashRequest *m = (Etcdserverpb__HashRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.HashResponse */

SV *eeg_to_sv_etcdserverpb_HashResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__HashResponse *m = (const Etcdserverpb__HashResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "hash", newSVuv((UV)(m->hash)));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseGrantRequest */

int eeg_set_etcdserverpb_LeaseGrantRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__LeaseGrantRequest *m = (Etcdserverpb__LeaseGrantRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 2:
        if (memEQ(name, "id", 2)) {
            m->id = ee_int64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        if (memEQ(name, "ID", 2)) {
            m->id = ee_int64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 3:
        if (memEQ(name, "ttl", 3)) {
            m->ttl = ee_int64_nonneg(aTHX_ b, sv, "ttl");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "TTL", 3)) {
            m->ttl = ee_int64_nonneg(aTHX_ b, sv, "ttl");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_LeaseGrantRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__LeaseGrantRequest *m = (Etcdserverpb__LeaseGrantRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseGrantResponse */

SV *eeg_to_sv_etcdserverpb_LeaseGrantResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__LeaseGrantResponse *m = (const Etcdserverpb__LeaseGrantResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "id", newSViv((IV)(m->id)));
    hv_stores(hv, "ttl", newSViv((IV)(m->ttl)));
    if (m->error && *m->error)
        hv_stores(hv, "error", EEG_STRING_SV(m->error));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseKeepAliveRequest */

int eeg_set_etcdserverpb_LeaseKeepAliveRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__LeaseKeepAliveRequest *m = (Etcdserverpb__LeaseKeepAliveRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 2:
        if (memEQ(name, "id", 2)) {
            m->id = ee_int64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "ID", 2)) {
            m->id = ee_int64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_LeaseKeepAliveRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__LeaseKeepAliveRequest *m = (Etcdserverpb__LeaseKeepAliveRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseKeepAliveResponse */

SV *eeg_to_sv_etcdserverpb_LeaseKeepAliveResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__LeaseKeepAliveResponse *m = (const Etcdserverpb__LeaseKeepAliveResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "id", newSViv((IV)(m->id)));
    hv_stores(hv, "ttl", newSViv((IV)(m->ttl)));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseLeasesRequest */

int eeg_set_etcdserverpb_LeaseLeasesRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__LeaseLeasesRequest *m = (Etcdserverpb__LeaseLeasesRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    }
    return 0;
}

void eeg_finish_etcdserverpb_LeaseLeasesRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__LeaseLeasesRequest *m = (Etcdserverpb__LeaseLeasesRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseLeasesResponse */

SV *eeg_to_sv_etcdserverpb_LeaseLeasesResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__LeaseLeasesResponse *m = (const Etcdserverpb__LeaseLeasesResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_leases)
            av_extend(av, (SSize_t)m->n_leases - 1);
        for (i = 0; i < m->n_leases; i++)
            av_push(av, eeg_to_sv_etcdserverpb_LeaseStatus(aTHX_ m->leases[i]));
        hv_stores(hv, "leases", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseRevokeRequest */

int eeg_set_etcdserverpb_LeaseRevokeRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__LeaseRevokeRequest *m = (Etcdserverpb__LeaseRevokeRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 2:
        if (memEQ(name, "id", 2)) {
            m->id = ee_int64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "ID", 2)) {
            m->id = ee_int64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_LeaseRevokeRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__LeaseRevokeRequest *m = (Etcdserverpb__LeaseRevokeRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseRevokeResponse */

SV *eeg_to_sv_etcdserverpb_LeaseRevokeResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__LeaseRevokeResponse *m = (const Etcdserverpb__LeaseRevokeResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseStatus */

SV *eeg_to_sv_etcdserverpb_LeaseStatus(pTHX_ const void *msg)
{
    const Etcdserverpb__LeaseStatus *m = (const Etcdserverpb__LeaseStatus *)msg;
    HV *hv = newHV();
    hv_stores(hv, "id", newSViv((IV)(m->id)));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseTimeToLiveRequest */

int eeg_set_etcdserverpb_LeaseTimeToLiveRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__LeaseTimeToLiveRequest *m = (Etcdserverpb__LeaseTimeToLiveRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 2:
        if (memEQ(name, "id", 2)) {
            m->id = ee_int64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "ID", 2)) {
            m->id = ee_int64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 4:
        if (memEQ(name, "keys", 4)) {
            m->keys = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_LeaseTimeToLiveRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__LeaseTimeToLiveRequest *m = (Etcdserverpb__LeaseTimeToLiveRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseTimeToLiveResponse */

SV *eeg_to_sv_etcdserverpb_LeaseTimeToLiveResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__LeaseTimeToLiveResponse *m = (const Etcdserverpb__LeaseTimeToLiveResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "id", newSViv((IV)(m->id)));
    hv_stores(hv, "ttl", newSViv((IV)(m->ttl)));
    hv_stores(hv, "granted_ttl", newSViv((IV)(m->grantedttl)));
if (m->n_keys) {
        AV *av = newAV();
        size_t i;
        if (m->n_keys)
            av_extend(av, (SSize_t)m->n_keys - 1);
        for (i = 0; i < m->n_keys; i++)
            av_push(av, EEG_BYTES_SV(m->keys[i]));
        hv_stores(hv, "keys", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.Member */

SV *eeg_to_sv_etcdserverpb_Member(pTHX_ const void *msg)
{
    const Etcdserverpb__Member *m = (const Etcdserverpb__Member *)msg;
    HV *hv = newHV();
    hv_stores(hv, "id", newSVuv((UV)(m->id)));
    hv_stores(hv, "name", EEG_STRING_SV(m->name));
{
        AV *av = newAV();
        size_t i;
        if (m->n_peerurls)
            av_extend(av, (SSize_t)m->n_peerurls - 1);
        for (i = 0; i < m->n_peerurls; i++)
            av_push(av, EEG_STRING_SV(m->peerurls[i]));
        hv_stores(hv, "peer_urls", newRV_noinc((SV *)av));
    }
{
        AV *av = newAV();
        size_t i;
        if (m->n_clienturls)
            av_extend(av, (SSize_t)m->n_clienturls - 1);
        for (i = 0; i < m->n_clienturls; i++)
            av_push(av, EEG_STRING_SV(m->clienturls[i]));
        hv_stores(hv, "client_urls", newRV_noinc((SV *)av));
    }
    hv_stores(hv, "is_learner", newSViv(m->islearner ? 1 : 0));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.MemberAddRequest */

int eeg_set_etcdserverpb_MemberAddRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__MemberAddRequest *m = (Etcdserverpb__MemberAddRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 8:
        if (memEQ(name, "peerURLs", 8)) {
            {
                AV *av = ee_array_arg(aTHX_ b, sv, "peer_urls");
                SSize_t n = av_count(av), i;
                m->n_peerurls = (size_t)n;
                m->peerurls = ee_alloc(aTHX_ (n ? n : 1) * sizeof *m->peerurls);
                for (i = 0; i < n; i++) {
                    SV **e = av_fetch(av, i, 0);
                    SV *ev = e ? *e : &PL_sv_undef;
                    const int idx = (int)i;
                    char label[96];
                    PERL_UNUSED_VAR(idx);
                    snprintf(label, sizeof label, "%s[%d]", "peer_urls", (int)i);
                    m->peerurls[i] = ee_string(aTHX_ b, ev, label);
                }
            }
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 9:
        if (memEQ(name, "peer_urls", 9)) {
            {
                AV *av = ee_array_arg(aTHX_ b, sv, "peer_urls");
                SSize_t n = av_count(av), i;
                m->n_peerurls = (size_t)n;
                m->peerurls = ee_alloc(aTHX_ (n ? n : 1) * sizeof *m->peerurls);
                for (i = 0; i < n; i++) {
                    SV **e = av_fetch(av, i, 0);
                    SV *ev = e ? *e : &PL_sv_undef;
                    const int idx = (int)i;
                    char label[96];
                    PERL_UNUSED_VAR(idx);
                    snprintf(label, sizeof label, "%s[%d]", "peer_urls", (int)i);
                    m->peerurls[i] = ee_string(aTHX_ b, ev, label);
                }
            }
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "isLearner", 9)) {
            m->islearner = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 10:
        if (memEQ(name, "is_learner", 10)) {
            m->islearner = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_MemberAddRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__MemberAddRequest *m = (Etcdserverpb__MemberAddRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.MemberAddResponse */

SV *eeg_to_sv_etcdserverpb_MemberAddResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__MemberAddResponse *m = (const Etcdserverpb__MemberAddResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    if (m->member)
        hv_stores(hv, "member", eeg_to_sv_etcdserverpb_Member(aTHX_ m->member));
{
        AV *av = newAV();
        size_t i;
        if (m->n_members)
            av_extend(av, (SSize_t)m->n_members - 1);
        for (i = 0; i < m->n_members; i++)
            av_push(av, eeg_to_sv_etcdserverpb_Member(aTHX_ m->members[i]));
        hv_stores(hv, "members", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.MemberListRequest */

int eeg_set_etcdserverpb_MemberListRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__MemberListRequest *m = (Etcdserverpb__MemberListRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 12:
        if (memEQ(name, "linearizable", 12)) {
            m->linearizable = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_MemberListRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__MemberListRequest *m = (Etcdserverpb__MemberListRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.MemberListResponse */

SV *eeg_to_sv_etcdserverpb_MemberListResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__MemberListResponse *m = (const Etcdserverpb__MemberListResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_members)
            av_extend(av, (SSize_t)m->n_members - 1);
        for (i = 0; i < m->n_members; i++)
            av_push(av, eeg_to_sv_etcdserverpb_Member(aTHX_ m->members[i]));
        hv_stores(hv, "members", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.MemberPromoteRequest */

int eeg_set_etcdserverpb_MemberPromoteRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__MemberPromoteRequest *m = (Etcdserverpb__MemberPromoteRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 2:
        if (memEQ(name, "id", 2)) {
            m->id = ee_uint64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "ID", 2)) {
            m->id = ee_uint64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_MemberPromoteRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__MemberPromoteRequest *m = (Etcdserverpb__MemberPromoteRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.MemberPromoteResponse */

SV *eeg_to_sv_etcdserverpb_MemberPromoteResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__MemberPromoteResponse *m = (const Etcdserverpb__MemberPromoteResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_members)
            av_extend(av, (SSize_t)m->n_members - 1);
        for (i = 0; i < m->n_members; i++)
            av_push(av, eeg_to_sv_etcdserverpb_Member(aTHX_ m->members[i]));
        hv_stores(hv, "members", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.MemberRemoveRequest */

int eeg_set_etcdserverpb_MemberRemoveRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__MemberRemoveRequest *m = (Etcdserverpb__MemberRemoveRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 2:
        if (memEQ(name, "id", 2)) {
            m->id = ee_uint64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "ID", 2)) {
            m->id = ee_uint64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_MemberRemoveRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__MemberRemoveRequest *m = (Etcdserverpb__MemberRemoveRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.MemberRemoveResponse */

SV *eeg_to_sv_etcdserverpb_MemberRemoveResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__MemberRemoveResponse *m = (const Etcdserverpb__MemberRemoveResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_members)
            av_extend(av, (SSize_t)m->n_members - 1);
        for (i = 0; i < m->n_members; i++)
            av_push(av, eeg_to_sv_etcdserverpb_Member(aTHX_ m->members[i]));
        hv_stores(hv, "members", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.MemberUpdateRequest */

int eeg_set_etcdserverpb_MemberUpdateRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__MemberUpdateRequest *m = (Etcdserverpb__MemberUpdateRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 2:
        if (memEQ(name, "id", 2)) {
            m->id = ee_uint64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "ID", 2)) {
            m->id = ee_uint64(aTHX_ b, sv, "id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 8:
        if (memEQ(name, "peerURLs", 8)) {
            {
                AV *av = ee_array_arg(aTHX_ b, sv, "peer_urls");
                SSize_t n = av_count(av), i;
                m->n_peerurls = (size_t)n;
                m->peerurls = ee_alloc(aTHX_ (n ? n : 1) * sizeof *m->peerurls);
                for (i = 0; i < n; i++) {
                    SV **e = av_fetch(av, i, 0);
                    SV *ev = e ? *e : &PL_sv_undef;
                    const int idx = (int)i;
                    char label[96];
                    PERL_UNUSED_VAR(idx);
                    snprintf(label, sizeof label, "%s[%d]", "peer_urls", (int)i);
                    m->peerurls[i] = ee_string(aTHX_ b, ev, label);
                }
            }
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 9:
        if (memEQ(name, "peer_urls", 9)) {
            {
                AV *av = ee_array_arg(aTHX_ b, sv, "peer_urls");
                SSize_t n = av_count(av), i;
                m->n_peerurls = (size_t)n;
                m->peerurls = ee_alloc(aTHX_ (n ? n : 1) * sizeof *m->peerurls);
                for (i = 0; i < n; i++) {
                    SV **e = av_fetch(av, i, 0);
                    SV *ev = e ? *e : &PL_sv_undef;
                    const int idx = (int)i;
                    char label[96];
                    PERL_UNUSED_VAR(idx);
                    snprintf(label, sizeof label, "%s[%d]", "peer_urls", (int)i);
                    m->peerurls[i] = ee_string(aTHX_ b, ev, label);
                }
            }
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_MemberUpdateRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__MemberUpdateRequest *m = (Etcdserverpb__MemberUpdateRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.MemberUpdateResponse */

SV *eeg_to_sv_etcdserverpb_MemberUpdateResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__MemberUpdateResponse *m = (const Etcdserverpb__MemberUpdateResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_members)
            av_extend(av, (SSize_t)m->n_members - 1);
        for (i = 0; i < m->n_members; i++)
            av_push(av, eeg_to_sv_etcdserverpb_Member(aTHX_ m->members[i]));
        hv_stores(hv, "members", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.MoveLeaderRequest */

int eeg_set_etcdserverpb_MoveLeaderRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__MoveLeaderRequest *m = (Etcdserverpb__MoveLeaderRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 8:
        if (memEQ(name, "targetID", 8)) {
            m->targetid = ee_uint64(aTHX_ b, sv, "target_id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 9:
        if (memEQ(name, "target_id", 9)) {
            m->targetid = ee_uint64(aTHX_ b, sv, "target_id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_MoveLeaderRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__MoveLeaderRequest *m = (Etcdserverpb__MoveLeaderRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.MoveLeaderResponse */

SV *eeg_to_sv_etcdserverpb_MoveLeaderResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__MoveLeaderResponse *m = (const Etcdserverpb__MoveLeaderResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.PutRequest */

int eeg_set_etcdserverpb_PutRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__PutRequest *m = (Etcdserverpb__PutRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 3:
        if (memEQ(name, "key", 3)) {
            ee_bytes(aTHX_ b, sv, "key", &m->key);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 5:
        if (memEQ(name, "value", 5)) {
            ee_bytes(aTHX_ b, sv, "value", &m->value);
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        if (memEQ(name, "lease", 5)) {
            m->lease = ee_int64(aTHX_ b, sv, "lease");
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    case 7:
        if (memEQ(name, "prev_kv", 7)) {
            m->prev_kv = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 3;
            return 1;
        }
        break;
    case 12:
        if (memEQ(name, "ignore_value", 12)) {
            m->ignore_value = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 4;
            return 1;
        }
        if (memEQ(name, "ignore_lease", 12)) {
            m->ignore_lease = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 5;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_PutRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__PutRequest *m = (Etcdserverpb__PutRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.PutResponse */

SV *eeg_to_sv_etcdserverpb_PutResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__PutResponse *m = (const Etcdserverpb__PutResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    if (m->prev_kv)
        hv_stores(hv, "prev_kv", eeg_to_sv_mvccpb_KeyValue(aTHX_ m->prev_kv));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.RangeRequest */

int eeg_set_etcdserverpb_RangeRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__RangeRequest *m = (Etcdserverpb__RangeRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 3:
        if (memEQ(name, "key", 3)) {
            ee_bytes(aTHX_ b, sv, "key", &m->key);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 5:
        if (memEQ(name, "limit", 5)) {
            m->limit = ee_int64(aTHX_ b, sv, "limit");
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    case 6:
        if (memEQ(name, "prefix", 6)) {
            if (SvTRUE(sv))
                *seen |= (ee_seen)1 << 13;
            return 1;
        }
        break;
    case 8:
        if (memEQ(name, "revision", 8)) {
            m->revision = ee_int64_nonneg(aTHX_ b, sv, "revision");
            *seen |= (ee_seen)1 << 3;
            return 1;
        }
        break;
    case 9:
        if (memEQ(name, "range_end", 9)) {
            ee_bytes(aTHX_ b, sv, "range_end", &m->range_end);
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        if (memEQ(name, "keys_only", 9)) {
            m->keys_only = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 7;
            return 1;
        }
        break;
    case 10:
        if (memEQ(name, "sort_order", 10)) {
            m->sort_order = ee_enum(aTHX_ b, sv, "sort_order", eeg_enum_etcdserverpb_RangeRequest_SortOrder, sizeof eeg_enum_etcdserverpb_RangeRequest_SortOrder / sizeof eeg_enum_etcdserverpb_RangeRequest_SortOrder[0]);
            *seen |= (ee_seen)1 << 4;
            return 1;
        }
        if (memEQ(name, "count_only", 10)) {
            m->count_only = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 8;
            return 1;
        }
        break;
    case 11:
        if (memEQ(name, "sort_target", 11)) {
            m->sort_target = ee_enum(aTHX_ b, sv, "sort_target", eeg_enum_etcdserverpb_RangeRequest_SortTarget, sizeof eeg_enum_etcdserverpb_RangeRequest_SortTarget / sizeof eeg_enum_etcdserverpb_RangeRequest_SortTarget[0]);
            *seen |= (ee_seen)1 << 5;
            return 1;
        }
        break;
    case 12:
        if (memEQ(name, "serializable", 12)) {
            m->serializable = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 6;
            return 1;
        }
        break;
    case 16:
        if (memEQ(name, "min_mod_revision", 16)) {
            m->min_mod_revision = ee_int64_nonneg(aTHX_ b, sv, "min_mod_revision");
            *seen |= (ee_seen)1 << 9;
            return 1;
        }
        if (memEQ(name, "max_mod_revision", 16)) {
            m->max_mod_revision = ee_int64_nonneg(aTHX_ b, sv, "max_mod_revision");
            *seen |= (ee_seen)1 << 10;
            return 1;
        }
        break;
    case 19:
        if (memEQ(name, "min_create_revision", 19)) {
            m->min_create_revision = ee_int64_nonneg(aTHX_ b, sv, "min_create_revision");
            *seen |= (ee_seen)1 << 11;
            return 1;
        }
        if (memEQ(name, "max_create_revision", 19)) {
            m->max_create_revision = ee_int64_nonneg(aTHX_ b, sv, "max_create_revision");
            *seen |= (ee_seen)1 << 12;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_RangeRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__RangeRequest *m = (Etcdserverpb__RangeRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
    if (seen & ((ee_seen)1 << 13)) {
        if (seen & ((ee_seen)1 << 1))
            croak("%s: 'prefix' and 'range_end' cannot be combined", b->method);
        ee_prefix_range_end(aTHX_ &m->key, &m->range_end);
    }
}

/* ---------------------------------------------------------------- etcdserverpb.RangeResponse */

SV *eeg_to_sv_etcdserverpb_RangeResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__RangeResponse *m = (const Etcdserverpb__RangeResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_kvs)
            av_extend(av, (SSize_t)m->n_kvs - 1);
        for (i = 0; i < m->n_kvs; i++)
            av_push(av, eeg_to_sv_mvccpb_KeyValue(aTHX_ m->kvs[i]));
        hv_stores(hv, "kvs", newRV_noinc((SV *)av));
    }
    hv_stores(hv, "more", newSViv(m->more ? 1 : 0));
    hv_stores(hv, "count", newSViv((IV)(m->count)));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.RangeStreamResponse */

SV *eeg_to_sv_etcdserverpb_RangeStreamResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__RangeStreamResponse *m = (const Etcdserverpb__RangeStreamResponse *)msg;
    HV *hv = newHV();
    if (m->range_response)
        hv_stores(hv, "range_response", eeg_to_sv_etcdserverpb_RangeResponse(aTHX_ m->range_response));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.RequestOp */

int eeg_set_etcdserverpb_RequestOp(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__RequestOp *m = (Etcdserverpb__RequestOp *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    {
        const char *dot = (const char *)memchr(name, '.', len);
        if (dot) {
            if ((size_t)(dot - name) == 13 && memEQ(name, "request_range", 13)) {
                ee_seen sub_seen = 0;
                if (!m->request_range) {
                    m->request_range = (Etcdserverpb__RangeRequest *)ee_alloc(aTHX_ sizeof *m->request_range);
                    protobuf_c_message_init(&etcdserverpb__range_request__descriptor, m->request_range);
                }
                m->request_case = 1;
                *seen |= (ee_seen)1 << 0;
                return eeg_set_etcdserverpb_RangeRequest(aTHX_ b, m->request_range, &sub_seen, dot + 1, len - (dot - name) - 1, sv);
            }
            if ((size_t)(dot - name) == 11 && memEQ(name, "request_put", 11)) {
                ee_seen sub_seen = 0;
                if (!m->request_put) {
                    m->request_put = (Etcdserverpb__PutRequest *)ee_alloc(aTHX_ sizeof *m->request_put);
                    protobuf_c_message_init(&etcdserverpb__put_request__descriptor, m->request_put);
                }
                m->request_case = 2;
                *seen |= (ee_seen)1 << 1;
                return eeg_set_etcdserverpb_PutRequest(aTHX_ b, m->request_put, &sub_seen, dot + 1, len - (dot - name) - 1, sv);
            }
            if ((size_t)(dot - name) == 20 && memEQ(name, "request_delete_range", 20)) {
                ee_seen sub_seen = 0;
                if (!m->request_delete_range) {
                    m->request_delete_range = (Etcdserverpb__DeleteRangeRequest *)ee_alloc(aTHX_ sizeof *m->request_delete_range);
                    protobuf_c_message_init(&etcdserverpb__delete_range_request__descriptor, m->request_delete_range);
                }
                m->request_case = 3;
                *seen |= (ee_seen)1 << 2;
                return eeg_set_etcdserverpb_DeleteRangeRequest(aTHX_ b, m->request_delete_range, &sub_seen, dot + 1, len - (dot - name) - 1, sv);
            }
            if ((size_t)(dot - name) == 11 && memEQ(name, "request_txn", 11)) {
                ee_seen sub_seen = 0;
                if (!m->request_txn) {
                    m->request_txn = (Etcdserverpb__TxnRequest *)ee_alloc(aTHX_ sizeof *m->request_txn);
                    protobuf_c_message_init(&etcdserverpb__txn_request__descriptor, m->request_txn);
                }
                m->request_case = 4;
                *seen |= (ee_seen)1 << 3;
                return eeg_set_etcdserverpb_TxnRequest(aTHX_ b, m->request_txn, &sub_seen, dot + 1, len - (dot - name) - 1, sv);
            }
            return 0;
        }
    }
    switch (len) {
    case 3:
        if (memEQ(name, "put", 3)) {
            {
                Etcdserverpb__PutRequest *sub = (Etcdserverpb__PutRequest *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "request_put");
                size_t saved;
                protobuf_c_message_init(&etcdserverpb__put_request__descriptor, sub);
                ee_path_push(b, "request_put", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_PutRequest, eeg_finish_etcdserverpb_PutRequest);
                ee_path_pop(b, saved);
                m->request_put = sub;
            }
            m->request_case = 2;
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        if (memEQ(name, "txn", 3)) {
            {
                Etcdserverpb__TxnRequest *sub = (Etcdserverpb__TxnRequest *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "request_txn");
                size_t saved;
                protobuf_c_message_init(&etcdserverpb__txn_request__descriptor, sub);
                ee_path_push(b, "request_txn", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_TxnRequest, eeg_finish_etcdserverpb_TxnRequest);
                ee_path_pop(b, saved);
                m->request_txn = sub;
            }
            m->request_case = 4;
            *seen |= (ee_seen)1 << 3;
            return 1;
        }
        break;
    case 5:
        if (memEQ(name, "range", 5)) {
            {
                Etcdserverpb__RangeRequest *sub = (Etcdserverpb__RangeRequest *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "request_range");
                size_t saved;
                protobuf_c_message_init(&etcdserverpb__range_request__descriptor, sub);
                ee_path_push(b, "request_range", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_RangeRequest, eeg_finish_etcdserverpb_RangeRequest);
                ee_path_pop(b, saved);
                m->request_range = sub;
            }
            m->request_case = 1;
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 6:
        if (memEQ(name, "delete", 6)) {
            {
                Etcdserverpb__DeleteRangeRequest *sub = (Etcdserverpb__DeleteRangeRequest *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "request_delete_range");
                size_t saved;
                protobuf_c_message_init(&etcdserverpb__delete_range_request__descriptor, sub);
                ee_path_push(b, "request_delete_range", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_DeleteRangeRequest, eeg_finish_etcdserverpb_DeleteRangeRequest);
                ee_path_pop(b, saved);
                m->request_delete_range = sub;
            }
            m->request_case = 3;
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    case 11:
        if (memEQ(name, "request_put", 11)) {
            {
                Etcdserverpb__PutRequest *sub = (Etcdserverpb__PutRequest *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "request_put");
                size_t saved;
                protobuf_c_message_init(&etcdserverpb__put_request__descriptor, sub);
                ee_path_push(b, "request_put", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_PutRequest, eeg_finish_etcdserverpb_PutRequest);
                ee_path_pop(b, saved);
                m->request_put = sub;
            }
            m->request_case = 2;
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        if (memEQ(name, "request_txn", 11)) {
            {
                Etcdserverpb__TxnRequest *sub = (Etcdserverpb__TxnRequest *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "request_txn");
                size_t saved;
                protobuf_c_message_init(&etcdserverpb__txn_request__descriptor, sub);
                ee_path_push(b, "request_txn", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_TxnRequest, eeg_finish_etcdserverpb_TxnRequest);
                ee_path_pop(b, saved);
                m->request_txn = sub;
            }
            m->request_case = 4;
            *seen |= (ee_seen)1 << 3;
            return 1;
        }
        break;
    case 13:
        if (memEQ(name, "request_range", 13)) {
            {
                Etcdserverpb__RangeRequest *sub = (Etcdserverpb__RangeRequest *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "request_range");
                size_t saved;
                protobuf_c_message_init(&etcdserverpb__range_request__descriptor, sub);
                ee_path_push(b, "request_range", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_RangeRequest, eeg_finish_etcdserverpb_RangeRequest);
                ee_path_pop(b, saved);
                m->request_range = sub;
            }
            m->request_case = 1;
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 20:
        if (memEQ(name, "request_delete_range", 20)) {
            {
                Etcdserverpb__DeleteRangeRequest *sub = (Etcdserverpb__DeleteRangeRequest *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "request_delete_range");
                size_t saved;
                protobuf_c_message_init(&etcdserverpb__delete_range_request__descriptor, sub);
                ee_path_push(b, "request_delete_range", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_DeleteRangeRequest, eeg_finish_etcdserverpb_DeleteRangeRequest);
                ee_path_pop(b, saved);
                m->request_delete_range = sub;
            }
            m->request_case = 3;
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_RequestOp(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__RequestOp *m = (Etcdserverpb__RequestOp *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.ResponseHeader */

SV *eeg_to_sv_etcdserverpb_ResponseHeader(pTHX_ const void *msg)
{
    const Etcdserverpb__ResponseHeader *m = (const Etcdserverpb__ResponseHeader *)msg;
    HV *hv = newHV();
    hv_stores(hv, "cluster_id", newSVuv((UV)(m->cluster_id)));
    hv_stores(hv, "member_id", newSVuv((UV)(m->member_id)));
    hv_stores(hv, "revision", newSViv((IV)(m->revision)));
    hv_stores(hv, "raft_term", newSVuv((UV)(m->raft_term)));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.ResponseOp */

SV *eeg_to_sv_etcdserverpb_ResponseOp(pTHX_ const void *msg)
{
    const Etcdserverpb__ResponseOp *m = (const Etcdserverpb__ResponseOp *)msg;
    HV *hv = newHV();
    switch ((int)m->response_case) {
    case 1:
    if (m->response_range)
            hv_stores(hv, "response_range", eeg_to_sv_etcdserverpb_RangeResponse(aTHX_ m->response_range));

        break;
    case 2:
    if (m->response_put)
            hv_stores(hv, "response_put", eeg_to_sv_etcdserverpb_PutResponse(aTHX_ m->response_put));

        break;
    case 3:
    if (m->response_delete_range)
            hv_stores(hv, "response_delete_range", eeg_to_sv_etcdserverpb_DeleteRangeResponse(aTHX_ m->response_delete_range));

        break;
    case 4:
    if (m->response_txn)
            hv_stores(hv, "response_txn", eeg_to_sv_etcdserverpb_TxnResponse(aTHX_ m->response_txn));

        break;
    default:
        break;
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.SnapshotRequest */

int eeg_set_etcdserverpb_SnapshotRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__SnapshotRequest *m = (Etcdserverpb__SnapshotRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    }
    return 0;
}

void eeg_finish_etcdserverpb_SnapshotRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__SnapshotRequest *m = (Etcdserverpb__SnapshotRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.SnapshotResponse */

SV *eeg_to_sv_etcdserverpb_SnapshotResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__SnapshotResponse *m = (const Etcdserverpb__SnapshotResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "remaining_bytes", newSVuv((UV)(m->remaining_bytes)));
    hv_stores(hv, "blob", EEG_BYTES_SV(m->blob));
    hv_stores(hv, "version", EEG_STRING_SV(m->version));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.StatusRequest */

int eeg_set_etcdserverpb_StatusRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__StatusRequest *m = (Etcdserverpb__StatusRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    }
    return 0;
}

void eeg_finish_etcdserverpb_StatusRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__StatusRequest *m = (Etcdserverpb__StatusRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.StatusResponse */

SV *eeg_to_sv_etcdserverpb_StatusResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__StatusResponse *m = (const Etcdserverpb__StatusResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "version", EEG_STRING_SV(m->version));
    hv_stores(hv, "db_size", newSViv((IV)(m->dbsize)));
    hv_stores(hv, "leader", newSVuv((UV)(m->leader)));
    hv_stores(hv, "raft_index", newSVuv((UV)(m->raftindex)));
    hv_stores(hv, "raft_term", newSVuv((UV)(m->raftterm)));
    hv_stores(hv, "raft_applied_index", newSVuv((UV)(m->raftappliedindex)));
if (m->n_errors) {
        AV *av = newAV();
        size_t i;
        if (m->n_errors)
            av_extend(av, (SSize_t)m->n_errors - 1);
        for (i = 0; i < m->n_errors; i++)
            av_push(av, EEG_STRING_SV(m->errors[i]));
        hv_stores(hv, "errors", newRV_noinc((SV *)av));
    }
    hv_stores(hv, "db_size_in_use", newSViv((IV)(m->dbsizeinuse)));
    hv_stores(hv, "is_learner", newSViv(m->islearner ? 1 : 0));
    if (m->storageversion && *m->storageversion)
        hv_stores(hv, "storage_version", EEG_STRING_SV(m->storageversion));
    if (m->dbsizequota)
        hv_stores(hv, "db_size_quota", newSViv((IV)(m->dbsizequota)));
    if (m->downgradeinfo)
        hv_stores(hv, "downgrade_info", eeg_to_sv_etcdserverpb_DowngradeInfo(aTHX_ m->downgradeinfo));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.TxnRequest */

int eeg_set_etcdserverpb_TxnRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__TxnRequest *m = (Etcdserverpb__TxnRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 7:
        if (memEQ(name, "compare", 7)) {
            {
                AV *av = ee_array_arg(aTHX_ b, sv, "compare");
                SSize_t n = av_count(av), i;
                m->n_compare = (size_t)n;
                m->compare = ee_alloc(aTHX_ (n ? n : 1) * sizeof *m->compare);
                for (i = 0; i < n; i++) {
                    SV **e = av_fetch(av, i, 0);
                    SV *ev = e ? *e : &PL_sv_undef;
                    const int idx = (int)i;
                    char label[96];
                    PERL_UNUSED_VAR(idx);
                    snprintf(label, sizeof label, "%s[%d]", "compare", (int)i);
                    {
                        Etcdserverpb__Compare *sub = (Etcdserverpb__Compare *)ee_alloc(aTHX_ sizeof *sub);
                        HV *hv = ee_hash_arg(aTHX_ b, ev, label);
                        size_t saved;
                        protobuf_c_message_init(&etcdserverpb__compare__descriptor, sub);
                        ee_path_push(b, "compare", idx, &saved);
                        ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_Compare, eeg_finish_etcdserverpb_Compare);
                        ee_path_pop(b, saved);
                        m->compare[i] = sub;
                    }
                }
            }
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "success", 7)) {
            {
                AV *av = ee_array_arg(aTHX_ b, sv, "success");
                SSize_t n = av_count(av), i;
                m->n_success = (size_t)n;
                m->success = ee_alloc(aTHX_ (n ? n : 1) * sizeof *m->success);
                for (i = 0; i < n; i++) {
                    SV **e = av_fetch(av, i, 0);
                    SV *ev = e ? *e : &PL_sv_undef;
                    const int idx = (int)i;
                    char label[96];
                    PERL_UNUSED_VAR(idx);
                    snprintf(label, sizeof label, "%s[%d]", "success", (int)i);
                    {
                        Etcdserverpb__RequestOp *sub = (Etcdserverpb__RequestOp *)ee_alloc(aTHX_ sizeof *sub);
                        HV *hv = ee_hash_arg(aTHX_ b, ev, label);
                        size_t saved;
                        protobuf_c_message_init(&etcdserverpb__request_op__descriptor, sub);
                        ee_path_push(b, "success", idx, &saved);
                        ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_RequestOp, eeg_finish_etcdserverpb_RequestOp);
                        ee_path_pop(b, saved);
                        m->success[i] = sub;
                    }
                }
            }
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        if (memEQ(name, "failure", 7)) {
            {
                AV *av = ee_array_arg(aTHX_ b, sv, "failure");
                SSize_t n = av_count(av), i;
                m->n_failure = (size_t)n;
                m->failure = ee_alloc(aTHX_ (n ? n : 1) * sizeof *m->failure);
                for (i = 0; i < n; i++) {
                    SV **e = av_fetch(av, i, 0);
                    SV *ev = e ? *e : &PL_sv_undef;
                    const int idx = (int)i;
                    char label[96];
                    PERL_UNUSED_VAR(idx);
                    snprintf(label, sizeof label, "%s[%d]", "failure", (int)i);
                    {
                        Etcdserverpb__RequestOp *sub = (Etcdserverpb__RequestOp *)ee_alloc(aTHX_ sizeof *sub);
                        HV *hv = ee_hash_arg(aTHX_ b, ev, label);
                        size_t saved;
                        protobuf_c_message_init(&etcdserverpb__request_op__descriptor, sub);
                        ee_path_push(b, "failure", idx, &saved);
                        ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_RequestOp, eeg_finish_etcdserverpb_RequestOp);
                        ee_path_pop(b, saved);
                        m->failure[i] = sub;
                    }
                }
            }
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_TxnRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__TxnRequest *m = (Etcdserverpb__TxnRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.TxnResponse */

SV *eeg_to_sv_etcdserverpb_TxnResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__TxnResponse *m = (const Etcdserverpb__TxnResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "succeeded", newSViv(m->succeeded ? 1 : 0));
{
        AV *av = newAV();
        size_t i;
        if (m->n_responses)
            av_extend(av, (SSize_t)m->n_responses - 1);
        for (i = 0; i < m->n_responses; i++)
            av_push(av, eeg_to_sv_etcdserverpb_ResponseOp(aTHX_ m->responses[i]));
        hv_stores(hv, "responses", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.WatchCancelRequest */

int eeg_set_etcdserverpb_WatchCancelRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__WatchCancelRequest *m = (Etcdserverpb__WatchCancelRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 8:
        if (memEQ(name, "watch_id", 8)) {
            m->watch_id = ee_int64(aTHX_ b, sv, "watch_id");
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_WatchCancelRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__WatchCancelRequest *m = (Etcdserverpb__WatchCancelRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.WatchCreateRequest */

int eeg_set_etcdserverpb_WatchCreateRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__WatchCreateRequest *m = (Etcdserverpb__WatchCreateRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 3:
        if (memEQ(name, "key", 3)) {
            ee_bytes(aTHX_ b, sv, "key", &m->key);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 6:
        if (memEQ(name, "prefix", 6)) {
            if (SvTRUE(sv))
                *seen |= (ee_seen)1 << 8;
            return 1;
        }
        break;
    case 7:
        if (memEQ(name, "filters", 7)) {
            {
                AV *av = ee_array_arg(aTHX_ b, sv, "filters");
                SSize_t n = av_count(av), i;
                m->n_filters = (size_t)n;
                m->filters = ee_alloc(aTHX_ (n ? n : 1) * sizeof *m->filters);
                for (i = 0; i < n; i++) {
                    SV **e = av_fetch(av, i, 0);
                    SV *ev = e ? *e : &PL_sv_undef;
                    const int idx = (int)i;
                    char label[96];
                    PERL_UNUSED_VAR(idx);
                    snprintf(label, sizeof label, "%s[%d]", "filters", (int)i);
                    m->filters[i] = ee_enum(aTHX_ b, ev, label, eeg_enum_etcdserverpb_WatchCreateRequest_FilterType, sizeof eeg_enum_etcdserverpb_WatchCreateRequest_FilterType / sizeof eeg_enum_etcdserverpb_WatchCreateRequest_FilterType[0]);
                }
            }
            *seen |= (ee_seen)1 << 4;
            return 1;
        }
        if (memEQ(name, "prev_kv", 7)) {
            m->prev_kv = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 5;
            return 1;
        }
        break;
    case 8:
        if (memEQ(name, "watch_id", 8)) {
            m->watch_id = ee_int64(aTHX_ b, sv, "watch_id");
            *seen |= (ee_seen)1 << 6;
            return 1;
        }
        if (memEQ(name, "fragment", 8)) {
            m->fragment = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 7;
            return 1;
        }
        break;
    case 9:
        if (memEQ(name, "range_end", 9)) {
            ee_bytes(aTHX_ b, sv, "range_end", &m->range_end);
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 14:
        if (memEQ(name, "start_revision", 14)) {
            m->start_revision = ee_int64_nonneg(aTHX_ b, sv, "start_revision");
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    case 15:
        if (memEQ(name, "progress_notify", 15)) {
            m->progress_notify = SvTRUE(sv) ? 1 : 0;
            *seen |= (ee_seen)1 << 3;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_WatchCreateRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__WatchCreateRequest *m = (Etcdserverpb__WatchCreateRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
    if (seen & ((ee_seen)1 << 8)) {
        if (seen & ((ee_seen)1 << 1))
            croak("%s: 'prefix' and 'range_end' cannot be combined", b->method);
        ee_prefix_range_end(aTHX_ &m->key, &m->range_end);
    }
}

/* ---------------------------------------------------------------- etcdserverpb.WatchProgressRequest */

int eeg_set_etcdserverpb_WatchProgressRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__WatchProgressRequest *m = (Etcdserverpb__WatchProgressRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    }
    return 0;
}

void eeg_finish_etcdserverpb_WatchProgressRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__WatchProgressRequest *m = (Etcdserverpb__WatchProgressRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.WatchRequest */

int eeg_set_etcdserverpb_WatchRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    Etcdserverpb__WatchRequest *m = (Etcdserverpb__WatchRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    {
        const char *dot = (const char *)memchr(name, '.', len);
        if (dot) {
            if ((size_t)(dot - name) == 14 && memEQ(name, "create_request", 14)) {
                ee_seen sub_seen = 0;
                if (!m->create_request) {
                    m->create_request = (Etcdserverpb__WatchCreateRequest *)ee_alloc(aTHX_ sizeof *m->create_request);
                    protobuf_c_message_init(&etcdserverpb__watch_create_request__descriptor, m->create_request);
                }
                m->request_union_case = 1;
                *seen |= (ee_seen)1 << 0;
                return eeg_set_etcdserverpb_WatchCreateRequest(aTHX_ b, m->create_request, &sub_seen, dot + 1, len - (dot - name) - 1, sv);
            }
            if ((size_t)(dot - name) == 14 && memEQ(name, "cancel_request", 14)) {
                ee_seen sub_seen = 0;
                if (!m->cancel_request) {
                    m->cancel_request = (Etcdserverpb__WatchCancelRequest *)ee_alloc(aTHX_ sizeof *m->cancel_request);
                    protobuf_c_message_init(&etcdserverpb__watch_cancel_request__descriptor, m->cancel_request);
                }
                m->request_union_case = 2;
                *seen |= (ee_seen)1 << 1;
                return eeg_set_etcdserverpb_WatchCancelRequest(aTHX_ b, m->cancel_request, &sub_seen, dot + 1, len - (dot - name) - 1, sv);
            }
            if ((size_t)(dot - name) == 16 && memEQ(name, "progress_request", 16)) {
                ee_seen sub_seen = 0;
                if (!m->progress_request) {
                    m->progress_request = (Etcdserverpb__WatchProgressRequest *)ee_alloc(aTHX_ sizeof *m->progress_request);
                    protobuf_c_message_init(&etcdserverpb__watch_progress_request__descriptor, m->progress_request);
                }
                m->request_union_case = 3;
                *seen |= (ee_seen)1 << 2;
                return eeg_set_etcdserverpb_WatchProgressRequest(aTHX_ b, m->progress_request, &sub_seen, dot + 1, len - (dot - name) - 1, sv);
            }
            return 0;
        }
    }
    switch (len) {
    case 14:
        if (memEQ(name, "create_request", 14)) {
            {
                Etcdserverpb__WatchCreateRequest *sub = (Etcdserverpb__WatchCreateRequest *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "create_request");
                size_t saved;
                protobuf_c_message_init(&etcdserverpb__watch_create_request__descriptor, sub);
                ee_path_push(b, "create_request", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_WatchCreateRequest, eeg_finish_etcdserverpb_WatchCreateRequest);
                ee_path_pop(b, saved);
                m->create_request = sub;
            }
            m->request_union_case = 1;
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        if (memEQ(name, "cancel_request", 14)) {
            {
                Etcdserverpb__WatchCancelRequest *sub = (Etcdserverpb__WatchCancelRequest *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "cancel_request");
                size_t saved;
                protobuf_c_message_init(&etcdserverpb__watch_cancel_request__descriptor, sub);
                ee_path_push(b, "cancel_request", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_WatchCancelRequest, eeg_finish_etcdserverpb_WatchCancelRequest);
                ee_path_pop(b, saved);
                m->cancel_request = sub;
            }
            m->request_union_case = 2;
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 16:
        if (memEQ(name, "progress_request", 16)) {
            {
                Etcdserverpb__WatchProgressRequest *sub = (Etcdserverpb__WatchProgressRequest *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "progress_request");
                size_t saved;
                protobuf_c_message_init(&etcdserverpb__watch_progress_request__descriptor, sub);
                ee_path_push(b, "progress_request", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_etcdserverpb_WatchProgressRequest, eeg_finish_etcdserverpb_WatchProgressRequest);
                ee_path_pop(b, saved);
                m->progress_request = sub;
            }
            m->request_union_case = 3;
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_etcdserverpb_WatchRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    Etcdserverpb__WatchRequest *m = (Etcdserverpb__WatchRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- etcdserverpb.WatchResponse */

SV *eeg_to_sv_etcdserverpb_WatchResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__WatchResponse *m = (const Etcdserverpb__WatchResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "watch_id", newSViv((IV)(m->watch_id)));
    hv_stores(hv, "created", newSViv(m->created ? 1 : 0));
    hv_stores(hv, "canceled", newSViv(m->canceled ? 1 : 0));
    hv_stores(hv, "compact_revision", newSViv((IV)(m->compact_revision)));
    hv_stores(hv, "cancel_reason", EEG_STRING_SV(m->cancel_reason));
    hv_stores(hv, "fragment", newSViv(m->fragment ? 1 : 0));
{
        AV *av = newAV();
        size_t i;
        if (m->n_events)
            av_extend(av, (SSize_t)m->n_events - 1);
        for (i = 0; i < m->n_events; i++)
            av_push(av, eeg_to_sv_mvccpb_Event(aTHX_ m->events[i]));
        hv_stores(hv, "events", newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- mvccpb.Event */

SV *eeg_to_sv_mvccpb_Event(pTHX_ const void *msg)
{
    const Mvccpb__Event *m = (const Mvccpb__Event *)msg;
    HV *hv = newHV();
    hv_stores(hv, "type", ee_enum_sv(aTHX_ m->type, eeg_enum_mvccpb_Event_EventType, sizeof eeg_enum_mvccpb_Event_EventType / sizeof eeg_enum_mvccpb_Event_EventType[0]));
    if (m->kv)
        hv_stores(hv, "kv", eeg_to_sv_mvccpb_KeyValue(aTHX_ m->kv));
    if (m->prev_kv)
        hv_stores(hv, "prev_kv", eeg_to_sv_mvccpb_KeyValue(aTHX_ m->prev_kv));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- mvccpb.KeyValue */

SV *eeg_to_sv_mvccpb_KeyValue(pTHX_ const void *msg)
{
    const Mvccpb__KeyValue *m = (const Mvccpb__KeyValue *)msg;
    HV *hv = newHV();
    hv_stores(hv, "key", EEG_BYTES_SV(m->key));
    hv_stores(hv, "create_revision", newSViv((IV)(m->create_revision)));
    hv_stores(hv, "mod_revision", newSViv((IV)(m->mod_revision)));
    hv_stores(hv, "version", newSViv((IV)(m->version)));
    hv_stores(hv, "value", EEG_BYTES_SV(m->value));
    hv_stores(hv, "lease", newSViv((IV)(m->lease)));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- v3electionpb.CampaignRequest */

int eeg_set_v3electionpb_CampaignRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    V3electionpb__CampaignRequest *m = (V3electionpb__CampaignRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "name", 4)) {
            ee_bytes(aTHX_ b, sv, "name", &m->name);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 5:
        if (memEQ(name, "lease", 5)) {
            m->lease = ee_int64(aTHX_ b, sv, "lease");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        if (memEQ(name, "value", 5)) {
            ee_bytes(aTHX_ b, sv, "value", &m->value);
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_v3electionpb_CampaignRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    V3electionpb__CampaignRequest *m = (V3electionpb__CampaignRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- v3electionpb.CampaignResponse */

SV *eeg_to_sv_v3electionpb_CampaignResponse(pTHX_ const void *msg)
{
    const V3electionpb__CampaignResponse *m = (const V3electionpb__CampaignResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    if (m->leader)
        hv_stores(hv, "leader", eeg_to_sv_v3electionpb_LeaderKey(aTHX_ m->leader));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- v3electionpb.LeaderKey */

int eeg_set_v3electionpb_LeaderKey(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    V3electionpb__LeaderKey *m = (V3electionpb__LeaderKey *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 3:
        if (memEQ(name, "key", 3)) {
            ee_bytes(aTHX_ b, sv, "key", &m->key);
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        if (memEQ(name, "rev", 3)) {
            m->rev = ee_int64(aTHX_ b, sv, "rev");
            *seen |= (ee_seen)1 << 2;
            return 1;
        }
        break;
    case 4:
        if (memEQ(name, "name", 4)) {
            ee_bytes(aTHX_ b, sv, "name", &m->name);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 5:
        if (memEQ(name, "lease", 5)) {
            m->lease = ee_int64(aTHX_ b, sv, "lease");
            *seen |= (ee_seen)1 << 3;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_v3electionpb_LeaderKey(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    V3electionpb__LeaderKey *m = (V3electionpb__LeaderKey *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

SV *eeg_to_sv_v3electionpb_LeaderKey(pTHX_ const void *msg)
{
    const V3electionpb__LeaderKey *m = (const V3electionpb__LeaderKey *)msg;
    HV *hv = newHV();
    hv_stores(hv, "name", EEG_BYTES_SV(m->name));
    hv_stores(hv, "key", EEG_BYTES_SV(m->key));
    hv_stores(hv, "rev", newSViv((IV)(m->rev)));
    hv_stores(hv, "lease", newSViv((IV)(m->lease)));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- v3electionpb.LeaderRequest */

int eeg_set_v3electionpb_LeaderRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    V3electionpb__LeaderRequest *m = (V3electionpb__LeaderRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "name", 4)) {
            ee_bytes(aTHX_ b, sv, "name", &m->name);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_v3electionpb_LeaderRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    V3electionpb__LeaderRequest *m = (V3electionpb__LeaderRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- v3electionpb.LeaderResponse */

SV *eeg_to_sv_v3electionpb_LeaderResponse(pTHX_ const void *msg)
{
    const V3electionpb__LeaderResponse *m = (const V3electionpb__LeaderResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    if (m->kv)
        hv_stores(hv, "kv", eeg_to_sv_mvccpb_KeyValue(aTHX_ m->kv));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- v3electionpb.ProclaimRequest */

int eeg_set_v3electionpb_ProclaimRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    V3electionpb__ProclaimRequest *m = (V3electionpb__ProclaimRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    {
        const char *dot = (const char *)memchr(name, '.', len);
        if (dot) {
            if ((size_t)(dot - name) == 6 && memEQ(name, "leader", 6)) {
                ee_seen sub_seen = 0;
                if (!m->leader) {
                    m->leader = (V3electionpb__LeaderKey *)ee_alloc(aTHX_ sizeof *m->leader);
                    protobuf_c_message_init(&v3electionpb__leader_key__descriptor, m->leader);
                }
                *seen |= (ee_seen)1 << 0;
                return eeg_set_v3electionpb_LeaderKey(aTHX_ b, m->leader, &sub_seen, dot + 1, len - (dot - name) - 1, sv);
            }
            return 0;
        }
    }
    switch (len) {
    case 5:
        if (memEQ(name, "value", 5)) {
            ee_bytes(aTHX_ b, sv, "value", &m->value);
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    case 6:
        if (memEQ(name, "leader", 6)) {
            {
                V3electionpb__LeaderKey *sub = (V3electionpb__LeaderKey *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "leader");
                size_t saved;
                protobuf_c_message_init(&v3electionpb__leader_key__descriptor, sub);
                ee_path_push(b, "leader", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_v3electionpb_LeaderKey, eeg_finish_v3electionpb_LeaderKey);
                ee_path_pop(b, saved);
                m->leader = sub;
            }
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_v3electionpb_ProclaimRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    V3electionpb__ProclaimRequest *m = (V3electionpb__ProclaimRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- v3electionpb.ProclaimResponse */

SV *eeg_to_sv_v3electionpb_ProclaimResponse(pTHX_ const void *msg)
{
    const V3electionpb__ProclaimResponse *m = (const V3electionpb__ProclaimResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- v3electionpb.ResignRequest */

int eeg_set_v3electionpb_ResignRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    V3electionpb__ResignRequest *m = (V3electionpb__ResignRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    {
        const char *dot = (const char *)memchr(name, '.', len);
        if (dot) {
            if ((size_t)(dot - name) == 6 && memEQ(name, "leader", 6)) {
                ee_seen sub_seen = 0;
                if (!m->leader) {
                    m->leader = (V3electionpb__LeaderKey *)ee_alloc(aTHX_ sizeof *m->leader);
                    protobuf_c_message_init(&v3electionpb__leader_key__descriptor, m->leader);
                }
                *seen |= (ee_seen)1 << 0;
                return eeg_set_v3electionpb_LeaderKey(aTHX_ b, m->leader, &sub_seen, dot + 1, len - (dot - name) - 1, sv);
            }
            return 0;
        }
    }
    switch (len) {
    case 6:
        if (memEQ(name, "leader", 6)) {
            {
                V3electionpb__LeaderKey *sub = (V3electionpb__LeaderKey *)ee_alloc(aTHX_ sizeof *sub);
                HV *hv = ee_hash_arg(aTHX_ b, sv, "leader");
                size_t saved;
                protobuf_c_message_init(&v3electionpb__leader_key__descriptor, sub);
                ee_path_push(b, "leader", idx, &saved);
                ee_fill_from_hv(aTHX_ b, sub, hv, eeg_set_v3electionpb_LeaderKey, eeg_finish_v3electionpb_LeaderKey);
                ee_path_pop(b, saved);
                m->leader = sub;
            }
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_v3electionpb_ResignRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    V3electionpb__ResignRequest *m = (V3electionpb__ResignRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- v3electionpb.ResignResponse */

SV *eeg_to_sv_v3electionpb_ResignResponse(pTHX_ const void *msg)
{
    const V3electionpb__ResignResponse *m = (const V3electionpb__ResignResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- v3lockpb.LockRequest */

int eeg_set_v3lockpb_LockRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    V3lockpb__LockRequest *m = (V3lockpb__LockRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 4:
        if (memEQ(name, "name", 4)) {
            ee_bytes(aTHX_ b, sv, "name", &m->name);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    case 5:
        if (memEQ(name, "lease", 5)) {
            m->lease = ee_int64(aTHX_ b, sv, "lease");
            *seen |= (ee_seen)1 << 1;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_v3lockpb_LockRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    V3lockpb__LockRequest *m = (V3lockpb__LockRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- v3lockpb.LockResponse */

SV *eeg_to_sv_v3lockpb_LockResponse(pTHX_ const void *msg)
{
    const V3lockpb__LockResponse *m = (const V3lockpb__LockResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    hv_stores(hv, "key", EEG_BYTES_SV(m->key));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- v3lockpb.UnlockRequest */

int eeg_set_v3lockpb_UnlockRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv)
{
    V3lockpb__UnlockRequest *m = (V3lockpb__UnlockRequest *)msg;
    const int idx = -1;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(idx);
    switch (len) {
    case 3:
        if (memEQ(name, "key", 3)) {
            ee_bytes(aTHX_ b, sv, "key", &m->key);
            *seen |= (ee_seen)1 << 0;
            return 1;
        }
        break;
    }
    return 0;
}

void eeg_finish_v3lockpb_UnlockRequest(pTHX_ ee_build *b, void *msg, ee_seen seen)
{
    V3lockpb__UnlockRequest *m = (V3lockpb__UnlockRequest *)msg;
    PERL_UNUSED_VAR(m);
    PERL_UNUSED_VAR(b);
    PERL_UNUSED_VAR(seen);
}

/* ---------------------------------------------------------------- v3lockpb.UnlockResponse */

SV *eeg_to_sv_v3lockpb_UnlockResponse(pTHX_ const void *msg)
{
    const V3lockpb__UnlockResponse *m = (const V3lockpb__UnlockResponse *)msg;
    HV *hv = newHV();
    if (m->header)
        hv_stores(hv, "header", eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

