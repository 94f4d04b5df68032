/*
 * snapshot.c - Maintenance.Snapshot: the backend snapshot streamed in
 * chunks, written to a file (via "<path>.part", renamed once complete) or
 * handed chunk by chunk to a code reference.  Complete means the stream
 * ended with OK and the last chunk said no bytes remain; anything else is
 * an error and a partial file is removed.  Complete means: the stream
 * ended with OK, its last chunk said nothing remains, and the bytes add up
 * to the size the first chunk announced (plus etcd's 32-byte SHA-256
 * trailer).
 */
#include "ee.h"
#include "etcdserverpb/rpc.pb-c.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

typedef struct ee_snapshot {
    ee_client *c;
    SV *cb;                 /* final callback */
    SV *on_chunk;           /* or NULL when writing a file */
    char *path, *part;
    int fd;
    uint64_t bytes, remaining;
    uint64_t total;                 /* the size the server announced (first chunk) */
    int got_last, failed;
    char error[256];
    SV *header;
} ee_snapshot;

static void on_message(pTHX_ ee_stream *s, const ProtobufCMessage *msg)
{
    ee_snapshot *sn = (ee_snapshot *)s->owner;
    const Etcdserverpb__SnapshotResponse *r = (const Etcdserverpb__SnapshotResponse *)msg;
    if (sn->failed)
        return;
    if (r->header && !sn->header)
        sn->header = s->rpc->resp_to_sv(aTHX_ msg);   /* keep the first header */
    if (s->received == 1)              /* the first chunk announces the whole size */
        sn->total = r->remaining_bytes + r->blob.len;
    sn->bytes += r->blob.len;
    sn->remaining = r->remaining_bytes;
    if (r->remaining_bytes == 0)
        sn->got_last = 1;
    if (sn->fd >= 0) {
        size_t off = 0;
        while (off < r->blob.len) {
            ssize_t n = write(sn->fd, r->blob.data + off, r->blob.len - off);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                snprintf(sn->error, sizeof sn->error, "writing %s: %s", sn->part, strerror(errno));
                sn->failed = 1;
                ee_stream_cancel(aTHX_ s);
                return;
            }
            off += (size_t)n;
        }
    } else if (sn->on_chunk) {
        SV *chunk = newSVpvn(r->blob.len ? (const char *)r->blob.data : "", r->blob.len);
        ee_invoke_cb(aTHX_ sn->on_chunk, chunk, NULL);
    }
}

static void on_end(pTHX_ ee_stream *s, int code, const char *msg, size_t len)
{
    ee_snapshot *sn = (ee_snapshot *)s->owner;
    SV *resp = NULL, *err = NULL;
    if (sn->fd >= 0 && close(sn->fd) != 0 && !sn->failed) {
        snprintf(sn->error, sizeof sn->error, "closing %s: %s", sn->part, strerror(errno));
        sn->failed = 1;
    }
    sn->fd = -1;
    if (sn->failed) {
        err = ee_error_sv(aTHX_ GRPC_STATUS_INTERNAL, sn->error, strlen(sn->error), "snapshot");
    } else if (code != GRPC_STATUS_OK) {
        err = ee_error_sv(aTHX_ code, msg, len, "snapshot");
    } else if (!sn->got_last || (sn->bytes != sn->total && sn->bytes != sn->total + 32)) {
        /* (etcd appends the SHA-256 of the backend, 32 bytes beyond the size
         * it announces; `etcdctl snapshot status` checks it) */
        snprintf(sn->error, sizeof sn->error, "the snapshot stream ended after %" PRIu64
                 " of %" PRIu64 " bytes", sn->bytes, sn->total);
        err = ee_error_sv(aTHX_ GRPC_STATUS_DATA_LOSS, sn->error, strlen(sn->error), "snapshot");
    } else if (sn->path && rename(sn->part, sn->path) != 0) {
        snprintf(sn->error, sizeof sn->error, "renaming %s: %s", sn->part, strerror(errno));
        err = ee_error_sv(aTHX_ GRPC_STATUS_INTERNAL, sn->error, strlen(sn->error), "snapshot");
    }
    if (err) {
        if (sn->part)
            unlink(sn->part);
    } else {
        HV *hv = sn->header ? (HV *)SvRV(sn->header) : newHV();
        hv_delete(hv, "blob", 4, G_DISCARD);
        hv_delete(hv, "remaining_bytes", 15, G_DISCARD);
        hv_stores(hv, "size", newSVuv(sn->bytes));
        if (sn->path)
            hv_stores(hv, "path", newSVpv(sn->path, 0));
        resp = sn->header ? sn->header : newRV_noinc((SV *)hv);
        sn->header = NULL;
    }
    ev_unref(EV_DEFAULT_UC);
    if (!sn->c->closing)
        ee_invoke_cb(aTHX_ sn->cb, resp, err);
    else {
        if (resp) SvREFCNT_dec(resp);
        if (err) SvREFCNT_dec(err);
    }
    SvREFCNT_dec(sn->cb);
    if (sn->on_chunk)
        SvREFCNT_dec(sn->on_chunk);
    if (sn->header)
        SvREFCNT_dec(sn->header);
    Safefree(sn->path);
    Safefree(sn->part);
    Safefree(sn);
}

static const ee_stream_ops snapshot_ops = { on_message, on_end };

SV *ee_snapshot_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *req, SV *cb,
                      const ee_call_opts *o, int want_handle)
{
    ee_snapshot *sn;
    SV *dest = o->dest;
    unsigned timeout_ms = o->timeout_given ? o->timeout_ms : 0;   /* no deadline unless asked for */
    if (!dest || !SvOK(dest))
        croak("%s: the destination (a file path or a code reference) is required", m->name);
    Newxz(sn, 1, ee_snapshot);
    sn->fd = -1;
    if (SvROK(dest) && SvTYPE(SvRV(dest)) == SVt_PVCV) {
        sn->on_chunk = SvREFCNT_inc_simple_NN(dest);
    } else if (SvROK(dest)) {
        Safefree(sn);
        croak("%s: the destination must be a file path or a code reference", m->name);
    } else {
        STRLEN len;
        const char *p = SvPV(dest, len);
        sn->path = savepvn(p, len);
        sn->part = (char *)safemalloc(len + 6);
        memcpy(sn->part, p, len);
        memcpy(sn->part + len, ".part", 6);
        sn->fd = open(sn->part, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (sn->fd < 0) {
            int e = errno;
            Safefree(sn->path);
            Safefree(sn->part);
            Safefree(sn);
            croak("%s: cannot write %s.part: %s", m->name, p, strerror(e));
        }
    }
    sn->c = c;
    sn->cb = SvREFCNT_inc_simple_NN(cb);
    ev_ref(EV_DEFAULT_UC);                /* in progress: keeps EV::run going */
    ee_stream_open_deadline(aTHX_ c, &eeg_rpcs[m->rpc], req, &snapshot_ops, sn, timeout_ms);
    return NULL;
}
