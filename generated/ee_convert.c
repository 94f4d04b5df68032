/* generated/ee_convert.c: generated from proto/ (etcd v3.7.1) and codegen/api_map.toml by codegen/generate.py; do not edit.
 * Regenerate with: make generate */
/*
 * Per-message converters between Perl hashes and protobuf-c structs:
 *   eeg_set_<Msg>     set one field by its Perl name (or alias, or virtual name)
 *   eeg_finish_<Msg>  apply virtual fields, check required ones
 *   eeg_to_sv_<Msg>   build the response hash from a decoded message
 * and, for responses, from their bytes without protobuf-c (unary calls):
 *   eeg_from_wire_<Msg>  the same hash as unpack + eeg_to_sv_<Msg> (NULL
 *                        for bytes protobuf-c refuses too)
 */
#include "ee_convert.h"

#define EEG_BYTES_SV(bd) newSVpvn((bd).data ? (const char *)(bd).data : "", (bd).len)
#define EEG_STRING_SV(s) newSVpv((s) ? (s) : "", 0)

/* The keys of the response hashes, with perl's hash of each: computed once
 * (eeg_keys_init, at boot: the hash seed is the process's), so storing a
 * key does not hash it again. */
enum {
    EEG_K_alarm = 0,
    EEG_K_alarm_type,
    EEG_K_alarms,
    EEG_K_auth_revision,
    EEG_K_blob,
    EEG_K_cancel_reason,
    EEG_K_canceled,
    EEG_K_client_urls,
    EEG_K_cluster_id,
    EEG_K_compact_revision,
    EEG_K_count,
    EEG_K_create_revision,
    EEG_K_created,
    EEG_K_db_size,
    EEG_K_db_size_in_use,
    EEG_K_db_size_quota,
    EEG_K_deleted,
    EEG_K_downgrade_info,
    EEG_K_enabled,
    EEG_K_error,
    EEG_K_errors,
    EEG_K_events,
    EEG_K_fragment,
    EEG_K_granted_ttl,
    EEG_K_hash,
    EEG_K_hash_revision,
    EEG_K_header,
    EEG_K_id,
    EEG_K_is_learner,
    EEG_K_key,
    EEG_K_keys,
    EEG_K_kv,
    EEG_K_kvs,
    EEG_K_leader,
    EEG_K_lease,
    EEG_K_leases,
    EEG_K_member,
    EEG_K_member_id,
    EEG_K_members,
    EEG_K_mod_revision,
    EEG_K_more,
    EEG_K_name,
    EEG_K_peer_urls,
    EEG_K_perm,
    EEG_K_perm_type,
    EEG_K_prev_kv,
    EEG_K_prev_kvs,
    EEG_K_raft_applied_index,
    EEG_K_raft_index,
    EEG_K_raft_term,
    EEG_K_range_end,
    EEG_K_range_response,
    EEG_K_remaining_bytes,
    EEG_K_response_delete_range,
    EEG_K_response_put,
    EEG_K_response_range,
    EEG_K_response_txn,
    EEG_K_responses,
    EEG_K_rev,
    EEG_K_revision,
    EEG_K_roles,
    EEG_K_storage_version,
    EEG_K_succeeded,
    EEG_K_target_version,
    EEG_K_token,
    EEG_K_ttl,
    EEG_K_type,
    EEG_K_users,
    EEG_K_value,
    EEG_K_version,
    EEG_K_watch_id,
    EEG_NKEYS
};
static const struct { const char *name; I32 len; } eeg_keys[EEG_NKEYS] = {
    { "alarm", 5 },
    { "alarm_type", 10 },
    { "alarms", 6 },
    { "auth_revision", 13 },
    { "blob", 4 },
    { "cancel_reason", 13 },
    { "canceled", 8 },
    { "client_urls", 11 },
    { "cluster_id", 10 },
    { "compact_revision", 16 },
    { "count", 5 },
    { "create_revision", 15 },
    { "created", 7 },
    { "db_size", 7 },
    { "db_size_in_use", 14 },
    { "db_size_quota", 13 },
    { "deleted", 7 },
    { "downgrade_info", 14 },
    { "enabled", 7 },
    { "error", 5 },
    { "errors", 6 },
    { "events", 6 },
    { "fragment", 8 },
    { "granted_ttl", 11 },
    { "hash", 4 },
    { "hash_revision", 13 },
    { "header", 6 },
    { "id", 2 },
    { "is_learner", 10 },
    { "key", 3 },
    { "keys", 4 },
    { "kv", 2 },
    { "kvs", 3 },
    { "leader", 6 },
    { "lease", 5 },
    { "leases", 6 },
    { "member", 6 },
    { "member_id", 9 },
    { "members", 7 },
    { "mod_revision", 12 },
    { "more", 4 },
    { "name", 4 },
    { "peer_urls", 9 },
    { "perm", 4 },
    { "perm_type", 9 },
    { "prev_kv", 7 },
    { "prev_kvs", 8 },
    { "raft_applied_index", 18 },
    { "raft_index", 10 },
    { "raft_term", 9 },
    { "range_end", 9 },
    { "range_response", 14 },
    { "remaining_bytes", 15 },
    { "response_delete_range", 21 },
    { "response_put", 12 },
    { "response_range", 14 },
    { "response_txn", 12 },
    { "responses", 9 },
    { "rev", 3 },
    { "revision", 8 },
    { "roles", 5 },
    { "storage_version", 15 },
    { "succeeded", 9 },
    { "target_version", 14 },
    { "token", 5 },
    { "ttl", 3 },
    { "type", 4 },
    { "users", 5 },
    { "value", 5 },
    { "version", 7 },
    { "watch_id", 8 },
};
static U32 eeg_key_hash[EEG_NKEYS];

void eeg_keys_init(pTHX)
{
    int i;
    for (i = 0; i < EEG_NKEYS; i++)
        PERL_HASH(eeg_key_hash[i], eeg_keys[i].name, eeg_keys[i].len);
}

#define EEG_STORE(hv, k, v) \
    hv_common_key_len((hv), eeg_keys[EEG_K_##k].name, eeg_keys[EEG_K_##k].len, \
                      HV_FETCH_ISSTORE | HV_FETCH_JUST_SV, (v), eeg_key_hash[EEG_K_##k])

/* A hash that will hold more keys than a new one has room for without
 * growing gets its final size at once. */
static HV *eeg_new_hv(pTHX_ I32 keys)
{
    HV *hv = newHV();
    if (keys > 5)
        hv_ksplit(hv, keys);
    return hv;
}

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
    HV *hv = eeg_new_hv(aTHX_ 3);
    EEG_STORE(hv, perm_type, ee_enum_sv(aTHX_ m->permtype, eeg_enum_authpb_Permission_Type, sizeof eeg_enum_authpb_Permission_Type / sizeof eeg_enum_authpb_Permission_Type[0]));
    EEG_STORE(hv, key, EEG_BYTES_SV(m->key));
    EEG_STORE(hv, range_end, EEG_BYTES_SV(m->range_end));
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
    HV *hv = eeg_new_hv(aTHX_ 3);
    EEG_STORE(hv, member_id, newSVuv((UV)(m->memberid)));
    EEG_STORE(hv, alarm, newSViv(m->alarm));
    EEG_STORE(hv, alarm_type, ee_enum_sv(aTHX_ m->alarm, eeg_enum_etcdserverpb_AlarmType, sizeof eeg_enum_etcdserverpb_AlarmType / sizeof eeg_enum_etcdserverpb_AlarmType[0]));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_alarms)
            av_extend(av, (SSize_t)m->n_alarms - 1);
        for (i = 0; i < m->n_alarms; i++)
            av_push(av, eeg_to_sv_etcdserverpb_AlarmMember(aTHX_ m->alarms[i]));
        EEG_STORE(hv, alarms, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_perm)
            av_extend(av, (SSize_t)m->n_perm - 1);
        for (i = 0; i < m->n_perm; i++)
            av_push(av, eeg_to_sv_authpb_Permission(aTHX_ m->perm[i]));
        EEG_STORE(hv, perm, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_roles)
            av_extend(av, (SSize_t)m->n_roles - 1);
        for (i = 0; i < m->n_roles; i++)
            av_push(av, EEG_STRING_SV(m->roles[i]));
        EEG_STORE(hv, roles, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 3);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, enabled, newSViv(m->enabled ? 1 : 0));
    EEG_STORE(hv, auth_revision, newSVuv((UV)(m->authrevision)));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_roles)
            av_extend(av, (SSize_t)m->n_roles - 1);
        for (i = 0; i < m->n_roles; i++)
            av_push(av, EEG_STRING_SV(m->roles[i]));
        EEG_STORE(hv, roles, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_users)
            av_extend(av, (SSize_t)m->n_users - 1);
        for (i = 0; i < m->n_users; i++)
            av_push(av, EEG_STRING_SV(m->users[i]));
        EEG_STORE(hv, users, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, token, EEG_STRING_SV(m->token));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 3);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, deleted, newSViv((IV)(m->deleted)));
if (m->n_prev_kvs) {
        AV *av = newAV();
        size_t i;
        if (m->n_prev_kvs)
            av_extend(av, (SSize_t)m->n_prev_kvs - 1);
        for (i = 0; i < m->n_prev_kvs; i++)
            av_push(av, eeg_to_sv_mvccpb_KeyValue(aTHX_ m->prev_kvs[i]));
        EEG_STORE(hv, prev_kvs, newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.DowngradeInfo */

SV *eeg_to_sv_etcdserverpb_DowngradeInfo(pTHX_ const void *msg)
{
    const Etcdserverpb__DowngradeInfo *m = (const Etcdserverpb__DowngradeInfo *)msg;
    HV *hv = eeg_new_hv(aTHX_ 2);
    EEG_STORE(hv, enabled, newSViv(m->enabled ? 1 : 0));
    EEG_STORE(hv, target_version, EEG_STRING_SV(m->targetversion));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, version, EEG_STRING_SV(m->version));
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
    HV *hv = eeg_new_hv(aTHX_ 4);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, hash, newSVuv((UV)(m->hash)));
    EEG_STORE(hv, compact_revision, newSViv((IV)(m->compact_revision)));
    if (m->hash_revision)
        EEG_STORE(hv, hash_revision, newSViv((IV)(m->hash_revision)));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, hash, newSVuv((UV)(m->hash)));
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
    HV *hv = eeg_new_hv(aTHX_ 4);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, id, newSViv((IV)(m->id)));
    EEG_STORE(hv, ttl, newSViv((IV)(m->ttl)));
    if (m->error && *m->error)
        EEG_STORE(hv, error, EEG_STRING_SV(m->error));
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
    HV *hv = eeg_new_hv(aTHX_ 3);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, id, newSViv((IV)(m->id)));
    EEG_STORE(hv, ttl, newSViv((IV)(m->ttl)));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_leases)
            av_extend(av, (SSize_t)m->n_leases - 1);
        for (i = 0; i < m->n_leases; i++)
            av_push(av, eeg_to_sv_etcdserverpb_LeaseStatus(aTHX_ m->leases[i]));
        EEG_STORE(hv, leases, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.LeaseStatus */

SV *eeg_to_sv_etcdserverpb_LeaseStatus(pTHX_ const void *msg)
{
    const Etcdserverpb__LeaseStatus *m = (const Etcdserverpb__LeaseStatus *)msg;
    HV *hv = eeg_new_hv(aTHX_ 1);
    EEG_STORE(hv, id, newSViv((IV)(m->id)));
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
    HV *hv = eeg_new_hv(aTHX_ 5);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, id, newSViv((IV)(m->id)));
    EEG_STORE(hv, ttl, newSViv((IV)(m->ttl)));
    EEG_STORE(hv, granted_ttl, newSViv((IV)(m->grantedttl)));
if (m->n_keys) {
        AV *av = newAV();
        size_t i;
        if (m->n_keys)
            av_extend(av, (SSize_t)m->n_keys - 1);
        for (i = 0; i < m->n_keys; i++)
            av_push(av, EEG_BYTES_SV(m->keys[i]));
        EEG_STORE(hv, keys, newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.Member */

SV *eeg_to_sv_etcdserverpb_Member(pTHX_ const void *msg)
{
    const Etcdserverpb__Member *m = (const Etcdserverpb__Member *)msg;
    HV *hv = eeg_new_hv(aTHX_ 5);
    EEG_STORE(hv, id, newSVuv((UV)(m->id)));
    EEG_STORE(hv, name, EEG_STRING_SV(m->name));
{
        AV *av = newAV();
        size_t i;
        if (m->n_peerurls)
            av_extend(av, (SSize_t)m->n_peerurls - 1);
        for (i = 0; i < m->n_peerurls; i++)
            av_push(av, EEG_STRING_SV(m->peerurls[i]));
        EEG_STORE(hv, peer_urls, newRV_noinc((SV *)av));
    }
{
        AV *av = newAV();
        size_t i;
        if (m->n_clienturls)
            av_extend(av, (SSize_t)m->n_clienturls - 1);
        for (i = 0; i < m->n_clienturls; i++)
            av_push(av, EEG_STRING_SV(m->clienturls[i]));
        EEG_STORE(hv, client_urls, newRV_noinc((SV *)av));
    }
    EEG_STORE(hv, is_learner, newSViv(m->islearner ? 1 : 0));
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
    HV *hv = eeg_new_hv(aTHX_ 3);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    if (m->member)
        EEG_STORE(hv, member, eeg_to_sv_etcdserverpb_Member(aTHX_ m->member));
{
        AV *av = newAV();
        size_t i;
        if (m->n_members)
            av_extend(av, (SSize_t)m->n_members - 1);
        for (i = 0; i < m->n_members; i++)
            av_push(av, eeg_to_sv_etcdserverpb_Member(aTHX_ m->members[i]));
        EEG_STORE(hv, members, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_members)
            av_extend(av, (SSize_t)m->n_members - 1);
        for (i = 0; i < m->n_members; i++)
            av_push(av, eeg_to_sv_etcdserverpb_Member(aTHX_ m->members[i]));
        EEG_STORE(hv, members, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_members)
            av_extend(av, (SSize_t)m->n_members - 1);
        for (i = 0; i < m->n_members; i++)
            av_push(av, eeg_to_sv_etcdserverpb_Member(aTHX_ m->members[i]));
        EEG_STORE(hv, members, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_members)
            av_extend(av, (SSize_t)m->n_members - 1);
        for (i = 0; i < m->n_members; i++)
            av_push(av, eeg_to_sv_etcdserverpb_Member(aTHX_ m->members[i]));
        EEG_STORE(hv, members, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_members)
            av_extend(av, (SSize_t)m->n_members - 1);
        for (i = 0; i < m->n_members; i++)
            av_push(av, eeg_to_sv_etcdserverpb_Member(aTHX_ m->members[i]));
        EEG_STORE(hv, members, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    if (m->prev_kv)
        EEG_STORE(hv, prev_kv, eeg_to_sv_mvccpb_KeyValue(aTHX_ m->prev_kv));
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
    HV *hv = eeg_new_hv(aTHX_ 4);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
{
        AV *av = newAV();
        size_t i;
        if (m->n_kvs)
            av_extend(av, (SSize_t)m->n_kvs - 1);
        for (i = 0; i < m->n_kvs; i++)
            av_push(av, eeg_to_sv_mvccpb_KeyValue(aTHX_ m->kvs[i]));
        EEG_STORE(hv, kvs, newRV_noinc((SV *)av));
    }
    EEG_STORE(hv, more, newSViv(m->more ? 1 : 0));
    EEG_STORE(hv, count, newSViv((IV)(m->count)));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.RangeStreamResponse */

SV *eeg_to_sv_etcdserverpb_RangeStreamResponse(pTHX_ const void *msg)
{
    const Etcdserverpb__RangeStreamResponse *m = (const Etcdserverpb__RangeStreamResponse *)msg;
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->range_response)
        EEG_STORE(hv, range_response, eeg_to_sv_etcdserverpb_RangeResponse(aTHX_ m->range_response));
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
    HV *hv = eeg_new_hv(aTHX_ 4);
    EEG_STORE(hv, cluster_id, newSVuv((UV)(m->cluster_id)));
    EEG_STORE(hv, member_id, newSVuv((UV)(m->member_id)));
    EEG_STORE(hv, revision, newSViv((IV)(m->revision)));
    EEG_STORE(hv, raft_term, newSVuv((UV)(m->raft_term)));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- etcdserverpb.ResponseOp */

SV *eeg_to_sv_etcdserverpb_ResponseOp(pTHX_ const void *msg)
{
    const Etcdserverpb__ResponseOp *m = (const Etcdserverpb__ResponseOp *)msg;
    HV *hv = eeg_new_hv(aTHX_ 1);
    switch ((int)m->response_case) {
    case 1:
    if (m->response_range)
            EEG_STORE(hv, response_range, eeg_to_sv_etcdserverpb_RangeResponse(aTHX_ m->response_range));

        break;
    case 2:
    if (m->response_put)
            EEG_STORE(hv, response_put, eeg_to_sv_etcdserverpb_PutResponse(aTHX_ m->response_put));

        break;
    case 3:
    if (m->response_delete_range)
            EEG_STORE(hv, response_delete_range, eeg_to_sv_etcdserverpb_DeleteRangeResponse(aTHX_ m->response_delete_range));

        break;
    case 4:
    if (m->response_txn)
            EEG_STORE(hv, response_txn, eeg_to_sv_etcdserverpb_TxnResponse(aTHX_ m->response_txn));

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
    HV *hv = eeg_new_hv(aTHX_ 4);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, remaining_bytes, newSVuv((UV)(m->remaining_bytes)));
    EEG_STORE(hv, blob, EEG_BYTES_SV(m->blob));
    EEG_STORE(hv, version, EEG_STRING_SV(m->version));
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
    HV *hv = eeg_new_hv(aTHX_ 13);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, version, EEG_STRING_SV(m->version));
    EEG_STORE(hv, db_size, newSViv((IV)(m->dbsize)));
    EEG_STORE(hv, leader, newSVuv((UV)(m->leader)));
    EEG_STORE(hv, raft_index, newSVuv((UV)(m->raftindex)));
    EEG_STORE(hv, raft_term, newSVuv((UV)(m->raftterm)));
    EEG_STORE(hv, raft_applied_index, newSVuv((UV)(m->raftappliedindex)));
if (m->n_errors) {
        AV *av = newAV();
        size_t i;
        if (m->n_errors)
            av_extend(av, (SSize_t)m->n_errors - 1);
        for (i = 0; i < m->n_errors; i++)
            av_push(av, EEG_STRING_SV(m->errors[i]));
        EEG_STORE(hv, errors, newRV_noinc((SV *)av));
    }
    EEG_STORE(hv, db_size_in_use, newSViv((IV)(m->dbsizeinuse)));
    EEG_STORE(hv, is_learner, newSViv(m->islearner ? 1 : 0));
    if (m->storageversion && *m->storageversion)
        EEG_STORE(hv, storage_version, EEG_STRING_SV(m->storageversion));
    if (m->dbsizequota)
        EEG_STORE(hv, db_size_quota, newSViv((IV)(m->dbsizequota)));
    if (m->downgradeinfo)
        EEG_STORE(hv, downgrade_info, eeg_to_sv_etcdserverpb_DowngradeInfo(aTHX_ m->downgradeinfo));
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
    HV *hv = eeg_new_hv(aTHX_ 3);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, succeeded, newSViv(m->succeeded ? 1 : 0));
{
        AV *av = newAV();
        size_t i;
        if (m->n_responses)
            av_extend(av, (SSize_t)m->n_responses - 1);
        for (i = 0; i < m->n_responses; i++)
            av_push(av, eeg_to_sv_etcdserverpb_ResponseOp(aTHX_ m->responses[i]));
        EEG_STORE(hv, responses, newRV_noinc((SV *)av));
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
    HV *hv = eeg_new_hv(aTHX_ 8);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, watch_id, newSViv((IV)(m->watch_id)));
    EEG_STORE(hv, created, newSViv(m->created ? 1 : 0));
    EEG_STORE(hv, canceled, newSViv(m->canceled ? 1 : 0));
    EEG_STORE(hv, compact_revision, newSViv((IV)(m->compact_revision)));
    EEG_STORE(hv, cancel_reason, EEG_STRING_SV(m->cancel_reason));
    EEG_STORE(hv, fragment, newSViv(m->fragment ? 1 : 0));
{
        AV *av = newAV();
        size_t i;
        if (m->n_events)
            av_extend(av, (SSize_t)m->n_events - 1);
        for (i = 0; i < m->n_events; i++)
            av_push(av, eeg_to_sv_mvccpb_Event(aTHX_ m->events[i]));
        EEG_STORE(hv, events, newRV_noinc((SV *)av));
    }
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- mvccpb.Event */

SV *eeg_to_sv_mvccpb_Event(pTHX_ const void *msg)
{
    const Mvccpb__Event *m = (const Mvccpb__Event *)msg;
    HV *hv = eeg_new_hv(aTHX_ 3);
    EEG_STORE(hv, type, ee_enum_sv(aTHX_ m->type, eeg_enum_mvccpb_Event_EventType, sizeof eeg_enum_mvccpb_Event_EventType / sizeof eeg_enum_mvccpb_Event_EventType[0]));
    if (m->kv)
        EEG_STORE(hv, kv, eeg_to_sv_mvccpb_KeyValue(aTHX_ m->kv));
    if (m->prev_kv)
        EEG_STORE(hv, prev_kv, eeg_to_sv_mvccpb_KeyValue(aTHX_ m->prev_kv));
    return newRV_noinc((SV *)hv);
}

/* ---------------------------------------------------------------- mvccpb.KeyValue */

SV *eeg_to_sv_mvccpb_KeyValue(pTHX_ const void *msg)
{
    const Mvccpb__KeyValue *m = (const Mvccpb__KeyValue *)msg;
    HV *hv = eeg_new_hv(aTHX_ 6);
    EEG_STORE(hv, key, EEG_BYTES_SV(m->key));
    EEG_STORE(hv, create_revision, newSViv((IV)(m->create_revision)));
    EEG_STORE(hv, mod_revision, newSViv((IV)(m->mod_revision)));
    EEG_STORE(hv, version, newSViv((IV)(m->version)));
    EEG_STORE(hv, value, EEG_BYTES_SV(m->value));
    EEG_STORE(hv, lease, newSViv((IV)(m->lease)));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    if (m->leader)
        EEG_STORE(hv, leader, eeg_to_sv_v3electionpb_LeaderKey(aTHX_ m->leader));
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
    HV *hv = eeg_new_hv(aTHX_ 4);
    EEG_STORE(hv, name, EEG_BYTES_SV(m->name));
    EEG_STORE(hv, key, EEG_BYTES_SV(m->key));
    EEG_STORE(hv, rev, newSViv((IV)(m->rev)));
    EEG_STORE(hv, lease, newSViv((IV)(m->lease)));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    if (m->kv)
        EEG_STORE(hv, kv, eeg_to_sv_mvccpb_KeyValue(aTHX_ m->kv));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
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
    HV *hv = eeg_new_hv(aTHX_ 2);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    EEG_STORE(hv, key, EEG_BYTES_SV(m->key));
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
    HV *hv = eeg_new_hv(aTHX_ 1);
    if (m->header)
        EEG_STORE(hv, header, eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ m->header));
    return newRV_noinc((SV *)hv);
}




static int eeg_wire_authpb_Permission(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AlarmMember(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AlarmResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthDisableResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthEnableResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthRoleAddResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthRoleDeleteResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthRoleGetResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthRoleGrantPermissionResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthRoleListResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthRoleRevokePermissionResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthStatusResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthUserAddResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthUserChangePasswordResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthUserDeleteResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthUserGetResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthUserGrantRoleResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthUserListResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthUserRevokeRoleResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_AuthenticateResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_CompactionResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_DefragmentResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_DeleteRangeResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_DowngradeInfo(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_DowngradeResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_HashKVResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_HashResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_LeaseGrantResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_LeaseKeepAliveResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_LeaseLeasesResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_LeaseRevokeResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_LeaseStatus(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_LeaseTimeToLiveResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_Member(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_MemberAddResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_MemberListResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_MemberPromoteResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_MemberRemoveResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_MemberUpdateResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_MoveLeaderResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_PutResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_RangeResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_RangeStreamResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_ResponseHeader(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_ResponseOp(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_SnapshotResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_StatusResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_TxnResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_etcdserverpb_WatchResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_mvccpb_Event(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_mvccpb_KeyValue(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_v3electionpb_CampaignResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_v3electionpb_LeaderKey(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_v3electionpb_LeaderResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_v3electionpb_ProclaimResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_v3electionpb_ResignResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_v3lockpb_LockResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);
static int eeg_wire_v3lockpb_UnlockResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out);

/* ---------------------------------------------------------------- authpb.Permission from the wire */

static int eeg_wire_authpb_Permission(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    uint64_t v_permtype = 0;
    const uint8_t *d_key = NULL;
    size_t l_key = 0;
    const uint8_t *d_range_end = NULL;
    size_t l_range_end = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_permtype, &d, &l))
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_key, &l_key))
                goto bad;
            break;
        case 3:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_range_end, &l_range_end))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 3);
    rv = newRV_noinc((SV *)hv);
    EEG_STORE(hv, perm_type, ee_enum_sv(aTHX_ (int)(int32_t)(v_permtype), eeg_enum_authpb_Permission_Type, sizeof eeg_enum_authpb_Permission_Type / sizeof eeg_enum_authpb_Permission_Type[0]));
    EEG_STORE(hv, key, newSVpvn(d_key ? (const char *)d_key : "", l_key));
    EEG_STORE(hv, range_end, newSVpvn(d_range_end ? (const char *)d_range_end : "", l_range_end));
    *out = rv;
    return 1;
  bad:
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_authpb_Permission(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_authpb_Permission(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&authpb__permission__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_authpb_Permission(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AlarmMember from the wire */

static int eeg_wire_etcdserverpb_AlarmMember(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    uint64_t v_memberid = 0;
    uint64_t v_alarm = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_memberid, &d, &l))
                goto bad;
            break;
        case 2:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_alarm, &d, &l))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 3);
    rv = newRV_noinc((SV *)hv);
    EEG_STORE(hv, member_id, newSVuv((UV)((uint64_t)(v_memberid))));
    EEG_STORE(hv, alarm, newSViv((int)(int32_t)(v_alarm)));
    EEG_STORE(hv, alarm_type, ee_enum_sv(aTHX_ (int)(int32_t)(v_alarm), eeg_enum_etcdserverpb_AlarmType, sizeof eeg_enum_etcdserverpb_AlarmType / sizeof eeg_enum_etcdserverpb_AlarmType[0]));
    *out = rv;
    return 1;
  bad:
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AlarmMember(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AlarmMember(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__alarm_member__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AlarmMember(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AlarmResponse from the wire */

static int eeg_wire_etcdserverpb_AlarmResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    AV *a_alarms = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_etcdserverpb_AlarmMember(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_alarms)
                    a_alarms = newAV();
                av_push(a_alarms, sub);

            }
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, alarms, newRV_noinc((SV *)(a_alarms ? a_alarms : newAV())));
    a_alarms = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_alarms)
        SvREFCNT_dec((SV *)a_alarms);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AlarmResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AlarmResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__alarm_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AlarmResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthDisableResponse from the wire */

static int eeg_wire_etcdserverpb_AuthDisableResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthDisableResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthDisableResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_disable_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthDisableResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthEnableResponse from the wire */

static int eeg_wire_etcdserverpb_AuthEnableResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthEnableResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthEnableResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_enable_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthEnableResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthRoleAddResponse from the wire */

static int eeg_wire_etcdserverpb_AuthRoleAddResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthRoleAddResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthRoleAddResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_role_add_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthRoleAddResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthRoleDeleteResponse from the wire */

static int eeg_wire_etcdserverpb_AuthRoleDeleteResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthRoleDeleteResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthRoleDeleteResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_role_delete_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthRoleDeleteResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthRoleGetResponse from the wire */

static int eeg_wire_etcdserverpb_AuthRoleGetResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    AV *a_perm = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_authpb_Permission(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_perm)
                    a_perm = newAV();
                av_push(a_perm, sub);

            }
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, perm, newRV_noinc((SV *)(a_perm ? a_perm : newAV())));
    a_perm = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_perm)
        SvREFCNT_dec((SV *)a_perm);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthRoleGetResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthRoleGetResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_role_get_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthRoleGetResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthRoleGrantPermissionResponse from the wire */

static int eeg_wire_etcdserverpb_AuthRoleGrantPermissionResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthRoleGrantPermissionResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthRoleGrantPermissionResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_role_grant_permission_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthRoleGrantPermissionResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthRoleListResponse from the wire */

static int eeg_wire_etcdserverpb_AuthRoleListResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    AV *a_roles = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (!a_roles)
                a_roles = newAV();
            av_push(a_roles, newSVpvn((const char *)d, ee_wire_strlen(d, l)));
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, roles, newRV_noinc((SV *)(a_roles ? a_roles : newAV())));
    a_roles = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_roles)
        SvREFCNT_dec((SV *)a_roles);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthRoleListResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthRoleListResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_role_list_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthRoleListResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthRoleRevokePermissionResponse from the wire */

static int eeg_wire_etcdserverpb_AuthRoleRevokePermissionResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthRoleRevokePermissionResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthRoleRevokePermissionResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_role_revoke_permission_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthRoleRevokePermissionResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthStatusResponse from the wire */

static int eeg_wire_etcdserverpb_AuthStatusResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    uint64_t v_enabled = 0;
    uint64_t v_authrevision = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if (!ee_wire_bool(&p, end, (int)(key & 7), &v_enabled))
                goto bad;
            break;
        case 3:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_authrevision, &d, &l))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 3);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, enabled, newSViv(((v_enabled) != 0) ? 1 : 0));
    EEG_STORE(hv, auth_revision, newSVuv((UV)((uint64_t)(v_authrevision))));
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthStatusResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthStatusResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_status_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthStatusResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthUserAddResponse from the wire */

static int eeg_wire_etcdserverpb_AuthUserAddResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthUserAddResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthUserAddResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_user_add_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthUserAddResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthUserChangePasswordResponse from the wire */

static int eeg_wire_etcdserverpb_AuthUserChangePasswordResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthUserChangePasswordResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthUserChangePasswordResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_user_change_password_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthUserChangePasswordResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthUserDeleteResponse from the wire */

static int eeg_wire_etcdserverpb_AuthUserDeleteResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthUserDeleteResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthUserDeleteResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_user_delete_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthUserDeleteResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthUserGetResponse from the wire */

static int eeg_wire_etcdserverpb_AuthUserGetResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    AV *a_roles = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (!a_roles)
                a_roles = newAV();
            av_push(a_roles, newSVpvn((const char *)d, ee_wire_strlen(d, l)));
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, roles, newRV_noinc((SV *)(a_roles ? a_roles : newAV())));
    a_roles = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_roles)
        SvREFCNT_dec((SV *)a_roles);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthUserGetResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthUserGetResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_user_get_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthUserGetResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthUserGrantRoleResponse from the wire */

static int eeg_wire_etcdserverpb_AuthUserGrantRoleResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthUserGrantRoleResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthUserGrantRoleResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_user_grant_role_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthUserGrantRoleResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthUserListResponse from the wire */

static int eeg_wire_etcdserverpb_AuthUserListResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    AV *a_users = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (!a_users)
                a_users = newAV();
            av_push(a_users, newSVpvn((const char *)d, ee_wire_strlen(d, l)));
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, users, newRV_noinc((SV *)(a_users ? a_users : newAV())));
    a_users = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_users)
        SvREFCNT_dec((SV *)a_users);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthUserListResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthUserListResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_user_list_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthUserListResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthUserRevokeRoleResponse from the wire */

static int eeg_wire_etcdserverpb_AuthUserRevokeRoleResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthUserRevokeRoleResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthUserRevokeRoleResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__auth_user_revoke_role_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthUserRevokeRoleResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.AuthenticateResponse from the wire */

static int eeg_wire_etcdserverpb_AuthenticateResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    const uint8_t *d_token = NULL;
    size_t l_token = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_token, &l_token))
                goto bad;
            l_token = ee_wire_strlen(d_token, l_token);
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, token, newSVpvn(d_token ? (const char *)d_token : "", l_token));
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_AuthenticateResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_AuthenticateResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__authenticate_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_AuthenticateResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.CompactionResponse from the wire */

static int eeg_wire_etcdserverpb_CompactionResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_CompactionResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_CompactionResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__compaction_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_CompactionResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.DefragmentResponse from the wire */

static int eeg_wire_etcdserverpb_DefragmentResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_DefragmentResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_DefragmentResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__defragment_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_DefragmentResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.DeleteRangeResponse from the wire */

static int eeg_wire_etcdserverpb_DeleteRangeResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    uint64_t v_deleted = 0;
    AV *a_prev_kvs = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_deleted, &d, &l))
                goto bad;
            break;
        case 3:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_mvccpb_KeyValue(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_prev_kvs)
                    a_prev_kvs = newAV();
                av_push(a_prev_kvs, sub);

            }
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 3);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, deleted, newSViv((IV)((int64_t)(v_deleted))));
    if (a_prev_kvs) {
        EEG_STORE(hv, prev_kvs, newRV_noinc((SV *)a_prev_kvs));
        a_prev_kvs = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_prev_kvs)
        SvREFCNT_dec((SV *)a_prev_kvs);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_DeleteRangeResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_DeleteRangeResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__delete_range_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_DeleteRangeResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.DowngradeInfo from the wire */

static int eeg_wire_etcdserverpb_DowngradeInfo(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    uint64_t v_enabled = 0;
    const uint8_t *d_targetversion = NULL;
    size_t l_targetversion = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if (!ee_wire_bool(&p, end, (int)(key & 7), &v_enabled))
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_targetversion, &l_targetversion))
                goto bad;
            l_targetversion = ee_wire_strlen(d_targetversion, l_targetversion);
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    EEG_STORE(hv, enabled, newSViv(((v_enabled) != 0) ? 1 : 0));
    EEG_STORE(hv, target_version, newSVpvn(d_targetversion ? (const char *)d_targetversion : "", l_targetversion));
    *out = rv;
    return 1;
  bad:
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_DowngradeInfo(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_DowngradeInfo(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__downgrade_info__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_DowngradeInfo(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.DowngradeResponse from the wire */

static int eeg_wire_etcdserverpb_DowngradeResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    const uint8_t *d_version = NULL;
    size_t l_version = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_version, &l_version))
                goto bad;
            l_version = ee_wire_strlen(d_version, l_version);
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, version, newSVpvn(d_version ? (const char *)d_version : "", l_version));
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_DowngradeResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_DowngradeResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__downgrade_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_DowngradeResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.HashKVResponse from the wire */

static int eeg_wire_etcdserverpb_HashKVResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    uint64_t v_hash = 0;
    uint64_t v_compact_revision = 0;
    uint64_t v_hash_revision = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_hash, &d, &l))
                goto bad;
            break;
        case 3:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_compact_revision, &d, &l))
                goto bad;
            break;
        case 4:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_hash_revision, &d, &l))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 4);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, hash, newSVuv((UV)((uint32_t)(v_hash))));
    EEG_STORE(hv, compact_revision, newSViv((IV)((int64_t)(v_compact_revision))));
    if ((int64_t)(v_hash_revision))
        EEG_STORE(hv, hash_revision, newSViv((IV)((int64_t)(v_hash_revision))));
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_HashKVResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_HashKVResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__hash_kvresponse__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_HashKVResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.HashResponse from the wire */

static int eeg_wire_etcdserverpb_HashResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    uint64_t v_hash = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_hash, &d, &l))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, hash, newSVuv((UV)((uint32_t)(v_hash))));
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_HashResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_HashResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__hash_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_HashResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.LeaseGrantResponse from the wire */

static int eeg_wire_etcdserverpb_LeaseGrantResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    uint64_t v_id = 0;
    uint64_t v_ttl = 0;
    const uint8_t *d_error = NULL;
    size_t l_error = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_id, &d, &l))
                goto bad;
            break;
        case 3:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_ttl, &d, &l))
                goto bad;
            break;
        case 4:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_error, &l_error))
                goto bad;
            l_error = ee_wire_strlen(d_error, l_error);
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 4);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, id, newSViv((IV)((int64_t)(v_id))));
    EEG_STORE(hv, ttl, newSViv((IV)((int64_t)(v_ttl))));
    if (l_error)
        EEG_STORE(hv, error, newSVpvn((const char *)d_error, l_error));
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_LeaseGrantResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_LeaseGrantResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__lease_grant_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_LeaseGrantResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.LeaseKeepAliveResponse from the wire */

static int eeg_wire_etcdserverpb_LeaseKeepAliveResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    uint64_t v_id = 0;
    uint64_t v_ttl = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_id, &d, &l))
                goto bad;
            break;
        case 3:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_ttl, &d, &l))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 3);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, id, newSViv((IV)((int64_t)(v_id))));
    EEG_STORE(hv, ttl, newSViv((IV)((int64_t)(v_ttl))));
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_LeaseKeepAliveResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_LeaseKeepAliveResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__lease_keep_alive_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_LeaseKeepAliveResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.LeaseLeasesResponse from the wire */

static int eeg_wire_etcdserverpb_LeaseLeasesResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    AV *a_leases = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_etcdserverpb_LeaseStatus(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_leases)
                    a_leases = newAV();
                av_push(a_leases, sub);

            }
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, leases, newRV_noinc((SV *)(a_leases ? a_leases : newAV())));
    a_leases = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_leases)
        SvREFCNT_dec((SV *)a_leases);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_LeaseLeasesResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_LeaseLeasesResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__lease_leases_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_LeaseLeasesResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.LeaseRevokeResponse from the wire */

static int eeg_wire_etcdserverpb_LeaseRevokeResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_LeaseRevokeResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_LeaseRevokeResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__lease_revoke_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_LeaseRevokeResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.LeaseStatus from the wire */

static int eeg_wire_etcdserverpb_LeaseStatus(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    uint64_t v_id = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_id, &d, &l))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    EEG_STORE(hv, id, newSViv((IV)((int64_t)(v_id))));
    *out = rv;
    return 1;
  bad:
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_LeaseStatus(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_LeaseStatus(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__lease_status__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_LeaseStatus(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.LeaseTimeToLiveResponse from the wire */

static int eeg_wire_etcdserverpb_LeaseTimeToLiveResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    uint64_t v_id = 0;
    uint64_t v_ttl = 0;
    uint64_t v_grantedttl = 0;
    AV *a_keys = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_id, &d, &l))
                goto bad;
            break;
        case 3:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_ttl, &d, &l))
                goto bad;
            break;
        case 4:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_grantedttl, &d, &l))
                goto bad;
            break;
        case 5:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (!a_keys)
                a_keys = newAV();
            av_push(a_keys, newSVpvn((const char *)d, l));
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 5);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, id, newSViv((IV)((int64_t)(v_id))));
    EEG_STORE(hv, ttl, newSViv((IV)((int64_t)(v_ttl))));
    EEG_STORE(hv, granted_ttl, newSViv((IV)((int64_t)(v_grantedttl))));
    if (a_keys) {
        EEG_STORE(hv, keys, newRV_noinc((SV *)a_keys));
        a_keys = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_keys)
        SvREFCNT_dec((SV *)a_keys);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_LeaseTimeToLiveResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_LeaseTimeToLiveResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__lease_time_to_live_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_LeaseTimeToLiveResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.Member from the wire */

static int eeg_wire_etcdserverpb_Member(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    uint64_t v_id = 0;
    const uint8_t *d_name = NULL;
    size_t l_name = 0;
    AV *a_peerurls = NULL;
    AV *a_clienturls = NULL;
    uint64_t v_islearner = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_id, &d, &l))
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_name, &l_name))
                goto bad;
            l_name = ee_wire_strlen(d_name, l_name);
            break;
        case 3:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (!a_peerurls)
                a_peerurls = newAV();
            av_push(a_peerurls, newSVpvn((const char *)d, ee_wire_strlen(d, l)));
            break;
        case 4:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (!a_clienturls)
                a_clienturls = newAV();
            av_push(a_clienturls, newSVpvn((const char *)d, ee_wire_strlen(d, l)));
            break;
        case 5:
            if (!ee_wire_bool(&p, end, (int)(key & 7), &v_islearner))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 5);
    rv = newRV_noinc((SV *)hv);
    EEG_STORE(hv, id, newSVuv((UV)((uint64_t)(v_id))));
    EEG_STORE(hv, name, newSVpvn(d_name ? (const char *)d_name : "", l_name));
    EEG_STORE(hv, peer_urls, newRV_noinc((SV *)(a_peerurls ? a_peerurls : newAV())));
    a_peerurls = NULL;
    EEG_STORE(hv, client_urls, newRV_noinc((SV *)(a_clienturls ? a_clienturls : newAV())));
    a_clienturls = NULL;
    EEG_STORE(hv, is_learner, newSViv(((v_islearner) != 0) ? 1 : 0));
    *out = rv;
    return 1;
  bad:
    if (a_peerurls)
        SvREFCNT_dec((SV *)a_peerurls);
    if (a_clienturls)
        SvREFCNT_dec((SV *)a_clienturls);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_Member(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_Member(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__member__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_Member(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.MemberAddResponse from the wire */

static int eeg_wire_etcdserverpb_MemberAddResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    SV *s_member = NULL;
    AV *a_members = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_member) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_Member(aTHX_ d, d + l, depth + 1, &s_member)) <= 0)
                goto bad;
            break;
        case 3:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_etcdserverpb_Member(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_members)
                    a_members = newAV();
                av_push(a_members, sub);

            }
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 3);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    if (s_member) {
        EEG_STORE(hv, member, s_member);
        s_member = NULL;
    }
    EEG_STORE(hv, members, newRV_noinc((SV *)(a_members ? a_members : newAV())));
    a_members = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (s_member)
        SvREFCNT_dec(s_member);
    if (a_members)
        SvREFCNT_dec((SV *)a_members);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_MemberAddResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_MemberAddResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__member_add_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_MemberAddResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.MemberListResponse from the wire */

static int eeg_wire_etcdserverpb_MemberListResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    AV *a_members = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_etcdserverpb_Member(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_members)
                    a_members = newAV();
                av_push(a_members, sub);

            }
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, members, newRV_noinc((SV *)(a_members ? a_members : newAV())));
    a_members = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_members)
        SvREFCNT_dec((SV *)a_members);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_MemberListResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_MemberListResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__member_list_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_MemberListResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.MemberPromoteResponse from the wire */

static int eeg_wire_etcdserverpb_MemberPromoteResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    AV *a_members = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_etcdserverpb_Member(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_members)
                    a_members = newAV();
                av_push(a_members, sub);

            }
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, members, newRV_noinc((SV *)(a_members ? a_members : newAV())));
    a_members = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_members)
        SvREFCNT_dec((SV *)a_members);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_MemberPromoteResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_MemberPromoteResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__member_promote_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_MemberPromoteResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.MemberRemoveResponse from the wire */

static int eeg_wire_etcdserverpb_MemberRemoveResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    AV *a_members = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_etcdserverpb_Member(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_members)
                    a_members = newAV();
                av_push(a_members, sub);

            }
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, members, newRV_noinc((SV *)(a_members ? a_members : newAV())));
    a_members = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_members)
        SvREFCNT_dec((SV *)a_members);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_MemberRemoveResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_MemberRemoveResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__member_remove_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_MemberRemoveResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.MemberUpdateResponse from the wire */

static int eeg_wire_etcdserverpb_MemberUpdateResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    AV *a_members = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_etcdserverpb_Member(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_members)
                    a_members = newAV();
                av_push(a_members, sub);

            }
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, members, newRV_noinc((SV *)(a_members ? a_members : newAV())));
    a_members = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_members)
        SvREFCNT_dec((SV *)a_members);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_MemberUpdateResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_MemberUpdateResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__member_update_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_MemberUpdateResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.MoveLeaderResponse from the wire */

static int eeg_wire_etcdserverpb_MoveLeaderResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_MoveLeaderResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_MoveLeaderResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__move_leader_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_MoveLeaderResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.PutResponse from the wire */

static int eeg_wire_etcdserverpb_PutResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    SV *s_prev_kv = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_prev_kv) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_mvccpb_KeyValue(aTHX_ d, d + l, depth + 1, &s_prev_kv)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    if (s_prev_kv) {
        EEG_STORE(hv, prev_kv, s_prev_kv);
        s_prev_kv = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (s_prev_kv)
        SvREFCNT_dec(s_prev_kv);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_PutResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_PutResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__put_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_PutResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.RangeResponse from the wire */

static int eeg_wire_etcdserverpb_RangeResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    AV *a_kvs = NULL;
    uint64_t v_more = 0;
    uint64_t v_count = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_mvccpb_KeyValue(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_kvs)
                    a_kvs = newAV();
                av_push(a_kvs, sub);

            }
            break;
        case 3:
            if (!ee_wire_bool(&p, end, (int)(key & 7), &v_more))
                goto bad;
            break;
        case 4:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_count, &d, &l))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 4);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, kvs, newRV_noinc((SV *)(a_kvs ? a_kvs : newAV())));
    a_kvs = NULL;
    EEG_STORE(hv, more, newSViv(((v_more) != 0) ? 1 : 0));
    EEG_STORE(hv, count, newSViv((IV)((int64_t)(v_count))));
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_kvs)
        SvREFCNT_dec((SV *)a_kvs);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_RangeResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_RangeResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__range_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_RangeResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.RangeStreamResponse from the wire */

static int eeg_wire_etcdserverpb_RangeStreamResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_range_response = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_range_response) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_RangeResponse(aTHX_ d, d + l, depth + 1, &s_range_response)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_range_response) {
        EEG_STORE(hv, range_response, s_range_response);
        s_range_response = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_range_response)
        SvREFCNT_dec(s_range_response);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_RangeStreamResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_RangeStreamResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__range_stream_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_RangeStreamResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.ResponseHeader from the wire */

static int eeg_wire_etcdserverpb_ResponseHeader(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    uint64_t v_cluster_id = 0;
    uint64_t v_member_id = 0;
    uint64_t v_revision = 0;
    uint64_t v_raft_term = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_cluster_id, &d, &l))
                goto bad;
            break;
        case 2:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_member_id, &d, &l))
                goto bad;
            break;
        case 3:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_revision, &d, &l))
                goto bad;
            break;
        case 4:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_raft_term, &d, &l))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 4);
    rv = newRV_noinc((SV *)hv);
    EEG_STORE(hv, cluster_id, newSVuv((UV)((uint64_t)(v_cluster_id))));
    EEG_STORE(hv, member_id, newSVuv((UV)((uint64_t)(v_member_id))));
    EEG_STORE(hv, revision, newSViv((IV)((int64_t)(v_revision))));
    EEG_STORE(hv, raft_term, newSVuv((UV)((uint64_t)(v_raft_term))));
    *out = rv;
    return 1;
  bad:
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_ResponseHeader(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__response_header__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_ResponseHeader(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.ResponseOp from the wire */

static int eeg_wire_etcdserverpb_ResponseOp(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_response_range = NULL;
    SV *s_response_put = NULL;
    SV *s_response_delete_range = NULL;
    SV *s_response_txn = NULL;
    int response_case = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_response_range) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_RangeResponse(aTHX_ d, d + l, depth + 1, &s_response_range)) <= 0)
                goto bad;
            response_case = 1;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_response_put) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_PutResponse(aTHX_ d, d + l, depth + 1, &s_response_put)) <= 0)
                goto bad;
            response_case = 2;
            break;
        case 3:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_response_delete_range) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_DeleteRangeResponse(aTHX_ d, d + l, depth + 1, &s_response_delete_range)) <= 0)
                goto bad;
            response_case = 3;
            break;
        case 4:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_response_txn) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_TxnResponse(aTHX_ d, d + l, depth + 1, &s_response_txn)) <= 0)
                goto bad;
            response_case = 4;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    switch (response_case) {
    case 1:
        if (s_response_range) {
            EEG_STORE(hv, response_range, s_response_range);
            s_response_range = NULL;
        }
        break;
    case 2:
        if (s_response_put) {
            EEG_STORE(hv, response_put, s_response_put);
            s_response_put = NULL;
        }
        break;
    case 3:
        if (s_response_delete_range) {
            EEG_STORE(hv, response_delete_range, s_response_delete_range);
            s_response_delete_range = NULL;
        }
        break;
    case 4:
        if (s_response_txn) {
            EEG_STORE(hv, response_txn, s_response_txn);
            s_response_txn = NULL;
        }
        break;
    default:
        break;
    }
    /* oneof members a later one replaced */
    if (s_response_range)
        SvREFCNT_dec(s_response_range);
    if (s_response_put)
        SvREFCNT_dec(s_response_put);
    if (s_response_delete_range)
        SvREFCNT_dec(s_response_delete_range);
    if (s_response_txn)
        SvREFCNT_dec(s_response_txn);
    *out = rv;
    return 1;
  bad:
    if (s_response_range)
        SvREFCNT_dec(s_response_range);
    if (s_response_put)
        SvREFCNT_dec(s_response_put);
    if (s_response_delete_range)
        SvREFCNT_dec(s_response_delete_range);
    if (s_response_txn)
        SvREFCNT_dec(s_response_txn);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_ResponseOp(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_ResponseOp(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__response_op__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_ResponseOp(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.SnapshotResponse from the wire */

static int eeg_wire_etcdserverpb_SnapshotResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    uint64_t v_remaining_bytes = 0;
    const uint8_t *d_blob = NULL;
    size_t l_blob = 0;
    const uint8_t *d_version = NULL;
    size_t l_version = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_remaining_bytes, &d, &l))
                goto bad;
            break;
        case 3:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_blob, &l_blob))
                goto bad;
            break;
        case 4:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_version, &l_version))
                goto bad;
            l_version = ee_wire_strlen(d_version, l_version);
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 4);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, remaining_bytes, newSVuv((UV)((uint64_t)(v_remaining_bytes))));
    EEG_STORE(hv, blob, newSVpvn(d_blob ? (const char *)d_blob : "", l_blob));
    EEG_STORE(hv, version, newSVpvn(d_version ? (const char *)d_version : "", l_version));
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_SnapshotResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_SnapshotResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__snapshot_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_SnapshotResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.StatusResponse from the wire */

static int eeg_wire_etcdserverpb_StatusResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    const uint8_t *d_version = NULL;
    size_t l_version = 0;
    uint64_t v_dbsize = 0;
    uint64_t v_leader = 0;
    uint64_t v_raftindex = 0;
    uint64_t v_raftterm = 0;
    uint64_t v_raftappliedindex = 0;
    AV *a_errors = NULL;
    uint64_t v_dbsizeinuse = 0;
    uint64_t v_islearner = 0;
    const uint8_t *d_storageversion = NULL;
    size_t l_storageversion = 0;
    uint64_t v_dbsizequota = 0;
    SV *s_downgradeinfo = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_version, &l_version))
                goto bad;
            l_version = ee_wire_strlen(d_version, l_version);
            break;
        case 3:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_dbsize, &d, &l))
                goto bad;
            break;
        case 4:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_leader, &d, &l))
                goto bad;
            break;
        case 5:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_raftindex, &d, &l))
                goto bad;
            break;
        case 6:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_raftterm, &d, &l))
                goto bad;
            break;
        case 7:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_raftappliedindex, &d, &l))
                goto bad;
            break;
        case 8:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (!a_errors)
                a_errors = newAV();
            av_push(a_errors, newSVpvn((const char *)d, ee_wire_strlen(d, l)));
            break;
        case 9:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_dbsizeinuse, &d, &l))
                goto bad;
            break;
        case 10:
            if (!ee_wire_bool(&p, end, (int)(key & 7), &v_islearner))
                goto bad;
            break;
        case 11:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_storageversion, &l_storageversion))
                goto bad;
            l_storageversion = ee_wire_strlen(d_storageversion, l_storageversion);
            break;
        case 12:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_dbsizequota, &d, &l))
                goto bad;
            break;
        case 13:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_downgradeinfo) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_DowngradeInfo(aTHX_ d, d + l, depth + 1, &s_downgradeinfo)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 13);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, version, newSVpvn(d_version ? (const char *)d_version : "", l_version));
    EEG_STORE(hv, db_size, newSViv((IV)((int64_t)(v_dbsize))));
    EEG_STORE(hv, leader, newSVuv((UV)((uint64_t)(v_leader))));
    EEG_STORE(hv, raft_index, newSVuv((UV)((uint64_t)(v_raftindex))));
    EEG_STORE(hv, raft_term, newSVuv((UV)((uint64_t)(v_raftterm))));
    EEG_STORE(hv, raft_applied_index, newSVuv((UV)((uint64_t)(v_raftappliedindex))));
    if (a_errors) {
        EEG_STORE(hv, errors, newRV_noinc((SV *)a_errors));
        a_errors = NULL;
    }
    EEG_STORE(hv, db_size_in_use, newSViv((IV)((int64_t)(v_dbsizeinuse))));
    EEG_STORE(hv, is_learner, newSViv(((v_islearner) != 0) ? 1 : 0));
    if (l_storageversion)
        EEG_STORE(hv, storage_version, newSVpvn((const char *)d_storageversion, l_storageversion));
    if ((int64_t)(v_dbsizequota))
        EEG_STORE(hv, db_size_quota, newSViv((IV)((int64_t)(v_dbsizequota))));
    if (s_downgradeinfo) {
        EEG_STORE(hv, downgrade_info, s_downgradeinfo);
        s_downgradeinfo = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_errors)
        SvREFCNT_dec((SV *)a_errors);
    if (s_downgradeinfo)
        SvREFCNT_dec(s_downgradeinfo);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_StatusResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_StatusResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__status_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_StatusResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.TxnResponse from the wire */

static int eeg_wire_etcdserverpb_TxnResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    uint64_t v_succeeded = 0;
    AV *a_responses = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if (!ee_wire_bool(&p, end, (int)(key & 7), &v_succeeded))
                goto bad;
            break;
        case 3:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_etcdserverpb_ResponseOp(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_responses)
                    a_responses = newAV();
                av_push(a_responses, sub);

            }
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 3);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, succeeded, newSViv(((v_succeeded) != 0) ? 1 : 0));
    EEG_STORE(hv, responses, newRV_noinc((SV *)(a_responses ? a_responses : newAV())));
    a_responses = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_responses)
        SvREFCNT_dec((SV *)a_responses);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_TxnResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_TxnResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__txn_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_TxnResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- etcdserverpb.WatchResponse from the wire */

static int eeg_wire_etcdserverpb_WatchResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    uint64_t v_watch_id = 0;
    uint64_t v_created = 0;
    uint64_t v_canceled = 0;
    uint64_t v_compact_revision = 0;
    const uint8_t *d_cancel_reason = NULL;
    size_t l_cancel_reason = 0;
    uint64_t v_fragment = 0;
    AV *a_events = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_watch_id, &d, &l))
                goto bad;
            break;
        case 3:
            if (!ee_wire_bool(&p, end, (int)(key & 7), &v_created))
                goto bad;
            break;
        case 4:
            if (!ee_wire_bool(&p, end, (int)(key & 7), &v_canceled))
                goto bad;
            break;
        case 5:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_compact_revision, &d, &l))
                goto bad;
            break;
        case 6:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_cancel_reason, &l_cancel_reason))
                goto bad;
            l_cancel_reason = ee_wire_strlen(d_cancel_reason, l_cancel_reason);
            break;
        case 7:
            if (!ee_wire_bool(&p, end, (int)(key & 7), &v_fragment))
                goto bad;
            break;
        case 11:
            {
                SV *sub;
                if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                    goto bad;
                if ((rc = eeg_wire_mvccpb_Event(aTHX_ d, d + l, depth + 1, &sub)) <= 0)
                    goto bad;
                if (!a_events)
                    a_events = newAV();
                av_push(a_events, sub);

            }
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 8);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, watch_id, newSViv((IV)((int64_t)(v_watch_id))));
    EEG_STORE(hv, created, newSViv(((v_created) != 0) ? 1 : 0));
    EEG_STORE(hv, canceled, newSViv(((v_canceled) != 0) ? 1 : 0));
    EEG_STORE(hv, compact_revision, newSViv((IV)((int64_t)(v_compact_revision))));
    EEG_STORE(hv, cancel_reason, newSVpvn(d_cancel_reason ? (const char *)d_cancel_reason : "", l_cancel_reason));
    EEG_STORE(hv, fragment, newSViv(((v_fragment) != 0) ? 1 : 0));
    EEG_STORE(hv, events, newRV_noinc((SV *)(a_events ? a_events : newAV())));
    a_events = NULL;
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (a_events)
        SvREFCNT_dec((SV *)a_events);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_etcdserverpb_WatchResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_etcdserverpb_WatchResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&etcdserverpb__watch_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_etcdserverpb_WatchResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- mvccpb.Event from the wire */

static int eeg_wire_mvccpb_Event(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    uint64_t v_type = 0;
    SV *s_kv = NULL;
    SV *s_prev_kv = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_type, &d, &l))
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_kv) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_mvccpb_KeyValue(aTHX_ d, d + l, depth + 1, &s_kv)) <= 0)
                goto bad;
            break;
        case 3:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_prev_kv) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_mvccpb_KeyValue(aTHX_ d, d + l, depth + 1, &s_prev_kv)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 3);
    rv = newRV_noinc((SV *)hv);
    EEG_STORE(hv, type, ee_enum_sv(aTHX_ (int)(int32_t)(v_type), eeg_enum_mvccpb_Event_EventType, sizeof eeg_enum_mvccpb_Event_EventType / sizeof eeg_enum_mvccpb_Event_EventType[0]));
    if (s_kv) {
        EEG_STORE(hv, kv, s_kv);
        s_kv = NULL;
    }
    if (s_prev_kv) {
        EEG_STORE(hv, prev_kv, s_prev_kv);
        s_prev_kv = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_kv)
        SvREFCNT_dec(s_kv);
    if (s_prev_kv)
        SvREFCNT_dec(s_prev_kv);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_mvccpb_Event(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_mvccpb_Event(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&mvccpb__event__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_mvccpb_Event(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- mvccpb.KeyValue from the wire */

static int eeg_wire_mvccpb_KeyValue(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    const uint8_t *d_key = NULL;
    size_t l_key = 0;
    uint64_t v_create_revision = 0;
    uint64_t v_mod_revision = 0;
    uint64_t v_version = 0;
    const uint8_t *d_value = NULL;
    size_t l_value = 0;
    uint64_t v_lease = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_key, &l_key))
                goto bad;
            break;
        case 2:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_create_revision, &d, &l))
                goto bad;
            break;
        case 3:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_mod_revision, &d, &l))
                goto bad;
            break;
        case 4:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_version, &d, &l))
                goto bad;
            break;
        case 5:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_value, &l_value))
                goto bad;
            break;
        case 6:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_lease, &d, &l))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 6);
    rv = newRV_noinc((SV *)hv);
    EEG_STORE(hv, key, newSVpvn(d_key ? (const char *)d_key : "", l_key));
    EEG_STORE(hv, create_revision, newSViv((IV)((int64_t)(v_create_revision))));
    EEG_STORE(hv, mod_revision, newSViv((IV)((int64_t)(v_mod_revision))));
    EEG_STORE(hv, version, newSViv((IV)((int64_t)(v_version))));
    EEG_STORE(hv, value, newSVpvn(d_value ? (const char *)d_value : "", l_value));
    EEG_STORE(hv, lease, newSViv((IV)((int64_t)(v_lease))));
    *out = rv;
    return 1;
  bad:
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_mvccpb_KeyValue(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_mvccpb_KeyValue(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&mvccpb__key_value__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_mvccpb_KeyValue(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- v3electionpb.CampaignResponse from the wire */

static int eeg_wire_v3electionpb_CampaignResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    SV *s_leader = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_leader) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_v3electionpb_LeaderKey(aTHX_ d, d + l, depth + 1, &s_leader)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    if (s_leader) {
        EEG_STORE(hv, leader, s_leader);
        s_leader = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (s_leader)
        SvREFCNT_dec(s_leader);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_v3electionpb_CampaignResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_v3electionpb_CampaignResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&v3electionpb__campaign_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_v3electionpb_CampaignResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- v3electionpb.LeaderKey from the wire */

static int eeg_wire_v3electionpb_LeaderKey(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    const uint8_t *d_name = NULL;
    size_t l_name = 0;
    const uint8_t *d_key = NULL;
    size_t l_key = 0;
    uint64_t v_rev = 0;
    uint64_t v_lease = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_name, &l_name))
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_key, &l_key))
                goto bad;
            break;
        case 3:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_rev, &d, &l))
                goto bad;
            break;
        case 4:
            if ((key & 7) != 0 || !ee_wire_value(&p, end, 0, &v_lease, &d, &l))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 4);
    rv = newRV_noinc((SV *)hv);
    EEG_STORE(hv, name, newSVpvn(d_name ? (const char *)d_name : "", l_name));
    EEG_STORE(hv, key, newSVpvn(d_key ? (const char *)d_key : "", l_key));
    EEG_STORE(hv, rev, newSViv((IV)((int64_t)(v_rev))));
    EEG_STORE(hv, lease, newSViv((IV)((int64_t)(v_lease))));
    *out = rv;
    return 1;
  bad:
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_v3electionpb_LeaderKey(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_v3electionpb_LeaderKey(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&v3electionpb__leader_key__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_v3electionpb_LeaderKey(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- v3electionpb.LeaderResponse from the wire */

static int eeg_wire_v3electionpb_LeaderResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    SV *s_kv = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_kv) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_mvccpb_KeyValue(aTHX_ d, d + l, depth + 1, &s_kv)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    if (s_kv) {
        EEG_STORE(hv, kv, s_kv);
        s_kv = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (s_kv)
        SvREFCNT_dec(s_kv);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_v3electionpb_LeaderResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_v3electionpb_LeaderResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&v3electionpb__leader_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_v3electionpb_LeaderResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- v3electionpb.ProclaimResponse from the wire */

static int eeg_wire_v3electionpb_ProclaimResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_v3electionpb_ProclaimResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_v3electionpb_ProclaimResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&v3electionpb__proclaim_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_v3electionpb_ProclaimResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- v3electionpb.ResignResponse from the wire */

static int eeg_wire_v3electionpb_ResignResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_v3electionpb_ResignResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_v3electionpb_ResignResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&v3electionpb__resign_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_v3electionpb_ResignResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- v3lockpb.LockResponse from the wire */

static int eeg_wire_v3lockpb_LockResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    const uint8_t *d_key = NULL;
    size_t l_key = 0;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        case 2:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d_key, &l_key))
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 2);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    EEG_STORE(hv, key, newSVpvn(d_key ? (const char *)d_key : "", l_key));
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_v3lockpb_LockResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_v3lockpb_LockResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&v3lockpb__lock_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_v3lockpb_LockResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
/* ---------------------------------------------------------------- v3lockpb.UnlockResponse from the wire */

static int eeg_wire_v3lockpb_UnlockResponse(pTHX_ const uint8_t *p, const uint8_t *end, int depth, SV **out)
{
    HV *hv;
    SV *rv = NULL;
    int rc = 0;
    uint64_t v;
    const uint8_t *d;
    size_t l;
    SV *s_header = NULL;
    PERL_UNUSED_VAR(v);
    PERL_UNUSED_VAR(d);
    PERL_UNUSED_VAR(l);
    if (depth > EE_WIRE_MAX_DEPTH)
        return 0;
    while (p < end) {
        uint64_t key;
        if (!ee_wire_key(&p, end, &key))
            goto bad;
        switch (key >> 3) {
        case 1:
            if ((key & 7) != 2 || !ee_wire_len(&p, end, &d, &l))
                goto bad;
            if (s_header) {
                rc = -1;                           /* sent again: protobuf-c merges the parts */
                goto bad;
            }
            if ((rc = eeg_wire_etcdserverpb_ResponseHeader(aTHX_ d, d + l, depth + 1, &s_header)) <= 0)
                goto bad;
            break;
        default:                       /* a field these protos do not know */
            if (!ee_wire_value(&p, end, (int)(key & 7), &v, &d, &l))
                goto bad;
            break;
        }
    }
    hv = eeg_new_hv(aTHX_ 1);
    rv = newRV_noinc((SV *)hv);
    if (s_header) {
        EEG_STORE(hv, header, s_header);
        s_header = NULL;
    }
    *out = rv;
    return 1;
  bad:
    if (s_header)
        SvREFCNT_dec(s_header);
    if (rv)
        SvREFCNT_dec(rv);
    return rc < 0 ? -1 : 0;
}

SV *eeg_from_wire_v3lockpb_UnlockResponse(pTHX_ const uint8_t *data, size_t len)
{
    SV *out;
    int rc;
    if (!data)
        data = (const uint8_t *)"";
    rc = eeg_wire_v3lockpb_UnlockResponse(aTHX_ data, data + len, 0, &out);
    if (rc < 0) {
        /* a sub-message sent in parts (no etcd does): protobuf-c merges them */
        ProtobufCMessage *msg = protobuf_c_message_unpack(&v3lockpb__unlock_response__descriptor, NULL, len, data);
        if (!msg)
            return NULL;
        out = eeg_to_sv_v3lockpb_UnlockResponse(aTHX_ msg);
        protobuf_c_message_free_unpacked(msg, NULL);
        return out;
    }
    return rc ? out : NULL;
}
