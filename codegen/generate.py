#!/usr/bin/python3
"""EV::Etcd code generator: proto/ + codegen/api_map.toml -> generated/.

    /usr/bin/python3 codegen/generate.py [--proto proto] [--out generated] [--check]

Stage 1 (model.py) compiles the protos into a model, stage 2 (apimap.py)
checks the API map against it, stage 3 (this file) renders the templates and
runs protoc-c.  Output is deterministic; a file is written only when its
content changes, and files of an earlier run that are no longer produced are
removed.  --check renders the same way but writes nothing and exits 1 when
anything differs.
"""
import argparse
import hashlib
import os
import subprocess
import sys
import tempfile

import jinja2

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import apimap  # noqa: E402
import model as model_mod  # noqa: E402

ROOT = os.path.dirname(HERE)
TEMPLATES = ["ee_convert.h.j2", "ee_convert.c.j2", "ee_tables.c.j2", "ee_methods.xsh.j2"]
# The layout of ee_rpc / ee_method / ee_arg in runtime/ee.h the templates
# fill; ee.h defines EE_TABLE_LAYOUT, and the generated code refuses to
# compile against another.  Change both together with the structs.
TABLE_LAYOUT = 3
KIND_CONST = {"unary": "EE_UNARY", "server_stream": "EE_SERVER_STREAM",
              "client_stream": "EE_CLIENT_STREAM", "bidi_stream": "EE_BIDI_STREAM"}


def c_string(s):
    out = ['"']
    for ch in s:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif " " <= ch <= "~":
            out.append(ch)
        else:
            out.append("\\%03o" % ord(ch))
    out.append('"')
    return "".join(out)


def rel(path):
    return os.path.relpath(path, ROOT)


def proto_files(proto_dir):
    found = []
    for dirpath, _, names in os.walk(proto_dir):
        for n in names:
            if n.endswith(".proto"):
                found.append(os.path.relpath(os.path.join(dirpath, n), proto_dir))
    return sorted(found)


def upstream_version(proto_dir):
    """The etcd version proto/UPSTREAM records ("version: 3.6.14" -> "v3.6.14")."""
    path = os.path.join(proto_dir, "UPSTREAM")
    if os.path.exists(path):
        with open(path) as fh:
            for line in fh:
                if line.startswith("version:"):
                    return "v" + line.split(":", 1)[1].strip()
    return "unknown"


def tool_version(cmd):
    return subprocess.run(cmd + ["--version"], capture_output=True, text=True,
                          check=True).stdout.splitlines()[0].strip()


def render(proto_dir, map_path):
    """Return {relative output path: bytes} and the notices."""
    files = proto_files(proto_dir)
    if not files:
        raise SystemExit(f"no .proto files under {proto_dir}")
    model = model_mod.load(proto_dir, files)
    api = apimap.build(model, map_path)
    outputs = {}

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["protoc-c", f"-I{proto_dir}", f"--c_out={tmp}"] + files, check=True)
        pbc_headers = []
        for f in files:
            stem = f[:-len(".proto")]
            for ext in (".pb-c.h", ".pb-c.c"):
                with open(os.path.join(tmp, stem + ext), "rb") as fh:
                    outputs[os.path.join("proto", stem + ext)] = fh.read()
            pbc_headers.append(stem + ".pb-c.h")

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(os.path.join(ROOT, "templates")),
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        keep_trailing_newline=True)
    env.filters["c_string"] = c_string
    env.filters["kind_const"] = KIND_CONST.__getitem__
    version = upstream_version(proto_dir)
    inputs = f"{rel(proto_dir)}/ (etcd {version}) and {rel(map_path)}"
    for tpl in TEMPLATES:
        name = tpl[:-len(".j2")]
        text = env.get_template(tpl).render(
            api=api, pbc_headers=pbc_headers, output=f"generated/{name}", inputs=inputs,
            layout=TABLE_LAYOUT)
        outputs[name] = text.encode()

    # The inputs and their hashes, so a test can spot a stale or edited tree
    # without running the generator.
    hashed = [os.path.join(proto_dir, f) for f in files] + [map_path]
    hashed += [os.path.join(ROOT, "templates", t) for t in sorted(os.listdir(os.path.join(ROOT, "templates")))]
    hashed += [os.path.join(HERE, p) for p in ("generate.py", "model.py", "apimap.py", "naming.py")]
    lines = ["# generated/INPUTS: generated from these inputs by codegen/generate.py; do not edit.",
             "# Regenerate with: make generate",
             f"# etcd API: {version}; {tool_version(['protoc'])}; {tool_version(['protoc-c'])}"]
    for path in hashed:
        with open(path, "rb") as fh:
            lines.append(f"{hashlib.sha256(fh.read()).hexdigest()}  {rel(path)}")
    for name in sorted(outputs):
        lines.append(f"{hashlib.sha256(outputs[name]).hexdigest()}  generated/{name}")
    outputs["INPUTS"] = ("\n".join(lines) + "\n").encode()
    return outputs, api


def existing(out_dir):
    found = set()
    for dirpath, _, names in os.walk(out_dir):
        for n in names:
            found.add(os.path.relpath(os.path.join(dirpath, n), out_dir))
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--proto", default=os.path.join(ROOT, "proto"))
    ap.add_argument("--map", default=os.path.join(HERE, "api_map.toml"))
    ap.add_argument("--out", default=os.path.join(ROOT, "generated"))
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 if out differs")
    args = ap.parse_args()

    try:
        outputs, api = render(os.path.abspath(args.proto), os.path.abspath(args.map))
    except apimap.MapError as e:
        sys.exit(f"codegen: API map error: {e}")
    for n in api.notices:
        print(f"codegen: notice: {n}")

    old = existing(args.out) if os.path.isdir(args.out) else set()
    changed = []
    for name, data in sorted(outputs.items()):
        path = os.path.join(args.out, name)
        current = None
        if os.path.exists(path):
            with open(path, "rb") as fh:
                current = fh.read()
        if current != data:
            changed.append(name)
            if not args.check:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "wb") as fh:
                    fh.write(data)
    stale = sorted(old - set(outputs))
    for name in stale:
        changed.append(name + " (stale)")
        if not args.check:
            os.unlink(os.path.join(args.out, name))
    if args.check:
        if changed:
            print("codegen: out of date: " + ", ".join(changed))
            sys.exit(1)
        print(f"codegen: {args.out} is up to date")
    else:
        print(f"codegen: {len(api.rpcs)} RPCs, {len(api.methods)} methods, "
              f"{len(api.messages)} messages; {len(changed)} file(s) written")


if __name__ == "__main__":
    main()
