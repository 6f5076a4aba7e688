//! Rust names for model names: snake_case fields, UpperCamelCase variants and types.
//!
//! Words are split the way the `heck` crate splits them (`fargateFIPSMode` is `fargate`,
//! `FIPS`, `Mode`; `sizeInGiB` is `size`, `In`, `Gi`, `B`), so names stay predictable.

/// Keywords that cannot be used as plain identifiers (strict and reserved, edition 2024).
const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "self", "Self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Keywords that cannot even be raw identifiers.
const NOT_RAW: &[&str] = &["self", "Self", "super", "crate"];

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Boundary,
    Lower,
    Upper,
}

/// Splits `s` into words at non-alphanumerics and case changes.
pub fn words(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for part in s.split(|c: char| !c.is_alphanumeric()) {
        if part.is_empty() {
            continue;
        }
        let chars: Vec<(usize, char)> = part.char_indices().collect();
        let mut init = 0;
        let mut mode = Mode::Boundary;
        for (idx, &(i, c)) in chars.iter().enumerate() {
            let Some(&(next_i, next)) = chars.get(idx + 1) else {
                out.push(&part[init..]);
                break;
            };
            let next_mode = if c.is_lowercase() {
                Mode::Lower
            } else if c.is_uppercase() {
                Mode::Upper
            } else {
                mode
            };
            if next_mode == Mode::Lower && next.is_uppercase() {
                out.push(&part[init..next_i]);
                init = next_i;
                mode = Mode::Boundary;
            } else if mode == Mode::Upper && c.is_uppercase() && next.is_lowercase() {
                out.push(&part[init..i]);
                init = i;
                mode = Mode::Boundary;
            } else {
                mode = next_mode;
            }
        }
    }
    out
}

/// `containerDefinitions` -> `container_definitions` (not yet keyword-safe).
pub fn snake(s: &str) -> String {
    words(s)
        .iter()
        .map(|w| w.to_lowercase())
        .collect::<Vec<_>>()
        .join("_")
}

/// `MANAGED_INSTANCES` -> `ManagedInstances` (not yet keyword-safe).
pub fn pascal(s: &str) -> String {
    let mut out = String::new();
    for word in words(s) {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
            out.push_str(&chars.as_str().to_lowercase());
        }
    }
    out
}

fn is_ident(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && s != "_"
}

/// Makes `name` a usable identifier: raw (`r#type`) or suffixed (`self_`) for keywords,
/// prefixed with `prefix` when it would start with a digit or be empty.
fn usable(name: String, prefix: &str) -> String {
    let name = if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{prefix}{name}")
    } else {
        name
    };
    if NOT_RAW.contains(&name.as_str()) {
        format!("{name}_")
    } else if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

/// The field name for a structure member.
pub fn field_name(member: &str) -> String {
    usable(snake(member), "f_")
}

/// The variant name for an enum value.
pub fn variant_name(value: &str) -> String {
    let name = pascal(value);
    if name.is_empty() {
        return "Empty".to_owned();
    }
    let name = usable(name, "V");
    // Raw identifiers are fine for fields but look odd as variants.
    match name.strip_prefix("r#") {
        Some(bare) => format!("{bare}_"),
        None => name,
    }
}

/// The type name for a shape: the model's own name when it is an identifier.
pub fn type_name(shape: &str) -> String {
    let name = if is_ident(shape) {
        // IAM names shapes like `userNameType`: only the first letter needs raising.
        let mut chars = shape.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect::<String>()
        })
    } else {
        pascal(shape)
    };
    let name = usable(name, "T");
    match name.strip_prefix("r#") {
        Some(bare) => format!("{bare}_"),
        None => name,
    }
}

/// Makes `name` unique among `taken` by appending a counter.
pub fn unique(name: String, taken: &mut std::collections::BTreeSet<String>) -> String {
    if taken.insert(name.clone()) {
        return name;
    }
    let base = name.strip_prefix("r#").unwrap_or(&name);
    let sep = if base.contains('_') || base.chars().all(|c| !c.is_uppercase()) {
        "_"
    } else {
        ""
    };
    let mut n = 2;
    loop {
        let candidate = format!("{base}{sep}{n}");
        if taken.insert(candidate.clone()) {
            return candidate;
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_heck() {
        assert_eq!(snake("fargateFIPSMode"), "fargate_fips_mode");
        assert_eq!(snake("sizeInGiB"), "size_in_gi_b");
        assert_eq!(snake("enableECSManagedTags"), "enable_ecs_managed_tags");
        assert_eq!(snake("ipv6Address"), "ipv6_address");
        assert_eq!(pascal("MANAGED_INSTANCES"), "ManagedInstances");
        assert_eq!(pascal("EC2"), "Ec2");
        assert_eq!(pascal("container-instance"), "ContainerInstance");
        assert_eq!(pascal("awsvpc"), "Awsvpc");
    }

    #[test]
    fn keeps_names_usable() {
        assert_eq!(field_name("type"), "r#type");
        assert_eq!(field_name("self"), "self_");
        assert_eq!(field_name("3d"), "f_3d");
        assert_eq!(variant_name("1.0"), "V10");
        assert_eq!(variant_name("self"), "Self_");
        assert_eq!(variant_name("--"), "Empty");
        assert_eq!(type_name("Self"), "Self_");
        assert_eq!(type_name("my-shape"), "MyShape");
        assert_eq!(type_name("userNameType"), "UserNameType");
    }

    #[test]
    fn uniques() {
        let mut taken = std::collections::BTreeSet::new();
        assert_eq!(unique("Ab".into(), &mut taken), "Ab");
        assert_eq!(unique("Ab".into(), &mut taken), "Ab2");
        assert_eq!(unique("a_b".into(), &mut taken), "a_b");
        assert_eq!(unique("a_b".into(), &mut taken), "a_b_2");
        assert_eq!(unique("r#type".into(), &mut taken), "r#type");
        assert_eq!(unique("r#type".into(), &mut taken), "type_2");
    }
}
