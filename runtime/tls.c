/*
 * tls.c - TLS material of a client (layer 3, with endpoint.c).
 *
 * - ee_tls_problem: what is wrong with a PEM file new() was given (no
 *   certificate in it, expired, a key that is not the certificate's), so
 *   new() can croak naming the option, the file and the reason.
 * - ee_tls_credentials: the channel credentials of a TLS client.  Each
 *   member's certificate is checked here, with OpenSSL's libcrypto, rather
 *   than inside gRPC's handshake: the same checks (a chain to a CA of
 *   tls ca_file, or of the system store without it; the validity dates;
 *   the member's host name or address, or tls server_name), but a refusal
 *   says why (expired, not yet valid, wrong name, unknown CA) instead of
 *   gRPC's "certificate verify failed".  gRPC's TLS credentials are told
 *   not to verify the server themselves and to call our verifier
 *   (grpc_tls_certificate_verifier_external); it runs on a gRPC thread and
 *   touches nothing of Perl.
 */
#include "ee.h"
#include <arpa/inet.h>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <grpc/grpc_security.h>
#include <grpc/support/alloc.h>
#include <grpc/support/string_util.h>

/* An encrypted key is not read (and no terminal prompt is made for it). */
static int no_passphrase(char *buf, int size, int rwflag, void *u)
{
    return 0;
}

static void time_text(const ASN1_TIME *t, char *buf, size_t size)
{
    BIO *b = BIO_new(BIO_s_mem());
    int n;
    buf[0] = '\0';
    if (!b)
        return;
    if (ASN1_TIME_print(b, t) && (n = BIO_read(b, buf, (int)size - 1)) > 0)
        buf[n] = '\0';
    BIO_free(b);
}

/* "expired on ..." / "not valid before ..." for a certificate outside its
 * validity period; NULL while it is valid. */
static const char *dates_problem(X509 *x, char *buf, size_t size)
{
    char when[64];
    if (X509_cmp_current_time(X509_get0_notAfter(x)) < 0) {
        time_text(X509_get0_notAfter(x), when, sizeof when);
        snprintf(buf, size, "the certificate expired on %s", when);
        return buf;
    }
    if (X509_cmp_current_time(X509_get0_notBefore(x)) > 0) {
        time_text(X509_get0_notBefore(x), when, sizeof when);
        snprintf(buf, size, "the certificate is not valid before %s", when);
        return buf;
    }
    return NULL;
}

static void openssl_reason(const char *what, char *buf, size_t size)
{
    unsigned long e = ERR_peek_last_error();
    const char *r = e ? ERR_reason_error_string(e) : NULL;
    snprintf(buf, size, "%s%s%s%s", what, r ? " (OpenSSL: " : "", r ? r : "", r ? ")" : "");
    ERR_clear_error();
}

/* What is wrong with `pem`, given as tls `kind` ("ca", "cert" or "key";
 * for "key", cert_pem is the certificate it must belong to), or NULL. */
const char *ee_tls_problem(const char *kind, const char *pem, size_t len,
                           const char *cert_pem, size_t cert_len, char *buf, size_t size)
{
    BIO *b = BIO_new_mem_buf(pem, (int)len);
    const char *problem = NULL;
    ERR_clear_error();
    if (!b)
        return "out of memory";
    if (strEQ(kind, "ca")) {
        X509 *x;
        int n = 0, valid = 0;
        char first[256] = "";
        while ((x = PEM_read_bio_X509(b, NULL, no_passphrase, NULL))) {
            const char *d = dates_problem(x, first[0] ? buf : first, first[0] ? size : sizeof first);
            n++;
            if (!d)
                valid++;
            X509_free(x);
        }
        if (!n)
            openssl_reason("it holds no PEM certificate", buf, size), problem = buf;
        else if (!valid && n == 1)
            snprintf(buf, size, "%s", first), problem = buf;
        else if (!valid)
            snprintf(buf, size, "none of its %d certificates is valid now (the first: %s)", n, first),
                problem = buf;
        ERR_clear_error();
    } else if (strEQ(kind, "cert")) {
        X509 *x = PEM_read_bio_X509(b, NULL, no_passphrase, NULL);
        if (!x)
            openssl_reason("it holds no PEM certificate", buf, size), problem = buf;
        else {
            problem = dates_problem(x, buf, size);
            X509_free(x);
        }
    } else {
        EVP_PKEY *k = PEM_read_bio_PrivateKey(b, NULL, no_passphrase, NULL);
        if (!k) {
            openssl_reason("it holds no PEM private key, or an encrypted one", buf, size);
            problem = buf;
        } else if (cert_pem) {
            BIO *cb = BIO_new_mem_buf(cert_pem, (int)cert_len);
            X509 *x = cb ? PEM_read_bio_X509(cb, NULL, no_passphrase, NULL) : NULL;
            if (x && X509_check_private_key(x, k) != 1) {
                snprintf(buf, size, "the key does not belong to the certificate of tls cert_file");
                problem = buf;
            }
            X509_free(x);
            BIO_free(cb);
            ERR_clear_error();
        }
        EVP_PKEY_free(k);
    }
    BIO_free(b);
    return problem;
}

/* ---- the verifier ---- */

typedef struct ee_tls_verifier {
    grpc_tls_certificate_verifier_external ext;   /* first: gRPC hands back ext.user_data */
    X509_STORE *store;
    int system_store;                             /* no ca_file: the system's CAs */
} ee_tls_verifier;

/* "host:port", "[v6]:port" or "host" -> host */
static void host_of(const char *target, char *host, size_t size)
{
    const char *end, *p = target;
    size_t n;
    if (*p == '[') {
        p++;
        end = strchr(p, ']');
        n = end ? (size_t)(end - p) : strlen(p);
    } else {
        end = strrchr(p, ':');
        n = end && !strchr(end + 1, ':') && strchr(p, ':') == end ? (size_t)(end - p) : strlen(p);
    }
    if (n >= size)
        n = size - 1;
    memcpy(host, p, n);
    host[n] = '\0';
}

static void names_of(grpc_tls_custom_verification_check_request *req, char *buf, size_t size)
{
    size_t i, off = 0;
    buf[0] = '\0';
    for (i = 0; i < req->peer_info.san_names.dns_names_size && off < size; i++)
        off += snprintf(buf + off, size - off, "%sDNS:%s", off ? ", " : "", req->peer_info.san_names.dns_names[i]);
    for (i = 0; i < req->peer_info.san_names.ip_names_size && off < size; i++)
        off += snprintf(buf + off, size - off, "%sIP:%s", off ? ", " : "", req->peer_info.san_names.ip_names[i]);
    if (!off && req->peer_info.common_name)
        snprintf(buf, size, "CN=%s", req->peer_info.common_name);
}

static int verify(void *user_data, grpc_tls_custom_verification_check_request *req,
                  grpc_tls_on_custom_verification_check_done_cb callback, void *callback_arg,
                  grpc_status_code *sync_status, char **sync_error_details)
{
    ee_tls_verifier *v = (ee_tls_verifier *)user_data;
    const char *chain = req->peer_info.peer_cert_full_chain && *req->peer_info.peer_cert_full_chain
                      ? req->peer_info.peer_cert_full_chain : req->peer_info.peer_cert;
    char host[256], why[512], msg[1024];
    BIO *b;
    X509 *leaf = NULL, *x;
    STACK_OF(X509) *untrusted = sk_X509_new_null();
    X509_STORE_CTX *ctx = NULL;
    int ok = 0, err = 0;
    struct in6_addr a6;
    struct in_addr a4;

    host_of(req->target_name ? req->target_name : "", host, sizeof host);
    why[0] = '\0';
    b = chain ? BIO_new_mem_buf(chain, -1) : NULL;
    while (b && (x = PEM_read_bio_X509(b, NULL, no_passphrase, NULL))) {
        if (!leaf)
            leaf = x;
        else
            sk_X509_push(untrusted, x);
    }
    ERR_clear_error();
    BIO_free(b);
    if (!leaf) {
        snprintf(why, sizeof why, "the server sent no certificate");
        goto done;
    }
    ctx = X509_STORE_CTX_new();
    if (!ctx || !X509_STORE_CTX_init(ctx, v->store, leaf, untrusted)) {
        snprintf(why, sizeof why, "could not check the certificate (out of memory)");
        goto done;
    }
    X509_STORE_CTX_set_purpose(ctx, X509_PURPOSE_SSL_SERVER);
    if (inet_pton(AF_INET, host, &a4) == 1 || inet_pton(AF_INET6, host, &a6) == 1)
        X509_VERIFY_PARAM_set1_ip_asc(X509_STORE_CTX_get0_param(ctx), host);
    else
        X509_VERIFY_PARAM_set1_host(X509_STORE_CTX_get0_param(ctx), host, 0);
    ok = X509_verify_cert(ctx) == 1;
    if (!ok) {
        X509 *bad = X509_STORE_CTX_get_current_cert(ctx);
        char names[400], when[64];
        err = X509_STORE_CTX_get_error(ctx);
        switch (err) {
        case X509_V_ERR_CERT_HAS_EXPIRED:
            time_text(X509_get0_notAfter(bad ? bad : leaf), when, sizeof when);
            snprintf(why, sizeof why, "expired: the certificate%s expired on %s",
                     bad && bad != leaf ? " of its CA" : "", when);
            break;
        case X509_V_ERR_CERT_NOT_YET_VALID:
            time_text(X509_get0_notBefore(bad ? bad : leaf), when, sizeof when);
            snprintf(why, sizeof why, "not yet valid: the certificate%s is valid from %s "
                     "(check the clocks)", bad && bad != leaf ? " of its CA" : "", when);
            break;
        case X509_V_ERR_HOSTNAME_MISMATCH:
        case X509_V_ERR_IP_ADDRESS_MISMATCH:
            names_of(req, names, sizeof names);
            snprintf(why, sizeof why, "wrong name: the certificate is not for %s (it names %s; "
                     "tls server_name sets the name to check)", host, names[0] ? names : "nothing");
            break;
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
        case X509_V_ERR_CERT_SIGNATURE_FAILURE: {
            char issuer[256];
            X509_NAME_oneline(X509_get_issuer_name(leaf), issuer, sizeof issuer);
            snprintf(why, sizeof why, "unknown CA: the certificate (issuer %s) is not signed by a CA %s",
                     issuer, v->system_store ? "of the system (give tls ca_file)" : "of tls ca_file");
            break;
        }
        default:
            snprintf(why, sizeof why, "%s", X509_verify_cert_error_string(err));
        }
    }
done:
    if (ctx)
        X509_STORE_CTX_free(ctx);
    X509_free(leaf);
    sk_X509_pop_free(untrusted, X509_free);
    if (ok) {
        *sync_status = GRPC_STATUS_OK;
        *sync_error_details = NULL;
    } else {
        snprintf(msg, sizeof msg, "certificate verify failed: %s", why);
        *sync_status = GRPC_STATUS_UNAUTHENTICATED;
        *sync_error_details = gpr_strdup(msg);
    }
    return 1;
}

static void verifier_cancel(void *user_data, grpc_tls_custom_verification_check_request *req)
{
}

static void verifier_destruct(void *user_data)
{
    ee_tls_verifier *v = (ee_tls_verifier *)user_data;
    X509_STORE_free(v->store);
    free(v);
}

/* The credentials of a TLS client: ca, cert and key are PEM text (ca NULL:
 * the system's CAs).  NULL, with *why set, when the CA text is unusable. */
grpc_channel_credentials *ee_tls_credentials(const char *ca, const char *cert, const char *key,
                                             const char **why)
{
    grpc_tls_credentials_options *opts;
    grpc_tls_certificate_provider *provider;
    grpc_tls_identity_pairs *pairs = NULL;
    grpc_tls_certificate_verifier *gv;
    grpc_channel_credentials *creds;
    ee_tls_verifier *v = (ee_tls_verifier *)calloc(1, sizeof *v);

    *why = NULL;
    if (!v || !(v->store = X509_STORE_new())) {
        free(v);
        *why = "out of memory";
        return NULL;
    }
    if (ca) {
        BIO *b = BIO_new_mem_buf(ca, -1);
        X509 *x;
        int n = 0;
        while (b && (x = PEM_read_bio_X509(b, NULL, no_passphrase, NULL))) {
            X509_STORE_add_cert(v->store, x);
            X509_free(x);
            n++;
        }
        BIO_free(b);
        ERR_clear_error();
        if (!n) {
            verifier_destruct(v);
            *why = "no PEM certificate in tls ca_file";
            return NULL;
        }
    } else {
        X509_STORE_set_default_paths(v->store);
        v->system_store = 1;
    }
    v->ext.user_data = v;
    v->ext.verify = verify;
    v->ext.cancel = verifier_cancel;
    v->ext.destruct = verifier_destruct;

    opts = grpc_tls_credentials_options_create();
    if (cert && key) {
        pairs = grpc_tls_identity_pairs_create();
        grpc_tls_identity_pairs_add_pair(pairs, key, cert);
    }
    if (ca || pairs) {
        provider = grpc_tls_certificate_provider_static_data_create(ca, pairs);
        grpc_tls_credentials_options_set_certificate_provider(opts, provider);
        grpc_tls_certificate_provider_release(provider);
    }
    if (ca)
        grpc_tls_credentials_options_watch_root_certs(opts);
    if (pairs)
        grpc_tls_credentials_options_watch_identity_key_cert_pairs(opts);
    grpc_tls_credentials_options_set_verify_server_cert(opts, 0);   /* verify() does */
    gv = grpc_tls_certificate_verifier_external_create(&v->ext);
    grpc_tls_credentials_options_set_certificate_verifier(opts, gv);
    creds = grpc_tls_credentials_create(opts);                       /* takes opts */
    grpc_tls_certificate_verifier_release(gv);
    return creds;
}

/* ---- errors ---- */

static const char *find(const char *msg, size_t len, const char *what)
{
    return ninstr(msg, msg + len, what, what + strlen(what));
}

/* The member's address in gRPC's message ("... ipv4:127.0.0.2:2379: ..."). */
static void member_in(const char *msg, size_t len, char *addr, size_t size)
{
    const char *p = find(msg, len, "ipv4:"), *q, *end = msg + len;
    if (!p)
        p = find(msg, len, "ipv6:");
    addr[0] = '\0';
    if (!p)
        return;
    p += 5;
    q = p;
    if (*q == '[')
        while (q < end && *q != ']')
            q++;
    while (q < end && *q != ':')
        q++;
    if (q < end)
        q++;
    while (q < end && isDIGIT(*q))
        q++;
    if ((size_t)(q - p) < size) {
        memcpy(addr, p, q - p);
        addr[q - p] = '\0';
    }
}

/* The error hash of a call that failed for a TLS reason a person can act
 * on: which member, and why; NULL when the failure is not such a one.
 * A certificate refused (by the verifier above) or a member that does not
 * speak TLS is not retryable: trying again gives the same answer. */
SV *ee_tls_error(pTHX_ const char *member, int code, const char *msg, size_t len, const char *source)
{
    static const char refused[] = "Custom verification check failed with error: UNAUTHENTICATED: ";
    char addr[128];
    const char *p;
    SV *m, *err;
    int retryable = 1;
    if (code != GRPC_STATUS_UNAVAILABLE || !len)
        return NULL;
    member_in(msg, len, addr, sizeof addr);
    m = sv_2mortal(newSVpvf("TLS: member %s: ", addr[0] ? addr : member));
    if ((p = find(msg, len, refused))) {
        p += sizeof refused - 1;
        sv_catpvn(m, p, msg + len - p);
        retryable = 0;
    } else if (find(msg, len, "wrong version number") || find(msg, len, "packet length too long")) {
        sv_catpvf(m, "the member does not speak TLS (is it an http:// endpoint?): %.*s", (int)len, msg);
        retryable = 0;
    } else if (!find(msg, len, "ertificate")
               && (find(msg, len, "Endpoint read failed") || find(msg, len, "reset by peer"))) {
        sv_catpvf(m, "the member closed the connection after the TLS handshake; it probably "
                  "requires a client certificate it trusts (check tls cert_file/key_file): %.*s",
                  (int)len, msg);
    } else {
        return NULL;
    }
    err = ee_error_sv(aTHX_ code, SvPVX(m), SvCUR(m), source);
    if (!retryable)
        hv_stores((HV *)SvRV(err), "retryable", newSViv(0));
    return err;
}
