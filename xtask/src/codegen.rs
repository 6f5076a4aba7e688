//! Turns one botocore `service-2.json` into a Rust module: wire types plus a static table of
//! the model (`MODEL`). The output is deterministic: types sorted by shape name, fields in
//! model order, table sorted by name. It is not formatted; the caller runs rustfmt.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use anyhow::{Context, Result, bail};
use serde_json::{Map, Value};

use crate::naming;

/// Where a service's model lives in botocore and which module it becomes.
#[derive(Debug, Clone, Copy)]
pub struct ServiceSpec {
    /// The Rust module under `keel_awsmodel` (`ecs`).
    pub module: &'static str,
    /// The folder under `botocore/data` (`ecs`).
    pub folder: &'static str,
    /// The API version folder (`2014-11-13`).
    pub version: &'static str,
    /// Human-readable service name for docs.
    pub title: &'static str,
}

/// The parsed parts of a model that generation needs.
struct Model<'a> {
    metadata: &'a Map<String, Value>,
    operations: BTreeMap<&'a str, &'a Map<String, Value>>,
    shapes: BTreeMap<&'a str, &'a Map<String, Value>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Structure,
    Document,
    Enum,
    String,
    Integer,
    Long,
    Boolean,
    Double,
    Float,
    Timestamp,
    Blob,
    List,
    Map,
}

fn obj<'a>(v: &'a Value, what: &str) -> Result<&'a Map<String, Value>> {
    v.as_object()
        .with_context(|| format!("{what} is not an object"))
}

fn str_field<'a>(m: &'a Map<String, Value>, key: &str, what: &str) -> Result<&'a str> {
    m.get(key)
        .and_then(Value::as_str)
        .with_context(|| format!("{what} has no string `{key}`"))
}

fn target<'a>(m: &'a Map<String, Value>, key: &str, what: &str) -> Result<&'a str> {
    let reference = m
        .get(key)
        .with_context(|| format!("{what} has no `{key}`"))?;
    str_field(obj(reference, what)?, "shape", what)
}

fn flag(m: &Map<String, Value>, key: &str) -> bool {
    m.get(key).and_then(Value::as_bool).unwrap_or(false)
}

fn int_bound(m: &Map<String, Value>, key: &str) -> Option<i64> {
    let v = m.get(key)?;
    v.as_i64().or_else(|| v.as_f64().map(|f| f as i64))
}

fn float_bound(m: &Map<String, Value>, key: &str) -> Option<f64> {
    m.get(key)?.as_f64()
}

fn string_list<'a>(m: &'a Map<String, Value>, key: &str) -> Vec<&'a str> {
    m.get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

fn members(m: &Map<String, Value>) -> Vec<(&str, &Map<String, Value>)> {
    m.get("members")
        .and_then(Value::as_object)
        .map(|ms| {
            ms.iter()
                .filter_map(|(k, v)| Some((k.as_str(), v.as_object()?)))
                .collect()
        })
        .unwrap_or_default()
}

impl<'a> Model<'a> {
    fn parse(json: &'a Value) -> Result<Self> {
        let root = obj(json, "the model")?;
        let metadata = obj(
            root.get("metadata").context("the model has no metadata")?,
            "metadata",
        )?;
        let protocol = str_field(metadata, "protocol", "metadata")?;
        if protocol != "json" && protocol != "query" {
            bail!(
                "only the AWS JSON and query protocols are supported, this model is `{protocol}`"
            );
        }
        let operations = obj(
            root.get("operations").context("no operations")?,
            "operations",
        )?
        .iter()
        .map(|(k, v)| Ok((k.as_str(), obj(v, k)?)))
        .collect::<Result<_>>()?;
        let shapes = obj(root.get("shapes").context("no shapes")?, "shapes")?
            .iter()
            .map(|(k, v)| Ok((k.as_str(), obj(v, k)?)))
            .collect::<Result<_>>()?;
        let model = Self {
            metadata,
            operations,
            shapes,
        };
        model.check_references()?;
        Ok(model)
    }

    fn check_references(&self) -> Result<()> {
        let known = |name: &str, from: &str| {
            if self.shapes.contains_key(name) {
                Ok(())
            } else {
                Err(anyhow::anyhow!("{from} refers to unknown shape `{name}`"))
            }
        };
        for (name, shape) in &self.shapes {
            self.kind(name)?;
            match str_field(shape, "type", name)? {
                "structure" => {
                    for (member, def) in members(shape) {
                        known(str_field(def, "shape", member)?, name)?;
                    }
                }
                "list" => known(target(shape, "member", name)?, name)?,
                "map" => {
                    known(target(shape, "key", name)?, name)?;
                    known(target(shape, "value", name)?, name)?;
                }
                _ => {}
            }
        }
        for (name, op) in &self.operations {
            for key in ["input", "output"] {
                if op.contains_key(key) {
                    known(target(op, key, name)?, name)?;
                }
            }
        }
        Ok(())
    }

    fn shape(&self, name: &str) -> &'a Map<String, Value> {
        // References were checked in `parse`.
        self.shapes[name]
    }

    fn kind(&self, name: &str) -> Result<Kind> {
        let shape = self
            .shapes
            .get(name)
            .with_context(|| format!("unknown shape `{name}`"))?;
        Ok(match str_field(shape, "type", name)? {
            "structure" if flag(shape, "document") => Kind::Document,
            "structure" => Kind::Structure,
            "string"
                if shape
                    .get("enum")
                    .and_then(Value::as_array)
                    .is_some_and(|e| !e.is_empty()) =>
            {
                Kind::Enum
            }
            "string" => Kind::String,
            "integer" => Kind::Integer,
            "long" => Kind::Long,
            "boolean" => Kind::Boolean,
            "double" => Kind::Double,
            "float" => Kind::Float,
            "timestamp" => Kind::Timestamp,
            "blob" => Kind::Blob,
            "list" => Kind::List,
            "map" => Kind::Map,
            other => bail!("shape `{name}` has unsupported type `{other}`"),
        })
    }

    fn structures(&self) -> impl Iterator<Item = &'a str> + '_ {
        self.shapes
            .keys()
            .copied()
            .filter(|n| self.kind(n).ok() == Some(Kind::Structure))
    }
}

/// Names used in the generated module, chosen so that no shape's type shadows them.
struct Paths {
    option: &'static str,
    string: &'static str,
    vec: &'static str,
    boxed: &'static str,
    map: &'static str,
    is_none: &'static str,
}

impl Paths {
    fn new(types: &BTreeSet<String>) -> Self {
        let pick = |short: &'static str, long: &'static str| {
            if types.contains(short) { long } else { short }
        };
        Self {
            option: pick("Option", "::std::option::Option"),
            string: pick("String", "::std::string::String"),
            vec: pick("Vec", "::std::vec::Vec"),
            boxed: pick("Box", "::std::boxed::Box"),
            map: pick("BTreeMap", "::std::collections::BTreeMap"),
            is_none: if types.contains("Option") {
                "::std::option::Option::is_none"
            } else {
                "Option::is_none"
            },
        }
    }
}

struct Generator<'a> {
    model: Model<'a>,
    /// Shape name -> Rust type name, for structures, documents and enums.
    type_names: BTreeMap<&'a str, String>,
    paths: Paths,
    /// Structures that can derive `Default`.
    defaults: BTreeSet<&'a str>,
    /// (structure, member) pairs that need a `Box` to break a cycle.
    boxed: BTreeSet<(&'a str, &'a str)>,
}

impl<'a> Generator<'a> {
    fn new(model: Model<'a>) -> Result<Self> {
        let mut type_names = BTreeMap::new();
        let mut taken = BTreeSet::new();
        // Names the module defines itself.
        taken.insert("MODEL".to_owned());
        for name in model.shapes.keys() {
            if matches!(
                model.kind(name)?,
                Kind::Structure | Kind::Document | Kind::Enum
            ) {
                type_names.insert(*name, naming::unique(naming::type_name(name), &mut taken));
            }
        }
        let types: BTreeSet<String> = type_names.values().cloned().collect();
        let mut generator = Self {
            paths: Paths::new(&types),
            model,
            type_names,
            defaults: BTreeSet::new(),
            boxed: BTreeSet::new(),
        };
        generator.find_boxed();
        generator.find_defaults()?;
        Ok(generator)
    }

    /// Structure members that point straight at another structure (no list or map between).
    fn direct_edges(&self, name: &str) -> Vec<&'a str> {
        members(self.model.shape(name))
            .into_iter()
            .filter_map(|(_, def)| def.get("shape")?.as_str())
            .filter(|t| self.model.kind(t).ok() == Some(Kind::Structure))
            .collect()
    }

    fn reaches(&self, from: &'a str, to: &str) -> bool {
        let mut seen = BTreeSet::new();
        let mut stack = vec![from];
        while let Some(node) = stack.pop() {
            if node == to {
                return true;
            }
            if seen.insert(node) {
                stack.extend(self.direct_edges(node));
            }
        }
        false
    }

    fn find_boxed(&mut self) {
        let mut boxed = BTreeSet::new();
        for structure in self.model.structures() {
            for (member, def) in members(self.model.shape(structure)) {
                let Some(t) = def.get("shape").and_then(Value::as_str) else {
                    continue;
                };
                if self.model.kind(t).ok() == Some(Kind::Structure) && self.reaches(t, structure) {
                    boxed.insert((structure, member));
                }
            }
        }
        self.boxed = boxed;
    }

    /// Whether a value of shape `name` has a `Default`.
    fn has_default(&self, name: &str, defaults: &BTreeSet<&str>) -> Result<bool> {
        Ok(match self.model.kind(name)? {
            Kind::Enum => false,
            Kind::Structure => defaults.contains(name),
            _ => true,
        })
    }

    fn find_defaults(&mut self) -> Result<()> {
        let mut defaults: BTreeSet<&'a str> = self.model.structures().collect();
        loop {
            let mut changed = false;
            for structure in defaults.clone() {
                let shape = self.model.shape(structure);
                for required in string_list(shape, "required") {
                    let Some(def) = shape.get("members").and_then(|m| m.get(required)) else {
                        bail!("`{structure}` requires unknown member `{required}`");
                    };
                    let t = def.get("shape").and_then(Value::as_str).unwrap_or("");
                    if !self.has_default(t, &defaults)? {
                        defaults.remove(structure);
                        changed = true;
                        break;
                    }
                }
            }
            if !changed {
                break;
            }
        }
        self.defaults = defaults;
        Ok(())
    }

    fn rust_type(&self, name: &str) -> Result<String> {
        let p = &self.paths;
        Ok(match self.model.kind(name)? {
            Kind::Structure | Kind::Enum | Kind::Document => self.type_names[name].clone(),
            Kind::String | Kind::Blob => p.string.to_owned(),
            Kind::Integer => "i32".to_owned(),
            Kind::Long => "i64".to_owned(),
            Kind::Boolean => "bool".to_owned(),
            Kind::Double | Kind::Float => "f64".to_owned(),
            Kind::Timestamp => "crate::Timestamp".to_owned(),
            Kind::List => {
                let member = target(self.model.shape(name), "member", name)?;
                format!("{}<{}>", p.vec, self.rust_type(member)?)
            }
            Kind::Map => {
                let value = target(self.model.shape(name), "value", name)?;
                format!("{}<{}, {}>", p.map, p.string, self.rust_type(value)?)
            }
        })
    }

    fn emit_struct(&self, out: &mut String, name: &str) -> Result<()> {
        let shape = self.model.shape(name);
        let required = string_list(shape, "required");
        let p = &self.paths;
        let default = if self.defaults.contains(name) {
            " Default,"
        } else {
            ""
        };
        writeln!(out, "/// The `{name}` structure.")?;
        writeln!(
            out,
            "#[derive(Debug, Clone, PartialEq,{default} ::serde::Serialize, ::serde::Deserialize)]"
        )?;
        writeln!(out, "pub struct {} {{", self.type_names[name])?;
        let mut taken = BTreeSet::new();
        for (member, def) in members(shape) {
            let field = naming::unique(naming::field_name(member), &mut taken);
            let mut ty = self.rust_type(str_field(def, "shape", member)?)?;
            if self.boxed.contains(&(name, member)) {
                ty = format!("{}<{ty}>", p.boxed);
            }
            let bare = field.strip_prefix("r#").unwrap_or(&field);
            if bare != member {
                writeln!(out, "#[serde(rename = {member:?})]")?;
            }
            if !required.contains(&member) {
                writeln!(
                    out,
                    "#[serde(default, skip_serializing_if = {:?})]",
                    p.is_none
                )?;
                ty = format!("{}<{ty}>", p.option);
            }
            writeln!(out, "pub {field}: {ty},")?;
        }
        writeln!(out, "}}\n")?;
        Ok(())
    }

    fn emit_enum(&self, out: &mut String, name: &str) -> Result<()> {
        let shape = self.model.shape(name);
        let values = string_list(shape, "enum");
        let ty = &self.type_names[name];
        let mut taken = BTreeSet::new();
        let variants: Vec<String> = values
            .iter()
            .map(|v| naming::unique(naming::variant_name(v), &mut taken))
            .collect();
        writeln!(out, "/// The `{name}` enum.")?;
        writeln!(
            out,
            "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ::serde::Serialize, \
             ::serde::Deserialize)]"
        )?;
        writeln!(out, "pub enum {ty} {{")?;
        for (value, variant) in values.iter().zip(&variants) {
            if *value != variant {
                writeln!(out, "#[serde(rename = {value:?})]")?;
            }
            writeln!(out, "{variant},")?;
        }
        writeln!(out, "}}\n")?;
        writeln!(out, "impl {ty} {{")?;
        writeln!(out, "/// Every wire value, in model order.")?;
        writeln!(
            out,
            "pub const VALUES: &'static [&'static str] = &{values:?};"
        )?;
        writeln!(out, "/// Every variant, in the order of [`Self::VALUES`].")?;
        let all: Vec<String> = variants.iter().map(|v| format!("Self::{v}")).collect();
        writeln!(
            out,
            "pub const ALL: &'static [Self] = &[{}];",
            all.join(", ")
        )?;
        writeln!(out, "/// The wire value.")?;
        writeln!(
            out,
            "pub fn as_str(&self) -> &'static str {{ Self::VALUES[*self as usize] }}"
        )?;
        writeln!(out, "}}\n")?;
        writeln!(out, "wire_enum!({ty});\n")?;
        Ok(())
    }

    fn emit_types(&self, out: &mut String) -> Result<()> {
        for name in self.model.shapes.keys() {
            match self.model.kind(name)? {
                Kind::Structure => self.emit_struct(out, name)?,
                Kind::Enum => self.emit_enum(out, name)?,
                Kind::Document => {
                    writeln!(out, "/// The `{name}` document: any JSON value.")?;
                    writeln!(
                        out,
                        "pub type {} = ::serde_json::Value;\n",
                        self.type_names[name]
                    )?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn emit_shape_kind(&self, out: &mut String, name: &str) -> Result<()> {
        let shape = self.model.shape(name);
        let int = |key| opt_lit(int_bound(shape, key));
        let float = |key| opt_lit(float_bound(shape, key).map(FloatLit));
        match str_field(shape, "type", name)? {
            "structure" => {
                let member_list: Vec<String> = members(shape)
                    .into_iter()
                    .map(|(m, def)| Ok(format!("m({m:?}, {:?})", str_field(def, "shape", m)?)))
                    .collect::<Result<_>>()?;
                let member_list = member_list.join(", ");
                let required = string_list(shape, "required");
                let exception = flag(shape, "exception") || shape.contains_key("error");
                let fault = flag(shape, "fault");
                let status = shape
                    .get("error")
                    .and_then(|e| e.get("httpStatusCode"))
                    .and_then(Value::as_u64)
                    .and_then(|s| u16::try_from(s).ok())
                    .unwrap_or(if fault { 500 } else { 400 });
                let code = shape
                    .get("error")
                    .and_then(|e| e.get("code"))
                    .and_then(Value::as_str)
                    .unwrap_or(name);
                let (document, union, stream) = (
                    flag(shape, "document"),
                    flag(shape, "union"),
                    flag(shape, "eventstream"),
                );
                if !(document || union || stream) {
                    if exception {
                        write!(
                            out,
                            "exception(&[{member_list}], &{required:?}, {code:?}, {status}, \
                             {fault})"
                        )?;
                    } else {
                        write!(out, "structure(&[{member_list}], &{required:?})")?;
                    }
                } else {
                    let exception = if exception {
                        format!(
                            "Some(ExceptionInfo {{ code: {code:?}, http_status: {status}, fault: \
                             {fault} }})"
                        )
                    } else {
                        "None".to_owned()
                    };
                    write!(
                        out,
                        "K::Structure {{ members: &[{member_list}], required: &{required:?}, \
                         exception: {exception}, document: {document}, union: {union}, \
                         event_stream: {stream} }}",
                    )?;
                }
            }
            "list" => write!(
                out,
                "list({:?}, {}, {})",
                target(shape, "member", name)?,
                int("min"),
                int("max")
            )?,
            "map" => write!(
                out,
                "map({:?}, {:?}, {}, {})",
                target(shape, "key", name)?,
                target(shape, "value", name)?,
                int("min"),
                int("max")
            )?,
            "string" => {
                let values = if self.model.kind(name)? == Kind::Enum {
                    format!("super::{}::VALUES", self.type_names[name])
                } else {
                    "&[]".to_owned()
                };
                let pattern = shape
                    .get("pattern")
                    .and_then(Value::as_str)
                    .map(|p| format!("{p:?}"));
                write!(
                    out,
                    "string({values}, {}, {}, {})",
                    int("min"),
                    int("max"),
                    opt_lit(pattern)
                )?
            }
            "integer" => write!(out, "integer({}, {})", int("min"), int("max"))?,
            "long" => write!(
                out,
                "K::Long {{ min: {}, max: {} }}",
                int("min"),
                int("max")
            )?,
            "double" => write!(
                out,
                "K::Double {{ min: {}, max: {} }}",
                float("min"),
                float("max")
            )?,
            "float" => write!(
                out,
                "K::Float {{ min: {}, max: {} }}",
                float("min"),
                float("max")
            )?,
            "boolean" => write!(out, "K::Boolean")?,
            "timestamp" => write!(out, "K::Timestamp")?,
            "blob" => write!(
                out,
                "K::Blob {{ min: {}, max: {} }}",
                int("min"),
                int("max")
            )?,
            other => bail!("shape `{name}` has unsupported type `{other}`"),
        }
        Ok(())
    }

    fn emit_table(&self, out: &mut String, botocore_version: &str) -> Result<()> {
        let meta = self.model.metadata;
        let protocol = str_field(meta, "protocol", "metadata")?;
        let (protocol_variant, target_prefix) = if protocol == "query" {
            ("Query", "")
        } else {
            ("Json", str_field(meta, "targetPrefix", "metadata")?)
        };
        let xml_namespace = meta
            .get("xmlNamespace")
            .and_then(Value::as_str)
            .unwrap_or("");
        let signing_name = meta
            .get("signingName")
            .and_then(Value::as_str)
            .map_or_else(|| str_field(meta, "endpointPrefix", "metadata"), Ok)?;
        let api_version = str_field(meta, "apiVersion", "metadata")?;
        let json_version = meta
            .get("jsonVersion")
            .and_then(Value::as_str)
            .unwrap_or("1.0");

        writeln!(out, "/// The static table of this service's model.")?;
        writeln!(
            out,
            "pub static MODEL: crate::ServiceModel = table::MODEL;\n"
        )?;
        writeln!(out, "/// [`MODEL`], for code that wants a function.")?;
        writeln!(
            out,
            "pub fn model() -> &'static crate::ServiceModel {{ &MODEL }}\n"
        )?;
        writeln!(out, "mod table {{")?;
        writeln!(
            out,
            "#![allow(dead_code)] // Not every service uses every helper.\n"
        )?;
        writeln!(
            out,
            "use crate::model::{{ExceptionInfo, Member, Operation, Protocol, ServiceModel, Shape, \
             ShapeKind as K}};\n"
        )?;
        out.push_str(TABLE_HELPERS);
        writeln!(
            out,
            "pub(super) const MODEL: ServiceModel = ServiceModel {{"
        )?;
        writeln!(out, "protocol: Protocol::{protocol_variant},")?;
        writeln!(out, "target_prefix: {target_prefix:?},")?;
        writeln!(out, "xml_namespace: {xml_namespace:?},")?;
        writeln!(out, "signing_name: {signing_name:?},")?;
        writeln!(out, "api_version: {api_version:?},")?;
        writeln!(out, "json_version: {json_version:?},")?;
        writeln!(out, "botocore_version: {botocore_version:?},")?;
        writeln!(out, "operations: OPERATIONS,")?;
        writeln!(out, "shapes: SHAPES,")?;
        writeln!(out, "}};\n")?;

        writeln!(out, "const OPERATIONS: &[Operation] = &[")?;
        for (name, op) in &self.model.operations {
            let shape_of = |key| -> Result<String> {
                Ok(opt_lit(
                    op.contains_key(key)
                        .then(|| target(op, key, name))
                        .transpose()?
                        .map(|s| format!("{s:?}")),
                ))
            };
            let errors: Vec<&str> = op
                .get("errors")
                .and_then(Value::as_array)
                .map(|errs| {
                    errs.iter()
                        .filter_map(|e| e.get("shape")?.as_str())
                        .collect()
                })
                .unwrap_or_default();
            let result_wrapper = opt_lit(
                op.get("output")
                    .and_then(|o| o.get("resultWrapper"))
                    .and_then(Value::as_str)
                    .map(|w| format!("{w:?}")),
            );
            writeln!(
                out,
                "Operation {{ name: {name:?}, input: {}, output: {}, result_wrapper: \
                 {result_wrapper}, errors: &{errors:?} }},",
                shape_of("input")?,
                shape_of("output")?,
            )?;
        }
        writeln!(out, "];\n")?;

        writeln!(out, "const SHAPES: &[Shape] = &[")?;
        for (name, shape) in &self.model.shapes {
            write!(out, "s({name:?}, {}, ", flag(shape, "sensitive"))?;
            self.emit_shape_kind(out, name)?;
            writeln!(out, "),")?;
        }
        writeln!(out, "];")?;
        writeln!(out, "}}")?;
        Ok(())
    }
}

/// Short constructors that keep the table compact.
const TABLE_HELPERS: &str = r#"
type Str = &'static str;

const fn m(name: Str, shape: Str) -> Member {
    Member { name, shape }
}

const fn s(name: Str, sensitive: bool, kind: K) -> Shape {
    Shape { name, kind, sensitive }
}

const fn structure(members: &'static [Member], required: &'static [Str]) -> K {
    K::Structure { members, required, exception: None, document: false, union: false, event_stream: false }
}

const fn exception(members: &'static [Member], required: &'static [Str], code: Str, http_status: u16, fault: bool) -> K {
    let exception = Some(ExceptionInfo { code, http_status, fault });
    K::Structure { members, required, exception, document: false, union: false, event_stream: false }
}

const fn list(member: Str, min: Option<i64>, max: Option<i64>) -> K {
    K::List { member, min, max }
}

const fn map(key: Str, value: Str, min: Option<i64>, max: Option<i64>) -> K {
    K::Map { key, value, min, max }
}

const fn string(enum_values: &'static [Str], min: Option<i64>, max: Option<i64>, pattern: Option<Str>) -> K {
    K::String { enum_values, min, max, pattern }
}

const fn integer(min: Option<i64>, max: Option<i64>) -> K {
    K::Integer { min, max }
}

"#;

/// An `f64` printed as a Rust float literal.
struct FloatLit(f64);

impl std::fmt::Display for FloatLit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // `{:?}` always prints a decimal point or an exponent.
        write!(f, "{:?}", self.0)
    }
}

fn opt_lit<T: std::fmt::Display>(v: Option<T>) -> String {
    v.map_or_else(|| "None".to_owned(), |v| format!("Some({v})"))
}

/// Generates the module for one service (unformatted Rust).
pub fn generate(spec: &ServiceSpec, botocore_version: &str, json: &Value) -> Result<String> {
    let model = Model::parse(json).with_context(|| format!("reading the {} model", spec.module))?;
    let generator = Generator::new(model)?;
    let mut out = String::new();
    writeln!(
        out,
        "// @generated from the botocore {botocore_version} model {}/{}/service-2.json by \
         `cargo run -p xtask -- codegen`.\n// Do not edit: change xtask and regenerate.\n",
        spec.folder, spec.version
    )?;
    writeln!(
        out,
        "//! {} wire types and model table (API version {}).",
        spec.title, spec.version
    )?;
    writeln!(out, "//!")?;
    writeln!(
        out,
        "//! One Rust type per structure and enum shape of the model, named as the shape; \
         [`MODEL`] is the whole model as static data."
    )?;
    writeln!(out)?;
    let has_maps = generator
        .model
        .shapes
        .keys()
        .any(|name| generator.model.kind(name).ok() == Some(Kind::Map));
    if generator.paths.map == "BTreeMap" && has_maps {
        writeln!(out, "use std::collections::BTreeMap;\n")?;
    }
    generator.emit_types(&mut out)?;
    generator.emit_table(&mut out, botocore_version)?;
    Ok(out)
}

/// Generates `generated/mod.rs`, declaring every service module.
pub fn generate_mod(specs: &[ServiceSpec]) -> String {
    let mut out = String::new();
    out.push_str(
        "// @generated by `cargo run -p xtask -- codegen`.\n// Do not edit: change xtask and \
         regenerate.\n\n",
    );
    for spec in specs {
        let _ = writeln!(out, "pub mod {};", spec.module);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Value {
        serde_json::json!({
            "metadata": {
                "apiVersion": "2020-01-01", "endpointPrefix": "tiny", "jsonVersion": "1.0",
                "protocol": "json", "targetPrefix": "Tiny_20200101"
            },
            "operations": {
                "Go": {"name": "Go", "input": {"shape": "GoInput"}, "errors": [{"shape": "Boom"}]}
            },
            "shapes": {
                "GoInput": {"type": "structure", "required": ["mode", "node"], "members": {
                    "mode": {"shape": "Mode"}, "node": {"shape": "Node"}, "type": {"shape": "String"},
                    "doc": {"shape": "Doc"}, "labels": {"shape": "Labels"}
                }},
                "Node": {"type": "structure", "members": {
                    "next": {"shape": "Node"}, "kids": {"shape": "Nodes"}
                }},
                "Nodes": {"type": "list", "member": {"shape": "Node"}},
                "Mode": {"type": "string", "enum": ["a.b", "a-b", "1x", "self", "A_B"]},
                "String": {"type": "string"},
                "Doc": {"type": "structure", "members": {}, "document": true},
                "Labels": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
                "Boom": {"type": "structure", "members": {"message": {"shape": "String"}},
                         "exception": true, "error": {"httpStatusCode": 409}}
            }
        })
    }

    fn generate_tiny() -> String {
        let spec = ServiceSpec {
            module: "tiny",
            folder: "tiny",
            version: "2020-01-01",
            title: "Tiny",
        };
        generate(&spec, "9.9.9", &tiny()).expect("generate")
    }

    #[test]
    fn structures_enums_and_table() {
        let out = generate_tiny();
        assert!(out.starts_with("// @generated from the botocore 9.9.9 model tiny/2020-01-01"));
        // A required enum member means no Default; recursion through a direct member is boxed,
        // through a list it is not.
        assert!(out.contains("#[derive(Debug, Clone, PartialEq, ::serde::Serialize"));
        assert!(out.contains("pub struct GoInput {\npub mode: Mode,\npub node: Node,"));
        assert!(out.contains("pub next: Option<Box<Node>>,"));
        assert!(out.contains("pub kids: Option<Vec<Node>>,"));
        assert!(out.contains("pub r#type: Option<String>,"));
        assert!(out.contains("pub doc: Option<Doc>,"));
        assert!(out.contains("pub type Doc = ::serde_json::Value;"));
        assert!(out.contains("pub labels: Option<BTreeMap<String, String>>,"));
        // Odd enum values get distinct, valid variants.
        assert!(out.contains("#[serde(rename = \"a.b\")]\nAB,"));
        assert!(out.contains("#[serde(rename = \"a-b\")]\nAB2,"));
        assert!(out.contains("#[serde(rename = \"1x\")]\nV1x,"));
        assert!(out.contains("#[serde(rename = \"self\")]\nSelf_,"));
        assert!(out.contains("#[serde(rename = \"A_B\")]\nAB3,"));
        // The table: signing name falls back to the endpoint prefix; exceptions keep status.
        assert!(out.contains("signing_name: \"tiny\","));
        assert!(
            out.contains("exception(&[m(\"message\", \"String\")], &[], \"Boom\", 409, false)")
        );
        assert!(out.contains("name: \"Go\", input: Some(\"GoInput\"), output: None"));
        assert!(out.contains("protocol: Protocol::Json,"));
        assert!(out.contains("string(super::Mode::VALUES, None, None, None)"));
    }

    #[test]
    fn shapes_named_like_std_types_do_not_shadow_them() {
        let mut model = tiny();
        model["shapes"]["Option"] = serde_json::json!({"type": "structure", "members": {}});
        model["shapes"]["GoInput"]["members"]["opt"] = serde_json::json!({"shape": "Option"});
        let spec = ServiceSpec {
            module: "tiny",
            folder: "tiny",
            version: "2020-01-01",
            title: "Tiny",
        };
        let out = generate(&spec, "9.9.9", &model).expect("generate");
        assert!(out.contains("pub opt: ::std::option::Option<Option>,"));
        assert!(out.contains("skip_serializing_if = \"::std::option::Option::is_none\""));
    }

    #[test]
    fn query_models_carry_namespace_wrappers_and_error_codes() {
        let mut model = tiny();
        model["metadata"]["protocol"] = "query".into();
        model["metadata"]["xmlNamespace"] = "https://tiny.amazonaws.com/doc/2020-01-01/".into();
        model["operations"]["Go"]["output"] =
            serde_json::json!({"shape": "GoInput", "resultWrapper": "GoResult"});
        model["shapes"]["Boom"]["error"]["code"] = "Boomed".into();
        let spec = ServiceSpec {
            module: "tiny",
            folder: "tiny",
            version: "2020-01-01",
            title: "Tiny",
        };
        let out = generate(&spec, "9.9.9", &model).expect("generate");
        assert!(out.contains("protocol: Protocol::Query,"));
        assert!(out.contains("target_prefix: \"\","));
        assert!(out.contains("xml_namespace: \"https://tiny.amazonaws.com/doc/2020-01-01/\","));
        assert!(out.contains("result_wrapper: Some(\"GoResult\")"));
        assert!(out.contains("\"Boomed\", 409, false)"));
    }

    #[test]
    fn rejects_other_protocols_and_dangling_references() {
        let spec = ServiceSpec {
            module: "tiny",
            folder: "tiny",
            version: "2020-01-01",
            title: "Tiny",
        };
        let mut model = tiny();
        model["metadata"]["protocol"] = "rest-json".into();
        assert!(generate(&spec, "1", &model).is_err());
        let mut model = tiny();
        model["shapes"]["Nodes"]["member"]["shape"] = "Missing".into();
        assert!(generate(&spec, "1", &model).is_err());
    }
}
