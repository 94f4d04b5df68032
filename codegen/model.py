"""Stage 1: the proto model.

Runs ``protoc --descriptor_set_out --include_imports --include_source_info``
over proto/ and turns the FileDescriptorSet into plain frozen dataclasses:
services, methods, messages, fields, enums, with their comments.  Nothing
here knows about Perl or C; names for those come from naming.py.
"""
import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from google.protobuf import descriptor_pb2

FDP = descriptor_pb2.FieldDescriptorProto

# Each field type: its name here, and how it is encoded on the wire (the
# generated decoders read it).
_TYPES = {
    FDP.TYPE_DOUBLE: ("double", "fixed64"), FDP.TYPE_FLOAT: ("float", "fixed32"),
    FDP.TYPE_INT64: ("int64", "varint"), FDP.TYPE_UINT64: ("uint64", "varint"),
    FDP.TYPE_INT32: ("int32", "varint"), FDP.TYPE_FIXED64: ("uint64", "fixed64"),
    FDP.TYPE_FIXED32: ("uint32", "fixed32"), FDP.TYPE_BOOL: ("bool", "varint"),
    FDP.TYPE_STRING: ("string", "len"), FDP.TYPE_BYTES: ("bytes", "len"),
    FDP.TYPE_UINT32: ("uint32", "varint"), FDP.TYPE_SFIXED32: ("int32", "fixed32"),
    FDP.TYPE_SFIXED64: ("int64", "fixed64"), FDP.TYPE_SINT32: ("int32", "zigzag"),
    FDP.TYPE_SINT64: ("int64", "zigzag"),
    FDP.TYPE_ENUM: ("enum", "varint"), FDP.TYPE_MESSAGE: ("message", "len"),
}
SCALAR_TYPES = {t: name for t, (name, _) in _TYPES.items()}
WIRE_TYPES = {t: wire for t, (_, wire) in _TYPES.items()}


@dataclass(frozen=True)
class EnumValue:
    name: str
    number: int


@dataclass(frozen=True)
class Enum:
    full_name: str          # "etcdserverpb.RangeRequest.SortOrder"
    values: Tuple[EnumValue, ...]
    comment: str


@dataclass(frozen=True)
class Field:
    name: str               # proto name: "range_end", "grantedTTL"
    number: int
    kind: str               # "bytes", "int64", ..., "enum", "message"
    repeated: bool
    type_name: Optional[str]  # full name of the enum or message type
    oneof: Optional[str]    # oneof name, None if not in one
    comment: str
    wire: str = "varint"    # WIRE_TYPES: varint, zigzag, fixed32, fixed64, len


@dataclass(frozen=True)
class Message:
    full_name: str          # "etcdserverpb.RangeRequest"
    package: str
    file: str               # "etcdserverpb/rpc.proto"
    fields: Tuple[Field, ...]
    oneofs: Tuple[str, ...]
    comment: str


@dataclass(frozen=True)
class Method:
    name: str               # "Range"
    service: str            # "KV"
    package: str
    input: str              # full message names
    output: str
    client_streaming: bool
    server_streaming: bool
    comment: str

    @property
    def key(self):
        return f"{self.service}.{self.name}"

    @property
    def route(self):
        return f"/{self.package}.{self.service}/{self.name}"

    @property
    def kind(self):
        if self.client_streaming and self.server_streaming:
            return "bidi_stream"
        if self.server_streaming:
            return "server_stream"
        if self.client_streaming:
            return "client_stream"
        return "unary"


@dataclass
class Model:
    files: List[str]
    messages: Dict[str, Message] = field(default_factory=dict)
    enums: Dict[str, Enum] = field(default_factory=dict)
    methods: List[Method] = field(default_factory=list)


def run_protoc(proto_dir, files, out_path):
    cmd = ["protoc", f"-I{proto_dir}", f"--descriptor_set_out={out_path}",
           "--include_imports", "--include_source_info"] + list(files)
    subprocess.run(cmd, check=True)


def _comments(fd):
    out = {}
    for loc in fd.source_code_info.location:
        text = loc.leading_comments or loc.trailing_comments
        if text:
            out[tuple(loc.path)] = "\n".join(
                line.strip() for line in text.strip("\n").splitlines()).strip()
    return out


def load(proto_dir, files):
    """Compile ``files`` (relative to proto_dir) and build the Model."""
    with tempfile.TemporaryDirectory() as tmp:
        pb = os.path.join(tmp, "set.pb")
        run_protoc(proto_dir, files, pb)
        fds = descriptor_pb2.FileDescriptorSet()
        with open(pb, "rb") as fh:
            fds.ParseFromString(fh.read())
    model = Model(files=sorted(files))
    for fd in fds.file:
        comments = _comments(fd)
        pkg = fd.package

        def add_enum(ed, prefix, path):
            full = f"{prefix}.{ed.name}"
            model.enums[full] = Enum(
                full, tuple(EnumValue(v.name, v.number) for v in ed.value),
                comments.get(path, ""))

        def add_message(md, prefix, path):
            full = f"{prefix}.{md.name}"
            oneofs = tuple(o.name for o in md.oneof_decl)
            fields = []
            for i, fdp in enumerate(md.field):
                if fdp.type == FDP.TYPE_GROUP:
                    raise SystemExit(f"{full}.{fdp.name}: groups are not supported")
                in_oneof = fdp.HasField("oneof_index") and not fdp.proto3_optional
                fields.append(Field(
                    name=fdp.name, number=fdp.number,
                    kind=SCALAR_TYPES[fdp.type],
                    repeated=fdp.label == FDP.LABEL_REPEATED,
                    type_name=fdp.type_name.lstrip(".") or None,
                    oneof=oneofs[fdp.oneof_index] if in_oneof else None,
                    comment=comments.get(path + (2, i), ""),
                    wire=WIRE_TYPES[fdp.type]))
            model.messages[full] = Message(full, pkg, fd.name, tuple(fields),
                                           oneofs, comments.get(path, ""))
            for j, nested in enumerate(md.nested_type):
                add_message(nested, full, path + (3, j))
            for j, ed in enumerate(md.enum_type):
                add_enum(ed, full, path + (4, j))

        for i, md in enumerate(fd.message_type):
            add_message(md, pkg, (4, i))
        for i, ed in enumerate(fd.enum_type):
            add_enum(ed, pkg, (5, i))
        for i, sd in enumerate(fd.service):
            for j, m in enumerate(sd.method):
                model.methods.append(Method(
                    m.name, sd.name, pkg, m.input_type.lstrip("."),
                    m.output_type.lstrip("."), m.client_streaming,
                    m.server_streaming, comments.get((6, i, 2, j), "")))
    return model
