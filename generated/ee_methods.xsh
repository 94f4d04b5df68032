# generated/ee_methods.xsh: generated from proto/ (etcd unknown) and codegen/api_map.toml by codegen/generate.py; do not edit.
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
        compact = 4
        lease_grant = 5
        lease_revoke = 6
        lease_time_to_live = 7
        lease_leases = 8
        lock = 9
        unlock = 10
        election_campaign = 11
        election_leader = 12
        election_proclaim = 13
        election_resign = 14
        authenticate = 15
        auth_enable = 16
        auth_disable = 17
        auth_status = 18
        user_add = 19
        user_delete = 20
        user_change_password = 21
        user_get = 22
        user_list = 23
        user_grant_role = 24
        user_revoke_role = 25
        role_add = 26
        role_delete = 27
        role_get = 28
        role_list = 29
        role_grant_permission = 30
        role_revoke_permission = 31
        status = 32
        alarm = 33
        defragment = 34
        hash_kv = 35
        hash = 36
        move_leader = 37
        downgrade = 38
        member_list = 39
        member_add = 40
        member_remove = 41
        member_update = 42
        member_promote = 43
    CODE:
        ee_invoke(aTHX_ client_of(aTHX_ self, eeg_methods[ix].name), &eeg_methods[ix], &ST(1), items - 1);
