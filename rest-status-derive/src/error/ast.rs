//! A typed view of the derive input: the type, and one `Case` per error it can be (each
//! variant of an enum, or the struct itself), each keeping its syn node for spans.

use syn::ext::IdentExt as _;
use syn::{Data, DeriveInput, Fields, Ident, Member};

use super::template::FieldRef;

use super::attr::{self, Format, Options, Status, Target};
use crate::ctxt::Ctxt;

pub(crate) struct Input<'a> {
    pub(crate) original: &'a DeriveInput,
    /// `crate = path` from the type's `#[rest(...)]`.
    pub(crate) krate: Option<syn::Path>,
    /// `format = "..."` from the type's `#[rest(...)]`.
    pub(crate) format: Option<Format>,
    /// The enum's `#[rest(status = N)]`: the status of variants that give none.
    pub(crate) default_status: Option<Status>,
    /// The type's own `#[rest(...)]` could not be read in full.
    pub(crate) incomplete: bool,
    pub(crate) cases: Vec<Case<'a>>,
}

/// One error the type can be: an enum's variant, or a struct.
pub(crate) struct Case<'a> {
    /// The variant's name, or the struct's.
    pub(crate) ident: &'a Ident,
    /// `Some` for a variant; a struct is matched as `Self`.
    pub(crate) variant: Option<&'a syn::Variant>,
    pub(crate) options: Options,
    pub(crate) fields: Vec<Field<'a>>,
    /// Whether the fields are named (`{ id: u64 }`), for messages.
    pub(crate) named: bool,
}

pub(crate) struct Field<'a> {
    pub(crate) original: &'a syn::Field,
    /// `id` or `0`: how a pattern reaches it.
    pub(crate) member: Member,
}

impl<'a> Input<'a> {
    /// `None` for a union, after recording the error; the options of its
    /// `#[rest(...)]` are still read so that the fallback uses the right `crate`.
    pub(crate) fn from_syn(
        cx: &Ctxt,
        input: &'a DeriveInput,
    ) -> Result<Input<'a>, Option<syn::Path>> {
        match &input.data {
            Data::Enum(data) => {
                let options = attr::parse(cx, &input.attrs, Target::Enum);
                let cases = data
                    .variants
                    .iter()
                    .map(|variant| {
                        Case::from_syn(
                            cx,
                            &variant.ident,
                            Some(variant),
                            attr::parse(cx, &variant.attrs, Target::Variant),
                            &variant.fields,
                        )
                    })
                    .collect();
                Ok(Input {
                    original: input,
                    krate: options.krate,
                    format: options.format,
                    default_status: options.status,
                    incomplete: options.incomplete,
                    cases,
                })
            }
            Data::Struct(data) => {
                let mut options = attr::parse(cx, &input.attrs, Target::Struct);
                let krate = options.krate.take();
                let format = options.format.take();
                let case = Case::from_syn(cx, &input.ident, None, options, &data.fields);
                Ok(Input {
                    original: input,
                    krate,
                    format,
                    default_status: None,
                    incomplete: false,
                    cases: vec![case],
                })
            }
            Data::Union(data) => {
                cx.error_spanned_by(
                    data.union_token,
                    "`RestError` cannot be derived for a union: nothing tells which field holds the error; use an enum with one variant per error, or a struct",
                );
                Err(attr::parse(cx, &input.attrs, Target::Struct).krate)
            }
        }
    }
}

impl<'a> Case<'a> {
    fn from_syn(
        cx: &Ctxt,
        ident: &'a Ident,
        variant: Option<&'a syn::Variant>,
        options: Options,
        fields: &'a Fields,
    ) -> Case<'a> {
        Case {
            ident,
            variant,
            options,
            named: matches!(fields, Fields::Named(_)),
            fields: fields
                .iter()
                .enumerate()
                .map(|(i, field)| Field::from_syn(cx, i, field))
                .collect(),
        }
    }

    /// The status this case answers with: its own, or the enum's default.
    pub(crate) fn status<'s>(&'s self, input: &'s Input) -> Option<&'s Status> {
        self.options
            .status
            .as_ref()
            .or(input.default_status.as_ref())
    }
}

impl<'a> Field<'a> {
    fn from_syn(cx: &Ctxt, index: usize, field: &'a syn::Field) -> Field<'a> {
        for attr in &field.attrs {
            if attr.path().is_ident("rest") {
                cx.error_spanned_by(
                    attr,
                    "`#[rest(...)]` goes on the type or on a variant, not on a field; a message reaches a field by name, e.g. `message = \"Invoice {id} was not found\"`",
                );
            }
        }
        Field {
            original: field,
            member: match &field.ident {
                Some(ident) => Member::Named(ident.clone()),
                None => Member::Unnamed(index.into()),
            },
        }
    }
}

impl Case<'_> {
    /// The field a placeholder names, if the case has it.
    pub(crate) fn field(&self, placeholder: &FieldRef) -> Option<&Field<'_>> {
        self.fields
            .iter()
            .find(|field| match (&field.member, placeholder) {
                (Member::Named(ident), FieldRef::Named(name)) => ident.unraw() == name,
                (Member::Unnamed(index), FieldRef::Position(position)) => {
                    index.index as usize == *position
                }
                _ => false,
            })
    }
}

/// A field's name as a message writes it: `id` (without `r#`) or `0`.
pub(crate) fn member_name(member: &Member) -> String {
    match member {
        Member::Named(ident) => ident.unraw().to_string(),
        Member::Unnamed(index) => index.index.to_string(),
    }
}
