/*
 * snapshot.c - Maintenance.Snapshot: the member's backend streamed in
 * chunks, written to a file or handed chunk by chunk to a code reference.
 *
 * etcd sends the backend's bytes (the first chunk's remaining_bytes plus
 * its own length announce how many), then one more chunk: the SHA-256 of
 * those bytes, 32 bytes (what `etcdctl snapshot restore` checks).  The
 * snapshot is complete when the stream ended with OK, every announced byte
 * and the 32-byte trailer came, and the trailer is the SHA-256 of the
 * bytes; anything else is an error.
 *
 * A file is written to "<path>.part"; once complete it is fsynced, read
 * back and checked against the trailer again (what is on the disk is what
 * etcd sent), renamed to <path>, and the directory is fsynced, so a
 * snapshot that was reported saved survives a crash.  On any error, or a
 * cancel, the partial file is removed.
 *
 * A snapshot is a subscription (sub.c) with one final callback: its handle
 * (EV::Etcd::Snapshot) can cancel it; the callback then gets CANCELLED, as
 * a cancelled unary call does, after the partial file is gone.
 */
#include "ee.h"
#include "etcdserverpb/rpc.pb-c.h"
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <openssl/evp.h>

#define SHA_LEN 32

typedef struct ee_snapshot {
    ee_sub sub;                     /* first: a snapshot is an ee_sub */
    ee_stream *stream;              /* NULL once it ended */
    SV *on_chunk;                   /* the chunk-callback form, or NULL */
    SV *on_progress;                /* ($bytes_so_far, $bytes_remaining), or NULL */
    char *path, *part;
    int fd;
    uint64_t bytes;                 /* received so far, trailer included */
    uint64_t total;                 /* the backend's size, as the first chunk announced */
    int got_total;
    EVP_MD_CTX *sha;                /* over the backend's bytes */
    unsigned char trailer[SHA_LEN]; /* what etcd sent after them */
    size_t ntrailer;
    int failed, failed_code;
    char error[320];
    SV *header;
} ee_snapshot;

static void fail_local(ee_snapshot *sn, int code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void fail_local(ee_snapshot *sn, int code, const char *fmt, ...)
{
    va_list ap;
    if (sn->failed)
        return;
    va_start(ap, fmt);
    vsnprintf(sn->error, sizeof sn->error, fmt, ap);
    va_end(ap);
    sn->failed = 1;
    sn->failed_code = code;
}

static int write_all(int fd, const unsigned char *p, size_t len)
{
    while (len) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -1;
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Hash the backend's bytes; keep what comes after them as the trailer. */
static void take_bytes(ee_snapshot *sn, const unsigned char *p, size_t len)
{
    uint64_t left = sn->total > sn->bytes ? sn->total - sn->bytes : 0;
    size_t data = len < left ? len : (size_t)left;
    if (data)
        EVP_DigestUpdate(sn->sha, p, data);
    if (len > data) {
        size_t extra = len - data;
        if (sn->ntrailer + extra > SHA_LEN) {
            fail_local(sn, GRPC_STATUS_DATA_LOSS, "the snapshot stream sent more than the %" PRIu64
                       " bytes it announced and etcd's 32-byte SHA-256 trailer", sn->total);
            return;
        }
        memcpy(sn->trailer + sn->ntrailer, p + data, extra);
        sn->ntrailer += extra;
    }
    sn->bytes += len;
}

static void on_message(pTHX_ ee_stream *s, const ProtobufCMessage *msg)
{
    ee_snapshot *sn = (ee_snapshot *)s->owner;
    const Etcdserverpb__SnapshotResponse *r = (const Etcdserverpb__SnapshotResponse *)msg;
    if (sn->failed || sn->sub.state != EE_SUB_ACTIVE)
        return;
    if (r->header && !sn->header)
        sn->header = s->rpc->resp_to_sv(aTHX_ msg);   /* keep the first header */
    if (!sn->got_total) {              /* the first chunk announces the whole size */
        sn->total = r->remaining_bytes + r->blob.len;
        sn->got_total = 1;
    }
    take_bytes(sn, r->blob.data, r->blob.len);
    if (sn->failed) {
        ee_stream_cancel(aTHX_ s);
        return;
    }
    if (sn->fd >= 0) {
        if (write_all(sn->fd, r->blob.data, r->blob.len) != 0) {
            fail_local(sn, GRPC_STATUS_INTERNAL, "writing %s: %s", sn->part, strerror(errno));
            ee_stream_cancel(aTHX_ s);
            return;
        }
    } else if (sn->on_chunk) {
        SV *chunk = newSVpvn(r->blob.len ? (const char *)r->blob.data : "", r->blob.len);
        ee_invoke_cb(aTHX_ sn->on_chunk, chunk, NULL);
    }
    if (sn->on_progress && sn->sub.state == EE_SUB_ACTIVE)   /* etcd's remaining_bytes */
        ee_invoke_cb(aTHX_ sn->on_progress, newSVuv(sn->bytes), newSVuv(r->remaining_bytes));
}

/* The file as written holds the backend and a trailer that matches it. */
static void verify_file(ee_snapshot *sn)
{
    unsigned char buf[1 << 16], trailer[SHA_LEN], sum[SHA_LEN];
    uint64_t left = sn->total;
    size_t nt = 0;
    unsigned len;
    EVP_MD_CTX *ctx;
    int fd = open(sn->part, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fail_local(sn, GRPC_STATUS_INTERNAL, "reading back %s: %s", sn->part, strerror(errno));
        return;
    }
    ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
    for (;;) {
        ssize_t n = read(fd, buf, sizeof buf);
        size_t data;
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            fail_local(sn, GRPC_STATUS_INTERNAL, "reading back %s: %s", sn->part, strerror(errno));
            break;
        }
        if (n == 0)
            break;
        data = (uint64_t)n < left ? (size_t)n : (size_t)left;
        EVP_DigestUpdate(ctx, buf, data);
        left -= data;
        if ((size_t)n > data) {
            if (nt + (size_t)n - data > SHA_LEN) {
                nt = SHA_LEN + 1;
                break;
            }
            memcpy(trailer + nt, buf + data, (size_t)n - data);
            nt += (size_t)n - data;
        }
    }
    close(fd);
    EVP_DigestFinal_ex(ctx, sum, &len);
    EVP_MD_CTX_free(ctx);
    if (!sn->failed && (left || nt != SHA_LEN || memcmp(trailer, sum, SHA_LEN) != 0))
        fail_local(sn, GRPC_STATUS_DATA_LOSS, "%s does not hold the snapshot etcd sent: its SHA-256 does "
                   "not match the trailer (changed on the disk while it was written?)", sn->part);
}

/* Complete and true: every byte, the trailer, and the trailer's hash. */
static void check_complete(ee_snapshot *sn)
{
    unsigned char sum[SHA_LEN];
    unsigned len;
    if (sn->failed)
        return;
    if (!sn->got_total || sn->bytes != sn->total + SHA_LEN) {
        fail_local(sn, GRPC_STATUS_DATA_LOSS, "the snapshot stream ended after %" PRIu64 " of %" PRIu64
                   " bytes (the backend and etcd's 32-byte SHA-256 trailer)", sn->bytes,
                   sn->total + SHA_LEN);
        return;
    }
    EVP_DigestFinal_ex(sn->sha, sum, &len);
    if (memcmp(sum, sn->trailer, SHA_LEN) != 0)
        fail_local(sn, GRPC_STATUS_DATA_LOSS, "the snapshot's SHA-256 does not match the trailer etcd "
                   "sent: the data was damaged on the way");
}

/* fsync the file, check it, close it, rename it, fsync its directory. */
static void commit_file(ee_snapshot *sn)
{
    char *dir, *slash;
    int dfd;
    if (fsync(sn->fd) != 0) {
        fail_local(sn, GRPC_STATUS_INTERNAL, "fsync %s: %s", sn->part, strerror(errno));
        return;
    }
    if (close(sn->fd) != 0) {
        sn->fd = -1;
        fail_local(sn, GRPC_STATUS_INTERNAL, "closing %s: %s", sn->part, strerror(errno));
        return;
    }
    sn->fd = -1;
    verify_file(sn);
    if (sn->failed)
        return;
    if (rename(sn->part, sn->path) != 0) {
        fail_local(sn, GRPC_STATUS_INTERNAL, "renaming %s: %s", sn->part, strerror(errno));
        return;
    }
    dir = strdup(sn->path);
    if (!dir) {
        fail_local(sn, GRPC_STATUS_INTERNAL, "out of memory");
        return;
    }
    slash = strrchr(dir, '/');
    if (!slash) {
        free(dir);
        dir = strdup(".");
        if (!dir)
            return;
    }
    else if (slash == dir)
        dir[1] = '\0';
    else
        *slash = '\0';
    dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dfd < 0 || fsync(dfd) != 0)
        fail_local(sn, GRPC_STATUS_INTERNAL, "fsync of the directory %s: %s", dir, strerror(errno));
    if (dfd >= 0)
        close(dfd);
    free(dir);
}

static void on_end(pTHX_ ee_stream *s, int code, const char *msg, size_t len)
{
    ee_snapshot *sn = (ee_snapshot *)s->owner;
    ee_sub *sub = &sn->sub;
    SV *resp = NULL, *err = NULL, *cb;
    int renamed = 0;

    sn->stream = NULL;
    if (sub->state == EE_SUB_ACTIVE) {
        if (code != GRPC_STATUS_OK && !sn->failed)
            err = ee_error_sv(aTHX_ code, msg, len, "snapshot");
        else if (!sn->failed)
            check_complete(sn);
        if (!err && !sn->failed && sn->fd >= 0) {
            commit_file(sn);
            renamed = !sn->failed;
        }
        if (!err && sn->failed)
            err = ee_error_sv(aTHX_ sn->failed_code, sn->error, strlen(sn->error), "snapshot");
    }
    if (sn->fd >= 0) {
        close(sn->fd);
        sn->fd = -1;
    }
    if (sn->part && !renamed)
        unlink(sn->part);               /* failed or cancelled: no partial file */

    cb = sub->cb ? SvREFCNT_inc_simple_NN(sub->cb) : NULL;
    if (sub->state == EE_SUB_CANCELLING) {
        static const char m[] = "cancelled by the caller";
        err = ee_error_sv(aTHX_ GRPC_STATUS_CANCELLED, m, sizeof m - 1, "snapshot");
        sub->refcnt++;
        ee_sub_cancelled(aTHX_ sub);     /* the cancel's callback, once the file is gone */
    } else {
        if (!err) {
            HV *hv = sn->header ? (HV *)SvRV(sn->header) : newHV();
            hv_delete(hv, "blob", 4, G_DISCARD);
            hv_delete(hv, "remaining_bytes", 15, G_DISCARD);
            hv_stores(hv, "size", newSVuv(sn->bytes));
            if (sn->path)
                hv_stores(hv, "path", newSVpv(sn->path, 0));
            resp = sn->header ? sn->header : newRV_noinc((SV *)hv);
            sn->header = NULL;
        }
        sub->refcnt++;
        ee_sub_finish(aTHX_ sub);        /* done before the callback: a cancel there is a no-op */
    }
    if (cb && !sub->c->closing)
        ee_invoke_cb(aTHX_ cb, resp, err);
    else {
        if (resp) SvREFCNT_dec(resp);
        if (err) SvREFCNT_dec(err);
    }
    if (cb)
        SvREFCNT_dec(cb);
    ee_sub_release(aTHX_ sub);           /* the one taken above */
    ee_sub_release(aTHX_ sub);           /* the stream side's */
}

static const ee_stream_ops snapshot_ops = { on_message, on_end };

static void snapshot_cancel(pTHX_ ee_sub *s)
{
    ee_snapshot *sn = (ee_snapshot *)s;
    if (sn->stream)
        ee_stream_cancel(aTHX_ sn->stream);   /* on_end removes the file and completes */
}

static void snapshot_free(pTHX_ ee_sub *s)
{
    ee_snapshot *sn = (ee_snapshot *)s;
    if (sn->fd >= 0)
        close(sn->fd);
    if (sn->on_chunk)
        SvREFCNT_dec(sn->on_chunk);
    if (sn->on_progress)
        SvREFCNT_dec(sn->on_progress);
    if (sn->header)
        SvREFCNT_dec(sn->header);
    if (sn->sha)
        EVP_MD_CTX_free(sn->sha);
    Safefree(sn->path);
    Safefree(sn->part);
}

static const ee_sub_class snapshot_class = {
    "snapshot", "EV::Etcd::Snapshot", snapshot_cancel, snapshot_free, NULL
};

SV *ee_snapshot_start(pTHX_ ee_client *c, const ee_method *m, ProtobufCMessage *req, SV *cb,
                      const ee_call_opts *o, int want_handle)
{
    ee_snapshot *sn;
    SV *dest = o->dest, *handle = NULL;
    unsigned timeout_ms = o->timeout_given ? o->timeout_ms : 0;   /* no deadline unless asked for */
    int fd = -1;
    char *path = NULL, *part = NULL;
    if (!dest || !SvOK(dest))
        croak("%s: the destination (a file path or a code reference) is required", m->name);
    if (o->on_progress && !(SvROK(o->on_progress) && SvTYPE(SvRV(o->on_progress)) == SVt_PVCV))
        croak("%s: option 'on_progress' must be a code reference", m->name);
    if (SvROK(dest) && SvTYPE(SvRV(dest)) != SVt_PVCV)
        croak("%s: the destination must be a file path or a code reference", m->name);
    if (!SvROK(dest)) {
        STRLEN len;
        const char *p = SvPV(dest, len);
        fd = open(SvPVX(sv_2mortal(newSVpvf("%s.part", p))), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0)
            croak("%s: cannot write %s.part: %s", m->name, p, strerror(errno));
        path = savepvn(p, len);
        part = (char *)safemalloc(len + 6);
        memcpy(part, p, len);
        memcpy(part + len, ".part", 6);
    }
    Newxz(sn, 1, ee_snapshot);
    sn->fd = fd;
    sn->path = path;
    sn->part = part;
    if (SvROK(dest))
        sn->on_chunk = SvREFCNT_inc_simple_NN(dest);
    if (o->on_progress)
        sn->on_progress = SvREFCNT_inc_simple_NN(o->on_progress);
    sn->sha = EVP_MD_CTX_new();
    EVP_DigestInit_ex(sn->sha, EVP_sha256(), NULL);
    ee_sub_init(aTHX_ &sn->sub, &snapshot_class, c, cb, 0);   /* its reference: the stream side's */
    if (want_handle)
        handle = ee_sub_handle(aTHX_ &sn->sub);
    sn->stream = ee_stream_open_at(aTHX_ c, &eeg_rpcs[m->rpc], req, &snapshot_ops, sn, timeout_ms, 0,
                                   o->endpoint);
    return handle;
}
