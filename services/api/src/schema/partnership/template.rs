//! A forum's minutes template: `setMinutesTemplate`, and the template as `Forum.minutesTemplate`.

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use samraad_domain::partnership::{self as dp, MinutesTemplate, PartnershipCommand};
use samraad_domain::{ForumId, PartnershipId};

use crate::schema::common::context::parse_id;
use crate::schema::common::envelope::CommandEnvelope;
use crate::schema::common::parse::name;
use crate::schema::common::runner::run;
use crate::schema::meeting::types::Section;
use crate::schema::partnership::mutation::{PartnershipStream, SetMinutesTemplatePayload};

/// A section's heading.
#[derive(InputObject, SimpleObject, Clone)]
#[graphql(input_name = "SectionLabelInput")]
pub struct SectionLabel {
    /// The section.
    pub section: Section,
    /// Its heading in this forum's minutes ("Indstilling og proces").
    pub label: String,
}

/// How a forum's minutes are laid out.
#[derive(SimpleObject, Clone)]
pub struct MinutesTemplateObject {
    /// Every section, in the order printed.
    pub order: Vec<Section>,
    /// Headings other than the default ones.
    pub labels: Vec<SectionLabel>,
    /// Whether a section written empty prints its heading.
    pub empty_headings: bool,
    /// Whether an item's own absentees (Fraværende) are printed.
    pub item_absentees: bool,
    /// Whether the table of contents is printed.
    pub table_of_contents: bool,
}

impl From<&MinutesTemplate> for MinutesTemplateObject {
    fn from(t: &MinutesTemplate) -> Self {
        Self {
            order: t.sections().into_iter().map(Into::into).collect(),
            labels: t
                .labels
                .iter()
                .map(|l| SectionLabel {
                    section: l.section.into(),
                    label: l.label.to_string(),
                })
                .collect(),
            empty_headings: t.empty_headings,
            item_absentees: t.item_absentees,
            table_of_contents: t.table_of_contents,
        }
    }
}

/// Input of `setMinutesTemplate`.
#[derive(InputObject)]
pub struct SetMinutesTemplateInput {
    /// `commandId` and `expectedVersion`.
    #[graphql(flatten)]
    pub envelope: CommandEnvelope,
    /// The partnership.
    pub partnership_id: ID,
    /// The forum.
    pub forum_id: ID,
    /// Sections in the order printed; those not listed follow in the default order.
    #[graphql(default)]
    pub order: Vec<Section>,
    /// Headings other than the default ones.
    #[graphql(default)]
    pub labels: Vec<SectionLabel>,
    /// Print the heading of a section written empty (default true).
    #[graphql(default = true)]
    pub empty_headings: bool,
    /// Print an item's own absentees (default true).
    #[graphql(default = true)]
    pub item_absentees: bool,
    /// Print the table of contents (default true).
    #[graphql(default = true)]
    pub table_of_contents: bool,
}

/// The template mutation.
#[derive(Default)]
pub struct MinutesTemplateMutation;

#[Object]
impl MinutesTemplateMutation {
    /// Lay a forum's minutes out by a template (administrators).
    async fn set_minutes_template(
        &self,
        ctx: &Context<'_>,
        input: SetMinutesTemplateInput,
    ) -> async_graphql::Result<SetMinutesTemplatePayload> {
        let issuer = input.envelope.issuer(ctx)?;
        let id = PartnershipId::from_uuid(parse_id(&input.partnership_id, "partnershipId")?);
        let forum_id = ForumId::from_uuid(parse_id(&input.forum_id, "forumId")?);
        let labels = input
            .labels
            .iter()
            .enumerate()
            .map(|(i, l)| {
                Ok(dp::SectionLabel {
                    section: l.section.into(),
                    label: name(&format!("labels[{i}].label"), &l.label)?,
                })
            })
            .collect::<async_graphql::Result<_>>()?;
        let command = PartnershipCommand::SetMinutesTemplate(dp::SetMinutesTemplate {
            forum_id,
            template: MinutesTemplate {
                order: input.order.iter().map(|s| (*s).into()).collect(),
                labels,
                empty_headings: input.empty_headings,
                item_absentees: input.item_absentees,
                table_of_contents: input.table_of_contents,
            },
        });
        let done = run::<PartnershipStream>(ctx, id, &issuer, command).await?;
        let forum = done.changed.forum_object(forum_id);
        Ok(SetMinutesTemplatePayload {
            forum,
            ..SetMinutesTemplatePayload::from(done)
        })
    }
}
