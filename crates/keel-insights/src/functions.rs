//! The functions a query may call, with their arities.

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Evaluated per record.
    Scalar,
    /// Only in `stats`, folding many records into one value.
    Aggregate,
}

pub(crate) struct Function {
    pub name: &'static str,
    pub kind: Kind,
    pub min: usize,
    /// `usize::MAX` for variadic functions.
    pub max: usize,
}

const fn f(name: &'static str, kind: Kind, min: usize, max: usize) -> Function {
    Function {
        name,
        kind,
        min,
        max,
    }
}

const MANY: usize = usize::MAX;

use Kind::{Aggregate as A, Scalar as S};

pub(crate) const FUNCTIONS: &[Function] = &[
    // Aggregations (stats).
    f("count", A, 0, 1),
    f("count_distinct", A, 1, 1),
    f("sum", A, 1, 1),
    f("avg", A, 1, 1),
    f("min", A, 1, 1),
    f("max", A, 1, 1),
    f("pct", A, 2, 2),
    f("stddev", A, 1, 1),
    f("earliest", A, 1, 1),
    f("latest", A, 1, 1),
    f("sortsfirst", A, 1, 1),
    f("sortslast", A, 1, 1),
    // General.
    f("ispresent", S, 1, 1),
    f("coalesce", S, 1, MANY),
    // Strings.
    f("isempty", S, 1, 1),
    f("isblank", S, 1, 1),
    f("concat", S, 1, MANY),
    f("ltrim", S, 1, 2),
    f("rtrim", S, 1, 2),
    f("trim", S, 1, 2),
    f("strlen", S, 1, 1),
    f("toupper", S, 1, 1),
    f("tolower", S, 1, 1),
    f("substr", S, 2, 3),
    f("replace", S, 3, 3),
    f("strcontains", S, 2, 2),
    // Numbers.
    f("abs", S, 1, 1),
    f("ceil", S, 1, 1),
    f("floor", S, 1, 1),
    f("greatest", S, 1, MANY),
    f("least", S, 1, MANY),
    f("log", S, 1, 1),
    f("sqrt", S, 1, 1),
    // Time.
    f("bin", S, 1, 1),
    f("datefloor", S, 2, 2),
    f("dateceil", S, 2, 2),
    f("frommillis", S, 1, 1),
    f("tomillis", S, 1, 1),
];

pub(crate) fn lookup(name: &str) -> Option<&'static Function> {
    let lower = name.to_ascii_lowercase();
    FUNCTIONS.iter().find(|f| f.name == lower)
}
