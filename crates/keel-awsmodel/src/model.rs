//! A static table of a botocore service model.
//!
//! `xtask codegen` emits one [`ServiceModel`] per service (for example [`crate::ecs::MODEL`]) so
//! Keel can validate requests and check responses at run time without the botocore JSON file.
//! Every name in the table is the model's own: operation names, shape names and member names
//! exactly as they appear on the wire.

/// The wire protocol a service speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// AWS JSON 1.0/1.1: `POST /` with `X-Amz-Target`, JSON bodies, `__type` errors.
    Json,
    /// awsQuery: form-encoded `Action=...&Version=...` requests, XML responses (IAM, STS).
    Query,
}

/// One AWS service's model, as generated from botocore's `service-2.json`.
#[derive(Debug)]
pub struct ServiceModel {
    pub protocol: Protocol,
    /// The `X-Amz-Target` prefix, e.g. `AmazonEC2ContainerServiceV20141113`; empty for
    /// query services, which are found by their signing name.
    pub target_prefix: &'static str,
    /// The XML namespace of query responses (`https://iam.amazonaws.com/doc/2010-05-08/`);
    /// empty for JSON services.
    pub xml_namespace: &'static str,
    /// The SigV4 signing name, e.g. `ecs`.
    pub signing_name: &'static str,
    /// The model's API version, e.g. `2014-11-13`.
    pub api_version: &'static str,
    /// The AWS JSON protocol version (`1.0` or `1.1`).
    pub json_version: &'static str,
    /// The botocore release the table was generated from.
    pub botocore_version: &'static str,
    /// Every operation, sorted by name.
    pub operations: &'static [Operation],
    /// Every shape, sorted by name.
    pub shapes: &'static [Shape],
}

/// One operation of a service.
#[derive(Debug)]
pub struct Operation {
    pub name: &'static str,
    /// The input shape (a structure); `None` when the operation takes no input.
    pub input: Option<&'static str>,
    /// The output shape (a structure); `None` when the operation answers an empty body.
    pub output: Option<&'static str>,
    /// Query protocol: the element the output is wrapped in (`CreateUserResult`).
    pub result_wrapper: Option<&'static str>,
    /// The error shapes the model lists for the operation, in model order.
    pub errors: &'static [&'static str],
}

/// One named shape of a service.
#[derive(Debug)]
pub struct Shape {
    pub name: &'static str,
    pub kind: ShapeKind,
    /// Values of sensitive shapes (and everything inside them) are never echoed in messages.
    pub sensitive: bool,
}

/// What a shape is, with the constraints the model puts on it.
///
/// `min`/`max` are lengths for strings, sizes for lists and maps, and values for numbers.
#[derive(Debug)]
pub enum ShapeKind {
    Structure {
        /// Members in model order.
        members: &'static [Member],
        /// Names of the required members.
        required: &'static [&'static str],
        /// Set for exception shapes.
        exception: Option<ExceptionInfo>,
        /// A `document` structure: any JSON value.
        document: bool,
        /// A union: at most one member is set.
        union: bool,
        /// An event stream (its members are the events).
        event_stream: bool,
    },
    List {
        member: &'static str,
        min: Option<i64>,
        max: Option<i64>,
    },
    Map {
        key: &'static str,
        value: &'static str,
        min: Option<i64>,
        max: Option<i64>,
    },
    String {
        /// Allowed values, in model order; empty when the string is not an enum.
        enum_values: &'static [&'static str],
        min: Option<i64>,
        max: Option<i64>,
        /// A Java-dialect regular expression the whole value must match.
        pattern: Option<&'static str>,
    },
    Integer {
        min: Option<i64>,
        max: Option<i64>,
    },
    Long {
        min: Option<i64>,
        max: Option<i64>,
    },
    Boolean,
    Double {
        min: Option<f64>,
        max: Option<f64>,
    },
    Float {
        min: Option<f64>,
        max: Option<f64>,
    },
    Timestamp,
    Blob {
        min: Option<i64>,
        max: Option<i64>,
    },
}

/// What the model says about an exception shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExceptionInfo {
    /// The code clients see (`error.code`, else the shape's name): IAM's
    /// `NoSuchEntityException` shape is the code `NoSuchEntity`.
    pub code: &'static str,
    /// `error.httpStatusCode` when the model gives one, else 500 for server faults and 400
    /// otherwise.
    pub http_status: u16,
    /// The model marks the error as the server's fault (`fault: true`).
    pub fault: bool,
}

/// A member of a structure.
#[derive(Debug)]
pub struct Member {
    /// The member's wire name.
    pub name: &'static str,
    /// The name of the member's target shape.
    pub shape: &'static str,
}

impl ServiceModel {
    /// The operation called `name`.
    pub fn operation(&self, name: &str) -> Option<&'static Operation> {
        let operations: &'static [Operation] = self.operations;
        operations
            .binary_search_by(|op| op.name.cmp(name))
            .ok()
            .map(|i| &operations[i])
    }

    /// The shape called `name`.
    pub fn shape(&self, name: &str) -> Option<&'static Shape> {
        let shapes: &'static [Shape] = self.shapes;
        shapes
            .binary_search_by(|shape| shape.name.cmp(name))
            .ok()
            .map(|i| &shapes[i])
    }

    /// The exception shape called `name` (a bare name or `namespace#Name`), if it is one.
    pub fn exception(&self, name: &str) -> Option<ExceptionInfo> {
        let name = name.rsplit_once('#').map_or(name, |(_, bare)| bare);
        match self.shape(name)?.kind {
            ShapeKind::Structure { exception, .. } => exception,
            _ => None,
        }
    }
}

impl Shape {
    /// The member called `name`, when this shape is a structure.
    pub fn member(&self, name: &str) -> Option<&'static Member> {
        match self.kind {
            ShapeKind::Structure { members, .. } => members.iter().find(|m| m.name == name),
            _ => None,
        }
    }

    /// Whether this shape is a structure listing `name` as required.
    pub fn is_required(&self, name: &str) -> bool {
        match self.kind {
            ShapeKind::Structure { required, .. } => required.contains(&name),
            _ => false,
        }
    }

    /// The allowed values when this shape is an enum string, else an empty slice.
    pub fn enum_values(&self) -> &'static [&'static str] {
        match self.kind {
            ShapeKind::String { enum_values, .. } => enum_values,
            _ => &[],
        }
    }
}
