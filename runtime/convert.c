/*
 * convert.c - scalar conversions used by the generated per-message
 * converters: Perl values -> protobuf-c fields, with a croak that names the
 * method and the field for every value that does not fit.
 */
#include "ee.h"
#include <errno.h>
#include <stdlib.h>

/* Revisions, lease and member ids are 64-bit and come back as exact IVs/UVs:
 * a perl whose integers are 32 bits would truncate them. */
#if IVSIZE < 8
#error "EV::Etcd needs a perl with 64-bit integers (perl -V:ivsize must say 8)"
#endif

void ee_path_push(ee_build *b, const char *name, int index, size_t *saved)
{
    int n;
    *saved = b->plen;
    if (index >= 0)
        n = snprintf(b->path + b->plen, sizeof b->path - b->plen, "%s%s[%d]",
                     b->plen ? "." : "", name, index);
    else
        n = snprintf(b->path + b->plen, sizeof b->path - b->plen, "%s%s",
                     b->plen ? "." : "", name);
    if (n > 0)
        b->plen += (size_t)n < sizeof b->path - b->plen ? (size_t)n : sizeof b->path - b->plen - 1;
}

void ee_path_pop(ee_build *b, size_t saved)
{
    b->plen = saved;
    b->path[saved] = '\0';
}

/* "put: 'lease'" / "txn: 'compare[0].target'" */
static const char *where(ee_build *b, const char *field, char *buf, size_t size)
{
    if (b->plen)
        snprintf(buf, size, "%s.%s", b->path, field);
    else
        snprintf(buf, size, "%s", field);
    return buf;
}

void ee_missing(pTHX_ ee_build *b, const char *field)
{
    char w[256];
    croak("%s: '%s' is required", b->method, where(b, field, w, sizeof w));
}

void ee_unknown(pTHX_ ee_build *b, const char *name, STRLEN len)
{
    if (b->plen)
        croak("%s: unknown field '%.*s' in '%s'", b->method, (int)len, name, b->path);
    croak("%s: unknown %s '%.*s'", b->method, b->noun, (int)len, name);
}

void *ee_alloc(pTHX_ size_t size)
{
    SV *sv = sv_2mortal(newSV(size ? size : 1));
    Zero(SvPVX(sv), size ? size : 1, char);
    return SvPVX(sv);
}

/* Keys and values are raw bytes: a UTF-8 flagged string contributes its
 * UTF-8 encoding, a byte string its bytes.  The pointer aliases the Perl
 * buffer; the request is packed before the statement's temps are freed. */
void ee_bytes(pTHX_ ee_build *b, SV *sv, const char *field, ProtobufCBinaryData *out)
{
    STRLEN len;
    char w[256];
    if (SvROK(sv) && !SvAMAGIC(sv))
        croak("%s: '%s' must be a string, not a reference", b->method, where(b, field, w, sizeof w));
    out->data = (uint8_t *)SvPV(sv, len);
    out->len = len;
}

char *ee_string(pTHX_ ee_build *b, SV *sv, const char *field)
{
    STRLEN len;
    char *p, w[256];
    if (SvROK(sv) && !SvAMAGIC(sv))
        croak("%s: '%s' must be a string, not a reference", b->method, where(b, field, w, sizeof w));
    p = SvPV(sv, len);
    if (memchr(p, '\0', len))
        croak("%s: '%s' must not contain NUL bytes", b->method, where(b, field, w, sizeof w));
    if (p[len] != '\0') {          /* not terminated: copy */
        char *q = (char *)ee_alloc(aTHX_ len + 1);
        Copy(p, q, len, char);
        p = q;
    }
    return p;
}

/* An integer argument must be an integer: an IV/UV, an integral NV, or a
 * decimal string, within the range of the field's C type.  Anything else
 * croaks instead of becoming a silent 0 or a wrapped number.  Returns 0 (not
 * an integer, or beyond 64 bits), 1 (fits int64_t and uint64_t), 2 (above
 * INT64_MAX: uint64_t only) or 3 (negative: int64_t only).  An NV is
 * range-checked before any cast: converting one outside the target type's
 * range is undefined behaviour in C. */
static int parse_int(pTHX_ SV *sv, int64_t *iv, uint64_t *uv)
{
    if (SvROK(sv) && !SvAMAGIC(sv))
        return 0;
    if (SvIOK(sv) && !SvNOK(sv) && !SvPOK(sv)) {
        if (SvIsUV(sv)) { *uv = SvUV(sv); *iv = (int64_t)(*uv & (uint64_t)INT64_MAX); return (*uv > (uint64_t)INT64_MAX) ? 2 : 1; }
        *iv = SvIV(sv); *uv = *iv < 0 ? 0 : (uint64_t)*iv; return *iv < 0 ? 3 : 1;
    }
    if (SvNOK(sv) && !SvPOK(sv)) {
        NV nv = SvNV(sv);
        if (nv != nv || nv != Perl_floor(nv))
            return 0;                   /* NaN, a fraction (infinities fail the ranges) */
        if (nv >= -9223372036854775808.0 && nv < 9223372036854775808.0) {
            *iv = (int64_t)nv; *uv = *iv < 0 ? 0 : (uint64_t)*iv; return *iv < 0 ? 3 : 1;
        }
        if (nv >= 0 && nv < 18446744073709551616.0) {
            *uv = (uint64_t)nv; *iv = 0; return 2;
        }
        return 0;
    }
    {
        STRLEN len;
        const char *p = SvPV(sv, len), *e = p + len, *s = p, *q;
        char digits[32];
        int neg = 0;
        while (s < e && isSPACE(*s)) s++;
        while (e > s && isSPACE(e[-1])) e--;
        if (s < e && (*s == '+' || *s == '-')) neg = *s == '-', s++;
        if (s == e) return 0;
        for (q = s; q < e; q++)
            if (!isDIGIT(*q)) return 0;
        while (e - s > 1 && *s == '0') s++;         /* leading zeros */
        if ((size_t)(e - s) > 20) return 0;         /* beyond 64 bits */
        memcpy(digits, s, e - s);                   /* terminated, for strtoull */
        digits[e - s] = '\0';
        errno = 0;
        {
            unsigned long long v = strtoull(digits, NULL, 10);
            if (errno) return 0;
            if (neg) {
                if (v > (unsigned long long)INT64_MAX + 1) return 0;
                if (v == 0) { *iv = 0; *uv = 0; return 1; }
                *iv = v == (unsigned long long)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
                *uv = 0; return 3;
            }
            *uv = v; *iv = (int64_t)(v & (uint64_t)INT64_MAX); return v > (uint64_t)INT64_MAX ? 2 : 1;
        }
    }
}

static void bad_int(pTHX_ ee_build *b, SV *sv, const char *field, const char *what)
{
    char w[256];
    if (SvROK(sv) && !SvAMAGIC(sv))
        croak("%s: '%s' must be %s, not a reference", b->method, where(b, field, w, sizeof w), what);
    croak("%s: '%s' must be %s, got '%" SVf "'", b->method, where(b, field, w, sizeof w), what, SVfARG(sv));
}

int64_t ee_int64(pTHX_ ee_build *b, SV *sv, const char *field)
{
    int64_t iv; uint64_t uv;
    int r = parse_int(aTHX_ sv, &iv, &uv);
    if (r == 0 || r == 2) bad_int(aTHX_ b, sv, field, "a 64-bit integer");
    return iv;
}

/* Fields etcd gives a meaning only from 0 up (revisions: 0 is "the
 * latest"); the API map lists them (non_negative). */
int64_t ee_int64_nonneg(pTHX_ ee_build *b, SV *sv, const char *field)
{
    int64_t iv; uint64_t uv;
    int r = parse_int(aTHX_ sv, &iv, &uv);
    if (r == 0 || r == 2 || r == 3) bad_int(aTHX_ b, sv, field, "a non-negative 64-bit integer");
    return iv;
}

uint64_t ee_uint64(pTHX_ ee_build *b, SV *sv, const char *field)
{
    int64_t iv; uint64_t uv;
    int r = parse_int(aTHX_ sv, &iv, &uv);
    if (r == 0 || r == 3) bad_int(aTHX_ b, sv, field, "an unsigned 64-bit integer");
    return uv;
}

int32_t ee_int32(pTHX_ ee_build *b, SV *sv, const char *field)
{
    int64_t iv; uint64_t uv;
    int r = parse_int(aTHX_ sv, &iv, &uv);
    if (r == 0 || r == 2 || iv < INT32_MIN || iv > INT32_MAX) bad_int(aTHX_ b, sv, field, "a 32-bit integer");
    return (int32_t)iv;
}

int32_t ee_int32_nonneg(pTHX_ ee_build *b, SV *sv, const char *field)
{
    int64_t iv; uint64_t uv;
    int r = parse_int(aTHX_ sv, &iv, &uv);
    if (r != 1 || iv > INT32_MAX) bad_int(aTHX_ b, sv, field, "a non-negative 32-bit integer");
    return (int32_t)iv;
}

uint32_t ee_uint32(pTHX_ ee_build *b, SV *sv, const char *field)
{
    int64_t iv; uint64_t uv;
    int r = parse_int(aTHX_ sv, &iv, &uv);
    if (r == 0 || r == 3 || uv > UINT32_MAX) bad_int(aTHX_ b, sv, field, "an unsigned 32-bit integer");
    return (uint32_t)uv;
}

/* Enum values are accepted by name (any case, plus the aliases the API map
 * adds) or by number. */
int ee_enum(pTHX_ ee_build *b, SV *sv, const char *field, const ee_enum_name *names, size_t n)
{
    STRLEN len;
    const char *p;
    size_t i;
    char w[256];
    SV *list;
    if (!SvROK(sv) || SvAMAGIC(sv)) {
        int64_t iv; uint64_t uv;
        int r;
        if (SvPOK(sv) || SvROK(sv)) {
            p = SvPV(sv, len);
            for (i = 0; i < n; i++)
                if (strlen(names[i].name) == len && strncasecmp(names[i].name, p, len) == 0)
                    return names[i].value;
        }
        r = parse_int(aTHX_ sv, &iv, &uv);      /* or by number */
        if (r == 1 || r == 3)
            for (i = 0; i < n; i++)
                if ((int64_t)names[i].value == iv) return names[i].value;
    }
    list = sv_2mortal(newSVpvs(""));
    for (i = 0; i < n; i++)
        sv_catpvf(list, "%s'%s'", i ? ", " : "", names[i].name);
    croak("%s: '%s' must be one of %" SVf ", got '%" SVf "'", b->method,
          where(b, field, w, sizeof w), SVfARG(list), SVfARG(sv));
}

SV *ee_enum_sv(pTHX_ int value, const ee_enum_name *names, size_t n)
{
    size_t i;
    for (i = 0; i < n; i++)
        if (names[i].value == value)
            return newSVpvn_share(names[i].name, (I32)strlen(names[i].name), 0);
    return newSViv(value);
}

HV *ee_hash_arg(pTHX_ ee_build *b, SV *sv, const char *field)
{
    char w[256];
    SvGETMAGIC(sv);
    if (!SvROK(sv) || SvTYPE(SvRV(sv)) != SVt_PVHV)
        croak("%s: '%s' must be a hash reference", b->method, where(b, field, w, sizeof w));
    return (HV *)SvRV(sv);
}

AV *ee_array_arg(pTHX_ ee_build *b, SV *sv, const char *field)
{
    char w[256];
    SvGETMAGIC(sv);
    if (!SvROK(sv) || SvTYPE(SvRV(sv)) != SVt_PVAV)
        croak("%s: '%s' must be an array reference", b->method, where(b, field, w, sizeof w));
    return (AV *)SvRV(sv);
}

/* Fill a message from a hash: every key must name a field (or an alias or
 * virtual field the API map defines); undef values leave the field unset. */
void ee_fill_from_hv(pTHX_ ee_build *b, void *msg, HV *hv, ee_set_fn set, ee_finish_fn finish)
{
    HE *he;
    ee_seen seen = 0;
    hv_iterinit(hv);
    while ((he = hv_iternext(hv))) {
        I32 klen;
        const char *k = hv_iterkey(he, &klen);
        SV *v = hv_iterval(hv, he);
        if (!set(aTHX_ b, msg, &seen, k, (STRLEN)klen, v))
            ee_unknown(aTHX_ b, k, (STRLEN)klen);
    }
    finish(aTHX_ b, msg, seen);
}

/* etcd's prefix convention: range_end is the key with its last byte
 * incremented (trailing 0xff bytes dropped); an all-0xff key means "to the
 * end of the keyspace" (range_end "\0"), and an empty prefix means every key
 * (key "\0", range_end "\0"), as etcd's own clients do. */
void ee_prefix_range_end(pTHX_ ProtobufCBinaryData *key, ProtobufCBinaryData *range_end)
{
    size_t n = key->len;
    uint8_t *end;
    while (n > 0 && key->data[n - 1] == 0xff)
        n--;
    if (n == 0) {
        static uint8_t nul = 0;
        if (key->len == 0) {       /* empty prefix: the whole keyspace */
            key->data = &nul;
            key->len = 1;
        }
        range_end->data = &nul;
        range_end->len = 1;
        return;
    }
    end = (uint8_t *)ee_alloc(aTHX_ n);
    Copy(key->data, end, n, uint8_t);
    end[n - 1]++;
    range_end->data = end;
    range_end->len = n;
}

/* ---- C pointers inside Perl objects ---- */

static MGVTBL handle_vtbl[3];      /* identity only: one per ee_handle_kind */

SV *ee_handle_new(pTHX_ enum ee_handle_kind kind, const char *klass, void *ptr)
{
    SV *inner = newSV(0);
    sv_magicext(inner, NULL, PERL_MAGIC_ext, &handle_vtbl[kind], (const char *)ptr, 0);
    return sv_bless(newRV_noinc(inner), gv_stashpv(klass, GV_ADD));
}

void *ee_handle_ptr(pTHX_ SV *rv, enum ee_handle_kind kind)
{
    MAGIC *mg;
    if (!rv || !SvROK(rv))
        return NULL;
    mg = mg_findext(SvRV(rv), PERL_MAGIC_ext, &handle_vtbl[kind]);
    return mg ? (void *)mg->mg_ptr : NULL;
}

int ee_handle_is(pTHX_ SV *rv, enum ee_handle_kind kind)
{
    return rv && SvROK(rv) && mg_findext(SvRV(rv), PERL_MAGIC_ext, &handle_vtbl[kind]) != NULL;
}

void ee_handle_clear(pTHX_ SV *inner, enum ee_handle_kind kind)
{
    MAGIC *mg = mg_findext(inner, PERL_MAGIC_ext, &handle_vtbl[kind]);
    if (mg)
        mg->mg_ptr = NULL;
}

/* The value of a string field of a decoded message, by name (NULL if none). */
const char *ee_message_string(const ProtobufCMessage *msg, const char *field)
{
    const ProtobufCFieldDescriptor *f =
        protobuf_c_message_descriptor_get_field_by_name(msg->descriptor, field);
    if (!f || f->type != PROTOBUF_C_TYPE_STRING)
        return NULL;
    return *(char *const *)((const char *)msg + f->offset);
}

/* ---- decoding into an arena ---- */

struct ee_arena_block {
    ee_arena_block *next;
    size_t size;
};

#define ARENA_ALIGN 16                 /* what malloc gives: any field type fits */
#define ARENA_ROUND(n) (((n) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

static void *arena_alloc(void *data, size_t size)
{
    ee_arena *a = (ee_arena *)data;
    ee_arena_block *blk;
    size_t want = ARENA_ROUND(size ? size : 1), bsize;
    char *p;
    if ((size_t)(a->end - a->p) >= want) {
        p = a->p;
        a->p += want;
        return p;
    }
    /* a new block: at least twice the last one, and room for this */
    bsize = a->next;
    if (bsize < want)
        bsize = want;
    blk = (ee_arena_block *)malloc(ARENA_ROUND(sizeof *blk) + bsize);
    if (!blk)
        return NULL;                   /* protobuf-c fails the unpack */
    blk->next = a->blocks;
    blk->size = bsize;
    a->blocks = blk;
    a->next = bsize * 2;
    p = (char *)blk + ARENA_ROUND(sizeof *blk);
    a->p = p + want;
    a->end = p + bsize;
    return p;
}

static void arena_free(void *data, void *ptr)
{
    PERL_UNUSED_VAR(data);             /* everything goes at ee_arena_free */
    PERL_UNUSED_VAR(ptr);
}

/* A message of wire_len bytes decodes to about 1.5 times that (structs,
 * pointer arrays, terminated copies of the bytes): the first malloc'd block
 * is sized for that, so a large answer takes one or two mallocs. */
void ee_arena_init(ee_arena *a, void *first, size_t first_size, size_t wire_len)
{
    char *f = (char *)first;
    size_t skip = first ? (size_t)(-(uintptr_t)f & (ARENA_ALIGN - 1)) : 0;
    a->pa.alloc = arena_alloc;
    a->pa.free = arena_free;
    a->pa.allocator_data = a;
    a->blocks = NULL;
    if (first && first_size > skip) {
        a->p = f + skip;
        a->end = f + first_size;
    } else {
        a->p = a->end = NULL;
    }
    a->next = wire_len * 2 + 1024;
    if (a->next < 4096)
        a->next = 4096;
}

void ee_arena_free(ee_arena *a)
{
    ee_arena_block *b = a->blocks;
    while (b) {
        ee_arena_block *n = b->next;
        free(b);
        b = n;
    }
    a->blocks = NULL;
    a->p = a->end = NULL;
}

ProtobufCMessage *ee_unpack(ee_arena *a, const ProtobufCMessageDescriptor *desc,
                            const uint8_t *data, size_t len)
{
    return protobuf_c_message_unpack(desc, &a->pa, len, data);
}
