/* generated/ee_tables.c: generated from proto/ (etcd v3.6.14) and codegen/api_map.toml by codegen/generate.py; do not edit.
 * Regenerate with: make generate */
/*
 * The RPC table (every RPC of the protos, callable through call()) and the
 * Perl method table (the friendly methods of the API map); the runtime walks
 * both, the XS stubs index the second.
 */
#include "ee_convert.h"

const ee_rpc eeg_rpcs[] = {
    /* EEG_RPC_KV_RANGE = 0 */
    { "KV", "Range", "/etcdserverpb.KV/Range", EE_UNARY,
      &etcdserverpb__range_request__descriptor, &etcdserverpb__range_response__descriptor,
      eeg_set_etcdserverpb_RangeRequest, eeg_finish_etcdserverpb_RangeRequest, eeg_to_sv_etcdserverpb_RangeResponse },
    /* EEG_RPC_KV_PUT = 1 */
    { "KV", "Put", "/etcdserverpb.KV/Put", EE_UNARY,
      &etcdserverpb__put_request__descriptor, &etcdserverpb__put_response__descriptor,
      eeg_set_etcdserverpb_PutRequest, eeg_finish_etcdserverpb_PutRequest, eeg_to_sv_etcdserverpb_PutResponse },
    /* EEG_RPC_KV_DELETERANGE = 2 */
    { "KV", "DeleteRange", "/etcdserverpb.KV/DeleteRange", EE_UNARY,
      &etcdserverpb__delete_range_request__descriptor, &etcdserverpb__delete_range_response__descriptor,
      eeg_set_etcdserverpb_DeleteRangeRequest, eeg_finish_etcdserverpb_DeleteRangeRequest, eeg_to_sv_etcdserverpb_DeleteRangeResponse },
    /* EEG_RPC_KV_TXN = 3 */
    { "KV", "Txn", "/etcdserverpb.KV/Txn", EE_UNARY,
      &etcdserverpb__txn_request__descriptor, &etcdserverpb__txn_response__descriptor,
      eeg_set_etcdserverpb_TxnRequest, eeg_finish_etcdserverpb_TxnRequest, eeg_to_sv_etcdserverpb_TxnResponse },
    /* EEG_RPC_KV_COMPACT = 4 */
    { "KV", "Compact", "/etcdserverpb.KV/Compact", EE_UNARY,
      &etcdserverpb__compaction_request__descriptor, &etcdserverpb__compaction_response__descriptor,
      eeg_set_etcdserverpb_CompactionRequest, eeg_finish_etcdserverpb_CompactionRequest, eeg_to_sv_etcdserverpb_CompactionResponse },
    /* EEG_RPC_WATCH_WATCH = 5 */
    { "Watch", "Watch", "/etcdserverpb.Watch/Watch", EE_BIDI_STREAM,
      &etcdserverpb__watch_request__descriptor, &etcdserverpb__watch_response__descriptor,
      eeg_set_etcdserverpb_WatchRequest, eeg_finish_etcdserverpb_WatchRequest, eeg_to_sv_etcdserverpb_WatchResponse },
    /* EEG_RPC_LEASE_LEASEGRANT = 6 */
    { "Lease", "LeaseGrant", "/etcdserverpb.Lease/LeaseGrant", EE_UNARY,
      &etcdserverpb__lease_grant_request__descriptor, &etcdserverpb__lease_grant_response__descriptor,
      eeg_set_etcdserverpb_LeaseGrantRequest, eeg_finish_etcdserverpb_LeaseGrantRequest, eeg_to_sv_etcdserverpb_LeaseGrantResponse },
    /* EEG_RPC_LEASE_LEASEREVOKE = 7 */
    { "Lease", "LeaseRevoke", "/etcdserverpb.Lease/LeaseRevoke", EE_UNARY,
      &etcdserverpb__lease_revoke_request__descriptor, &etcdserverpb__lease_revoke_response__descriptor,
      eeg_set_etcdserverpb_LeaseRevokeRequest, eeg_finish_etcdserverpb_LeaseRevokeRequest, eeg_to_sv_etcdserverpb_LeaseRevokeResponse },
    /* EEG_RPC_LEASE_LEASEKEEPALIVE = 8 */
    { "Lease", "LeaseKeepAlive", "/etcdserverpb.Lease/LeaseKeepAlive", EE_BIDI_STREAM,
      &etcdserverpb__lease_keep_alive_request__descriptor, &etcdserverpb__lease_keep_alive_response__descriptor,
      eeg_set_etcdserverpb_LeaseKeepAliveRequest, eeg_finish_etcdserverpb_LeaseKeepAliveRequest, eeg_to_sv_etcdserverpb_LeaseKeepAliveResponse },
    /* EEG_RPC_LEASE_LEASETIMETOLIVE = 9 */
    { "Lease", "LeaseTimeToLive", "/etcdserverpb.Lease/LeaseTimeToLive", EE_UNARY,
      &etcdserverpb__lease_time_to_live_request__descriptor, &etcdserverpb__lease_time_to_live_response__descriptor,
      eeg_set_etcdserverpb_LeaseTimeToLiveRequest, eeg_finish_etcdserverpb_LeaseTimeToLiveRequest, eeg_to_sv_etcdserverpb_LeaseTimeToLiveResponse },
    /* EEG_RPC_LEASE_LEASELEASES = 10 */
    { "Lease", "LeaseLeases", "/etcdserverpb.Lease/LeaseLeases", EE_UNARY,
      &etcdserverpb__lease_leases_request__descriptor, &etcdserverpb__lease_leases_response__descriptor,
      eeg_set_etcdserverpb_LeaseLeasesRequest, eeg_finish_etcdserverpb_LeaseLeasesRequest, eeg_to_sv_etcdserverpb_LeaseLeasesResponse },
    /* EEG_RPC_CLUSTER_MEMBERADD = 11 */
    { "Cluster", "MemberAdd", "/etcdserverpb.Cluster/MemberAdd", EE_UNARY,
      &etcdserverpb__member_add_request__descriptor, &etcdserverpb__member_add_response__descriptor,
      eeg_set_etcdserverpb_MemberAddRequest, eeg_finish_etcdserverpb_MemberAddRequest, eeg_to_sv_etcdserverpb_MemberAddResponse },
    /* EEG_RPC_CLUSTER_MEMBERREMOVE = 12 */
    { "Cluster", "MemberRemove", "/etcdserverpb.Cluster/MemberRemove", EE_UNARY,
      &etcdserverpb__member_remove_request__descriptor, &etcdserverpb__member_remove_response__descriptor,
      eeg_set_etcdserverpb_MemberRemoveRequest, eeg_finish_etcdserverpb_MemberRemoveRequest, eeg_to_sv_etcdserverpb_MemberRemoveResponse },
    /* EEG_RPC_CLUSTER_MEMBERUPDATE = 13 */
    { "Cluster", "MemberUpdate", "/etcdserverpb.Cluster/MemberUpdate", EE_UNARY,
      &etcdserverpb__member_update_request__descriptor, &etcdserverpb__member_update_response__descriptor,
      eeg_set_etcdserverpb_MemberUpdateRequest, eeg_finish_etcdserverpb_MemberUpdateRequest, eeg_to_sv_etcdserverpb_MemberUpdateResponse },
    /* EEG_RPC_CLUSTER_MEMBERLIST = 14 */
    { "Cluster", "MemberList", "/etcdserverpb.Cluster/MemberList", EE_UNARY,
      &etcdserverpb__member_list_request__descriptor, &etcdserverpb__member_list_response__descriptor,
      eeg_set_etcdserverpb_MemberListRequest, eeg_finish_etcdserverpb_MemberListRequest, eeg_to_sv_etcdserverpb_MemberListResponse },
    /* EEG_RPC_CLUSTER_MEMBERPROMOTE = 15 */
    { "Cluster", "MemberPromote", "/etcdserverpb.Cluster/MemberPromote", EE_UNARY,
      &etcdserverpb__member_promote_request__descriptor, &etcdserverpb__member_promote_response__descriptor,
      eeg_set_etcdserverpb_MemberPromoteRequest, eeg_finish_etcdserverpb_MemberPromoteRequest, eeg_to_sv_etcdserverpb_MemberPromoteResponse },
    /* EEG_RPC_MAINTENANCE_ALARM = 16 */
    { "Maintenance", "Alarm", "/etcdserverpb.Maintenance/Alarm", EE_UNARY,
      &etcdserverpb__alarm_request__descriptor, &etcdserverpb__alarm_response__descriptor,
      eeg_set_etcdserverpb_AlarmRequest, eeg_finish_etcdserverpb_AlarmRequest, eeg_to_sv_etcdserverpb_AlarmResponse },
    /* EEG_RPC_MAINTENANCE_STATUS = 17 */
    { "Maintenance", "Status", "/etcdserverpb.Maintenance/Status", EE_UNARY,
      &etcdserverpb__status_request__descriptor, &etcdserverpb__status_response__descriptor,
      eeg_set_etcdserverpb_StatusRequest, eeg_finish_etcdserverpb_StatusRequest, eeg_to_sv_etcdserverpb_StatusResponse },
    /* EEG_RPC_MAINTENANCE_DEFRAGMENT = 18 */
    { "Maintenance", "Defragment", "/etcdserverpb.Maintenance/Defragment", EE_UNARY,
      &etcdserverpb__defragment_request__descriptor, &etcdserverpb__defragment_response__descriptor,
      eeg_set_etcdserverpb_DefragmentRequest, eeg_finish_etcdserverpb_DefragmentRequest, eeg_to_sv_etcdserverpb_DefragmentResponse },
    /* EEG_RPC_MAINTENANCE_HASH = 19 */
    { "Maintenance", "Hash", "/etcdserverpb.Maintenance/Hash", EE_UNARY,
      &etcdserverpb__hash_request__descriptor, &etcdserverpb__hash_response__descriptor,
      eeg_set_etcdserverpb_HashRequest, eeg_finish_etcdserverpb_HashRequest, eeg_to_sv_etcdserverpb_HashResponse },
    /* EEG_RPC_MAINTENANCE_HASHKV = 20 */
    { "Maintenance", "HashKV", "/etcdserverpb.Maintenance/HashKV", EE_UNARY,
      &etcdserverpb__hash_kvrequest__descriptor, &etcdserverpb__hash_kvresponse__descriptor,
      eeg_set_etcdserverpb_HashKVRequest, eeg_finish_etcdserverpb_HashKVRequest, eeg_to_sv_etcdserverpb_HashKVResponse },
    /* EEG_RPC_MAINTENANCE_SNAPSHOT = 21 */
    { "Maintenance", "Snapshot", "/etcdserverpb.Maintenance/Snapshot", EE_SERVER_STREAM,
      &etcdserverpb__snapshot_request__descriptor, &etcdserverpb__snapshot_response__descriptor,
      eeg_set_etcdserverpb_SnapshotRequest, eeg_finish_etcdserverpb_SnapshotRequest, eeg_to_sv_etcdserverpb_SnapshotResponse },
    /* EEG_RPC_MAINTENANCE_MOVELEADER = 22 */
    { "Maintenance", "MoveLeader", "/etcdserverpb.Maintenance/MoveLeader", EE_UNARY,
      &etcdserverpb__move_leader_request__descriptor, &etcdserverpb__move_leader_response__descriptor,
      eeg_set_etcdserverpb_MoveLeaderRequest, eeg_finish_etcdserverpb_MoveLeaderRequest, eeg_to_sv_etcdserverpb_MoveLeaderResponse },
    /* EEG_RPC_MAINTENANCE_DOWNGRADE = 23 */
    { "Maintenance", "Downgrade", "/etcdserverpb.Maintenance/Downgrade", EE_UNARY,
      &etcdserverpb__downgrade_request__descriptor, &etcdserverpb__downgrade_response__descriptor,
      eeg_set_etcdserverpb_DowngradeRequest, eeg_finish_etcdserverpb_DowngradeRequest, eeg_to_sv_etcdserverpb_DowngradeResponse },
    /* EEG_RPC_AUTH_AUTHENABLE = 24 */
    { "Auth", "AuthEnable", "/etcdserverpb.Auth/AuthEnable", EE_UNARY,
      &etcdserverpb__auth_enable_request__descriptor, &etcdserverpb__auth_enable_response__descriptor,
      eeg_set_etcdserverpb_AuthEnableRequest, eeg_finish_etcdserverpb_AuthEnableRequest, eeg_to_sv_etcdserverpb_AuthEnableResponse },
    /* EEG_RPC_AUTH_AUTHDISABLE = 25 */
    { "Auth", "AuthDisable", "/etcdserverpb.Auth/AuthDisable", EE_UNARY,
      &etcdserverpb__auth_disable_request__descriptor, &etcdserverpb__auth_disable_response__descriptor,
      eeg_set_etcdserverpb_AuthDisableRequest, eeg_finish_etcdserverpb_AuthDisableRequest, eeg_to_sv_etcdserverpb_AuthDisableResponse },
    /* EEG_RPC_AUTH_AUTHSTATUS = 26 */
    { "Auth", "AuthStatus", "/etcdserverpb.Auth/AuthStatus", EE_UNARY,
      &etcdserverpb__auth_status_request__descriptor, &etcdserverpb__auth_status_response__descriptor,
      eeg_set_etcdserverpb_AuthStatusRequest, eeg_finish_etcdserverpb_AuthStatusRequest, eeg_to_sv_etcdserverpb_AuthStatusResponse },
    /* EEG_RPC_AUTH_AUTHENTICATE = 27 */
    { "Auth", "Authenticate", "/etcdserverpb.Auth/Authenticate", EE_UNARY,
      &etcdserverpb__authenticate_request__descriptor, &etcdserverpb__authenticate_response__descriptor,
      eeg_set_etcdserverpb_AuthenticateRequest, eeg_finish_etcdserverpb_AuthenticateRequest, eeg_to_sv_etcdserverpb_AuthenticateResponse },
    /* EEG_RPC_AUTH_USERADD = 28 */
    { "Auth", "UserAdd", "/etcdserverpb.Auth/UserAdd", EE_UNARY,
      &etcdserverpb__auth_user_add_request__descriptor, &etcdserverpb__auth_user_add_response__descriptor,
      eeg_set_etcdserverpb_AuthUserAddRequest, eeg_finish_etcdserverpb_AuthUserAddRequest, eeg_to_sv_etcdserverpb_AuthUserAddResponse },
    /* EEG_RPC_AUTH_USERGET = 29 */
    { "Auth", "UserGet", "/etcdserverpb.Auth/UserGet", EE_UNARY,
      &etcdserverpb__auth_user_get_request__descriptor, &etcdserverpb__auth_user_get_response__descriptor,
      eeg_set_etcdserverpb_AuthUserGetRequest, eeg_finish_etcdserverpb_AuthUserGetRequest, eeg_to_sv_etcdserverpb_AuthUserGetResponse },
    /* EEG_RPC_AUTH_USERLIST = 30 */
    { "Auth", "UserList", "/etcdserverpb.Auth/UserList", EE_UNARY,
      &etcdserverpb__auth_user_list_request__descriptor, &etcdserverpb__auth_user_list_response__descriptor,
      eeg_set_etcdserverpb_AuthUserListRequest, eeg_finish_etcdserverpb_AuthUserListRequest, eeg_to_sv_etcdserverpb_AuthUserListResponse },
    /* EEG_RPC_AUTH_USERDELETE = 31 */
    { "Auth", "UserDelete", "/etcdserverpb.Auth/UserDelete", EE_UNARY,
      &etcdserverpb__auth_user_delete_request__descriptor, &etcdserverpb__auth_user_delete_response__descriptor,
      eeg_set_etcdserverpb_AuthUserDeleteRequest, eeg_finish_etcdserverpb_AuthUserDeleteRequest, eeg_to_sv_etcdserverpb_AuthUserDeleteResponse },
    /* EEG_RPC_AUTH_USERCHANGEPASSWORD = 32 */
    { "Auth", "UserChangePassword", "/etcdserverpb.Auth/UserChangePassword", EE_UNARY,
      &etcdserverpb__auth_user_change_password_request__descriptor, &etcdserverpb__auth_user_change_password_response__descriptor,
      eeg_set_etcdserverpb_AuthUserChangePasswordRequest, eeg_finish_etcdserverpb_AuthUserChangePasswordRequest, eeg_to_sv_etcdserverpb_AuthUserChangePasswordResponse },
    /* EEG_RPC_AUTH_USERGRANTROLE = 33 */
    { "Auth", "UserGrantRole", "/etcdserverpb.Auth/UserGrantRole", EE_UNARY,
      &etcdserverpb__auth_user_grant_role_request__descriptor, &etcdserverpb__auth_user_grant_role_response__descriptor,
      eeg_set_etcdserverpb_AuthUserGrantRoleRequest, eeg_finish_etcdserverpb_AuthUserGrantRoleRequest, eeg_to_sv_etcdserverpb_AuthUserGrantRoleResponse },
    /* EEG_RPC_AUTH_USERREVOKEROLE = 34 */
    { "Auth", "UserRevokeRole", "/etcdserverpb.Auth/UserRevokeRole", EE_UNARY,
      &etcdserverpb__auth_user_revoke_role_request__descriptor, &etcdserverpb__auth_user_revoke_role_response__descriptor,
      eeg_set_etcdserverpb_AuthUserRevokeRoleRequest, eeg_finish_etcdserverpb_AuthUserRevokeRoleRequest, eeg_to_sv_etcdserverpb_AuthUserRevokeRoleResponse },
    /* EEG_RPC_AUTH_ROLEADD = 35 */
    { "Auth", "RoleAdd", "/etcdserverpb.Auth/RoleAdd", EE_UNARY,
      &etcdserverpb__auth_role_add_request__descriptor, &etcdserverpb__auth_role_add_response__descriptor,
      eeg_set_etcdserverpb_AuthRoleAddRequest, eeg_finish_etcdserverpb_AuthRoleAddRequest, eeg_to_sv_etcdserverpb_AuthRoleAddResponse },
    /* EEG_RPC_AUTH_ROLEGET = 36 */
    { "Auth", "RoleGet", "/etcdserverpb.Auth/RoleGet", EE_UNARY,
      &etcdserverpb__auth_role_get_request__descriptor, &etcdserverpb__auth_role_get_response__descriptor,
      eeg_set_etcdserverpb_AuthRoleGetRequest, eeg_finish_etcdserverpb_AuthRoleGetRequest, eeg_to_sv_etcdserverpb_AuthRoleGetResponse },
    /* EEG_RPC_AUTH_ROLELIST = 37 */
    { "Auth", "RoleList", "/etcdserverpb.Auth/RoleList", EE_UNARY,
      &etcdserverpb__auth_role_list_request__descriptor, &etcdserverpb__auth_role_list_response__descriptor,
      eeg_set_etcdserverpb_AuthRoleListRequest, eeg_finish_etcdserverpb_AuthRoleListRequest, eeg_to_sv_etcdserverpb_AuthRoleListResponse },
    /* EEG_RPC_AUTH_ROLEDELETE = 38 */
    { "Auth", "RoleDelete", "/etcdserverpb.Auth/RoleDelete", EE_UNARY,
      &etcdserverpb__auth_role_delete_request__descriptor, &etcdserverpb__auth_role_delete_response__descriptor,
      eeg_set_etcdserverpb_AuthRoleDeleteRequest, eeg_finish_etcdserverpb_AuthRoleDeleteRequest, eeg_to_sv_etcdserverpb_AuthRoleDeleteResponse },
    /* EEG_RPC_AUTH_ROLEGRANTPERMISSION = 39 */
    { "Auth", "RoleGrantPermission", "/etcdserverpb.Auth/RoleGrantPermission", EE_UNARY,
      &etcdserverpb__auth_role_grant_permission_request__descriptor, &etcdserverpb__auth_role_grant_permission_response__descriptor,
      eeg_set_etcdserverpb_AuthRoleGrantPermissionRequest, eeg_finish_etcdserverpb_AuthRoleGrantPermissionRequest, eeg_to_sv_etcdserverpb_AuthRoleGrantPermissionResponse },
    /* EEG_RPC_AUTH_ROLEREVOKEPERMISSION = 40 */
    { "Auth", "RoleRevokePermission", "/etcdserverpb.Auth/RoleRevokePermission", EE_UNARY,
      &etcdserverpb__auth_role_revoke_permission_request__descriptor, &etcdserverpb__auth_role_revoke_permission_response__descriptor,
      eeg_set_etcdserverpb_AuthRoleRevokePermissionRequest, eeg_finish_etcdserverpb_AuthRoleRevokePermissionRequest, eeg_to_sv_etcdserverpb_AuthRoleRevokePermissionResponse },
    /* EEG_RPC_ELECTION_CAMPAIGN = 41 */
    { "Election", "Campaign", "/v3electionpb.Election/Campaign", EE_UNARY,
      &v3electionpb__campaign_request__descriptor, &v3electionpb__campaign_response__descriptor,
      eeg_set_v3electionpb_CampaignRequest, eeg_finish_v3electionpb_CampaignRequest, eeg_to_sv_v3electionpb_CampaignResponse },
    /* EEG_RPC_ELECTION_PROCLAIM = 42 */
    { "Election", "Proclaim", "/v3electionpb.Election/Proclaim", EE_UNARY,
      &v3electionpb__proclaim_request__descriptor, &v3electionpb__proclaim_response__descriptor,
      eeg_set_v3electionpb_ProclaimRequest, eeg_finish_v3electionpb_ProclaimRequest, eeg_to_sv_v3electionpb_ProclaimResponse },
    /* EEG_RPC_ELECTION_LEADER = 43 */
    { "Election", "Leader", "/v3electionpb.Election/Leader", EE_UNARY,
      &v3electionpb__leader_request__descriptor, &v3electionpb__leader_response__descriptor,
      eeg_set_v3electionpb_LeaderRequest, eeg_finish_v3electionpb_LeaderRequest, eeg_to_sv_v3electionpb_LeaderResponse },
    /* EEG_RPC_ELECTION_OBSERVE = 44 */
    { "Election", "Observe", "/v3electionpb.Election/Observe", EE_SERVER_STREAM,
      &v3electionpb__leader_request__descriptor, &v3electionpb__leader_response__descriptor,
      eeg_set_v3electionpb_LeaderRequest, eeg_finish_v3electionpb_LeaderRequest, eeg_to_sv_v3electionpb_LeaderResponse },
    /* EEG_RPC_ELECTION_RESIGN = 45 */
    { "Election", "Resign", "/v3electionpb.Election/Resign", EE_UNARY,
      &v3electionpb__resign_request__descriptor, &v3electionpb__resign_response__descriptor,
      eeg_set_v3electionpb_ResignRequest, eeg_finish_v3electionpb_ResignRequest, eeg_to_sv_v3electionpb_ResignResponse },
    /* EEG_RPC_LOCK_LOCK = 46 */
    { "Lock", "Lock", "/v3lockpb.Lock/Lock", EE_UNARY,
      &v3lockpb__lock_request__descriptor, &v3lockpb__lock_response__descriptor,
      eeg_set_v3lockpb_LockRequest, eeg_finish_v3lockpb_LockRequest, eeg_to_sv_v3lockpb_LockResponse },
    /* EEG_RPC_LOCK_UNLOCK = 47 */
    { "Lock", "Unlock", "/v3lockpb.Lock/Unlock", EE_UNARY,
      &v3lockpb__unlock_request__descriptor, &v3lockpb__unlock_response__descriptor,
      eeg_set_v3lockpb_UnlockRequest, eeg_finish_v3lockpb_UnlockRequest, eeg_to_sv_v3lockpb_UnlockResponse },
};
const int eeg_nrpcs = 48;

static const ee_arg eeg_args_put[] = {
    { "key", 0 },
    { "value", 0 },
};
static const char *const eeg_opts_put[] = {
    "lease",
    "prev_kv",
    "ignore_value",
    "ignore_lease",
};
static const ee_arg eeg_args_get[] = {
    { "key", 0 },
};
static const char *const eeg_opts_get[] = {
    "prefix",
    "range_end",
    "limit",
    "revision",
    "keys_only",
    "count_only",
    "sort_order",
    "sort_target",
    "serializable",
    "min_mod_revision",
    "max_mod_revision",
    "min_create_revision",
    "max_create_revision",
};
static const ee_arg eeg_args_delete[] = {
    { "key", 0 },
};
static const char *const eeg_opts_delete[] = {
    "prefix",
    "range_end",
    "prev_kv",
};
static const ee_arg eeg_args_txn[] = {
    { "compare", 0 },
    { "success", 0 },
    { "failure", EE_ARG_OPTIONAL },
};
static const ee_arg eeg_args_watch[] = {
    { "key", 0 },
};
static const char *const eeg_opts_watch[] = {
    "prefix",
    "range_end",
    "start_revision",
    "prev_kv",
    "progress_notify",
    "watch_id",
    "filters",
    "fragment",
};
static const ee_arg eeg_args_compact[] = {
    { "revision", 0 },
};
static const char *const eeg_opts_compact[] = {
    "physical",
};
static const ee_arg eeg_args_lease_grant[] = {
    { "ttl", 0 },
};
static const char *const eeg_opts_lease_grant[] = {
    "id",
};
static const ee_arg eeg_args_lease_revoke[] = {
    { "id", 0 },
};
static const ee_arg eeg_args_lease_time_to_live[] = {
    { "id", 0 },
};
static const char *const eeg_opts_lease_time_to_live[] = {
    "keys",
};
static const ee_arg eeg_args_lease_keepalive[] = {
    { "id", 0 },
};
static const ee_arg eeg_args_lock[] = {
    { "name", 0 },
    { "lease", 0 },
};
static const ee_arg eeg_args_unlock[] = {
    { "key", 0 },
};
static const ee_arg eeg_args_election_campaign[] = {
    { "name", 0 },
    { "lease", 0 },
    { "value", 0 },
};
static const ee_arg eeg_args_election_leader[] = {
    { "name", 0 },
};
static const ee_arg eeg_args_election_proclaim[] = {
    { "leader", EE_ARG_HASH },
    { "value", 0 },
};
static const ee_arg eeg_args_election_observe[] = {
    { "name", 0 },
};
static const ee_arg eeg_args_election_resign[] = {
    { "leader", EE_ARG_HASH },
};
static const ee_arg eeg_args_authenticate[] = {
    { "name", 0 },
    { "password", 0 },
};
static const ee_arg eeg_args_user_add[] = {
    { "name", 0 },
    { "password", 0 },
};
static const char *const eeg_opts_user_add[] = {
    "options",
    "hashed_password",
};
static const ee_arg eeg_args_user_delete[] = {
    { "name", 0 },
};
static const ee_arg eeg_args_user_change_password[] = {
    { "name", 0 },
    { "password", 0 },
};
static const ee_arg eeg_args_user_get[] = {
    { "name", 0 },
};
static const ee_arg eeg_args_user_grant_role[] = {
    { "user", 0 },
    { "role", 0 },
};
static const ee_arg eeg_args_user_revoke_role[] = {
    { "name", 0 },
    { "role", 0 },
};
static const ee_arg eeg_args_role_add[] = {
    { "name", 0 },
};
static const ee_arg eeg_args_role_delete[] = {
    { "role", 0 },
};
static const ee_arg eeg_args_role_get[] = {
    { "role", 0 },
};
static const ee_arg eeg_args_role_grant_permission[] = {
    { "name", 0 },
    { "perm.perm_type", 0 },
    { "perm.key", 0 },
    { "perm.range_end", EE_ARG_UNDEF_OK },
};
static const ee_arg eeg_args_role_revoke_permission[] = {
    { "role", 0 },
    { "key", 0 },
    { "range_end", EE_ARG_UNDEF_OK },
};
static const ee_arg eeg_args_alarm[] = {
    { "action", 0 },
};
static const char *const eeg_opts_alarm[] = {
    "member_id",
    "alarm",
};
static const ee_arg eeg_args_hash_kv[] = {
    { "revision", EE_ARG_OPTIONAL },
};
static const ee_arg eeg_args_move_leader[] = {
    { "target_id", 0 },
};
static const ee_arg eeg_args_snapshot[] = {
    { "dest", EE_ARG_RUNTIME },
};
static const ee_arg eeg_args_downgrade[] = {
    { "action", 0 },
};
static const char *const eeg_opts_downgrade[] = {
    "version",
};
static const char *const eeg_opts_member_list[] = {
    "linearizable",
};
static const ee_arg eeg_args_member_add[] = {
    { "peer_urls", 0 },
};
static const char *const eeg_opts_member_add[] = {
    "is_learner",
};
static const ee_arg eeg_args_member_remove[] = {
    { "id", 0 },
};
static const ee_arg eeg_args_member_update[] = {
    { "id", 0 },
    { "peer_urls", 0 },
};
static const ee_arg eeg_args_member_promote[] = {
    { "id", 0 },
};

const ee_method eeg_methods[] = {
    { "put", "$client->put($key, $value, [\\%opts], $cb)", 1 /* KV/Put */,
      eeg_args_put, 2, 2,
      eeg_opts_put, 4,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__put_request__descriptor, eeg_set_etcdserverpb_PutRequest, eeg_finish_etcdserverpb_PutRequest },
    { "get", "$client->get($key, [\\%opts], $cb)", 0 /* KV/Range */,
      eeg_args_get, 1, 1,
      eeg_opts_get, 13,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__range_request__descriptor, eeg_set_etcdserverpb_RangeRequest, eeg_finish_etcdserverpb_RangeRequest },
    { "delete", "$client->delete($key, [\\%opts], $cb)", 2 /* KV/DeleteRange */,
      eeg_args_delete, 1, 1,
      eeg_opts_delete, 3,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__delete_range_request__descriptor, eeg_set_etcdserverpb_DeleteRangeRequest, eeg_finish_etcdserverpb_DeleteRangeRequest },
    { "txn", "$client->txn(\\@compare, \\@success, [\\@failure], [\\%opts], $cb) or $client->txn(compare => \\@compare, success => \\@success, failure => \\@failure, callback => $cb)", 3 /* KV/Txn */,
      eeg_args_txn, 3, 2,
      NULL, 0,
      EE_M_NAMED, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__txn_request__descriptor, eeg_set_etcdserverpb_TxnRequest, eeg_finish_etcdserverpb_TxnRequest },
    { "watch", "$client->watch($key, [\\%opts], $cb)", 5 /* Watch/Watch */,
      eeg_args_watch, 1, 1,
      eeg_opts_watch, 8,
      0, EE_HOOK_NONE, EE_STREAM_WATCH, EE_RT_AUTO_RECONNECT,
      &etcdserverpb__watch_create_request__descriptor, eeg_set_etcdserverpb_WatchCreateRequest, eeg_finish_etcdserverpb_WatchCreateRequest },
    { "compact", "$client->compact($revision, [\\%opts], $cb)", 4 /* KV/Compact */,
      eeg_args_compact, 1, 1,
      eeg_opts_compact, 1,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__compaction_request__descriptor, eeg_set_etcdserverpb_CompactionRequest, eeg_finish_etcdserverpb_CompactionRequest },
    { "lease_grant", "$client->lease_grant($ttl, [\\%opts], $cb)", 6 /* Lease/LeaseGrant */,
      eeg_args_lease_grant, 1, 1,
      eeg_opts_lease_grant, 1,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__lease_grant_request__descriptor, eeg_set_etcdserverpb_LeaseGrantRequest, eeg_finish_etcdserverpb_LeaseGrantRequest },
    { "lease_revoke", "$client->lease_revoke($id, [\\%opts], $cb)", 7 /* Lease/LeaseRevoke */,
      eeg_args_lease_revoke, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__lease_revoke_request__descriptor, eeg_set_etcdserverpb_LeaseRevokeRequest, eeg_finish_etcdserverpb_LeaseRevokeRequest },
    { "lease_time_to_live", "$client->lease_time_to_live($id, [\\%opts], $cb)", 9 /* Lease/LeaseTimeToLive */,
      eeg_args_lease_time_to_live, 1, 1,
      eeg_opts_lease_time_to_live, 1,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__lease_time_to_live_request__descriptor, eeg_set_etcdserverpb_LeaseTimeToLiveRequest, eeg_finish_etcdserverpb_LeaseTimeToLiveRequest },
    { "lease_keepalive", "$client->lease_keepalive($id, [\\%opts], $cb)", 8 /* Lease/LeaseKeepAlive */,
      eeg_args_lease_keepalive, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_KEEPALIVE, EE_RT_AUTO_RECONNECT,
      &etcdserverpb__lease_keep_alive_request__descriptor, eeg_set_etcdserverpb_LeaseKeepAliveRequest, eeg_finish_etcdserverpb_LeaseKeepAliveRequest },
    { "lease_leases", "$client->lease_leases([\\%opts], $cb)", 10 /* Lease/LeaseLeases */,
      NULL, 0, 0,
      NULL, 0,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__lease_leases_request__descriptor, eeg_set_etcdserverpb_LeaseLeasesRequest, eeg_finish_etcdserverpb_LeaseLeasesRequest },
    { "lock", "$client->lock($name, $lease, [\\%opts], $cb)", 46 /* Lock/Lock */,
      eeg_args_lock, 2, 2,
      NULL, 0,
      EE_M_NO_DEADLINE, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &v3lockpb__lock_request__descriptor, eeg_set_v3lockpb_LockRequest, eeg_finish_v3lockpb_LockRequest },
    { "unlock", "$client->unlock($key, [\\%opts], $cb)", 47 /* Lock/Unlock */,
      eeg_args_unlock, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &v3lockpb__unlock_request__descriptor, eeg_set_v3lockpb_UnlockRequest, eeg_finish_v3lockpb_UnlockRequest },
    { "election_campaign", "$client->election_campaign($name, $lease, $value, [\\%opts], $cb)", 41 /* Election/Campaign */,
      eeg_args_election_campaign, 3, 3,
      NULL, 0,
      EE_M_NO_DEADLINE, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &v3electionpb__campaign_request__descriptor, eeg_set_v3electionpb_CampaignRequest, eeg_finish_v3electionpb_CampaignRequest },
    { "election_leader", "$client->election_leader($name, [\\%opts], $cb)", 43 /* Election/Leader */,
      eeg_args_election_leader, 1, 1,
      NULL, 0,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &v3electionpb__leader_request__descriptor, eeg_set_v3electionpb_LeaderRequest, eeg_finish_v3electionpb_LeaderRequest },
    { "election_proclaim", "$client->election_proclaim(\\%leader, $value, [\\%opts], $cb)", 42 /* Election/Proclaim */,
      eeg_args_election_proclaim, 2, 2,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &v3electionpb__proclaim_request__descriptor, eeg_set_v3electionpb_ProclaimRequest, eeg_finish_v3electionpb_ProclaimRequest },
    { "election_observe", "$client->election_observe($name, [\\%opts], $cb)", 44 /* Election/Observe */,
      eeg_args_election_observe, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_OBSERVE, EE_RT_AUTO_RECONNECT,
      &v3electionpb__leader_request__descriptor, eeg_set_v3electionpb_LeaderRequest, eeg_finish_v3electionpb_LeaderRequest },
    { "election_resign", "$client->election_resign(\\%leader, [\\%opts], $cb)", 45 /* Election/Resign */,
      eeg_args_election_resign, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &v3electionpb__resign_request__descriptor, eeg_set_v3electionpb_ResignRequest, eeg_finish_v3electionpb_ResignRequest },
    { "authenticate", "$client->authenticate($name, $password, [\\%opts], $cb)", 27 /* Auth/Authenticate */,
      eeg_args_authenticate, 2, 2,
      NULL, 0,
      0, EE_HOOK_STORE_TOKEN, EE_STREAM_NONE, 0,
      &etcdserverpb__authenticate_request__descriptor, eeg_set_etcdserverpb_AuthenticateRequest, eeg_finish_etcdserverpb_AuthenticateRequest },
    { "auth_enable", "$client->auth_enable([\\%opts], $cb)", 24 /* Auth/AuthEnable */,
      NULL, 0, 0,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_enable_request__descriptor, eeg_set_etcdserverpb_AuthEnableRequest, eeg_finish_etcdserverpb_AuthEnableRequest },
    { "auth_disable", "$client->auth_disable([\\%opts], $cb)", 25 /* Auth/AuthDisable */,
      NULL, 0, 0,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_disable_request__descriptor, eeg_set_etcdserverpb_AuthDisableRequest, eeg_finish_etcdserverpb_AuthDisableRequest },
    { "auth_status", "$client->auth_status([\\%opts], $cb)", 26 /* Auth/AuthStatus */,
      NULL, 0, 0,
      NULL, 0,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_status_request__descriptor, eeg_set_etcdserverpb_AuthStatusRequest, eeg_finish_etcdserverpb_AuthStatusRequest },
    { "user_add", "$client->user_add($name, $password, [\\%opts], $cb)", 28 /* Auth/UserAdd */,
      eeg_args_user_add, 2, 2,
      eeg_opts_user_add, 2,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_user_add_request__descriptor, eeg_set_etcdserverpb_AuthUserAddRequest, eeg_finish_etcdserverpb_AuthUserAddRequest },
    { "user_delete", "$client->user_delete($name, [\\%opts], $cb)", 31 /* Auth/UserDelete */,
      eeg_args_user_delete, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_user_delete_request__descriptor, eeg_set_etcdserverpb_AuthUserDeleteRequest, eeg_finish_etcdserverpb_AuthUserDeleteRequest },
    { "user_change_password", "$client->user_change_password($name, $password, [\\%opts], $cb)", 32 /* Auth/UserChangePassword */,
      eeg_args_user_change_password, 2, 2,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_user_change_password_request__descriptor, eeg_set_etcdserverpb_AuthUserChangePasswordRequest, eeg_finish_etcdserverpb_AuthUserChangePasswordRequest },
    { "user_get", "$client->user_get($name, [\\%opts], $cb)", 29 /* Auth/UserGet */,
      eeg_args_user_get, 1, 1,
      NULL, 0,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_user_get_request__descriptor, eeg_set_etcdserverpb_AuthUserGetRequest, eeg_finish_etcdserverpb_AuthUserGetRequest },
    { "user_list", "$client->user_list([\\%opts], $cb)", 30 /* Auth/UserList */,
      NULL, 0, 0,
      NULL, 0,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_user_list_request__descriptor, eeg_set_etcdserverpb_AuthUserListRequest, eeg_finish_etcdserverpb_AuthUserListRequest },
    { "user_grant_role", "$client->user_grant_role($user, $role, [\\%opts], $cb)", 33 /* Auth/UserGrantRole */,
      eeg_args_user_grant_role, 2, 2,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_user_grant_role_request__descriptor, eeg_set_etcdserverpb_AuthUserGrantRoleRequest, eeg_finish_etcdserverpb_AuthUserGrantRoleRequest },
    { "user_revoke_role", "$client->user_revoke_role($name, $role, [\\%opts], $cb)", 34 /* Auth/UserRevokeRole */,
      eeg_args_user_revoke_role, 2, 2,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_user_revoke_role_request__descriptor, eeg_set_etcdserverpb_AuthUserRevokeRoleRequest, eeg_finish_etcdserverpb_AuthUserRevokeRoleRequest },
    { "role_add", "$client->role_add($name, [\\%opts], $cb)", 35 /* Auth/RoleAdd */,
      eeg_args_role_add, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_role_add_request__descriptor, eeg_set_etcdserverpb_AuthRoleAddRequest, eeg_finish_etcdserverpb_AuthRoleAddRequest },
    { "role_delete", "$client->role_delete($role, [\\%opts], $cb)", 38 /* Auth/RoleDelete */,
      eeg_args_role_delete, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_role_delete_request__descriptor, eeg_set_etcdserverpb_AuthRoleDeleteRequest, eeg_finish_etcdserverpb_AuthRoleDeleteRequest },
    { "role_get", "$client->role_get($role, [\\%opts], $cb)", 36 /* Auth/RoleGet */,
      eeg_args_role_get, 1, 1,
      NULL, 0,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_role_get_request__descriptor, eeg_set_etcdserverpb_AuthRoleGetRequest, eeg_finish_etcdserverpb_AuthRoleGetRequest },
    { "role_list", "$client->role_list([\\%opts], $cb)", 37 /* Auth/RoleList */,
      NULL, 0, 0,
      NULL, 0,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_role_list_request__descriptor, eeg_set_etcdserverpb_AuthRoleListRequest, eeg_finish_etcdserverpb_AuthRoleListRequest },
    { "role_grant_permission", "$client->role_grant_permission($name, $perm_type, $key, $range_end, [\\%opts], $cb)", 39 /* Auth/RoleGrantPermission */,
      eeg_args_role_grant_permission, 4, 4,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_role_grant_permission_request__descriptor, eeg_set_etcdserverpb_AuthRoleGrantPermissionRequest, eeg_finish_etcdserverpb_AuthRoleGrantPermissionRequest },
    { "role_revoke_permission", "$client->role_revoke_permission($role, $key, $range_end, [\\%opts], $cb)", 40 /* Auth/RoleRevokePermission */,
      eeg_args_role_revoke_permission, 3, 3,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__auth_role_revoke_permission_request__descriptor, eeg_set_etcdserverpb_AuthRoleRevokePermissionRequest, eeg_finish_etcdserverpb_AuthRoleRevokePermissionRequest },
    { "status", "$client->status([\\%opts], $cb)", 17 /* Maintenance/Status */,
      NULL, 0, 0,
      NULL, 0,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__status_request__descriptor, eeg_set_etcdserverpb_StatusRequest, eeg_finish_etcdserverpb_StatusRequest },
    { "alarm", "$client->alarm($action, [\\%opts], $cb)", 16 /* Maintenance/Alarm */,
      eeg_args_alarm, 1, 1,
      eeg_opts_alarm, 2,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__alarm_request__descriptor, eeg_set_etcdserverpb_AlarmRequest, eeg_finish_etcdserverpb_AlarmRequest },
    { "defragment", "$client->defragment([\\%opts], $cb)", 18 /* Maintenance/Defragment */,
      NULL, 0, 0,
      NULL, 0,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__defragment_request__descriptor, eeg_set_etcdserverpb_DefragmentRequest, eeg_finish_etcdserverpb_DefragmentRequest },
    { "hash_kv", "$client->hash_kv([$revision], [\\%opts], $cb)", 20 /* Maintenance/HashKV */,
      eeg_args_hash_kv, 1, 0,
      NULL, 0,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__hash_kvrequest__descriptor, eeg_set_etcdserverpb_HashKVRequest, eeg_finish_etcdserverpb_HashKVRequest },
    { "hash", "$client->hash([\\%opts], $cb)", 19 /* Maintenance/Hash */,
      NULL, 0, 0,
      NULL, 0,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__hash_request__descriptor, eeg_set_etcdserverpb_HashRequest, eeg_finish_etcdserverpb_HashRequest },
    { "move_leader", "$client->move_leader($target_id, [\\%opts], $cb)", 22 /* Maintenance/MoveLeader */,
      eeg_args_move_leader, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__move_leader_request__descriptor, eeg_set_etcdserverpb_MoveLeaderRequest, eeg_finish_etcdserverpb_MoveLeaderRequest },
    { "snapshot", "$client->snapshot($dest, [\\%opts], $cb)", 21 /* Maintenance/Snapshot */,
      eeg_args_snapshot, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_SNAPSHOT, 0,
      &etcdserverpb__snapshot_request__descriptor, eeg_set_etcdserverpb_SnapshotRequest, eeg_finish_etcdserverpb_SnapshotRequest },
    { "downgrade", "$client->downgrade($action, [\\%opts], $cb)", 23 /* Maintenance/Downgrade */,
      eeg_args_downgrade, 1, 1,
      eeg_opts_downgrade, 1,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__downgrade_request__descriptor, eeg_set_etcdserverpb_DowngradeRequest, eeg_finish_etcdserverpb_DowngradeRequest },
    { "member_list", "$client->member_list([\\%opts], $cb)", 14 /* Cluster/MemberList */,
      NULL, 0, 0,
      eeg_opts_member_list, 1,
      EE_M_IDEMPOTENT, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__member_list_request__descriptor, eeg_set_etcdserverpb_MemberListRequest, eeg_finish_etcdserverpb_MemberListRequest },
    { "member_add", "$client->member_add(\\@peer_urls, [\\%opts], $cb)", 11 /* Cluster/MemberAdd */,
      eeg_args_member_add, 1, 1,
      eeg_opts_member_add, 1,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__member_add_request__descriptor, eeg_set_etcdserverpb_MemberAddRequest, eeg_finish_etcdserverpb_MemberAddRequest },
    { "member_remove", "$client->member_remove($id, [\\%opts], $cb)", 12 /* Cluster/MemberRemove */,
      eeg_args_member_remove, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__member_remove_request__descriptor, eeg_set_etcdserverpb_MemberRemoveRequest, eeg_finish_etcdserverpb_MemberRemoveRequest },
    { "member_update", "$client->member_update($id, \\@peer_urls, [\\%opts], $cb)", 13 /* Cluster/MemberUpdate */,
      eeg_args_member_update, 2, 2,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__member_update_request__descriptor, eeg_set_etcdserverpb_MemberUpdateRequest, eeg_finish_etcdserverpb_MemberUpdateRequest },
    { "member_promote", "$client->member_promote($id, [\\%opts], $cb)", 15 /* Cluster/MemberPromote */,
      eeg_args_member_promote, 1, 1,
      NULL, 0,
      0, EE_HOOK_NONE, EE_STREAM_NONE, 0,
      &etcdserverpb__member_promote_request__descriptor, eeg_set_etcdserverpb_MemberPromoteRequest, eeg_finish_etcdserverpb_MemberPromoteRequest },
};
const int eeg_nmethods = 48;
