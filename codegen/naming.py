"""Every name the generator derives lives here: protobuf-c's C names for
proto types and fields, the Perl hash keys, and our own eeg_ symbols.

protobuf-c's rules (protoc-c 1.4): a type "pkg.Outer.Inner" is
``Pkg__Outer__Inner``; its descriptor is ``pkg__outer__inner__descriptor``
where CamelCase becomes lower_case with an underscore only before an upper
case letter that follows a lower case one; a field's struct member is its
name lower-cased, with ``_`` appended to C keywords.
"""
import re

C_KEYWORDS = frozenset("""
and and_eq asm auto bitand bitor bool break case catch char class compl const
const_cast continue default delete do double dynamic_cast else enum explicit
export extern false float for friend goto if inline int long mutable namespace
new not not_eq operator or or_eq private protected public register
reinterpret_cast return short signed sizeof static static_cast struct switch
template this throw true try typedef typeid typename union unsigned using
virtual void volatile wchar_t while xor xor_eq
""".split())


def _camel_to_lower(name):
    out, was_upper = [], True
    for ch in name:
        if ch.isupper():
            if not was_upper:
                out.append("_")
            out.append(ch.lower())
            was_upper = True
        else:
            out.append(ch)
            was_upper = False
    return "".join(out)


def _split_full(full_name, package):
    rest = full_name[len(package) + 1:] if package else full_name
    return package.split(".") if package else [], rest.split(".")


class Names:
    """Name derivations, one method per kind of name."""

    # ---- protobuf-c ----
    @staticmethod
    def c_type(full_name, package):
        pkg, parts = _split_full(full_name, package)
        pkg_c = "_".join(p.capitalize() if p else p for p in pkg)
        return "__".join(([pkg_c] if pkg_c else []) + parts)

    @staticmethod
    def c_descriptor(full_name, package):
        pkg, parts = _split_full(full_name, package)
        low = "_".join(pkg)
        return "__".join(([low] if low else []) + [_camel_to_lower(p) for p in parts]) + "__descriptor"

    @staticmethod
    def c_member(field_name):
        low = field_name.lower()
        return low + "_" if low in C_KEYWORDS else low

    # ---- Perl ----
    @staticmethod
    def perl_key(field_name):
        """The hash key for a proto field: its name in snake_case
        ("grantedTTL" -> "granted_ttl", "peerURLs" -> "peer_urls",
        "ID" -> "id"); snake_case names stay as they are."""
        words = re.findall(r"[A-Z]+s(?![a-z])|[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+", field_name)
        if not words or "".join(words) != field_name.replace("_", ""):
            return field_name.lower()
        return "_".join(w.lower() for w in words)

    # ---- ours ----
    @staticmethod
    def sym(full_name):
        """eeg_ symbol stem for a message or enum: "etcdserverpb_RangeRequest"."""
        return full_name.replace(".", "_")

