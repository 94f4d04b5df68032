/* generated/ee_convert.h: generated from proto/ (etcd v3.7.1) and codegen/api_map.toml by codegen/generate.py; do not edit.
 * Regenerate with: make generate */
#ifndef EEG_CONVERT_H
#define EEG_CONVERT_H

#include "ee.h"

#if !defined(EE_TABLE_LAYOUT) || EE_TABLE_LAYOUT != 2
#error "generated/ fills the runtime tables of layout 2, runtime/ee.h has another EE_TABLE_LAYOUT: update TABLE_LAYOUT in codegen/generate.py and templates/, then make generate"
#endif
#include "authpb/auth.pb-c.h"
#include "etcdserverpb/rpc.pb-c.h"
#include "mvccpb/kv.pb-c.h"
#include "v3electionpb/v3election.pb-c.h"
#include "v3lockpb/v3lock.pb-c.h"

int  eeg_set_authpb_Permission(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_authpb_Permission(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_authpb_Permission(pTHX_ const void *msg);
int  eeg_set_authpb_UserAddOptions(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_authpb_UserAddOptions(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AlarmMember(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AlarmRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AlarmRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AlarmResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthDisableRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthDisableRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthDisableResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthEnableRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthEnableRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthEnableResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthRoleAddRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthRoleAddRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthRoleAddResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthRoleDeleteRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthRoleDeleteRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthRoleDeleteResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthRoleGetRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthRoleGetRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthRoleGetResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthRoleGrantPermissionRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthRoleGrantPermissionRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthRoleGrantPermissionResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthRoleListRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthRoleListRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthRoleListResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthRoleRevokePermissionRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthRoleRevokePermissionRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthRoleRevokePermissionResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthStatusRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthStatusRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthStatusResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthUserAddRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthUserAddRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthUserAddResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthUserChangePasswordRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthUserChangePasswordRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthUserChangePasswordResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthUserDeleteRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthUserDeleteRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthUserDeleteResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthUserGetRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthUserGetRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthUserGetResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthUserGrantRoleRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthUserGrantRoleRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthUserGrantRoleResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthUserListRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthUserListRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthUserListResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthUserRevokeRoleRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthUserRevokeRoleRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthUserRevokeRoleResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_AuthenticateRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_AuthenticateRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_AuthenticateResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_CompactionRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_CompactionRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_CompactionResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_Compare(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_Compare(pTHX_ ee_build *b, void *msg, ee_seen seen);
int  eeg_set_etcdserverpb_DefragmentRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_DefragmentRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_DefragmentResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_DeleteRangeRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_DeleteRangeRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_DeleteRangeResponse(pTHX_ const void *msg);
SV  *eeg_to_sv_etcdserverpb_DowngradeInfo(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_DowngradeRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_DowngradeRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_DowngradeResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_HashKVRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_HashKVRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_HashKVResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_HashRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_HashRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_HashResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_LeaseGrantRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_LeaseGrantRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_LeaseGrantResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_LeaseKeepAliveRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_LeaseKeepAliveRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_LeaseKeepAliveResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_LeaseLeasesRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_LeaseLeasesRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_LeaseLeasesResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_LeaseRevokeRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_LeaseRevokeRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_LeaseRevokeResponse(pTHX_ const void *msg);
SV  *eeg_to_sv_etcdserverpb_LeaseStatus(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_LeaseTimeToLiveRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_LeaseTimeToLiveRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_LeaseTimeToLiveResponse(pTHX_ const void *msg);
SV  *eeg_to_sv_etcdserverpb_Member(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_MemberAddRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_MemberAddRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_MemberAddResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_MemberListRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_MemberListRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_MemberListResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_MemberPromoteRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_MemberPromoteRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_MemberPromoteResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_MemberRemoveRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_MemberRemoveRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_MemberRemoveResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_MemberUpdateRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_MemberUpdateRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_MemberUpdateResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_MoveLeaderRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_MoveLeaderRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_MoveLeaderResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_PutRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_PutRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_PutResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_RangeRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_RangeRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_RangeResponse(pTHX_ const void *msg);
SV  *eeg_to_sv_etcdserverpb_RangeStreamResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_RequestOp(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_RequestOp(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_ResponseHeader(pTHX_ const void *msg);
SV  *eeg_to_sv_etcdserverpb_ResponseOp(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_SnapshotRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_SnapshotRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_SnapshotResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_StatusRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_StatusRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_StatusResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_TxnRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_TxnRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_TxnResponse(pTHX_ const void *msg);
int  eeg_set_etcdserverpb_WatchCancelRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_WatchCancelRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
int  eeg_set_etcdserverpb_WatchCreateRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_WatchCreateRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
int  eeg_set_etcdserverpb_WatchProgressRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_WatchProgressRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
int  eeg_set_etcdserverpb_WatchRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_etcdserverpb_WatchRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_etcdserverpb_WatchResponse(pTHX_ const void *msg);
SV  *eeg_to_sv_mvccpb_Event(pTHX_ const void *msg);
SV  *eeg_to_sv_mvccpb_KeyValue(pTHX_ const void *msg);
int  eeg_set_v3electionpb_CampaignRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_v3electionpb_CampaignRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_v3electionpb_CampaignResponse(pTHX_ const void *msg);
int  eeg_set_v3electionpb_LeaderKey(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_v3electionpb_LeaderKey(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_v3electionpb_LeaderKey(pTHX_ const void *msg);
int  eeg_set_v3electionpb_LeaderRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_v3electionpb_LeaderRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_v3electionpb_LeaderResponse(pTHX_ const void *msg);
int  eeg_set_v3electionpb_ProclaimRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_v3electionpb_ProclaimRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_v3electionpb_ProclaimResponse(pTHX_ const void *msg);
int  eeg_set_v3electionpb_ResignRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_v3electionpb_ResignRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_v3electionpb_ResignResponse(pTHX_ const void *msg);
int  eeg_set_v3lockpb_LockRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_v3lockpb_LockRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_v3lockpb_LockResponse(pTHX_ const void *msg);
int  eeg_set_v3lockpb_UnlockRequest(pTHX_ ee_build *b, void *msg, ee_seen *seen, const char *name, STRLEN len, SV *sv);
void eeg_finish_v3lockpb_UnlockRequest(pTHX_ ee_build *b, void *msg, ee_seen seen);
SV  *eeg_to_sv_v3lockpb_UnlockResponse(pTHX_ const void *msg);

#endif
