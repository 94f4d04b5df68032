#!/usr/bin/python3
"""Import etcd's v3 API .proto files into proto/, cleaned of Go annotations.

Run from the repository root with the system Python (standard library only):

    /usr/bin/python3 codegen/sync_proto.py --src DIR [--out proto] [--version X.Y.Z]

DIR is an etcd source tree (a git checkout or just its .proto files + LICENSE);
the five API files are found by package directory, so every etcd layout works.
OUT always gets the same flat layout: etcdserverpb/rpc.proto, mvccpb/kv.proto,
authpb/auth.proto, v3lockpb/v3lock.proto, v3electionpb/v3election.proto,
LICENSE, and UPSTREAM (version, source, command, sha256 of the inputs).

Cleaning drops gogoproto, versionpb, grpc-gateway and google.api.http options,
go_package and the imports that only served them, and flattens the remaining
imports; comments and all other text are kept byte-for-byte.  Any other
"(custom.option)" is an error, so new etcd annotations never slip through.
Output is deterministic, files are rewritten only when their content changes,
and any other file in OUT (e.g. from an older etcd version) is removed.
"""
import argparse
import hashlib
import os
import re
import shlex
import sys

SCRIPT = "codegen/sync_proto.py"
PROTOS = [("etcdserverpb", "rpc.proto"), ("mvccpb", "kv.proto"), ("authpb", "auth.proto"),
          ("v3lockpb", "v3lock.proto"), ("v3electionpb", "v3election.proto")]
DROP_IMPORT = re.compile(r"(gogoproto/gogo|google/api/annotations|protoc-gen-openapiv2/.*"
                         r"|(.*/)?versionpb/version)\.proto")
DROP_OPTION = re.compile(r"go_package$|\((gogoproto|versionpb|grpc\.gateway)\.|\(google\.api\.http\)$")
FLAT_IMPORT = re.compile(r"(?:.*/)?(%s)" % "|".join(re.escape(p + "/" + f) for p, f in PROTOS))
TOKEN = re.compile(r"\boption\b\s*(\([^)]*\)[\w.]*|[\w.]+)\s*="       # option NAME =
                   r"|\bimport\s+(?:public\s+|weak\s+)?\""                 # import "
                   r"|\brpc\s+\w+\s*\([^)]*\)\s*returns\s*\([^)]*\)\s*\{"  # rpc ... {
                   r"|\[")                                                 # [field options]
LEXEME = re.compile(r"//[^\n]*|/\*.*?\*/|\"(\\.|[^\"\\\n])*\"|'(\\.|[^'\\\n])*'|/\*|[\"']", re.S)
LEFTOVER = re.compile(r"\boption\b\s*\(|[\[,]\s*\(")  # annotation syntax that survived cleaning


class SyncError(Exception):
    pass


def error_at(text, pos, msg):
    return SyncError("%d: %s" % (text.count("\n", 0, pos) + 1, msg))


def mask(text):
    """Return text with comments and string contents blanked (same length, newlines
    kept), so syntax can be found with regexes and offsets still index text."""
    def blank(mo):
        lexeme = mo.group()
        if lexeme in ("/*", '"', "'"):
            raise error_at(text, mo.start(), "unterminated %s" % lexeme)
        if lexeme[0] in "\"'":  # the quotes themselves stay
            return lexeme[0] + re.sub(r"[^\n]", " ", lexeme[1:-1]) + lexeme[0]
        return re.sub(r"[^\n]", " ", lexeme)
    return LEXEME.sub(blank, text)


def matching(m, pos, open_, close):
    """Index just past the bracket that closes the one at m[pos]."""
    depth = 0
    for i in range(pos, len(m)):
        depth += (m[i] == open_) - (m[i] == close)
        if depth == 0:
            return i + 1
    raise error_at(m, pos, "unbalanced %r" % open_)


def skip_to(m, pos, stops):
    """Index of the first of stops at or after pos, skipping over {...} values."""
    while pos < len(m) and m[pos] not in stops:
        pos = matching(m, pos, "{", "}") if m[pos] == "{" else pos + 1
    if pos == len(m):
        raise error_at(m, pos, "missing %r" % stops)
    return pos


def drop_option(text, pos, name):
    """True for an option to drop, False for one to keep; error for unknown annotations."""
    name = re.sub(r"\s+", "", name)
    if name.startswith("(") and not DROP_OPTION.match(name):
        raise error_at(text, pos, "unknown annotation %s" % name)
    return bool(DROP_OPTION.match(name))


def field_options(text, m, start, end):
    """Edits for the '[opt, ...]' at text[start:end]: drop Go annotations, keep the rest."""
    keep, count, pos = [], 0, start + 1
    while pos < end - 1:
        stop, count = skip_to(m, pos, ",]"), count + 1
        if not drop_option(text, pos, re.match(r"\s*(\([^)]*\)[\w.]*|[\w.]*)", m[pos:stop]).group(1)):
            keep.append(text[pos:stop].strip())
        pos = stop + 1
    if len(keep) == count:
        return []
    if keep:
        return [(start, end, "[" + ", ".join(keep) + "]")]
    return [(len(text[:start].rstrip()), end, "")]  # ' [...]' goes entirely


def clean(text):
    """Return text with Go annotations removed and imports flattened."""
    m = mask(text)
    drops, edits, bodies, pos = [], [], [], 0  # (start, end), (start, end, new), rpc {...}
    while True:
        t = TOKEN.search(m, pos)
        if not t:
            break
        pos = t.end()
        if t.group().startswith("option"):
            pos = skip_to(m, pos, ";") + 1
            if drop_option(text, t.start(), t.group(1)):
                drops.append((t.start(), pos))
        elif t.group().startswith("import"):
            close = m.index('"', pos)
            path, pos = text[pos:close], skip_to(m, close + 1, ";") + 1
            if DROP_IMPORT.fullmatch(path):
                drops.append((t.start(), pos))
            elif FLAT_IMPORT.fullmatch(path):
                edits.append((t.end(), close, FLAT_IMPORT.fullmatch(path).group(1)))
            else:
                raise error_at(text, t.start(), "unexpected import %r" % path)
        elif t.group().startswith("rpc"):
            bodies.append((pos - 1, matching(m, pos - 1, "{", "}")))
        else:
            pos = matching(m, t.start(), "[", "]")
            edits += field_options(text, m, t.start(), pos)
    for start, end in bodies:  # rpc X(A) returns (B) { <only dropped options> }  ->  {}
        inner = [d for d in drops if start < d[0] < end]
        cuts = [start + 1] + [x for d in inner for x in d] + [end - 1]
        if inner and not "".join(text[a:b] for a, b in zip(cuts[::2], cuts[1::2])).strip():
            drops = [d for d in drops if d not in inner]
            edits.append((start, end, "{}"))
    for s, e in drops:  # a dropped statement alone on its line takes the line along
        ls, le = text.rfind("\n", 0, s) + 1, text.find("\n", e)
        le = len(text) if le < 0 else le
        if not text[ls:s].strip() and not text[e:le].strip():
            edits.append((ls, min(le + 1, len(text)), "\0\n"))
        else:  # keep the rest of the line, e.g. a trailing comment
            edits.append((len(text[:s].rstrip(" \t")), e, ""))
    edits.sort()
    for a, b in zip(edits, edits[1:]):
        if a[1] > b[0]:
            raise error_at(text, b[0], "internal error: overlapping edits")
    for s, e, new in reversed(edits):
        text = text[:s] + new + text[e:]
    # Remove the \0 markers of dropped lines, and blank lines they left doubled or after '{'.
    out, removed = [], False
    for ln in text.split("\n"):
        after_gap = not out or not out[-1].strip() or out[-1].rstrip().endswith("{")
        removed = ln == "\0" or (removed and after_gap and not ln.strip())
        if not removed:
            out.append(ln)
    text = "\n".join(out)
    left = LEFTOVER.search(mask(text))
    if left:
        raise error_at(text, left.start(), "(line of the cleaned text) unhandled annotation "
                       + text[left.start():].split("\n")[0])
    return text


def find_protos(src, skip):
    """Map (pkgdir, file) -> path relative to src, for each of PROTOS (exactly one each)."""
    found = {key: [] for key in PROTOS}
    for root, dirs, names in os.walk(src):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".")
                         and os.path.realpath(os.path.join(root, d)) != skip)
        for name in names:  # unrelated files land in a throwaway list
            found.get((os.path.basename(root), name), []).append(
                os.path.relpath(os.path.join(root, name), src).replace(os.sep, "/"))
    for (pkg, name), paths in found.items():
        if len(paths) != 1:
            raise SyncError("%s: expected exactly one %s/%s, found %s"
                            % (src, pkg, name, ", ".join(paths) or "none"))
    return {key: paths[0] for key, paths in found.items()}


def detect_version(src, given):
    if given:
        if not re.fullmatch(r"v?\d+\.\d+\.\d+([-+][\w.-]+)?", given):
            raise SyncError("--version %r is not X.Y.Z" % given)
        return given.lstrip("v")
    for gofile in ("api/version/version.go", "version/version.go"):
        if os.path.isfile(os.path.join(src, gofile)):
            with open(os.path.join(src, gofile), encoding="utf-8") as f:
                hit = re.search(r'\bVersion\s*=\s*"v?(\d+\.\d+\.\d+[^"]*)"', f.read())
            if hit:
                return hit.group(1)
    hit = re.search(r"v?(\d+\.\d+\.\d+)$", os.path.basename(os.path.abspath(src)))
    if hit:
        return hit.group(1)
    raise SyncError("%s: cannot tell the etcd version (dir name is not vX.Y.Z and there is "
                    "no api/version/version.go); pass --version" % src)


def shown(path):
    """Path as recorded in UPSTREAM: relative as given, else only its basename."""
    path = os.path.normpath(path)
    return os.path.basename(path) if os.path.isabs(path) else path.replace(os.sep, "/")


def write_tree(out, files):
    """Write {relpath: bytes} under out (only when changed), remove every other file."""
    if os.path.isdir(out) and os.listdir(out) and not os.path.isfile(os.path.join(out, "UPSTREAM")):
        raise SyncError("%s: not empty and has no UPSTREAM; refusing to write there" % out)
    changed = 0
    for rel, data in sorted(files.items()):
        path = os.path.join(out, *rel.split("/"))
        if os.path.isfile(path):
            with open(path, "rb") as f:
                if f.read() == data:
                    continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        print("updated", path)
        changed += 1
    for root, _, names in os.walk(out, topdown=False):
        for name in names:
            if os.path.relpath(os.path.join(root, name), out).replace(os.sep, "/") not in files:
                os.remove(os.path.join(root, name))
                print("removed", os.path.join(root, name))
                changed += 1
        if root != out and not os.listdir(root):
            os.rmdir(root)
    return changed


def sync(src, out, given_version):
    if not os.path.isdir(src):
        raise SyncError("%s: not a directory" % src)
    found = find_protos(src, os.path.realpath(out))
    version = detect_version(src, given_version)
    files, sums = {}, []
    for (pkg, name), rel in sorted(found.items()):
        with open(os.path.join(src, rel), "rb") as f:
            raw = f.read()
        sums.append((rel, hashlib.sha256(raw).hexdigest()))
        try:
            body = clean(raw.decode("utf-8"))
        except SyncError as e:
            raise SyncError("%s:%s" % (os.path.join(src, rel), e))
        header = "// Imported from etcd v%s %s by %s; do not edit.\n" % (version, rel, SCRIPT)
        files[pkg + "/" + name] = (header + body).encode("utf-8")
    with open(os.path.join(src, "LICENSE"), "rb") as f:
        files["LICENSE"] = f.read()
    sums.append(("LICENSE", hashlib.sha256(files["LICENSE"]).hexdigest()))
    cmd = ["/usr/bin/python3", SCRIPT, "--src", shown(src)]
    cmd += ["--out", shown(out)] if os.path.normpath(out) != "proto" else []
    cmd += ["--version", version] if given_version else []
    files["UPSTREAM"] = (
        "# etcd API protos imported by %s; do not edit files here.\n"
        "version: %s\nsource: %s\ncommand: %s\n"
        "sha256 of the upstream files (relative to source):\n%s" % (
            SCRIPT, version, shown(src), " ".join(shlex.quote(c) for c in cmd),
            "".join("%s  %s\n" % (digest, rel) for rel, digest in sorted(sums)))).encode("utf-8")
    return version, write_tree(out, files)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", required=True, help="etcd source tree")
    ap.add_argument("--out", default="proto", help="output directory (default: proto)")
    ap.add_argument("--version", help="etcd version X.Y.Z (default: detect)")
    args = ap.parse_args(argv)
    try:
        version, changed = sync(args.src, args.out, args.version)
    except (SyncError, OSError, UnicodeDecodeError) as e:
        sys.exit("sync_proto: error: %s" % e)
    print("sync_proto: etcd v%s -> %s: %s" % (
        version, args.out, "%d file(s) changed" % changed if changed else "up to date"))


if __name__ == "__main__":
    main()
