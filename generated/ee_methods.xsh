# generated/ee_methods.xsh: generated from proto/ (etcd v3.7.1) and codegen/api_map.toml by codegen/generate.py; do not edit.
# Regenerate with: make generate
#
# One XSUB for every friendly method; ix indexes eeg_methods (ee_tables.c).

MODULE = EV::Etcd    PACKAGE = EV::Etcd

void
put(SV *self, ...)
    ALIAS:
        get = 1
        delete = 2
        txn = 3
        watch = 4
        compact = 5
        lease_grant = 6
        lease_revoke = 7
        lease_time_to_live = 8
        lease_keepalive = 9
        lease_leases = 10
        lock = 11
        unlock = 12
        election_campaign = 13
        election_leader = 14
        election_proclaim = 15
        election_observe = 16
        election_resign = 17
        authenticate = 18
        auth_enable = 19
        auth_disable = 20
        auth_status = 21
        user_add = 22
        user_delete = 23
        user_change_password = 24
        user_get = 25
        user_list = 26
        user_grant_role = 27
        user_revoke_role = 28
        role_add = 29
        role_delete = 30
        role_get = 31
        role_list = 32
        role_grant_permission = 33
        role_revoke_permission = 34
        status = 35
        alarm = 36
        defragment = 37
        hash_kv = 38
        hash = 39
        move_leader = 40
        snapshot = 41
        downgrade = 42
        member_list = 43
        member_add = 44
        member_remove = 45
        member_update = 46
        member_promote = 47
    PPCODE:
    {
        SV *handle = ee_invoke(aTHX_ client_of(aTHX_ self, eeg_methods[ix].name), &eeg_methods[ix],
                               &ST(1), items - 1, GIMME_V != G_VOID);
        if (handle) {
            ST(0) = sv_2mortal(handle);
            XSRETURN(1);
        }
        XSRETURN_EMPTY;
    }
