//! Selection sets generated from the running server's schema by introspection, so a test
//! that runs "every query" covers a new field without being edited: every field of every
//! type below a root call (a type is not entered again below itself), with every boolean and
//! enum argument both/every way, cut into documents within the server's limits.
#![allow(clippy::unwrap_used)]

use std::collections::{BTreeSet, HashMap};

use serde_json::{Value, json};

use crate::Server;

// Limits of the server's defaults (depth 16, complexity 5 000, 100 aliases, 50 root fields),
// with room to spare.
/// Deepest nesting of a generated selection.
pub const MAX_DEPTH: usize = 14;
/// Most weight ([`Sel::weight`]) of one document.
pub const BUDGET: usize = 4_000;
/// What an alias costs in [`Sel::weight`] (the server counts aliases against its own limit).
pub const ALIAS_WEIGHT: usize = 40;
/// Most root fields of one document.
pub const MAX_ROOTS: usize = 40;

const INTROSPECTION: &str = "{ __schema {
  queryType { name } mutationType { name } subscriptionType { name }
  types { name kind enumValues { name }
    fields { name args { name defaultValue type { ...T } } type { ...T } } } } }
fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }";

/// A field selection: `head` (alias, name, arguments) and its sub-selection.
#[derive(Clone, Debug)]
pub struct Sel {
    /// `alias: name(arguments)`.
    pub head: String,
    /// Whether the head carries an alias (which costs [`ALIAS_WEIGHT`]).
    pub aliased: bool,
    /// The sub-selection.
    pub children: Vec<Sel>,
}

impl Sel {
    /// The selection's cost against [`BUDGET`]: one per field, plus [`ALIAS_WEIGHT`] per alias.
    pub fn weight(&self) -> usize {
        1 + if self.aliased { ALIAS_WEIGHT } else { 0 }
            + self.children.iter().map(Sel::weight).sum::<usize>()
    }

    /// The selection as GraphQL text.
    pub fn render(&self) -> String {
        if self.children.is_empty() {
            self.head.clone()
        } else {
            let inner: Vec<String> = self.children.iter().map(Sel::render).collect();
            format!("{} {{ {} }}", self.head, inner.join(" "))
        }
    }

    /// This selection cut into pieces of at most `budget` weight (each piece keeps the head
    /// and a subset of the children, recursively).
    pub fn split(&self, budget: usize) -> Vec<Sel> {
        if self.weight() <= budget || self.children.is_empty() {
            return vec![self.clone()];
        }
        let own = self.weight() - self.children.iter().map(Sel::weight).sum::<usize>();
        let mut parts = Vec::new();
        let mut current: Vec<Sel> = Vec::new();
        let mut cost = own;
        for child in &self.children {
            for piece in child.split(budget - own) {
                let w = piece.weight();
                if cost + w > budget && !current.is_empty() {
                    parts.push(Sel {
                        children: std::mem::take(&mut current),
                        ..self.clone()
                    });
                    cost = own;
                }
                cost += w;
                current.push(piece);
            }
        }
        if !current.is_empty() {
            parts.push(Sel {
                children: current,
                ..self.clone()
            });
        }
        parts
    }
}

/// The running server's schema, by introspection.
pub struct Schema {
    types: HashMap<String, Value>,
    /// Name of the query root type.
    pub query: String,
    /// Name of the mutation root type.
    pub mutation: String,
    /// Name of the subscription root type.
    pub subscription: String,
    /// Values for required `ID` arguments of nested fields, by argument name.
    ids: HashMap<&'static str, String>,
}

/// The named type (name, kind) under a type's `NON_NULL`/`LIST` wrappers.
pub fn named(t: &Value) -> (&str, &str) {
    let mut t = t;
    while t["name"].is_null() {
        t = &t["ofType"];
    }
    (t["name"].as_str().unwrap(), t["kind"].as_str().unwrap())
}

impl Schema {
    /// Introspects `server` as `token`; `ids` gives the values of required `ID` arguments of
    /// nested fields, by argument name.
    pub async fn load(server: &Server, token: &str, ids: HashMap<&'static str, String>) -> Self {
        let data = server.gql(token, INTROSPECTION, json!({})).await;
        let s = &data["__schema"];
        let types = s["types"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| (t["name"].as_str().unwrap().to_string(), t.clone()))
            .collect();
        Schema {
            types,
            query: s["queryType"]["name"].as_str().unwrap().into(),
            mutation: s["mutationType"]["name"].as_str().unwrap().into(),
            subscription: s["subscriptionType"]["name"].as_str().unwrap().into(),
            ids,
        }
    }

    /// The fields of type `ty`.
    pub fn fields(&self, ty: &str) -> Vec<Value> {
        self.types[ty]["fields"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Field `name` of type `ty` (panics if there is none).
    pub fn field(&self, ty: &str, name: &str) -> Value {
        self.fields(ty)
            .into_iter()
            .find(|f| f["name"] == name)
            .unwrap_or_else(|| panic!("{ty}.{name} not in the schema"))
    }

    /// Every combination of interesting argument values of a nested field: booleans both
    /// ways, enums every value, required ids from `self.ids`; other optional arguments left
    /// out.
    fn arg_variants(&self, ty: &str, field: &Value) -> Vec<String> {
        let mut combos = vec![Vec::<String>::new()];
        for arg in field["args"].as_array().unwrap() {
            let name = arg["name"].as_str().unwrap();
            let (arg_ty, kind) = named(&arg["type"]);
            let required = arg["type"]["kind"] == "NON_NULL" && arg["defaultValue"].is_null();
            let values: Vec<Option<String>> = if arg_ty == "Boolean" {
                vec![Some("true".into()), Some("false".into())]
            } else if kind == "ENUM" {
                self.types[arg_ty]["enumValues"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|v| Some(v["name"].as_str().unwrap().to_string()))
                    .collect()
            } else if required {
                let value = self.ids.get(name).unwrap_or_else(|| {
                    panic!(
                        "{ty}.{}({name}: {arg_ty}) is a new required argument: give the leak test a value for it",
                        field["name"]
                    )
                });
                vec![Some(format!("{value:?}"))]
            } else {
                vec![None]
            };
            combos = combos
                .into_iter()
                .flat_map(|combo| {
                    values.iter().map(move |v| {
                        let mut c = combo.clone();
                        if let Some(v) = v {
                            c.push(format!("{name}: {v}"));
                        }
                        c
                    })
                })
                .collect();
        }
        combos
            .into_iter()
            .map(|c| {
                if c.is_empty() {
                    String::new()
                } else {
                    format!("({})", c.join(", "))
                }
            })
            .collect()
    }

    /// Every field of `ty`, recursively (a type is not entered again below itself).
    fn select(&self, ty: &str, path: &mut Vec<String>, depth: usize) -> Vec<Sel> {
        let mut out = Vec::new();
        for field in self.fields(ty) {
            let name = field["name"].as_str().unwrap();
            let (field_ty, kind) = named(&field["type"]);
            let children = if matches!(kind, "OBJECT" | "INTERFACE" | "UNION") {
                if path.iter().any(|p| p == field_ty) || depth >= MAX_DEPTH {
                    continue;
                }
                path.push(field_ty.to_string());
                let children = self.select(field_ty, path, depth + 1);
                path.pop();
                if children.is_empty() {
                    continue;
                }
                children
            } else {
                Vec::new()
            };
            let variants = self.arg_variants(ty, &field);
            let aliased = variants.len() > 1;
            for (i, args) in variants.iter().enumerate() {
                let alias = if aliased {
                    format!("{name}_{i}: ")
                } else {
                    String::new()
                };
                out.push(Sel {
                    head: format!("{alias}{name}{args}"),
                    aliased,
                    children: children.clone(),
                });
            }
        }
        out
    }

    /// The full selection of root field `parent.name` called as `head`.
    pub fn root(&self, parent: &str, name: &str, head: String) -> Sel {
        let field = self.field(parent, name);
        let (ty, kind) = named(&field["type"]);
        let children = if matches!(kind, "OBJECT" | "INTERFACE" | "UNION") {
            self.select(ty, &mut vec![ty.to_string()], 2)
        } else {
            Vec::new()
        };
        Sel {
            head,
            aliased: true,
            children,
        }
    }

    /// The document of mutation `name` with its whole payload selected, taking `$i`.
    pub fn mutation_doc(&self, name: &str) -> String {
        let field = self.field(&self.mutation, name);
        let input = named(&field["args"][0]["type"]).0.to_string();
        let root = self.root(&self.mutation, name, format!("{name}(input: $i)"));
        format!("mutation($i: {input}!) {{ {} }}", root.render())
    }
}

/// Root calls packed into documents within the limits.
pub fn documents(roots: Vec<Sel>) -> Vec<Vec<Sel>> {
    let mut docs: Vec<Vec<Sel>> = Vec::new();
    let mut current: Vec<Sel> = Vec::new();
    let mut cost = 0;
    for root in roots {
        for piece in root.split(BUDGET) {
            let w = piece.weight();
            if !current.is_empty() && (cost + w > BUDGET || current.len() >= MAX_ROOTS) {
                docs.push(std::mem::take(&mut current));
                cost = 0;
            }
            cost += w;
            current.push(piece);
        }
    }
    if !current.is_empty() {
        docs.push(current);
    }
    docs
}

/// `keyword { roots… }`, e.g. a `query` or `subscription` document.
pub fn render_doc(keyword: &str, roots: &[Sel]) -> String {
    let inner: Vec<String> = roots.iter().map(Sel::render).collect();
    format!("{keyword} {{ {} }}", inner.join(" "))
}

/// The names of the mutations the running server offers.
pub async fn mutation_names(server: &Server, token: &str) -> BTreeSet<String> {
    let data = server
        .gql(
            token,
            "{ __schema { mutationType { fields { name } } } }",
            json!({}),
        )
        .await;
    data["__schema"]["mutationType"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["name"].as_str().unwrap().to_string())
        .collect()
}
