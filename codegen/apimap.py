"""Stage 2: the API map.

Loads codegen/api_map.toml, checks every name in it against the Model and
resolves it into plain view objects the templates only have to print:
messages with their fields (C member, Perl key, accepted input names, seen
bit), enums with their name tables, the RPC table and the Perl methods.

Rules: an unknown field, message, enum or option in the map is an error; a
mapped RPC the protos lack is skipped with a notice (older etcd versions);
an RPC of the protos that is neither mapped nor listed under [unmapped]
gets a notice (newer etcd versions: it is callable through call /
call_stream at once); a method of a stream kind must have that kind's RPC
and request message.
"""
import os
import tomllib
from dataclasses import dataclass, field as dc_field
from typing import List, Optional

from naming import Names

TRANSFORMS = {"prefix_range_end": ("key", "range_end")}   # runtime function ee_<name>(source, target)
HOOKS = {"store_token": "EE_HOOK_STORE_TOKEN", "drop_token": "EE_HOOK_DROP_TOKEN"}
STREAM_KEYS = {"start", "request", "rpc_kind", "timeout"}
RUNTIME_OPTIONS = {"auto_reconnect": "EE_RT_AUTO_RECONNECT", "on_state": "EE_RT_ON_STATE",
                   "require_leader": "EE_RT_REQUIRE_LEADER", "endpoint": "EE_RT_ENDPOINT"}


class MapError(Exception):
    pass


@dataclass
class FieldView:
    key: str                 # Perl hash key
    names: List[str]         # accepted input names
    member: str              # C struct member
    kind: str
    repeated: bool
    bit: int
    number: int
    sub: Optional[str] = None      # eeg_ stem of the message / enum type
    sub_c_type: Optional[str] = None
    sub_descriptor: Optional[str] = None
    oneof_member: Optional[str] = None   # C member of the oneof's _case field
    omit_empty: bool = False
    enum_name_key: Optional[str] = None  # enum_int: extra key for the name
    non_negative: bool = False     # input below 0 croaks (revisions)
    wire: str = "varint"           # its wire encoding (model.WIRE_TYPES)

    # wire type number of one value: varint 0, fixed64 1, length-delimited 2, fixed32 5
    def wire_type(self):
        return {"varint": 0, "zigzag": 0, "fixed64": 1, "len": 2, "fixed32": 5}[self.wire]

    def packable(self):
        """A repeated number: may come packed (one length-delimited run)."""
        return self.repeated and self.wire != "len"

    def from_wire(self, v):
        """C expression: the field's value (as protobuf-c would hold it) from
        the uint64_t `v` read off the wire."""
        w, k = self.wire, self.kind
        if k == "double":
            return f"ee_wire_double({v})"
        if k == "float":
            return f"ee_wire_float({v})"
        if w == "zigzag":
            z = f"(int64_t)(({v}) >> 1) ^ -(int64_t)(({v}) & 1)"
            return f"(int32_t)({z})" if k == "int32" else f"({z})"
        return {"int64": f"(int64_t)({v})", "int32": f"(int32_t)({v})",
                "uint64": f"(uint64_t)({v})", "uint32": f"(uint32_t)({v})",
                "bool": f"(({v}) != 0)", "enum": f"(int)(int32_t)({v})"}[k]


@dataclass
class VirtualView:
    name: str
    bit: int
    transform: str
    source: str              # C members the transform reads/writes
    target: str
    target_bit: int


@dataclass
class MessageView:
    full_name: str
    sym: str
    c_type: str
    descriptor: str
    fields: List[FieldView]
    virtuals: List[VirtualView]
    required: List[FieldView]
    oneofs: List[tuple]      # (oneof C member, [FieldView])
    plain: List[FieldView]   # fields not in a oneof

    def names_by_length(self):
        """[(len, [(name, FieldView or VirtualView)])] for the setter's switch."""
        groups = {}
        for f in self.fields:
            for n in f.names:
                groups.setdefault(len(n), []).append((n, f))
        for v in self.virtuals:
            groups.setdefault(len(v.name), []).append((v.name, v))
        return sorted(groups.items())

    def max_keys(self):
        """The most keys its response hash can have (a oneof gives one)."""
        def keys(f):
            return 2 if f.enum_name_key else 1
        return (sum(keys(f) for f in self.plain)
                + sum(max(keys(f) for f in members) for _, members in self.oneofs))


@dataclass
class EnumView:
    full_name: str
    sym: str
    entries: List[tuple]     # (name, number): canonical names first, then aliases


@dataclass
class RpcView:
    index: int
    service: str
    method: str
    path: str
    kind: str
    req: MessageView
    resp: MessageView


@dataclass
class ArgView:
    field: str
    flags: List[str]
    display: str


@dataclass
class MethodView:
    name: str
    rpc: RpcView
    args: List[ArgView]
    nrequired: int
    options: List[str]
    flags: List[str]
    hook: str
    usage: str
    start: str               # runtime function that starts it
    stream: str              # the API map's stream kind, "" for unary
    runtime_opts: List[str]  # EE_RT_* constants
    msg: "MessageView"       # what the arguments fill


@dataclass
class Api:
    messages: List[MessageView] = dc_field(default_factory=list)
    enums: List[EnumView] = dc_field(default_factory=list)
    rpcs: List[RpcView] = dc_field(default_factory=list)
    methods: List[MethodView] = dc_field(default_factory=list)
    req_syms: set = dc_field(default_factory=set)     # messages needing setters
    resp_syms: set = dc_field(default_factory=set)    # messages needing to_sv
    notices: List[str] = dc_field(default_factory=list)

    def resp_keys(self):
        """Every key of a response hash, sorted (their hashes are computed once)."""
        keys = set()
        for m in self.messages:
            if m.sym in self.resp_syms:
                for f in m.fields:
                    keys.add(f.key)
                    if f.enum_name_key:
                        keys.add(f.enum_name_key)
        return sorted(keys)


def _message_closure(model, roots):
    seen, todo = [], list(roots)
    while todo:
        name = todo.pop(0)
        if name in seen:
            continue
        seen.append(name)
        for f in model.messages[name].fields:
            if f.kind == "message":
                todo.append(f.type_name)
    return seen


def build(model, map_path):
    with open(map_path, "rb") as fh:
        spec = tomllib.load(fh)
    unknown = set(spec) - {"messages", "enums", "methods", "unmapped", "unary", "streams"}
    if unknown:
        raise MapError(f"{map_path}: unknown sections {sorted(unknown)}")
    api = Api()
    msg_spec = spec.get("messages", {})
    enum_spec = spec.get("enums", {})

    for name in msg_spec:
        if name not in model.messages:
            raise MapError(f"[messages.\"{name}\"]: no such message in the protos")
    for name in enum_spec:
        if name not in model.enums:
            raise MapError(f"[enums.\"{name}\"]: no such enum in the protos")

    # ---- enums
    enum_views = {}

    def enum_view(full):
        if full not in enum_views:
            e = model.enums[full]
            entries = [(v.name, v.number) for v in e.values]
            known = {v.name: v.number for v in e.values}
            for alias, target in enum_spec.get(full, {}).get("aliases", {}).items():
                if target not in known:
                    raise MapError(f"[enums.\"{full}\"]: alias '{alias}' names unknown value '{target}'")
                entries.append((alias, known[target]))
            enum_views[full] = EnumView(full, Names.sym(full), entries)
        return enum_views[full]

    # ---- messages
    msg_views = {}

    def message_view(full):
        if full in msg_views:
            return msg_views[full]
        m = model.messages[full]
        ms = msg_spec.get(full, {})
        bad = set(ms) - {"aliases", "virtual", "required", "omit_empty", "enum_int", "since",
                         "non_negative"}
        if bad:
            raise MapError(f"[messages.\"{full}\"]: unknown keys {sorted(bad)}")
        fields, by_key = [], {}
        for i, f in enumerate(m.fields):
            key = Names.perl_key(f.name)
            names = [key] + ([f.name] if f.name != key else [])
            fv = FieldView(key=key, names=names, member=Names.c_member(f.name), kind=f.kind,
                           repeated=f.repeated, bit=i, number=f.number, wire=f.wire)
            if f.kind == "message":
                sub = model.messages[f.type_name]
                fv.sub = Names.sym(f.type_name)
                fv.sub_c_type = Names.c_type(f.type_name, sub.package)
                fv.sub_descriptor = Names.c_descriptor(f.type_name, sub.package)
            elif f.kind == "enum":
                fv.sub = enum_view(f.type_name).sym
            if f.oneof:
                fv.oneof_member = Names.c_member(f.oneof) + "_case"
            fields.append(fv)
            by_key[key] = by_key[f.name] = fv

        def need(fname, what):
            if fname not in by_key:
                raise MapError(f"[messages.\"{full}\"] {what}: no field '{fname}' in {full}")
            return by_key[fname]

        def present(fnames, what):
            """Fields the map names; those of newer etcd versions (since) may be absent."""
            out = []
            for fname in fnames:
                if fname not in by_key and fname in ms.get("since", {}):
                    api.notices.append(f"{full}.{fname} (etcd {ms['since'][fname]}+) is not in these protos")
                    continue
                out.append(need(fname, what))
            return out

        for alias, target in ms.get("aliases", {}).items():
            need(target, f"alias '{alias}'").names.append(alias)
        for fv in present(ms.get("omit_empty", []), "omit_empty"):
            fname = fv.key
            if not fv.repeated and fv.kind in ("message", "enum", "bool"):
                raise MapError(f"[messages.\"{full}\"] omit_empty: '{fname}' is a {fv.kind}")
            fv.omit_empty = True
        for fname, name_key in ms.get("enum_int", {}).items():
            fv = need(fname, "enum_int")
            if fv.kind != "enum":
                raise MapError(f"[messages.\"{full}\"] enum_int: '{fname}' is not an enum")
            fv.enum_name_key = name_key
        for fv in present(ms.get("non_negative", []), "non_negative"):
            if fv.kind not in ("int64", "int32"):
                raise MapError(f"[messages.\"{full}\"] non_negative: '{fv.key}' is a {fv.kind}")
            fv.non_negative = True
        required = [need(f, "required") for f in ms.get("required", [])]
        virtuals = []
        for j, (vname, transform) in enumerate(ms.get("virtual", {}).items()):
            if transform not in TRANSFORMS:
                raise MapError(f"[messages.\"{full}\"] virtual '{vname}': unknown transform '{transform}'")
            src, dst = (need(n, f"virtual '{vname}'") for n in TRANSFORMS[transform])
            virtuals.append(VirtualView(vname, len(fields) + j, transform, src.member, dst.member, dst.bit))
        if len(fields) + len(virtuals) > 64:
            raise MapError(f"{full}: more than 64 fields")
        oneofs = []
        for o in m.oneofs:
            members = [fv for fv, f in zip(fields, m.fields) if f.oneof == o]
            if members:
                oneofs.append((Names.c_member(o) + "_case", members))
        plain = [fv for fv, f in zip(fields, m.fields) if not f.oneof]
        mv = MessageView(full, Names.sym(full), Names.c_type(full, m.package),
                         Names.c_descriptor(full, m.package), fields, virtuals,
                         required, oneofs, plain)
        msg_views[full] = mv
        return mv

    # ---- RPC table: every RPC of the protos
    for i, meth in enumerate(model.methods):
        rv = RpcView(i, meth.service, meth.name, meth.route,
                     meth.kind, message_view(meth.input), message_view(meth.output))
        api.rpcs.append(rv)
    rpc_by_key = {f"{r.service}.{r.method}": r for r in api.rpcs}

    req_roots = [m.input for m in model.methods]
    resp_roots = [m.output for m in model.methods]
    for full in _message_closure(model, req_roots):
        api.req_syms.add(message_view(full).sym)
    for full in _message_closure(model, resp_roots):
        api.resp_syms.add(message_view(full).sym)

    # ---- how the runtime starts a method: [unary] and [streams.KIND]
    unary_start = spec.get("unary", {}).get("start")
    if not unary_start or set(spec.get("unary", {})) != {"start"}:
        raise MapError("[unary]: exactly one key, start = \"<runtime function>\"")
    streams = spec.get("streams", {})
    for kind, ks in streams.items():
        if set(ks) != STREAM_KEYS:
            raise MapError(f"[streams.{kind}]: needs exactly the keys {sorted(STREAM_KEYS)}")
        if ks["rpc_kind"] not in ("bidi_stream", "server_stream", "client_stream"):
            raise MapError(f"[streams.{kind}] rpc_kind: '{ks['rpc_kind']}' is not a streaming kind")
        if ks["request"] not in model.messages:
            raise MapError(f"[streams.{kind}] request: no message '{ks['request']}' in the protos")

    # ---- methods
    mapped = set()
    for name, ms in spec.get("methods", {}).items():
        bad = set(ms) - {"rpc", "args", "options", "since", "named", "no_deadline", "hook",
                         "stream", "message", "runtime_options", "idempotent"}
        if bad:
            raise MapError(f"[methods.{name}]: unknown keys {sorted(bad)}")
        if "rpc" not in ms:
            raise MapError(f"[methods.{name}]: 'rpc' is required")
        rpc = rpc_by_key.get(ms["rpc"])
        if rpc is None:
            api.notices.append(f"method '{name}': RPC {ms['rpc']} is not in these protos; skipped")
            continue
        mapped.add(ms["rpc"])
        stream = ms.get("stream")
        if stream is None and rpc.kind != "unary":
            raise MapError(f"[methods.{name}]: {ms['rpc']} is a {rpc.kind} RPC; say which stream handles it")
        if stream is not None:
            ks = streams.get(stream)
            if ks is None:
                raise MapError(f"[methods.{name}]: no stream kind '{stream}' under [streams]")
            if rpc.kind != ks["rpc_kind"] or rpc.req.full_name != ks["request"]:
                raise MapError(f"[methods.{name}]: stream '{stream}' runs {ks['rpc_kind']} RPCs taking "
                               f"{ks['request']}; {ms['rpc']} is a {rpc.kind} RPC taking {rpc.req.full_name}")
        target = rpc.req
        if "message" in ms:
            fv = _resolve_path(model, msg_views, message_view, rpc.req, ms["message"], f"[methods.{name}] message")
            if fv.kind != "message" or fv.repeated:
                raise MapError(f"[methods.{name}] message: '{ms['message']}' is not a message field")
            target = next(m for m in msg_views.values() if m.sym == fv.sub)
        runtime_opts = []
        for ro in ms.get("runtime_options", []):
            if ro not in RUNTIME_OPTIONS:
                raise MapError(f"[methods.{name}] runtime_options: unknown '{ro}'")
            runtime_opts.append(RUNTIME_OPTIONS[ro])
        args, nrequired, seen_optional = [], 0, False
        for a in ms.get("args", []):
            a = {"field": a} if isinstance(a, str) else dict(a)
            bad = set(a) - {"field", "optional", "undef_ok", "runtime"}
            if bad:
                raise MapError(f"[methods.{name}] args: unknown keys {sorted(bad)}")
            if "runtime" in a:
                if stream is None:
                    raise MapError(f"[methods.{name}] args: runtime arguments need a stream kind")
                nrequired += 1
                args.append(ArgView(a["runtime"], ["EE_ARG_RUNTIME"], "$" + a["runtime"]))
                continue
            fv = _resolve_path(model, msg_views, message_view, target, a["field"], f"[methods.{name}] args")
            flags = []
            if a.get("optional"):
                flags.append("EE_ARG_OPTIONAL")
                seen_optional = True
            elif seen_optional:
                raise MapError(f"[methods.{name}] args: required '{a['field']}' after an optional one")
            else:
                nrequired += 1
            if a.get("undef_ok"):
                flags.append("EE_ARG_UNDEF_OK")
            if fv.kind == "message" and not fv.repeated:
                flags.append("EE_ARG_HASH")
            last = a["field"].split(".")[-1]
            sigil = "\\@" if fv.repeated else ("\\%" if fv.kind == "message" else "$")
            disp = f"{sigil}{last}"
            args.append(ArgView(a["field"], flags, f"[{disp}]" if a.get("optional") else disp))
        options = []
        for o in ms.get("options", []):
            if o == "timeout":
                raise MapError(f"[methods.{name}] options: 'timeout' is implicit")
            if not any(o in f.names for f in target.fields) and not any(o == v.name for v in target.virtuals):
                if o in ms.get("since", {}):
                    api.notices.append(f"method '{name}': option '{o}' (etcd {ms['since'][o]}+) "
                                       f"is not in these protos; skipped")
                    continue
                raise MapError(f"[methods.{name}] options: no field '{o}' in {target.full_name}")
            options.append(o)
        flags = []
        if ms.get("named"):
            flags.append("EE_M_NAMED")
        if ms.get("no_deadline"):
            flags.append("EE_M_NO_DEADLINE")
        if ms.get("idempotent"):
            flags.append("EE_M_IDEMPOTENT")
        if stream is not None and not streams[stream]["timeout"]:
            flags.append("EE_M_LONG_LIVED")
        hook = ms.get("hook")
        if hook and hook not in HOOKS:
            raise MapError(f"[methods.{name}]: unknown hook '{hook}'")
        usage = "$client->%s(%s)" % (name, ", ".join([a.display for a in args] + ["[\\%opts]", "$cb"]))
        if ms.get("named"):
            usage += " or $client->%s(%s)" % (name, ", ".join(
                [f"{a.field} => {a.display.strip('[]')}" for a in args] + ["callback => $cb"]))
        api.methods.append(MethodView(name, rpc, args, nrequired, options, flags,
                                      HOOKS.get(hook, "EE_HOOK_NONE"), usage,
                                      streams[stream]["start"] if stream else unary_start,
                                      stream or "", runtime_opts, target))

    unmapped = spec.get("unmapped", {})
    for key in unmapped:
        if key not in rpc_by_key:
            api.notices.append(f"unmapped RPC {key} is not in these protos")
    for key in rpc_by_key:
        if key not in mapped and key not in unmapped:
            r = rpc_by_key[key]
            how = "call" if r.kind == "unary" else "call_stream"
            api.notices.append(
                f"new RPC {key} ({r.kind}) is neither mapped nor listed as unmapped; it is callable as "
                f"$client->{how}('{r.service}', '{r.method}', ...). To map it, add a [methods.NAME] "
                f"with rpc = \"{key}\" to {os.path.basename(map_path)}, or list it under [unmapped]")

    api.messages = sorted(msg_views.values(), key=lambda m: m.sym)
    api.enums = sorted(enum_views.values(), key=lambda e: e.sym)
    return api


def _resolve_path(model, msg_views, message_view, mv, path, where):
    parts = path.split(".")
    for i, part in enumerate(parts):
        fv = next((f for f in mv.fields if part in f.names), None)
        if fv is None:
            raise MapError(f"{where}: no field '{part}' in {mv.full_name}")
        if i < len(parts) - 1:
            if fv.kind != "message" or fv.repeated:
                raise MapError(f"{where}: '{part}' in '{path}' is not a singular message field")
            mv = next(m for m in msg_views.values() if m.sym == fv.sub)
    return fv
