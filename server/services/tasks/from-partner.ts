import type { Database } from "@/db/client";
import { listVisibleFromPartner, loadDefinitions, type VisibleFilter, type VisibleFromPartnerRow } from "@/db/queries/partner-visible";
import type { TTemplateDefinition } from "@/db/schema/exercises/definition";
import { fieldsForVariant } from "@/db/schema/exercises/answers";
import { VARIANTS } from "@/db/schema/exercises/definition";
import { partnerFieldOf, type PartnerField } from "@/db/schema/exercises/partner-form";
import type { PartnerViewer } from "../../auth/viewer";

export type SharedVia = VisibleFromPartnerRow["via"];

export interface SharedAnswer {
  field: PartnerField;
  value: unknown;
  via: SharedVia;
}

/** What the other partner wrote for one occurrence, as the viewer may read it. */
export interface SharedOccurrence {
  /** A list key only: no id of the other partner's task, response or assignment. */
  key: string;
  dueOn: string;
  title: string;
  answers: SharedAnswer[];
}

function withoutCondition({ showWhen: _showWhen, ...field }: PartnerField): PartnerField {
  return field;
}

function fieldOrder(definition: TTemplateDefinition | undefined): Map<string, { index: number; field: PartnerField }> {
  const order = new Map<string, { index: number; field: PartnerField }>();
  const fields = definition ? VARIANTS.flatMap((variant) => fieldsForVariant(definition, variant)) : [];
  fields.forEach((field, index) => {
    // No condition: which question led to this one is the author's business, and could hint at a held answer.
    if (!order.has(field.key)) order.set(field.key, { index, field: withoutCondition(partnerFieldOf(field)) });
  });
  return order;
}

/**
 * The other partner's words the viewer may read (see listVisibleFromPartner for the
 * rules), grouped by occurrence and in the order the exercise asks its questions.
 */
export async function sharedWithViewer(db: Database, viewer: PartnerViewer, filter: VisibleFilter = {}) {
  const rows: VisibleFromPartnerRow[] = await listVisibleFromPartner(db, { coupleId: viewer.coupleId, viewerId: viewer.userId }, filter);
  const definitions = await loadDefinitions(db, rows.map((row) => row.templateVersionId));
  const groups = new Map<string, SharedOccurrence & { assignmentId: string; order: Map<string, { index: number; field: PartnerField }> }>();
  for (const row of rows) {
    const key = `${row.assignmentId}:${row.dueOn}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, assignmentId: row.assignmentId, dueOn: row.dueOn, title: row.title, answers: [], order: fieldOrder(definitions.get(row.templateVersionId)) };
      groups.set(key, group);
    }
    const known = group.order.get(row.fieldKey);
    if (known) group.answers.push({ field: known.field, value: row.value, via: row.via });
  }
  return [...groups.values()].map(({ order, key: _group, assignmentId: _assignment, ...group }, index) => ({
    ...group,
    key: `${group.dueOn}-${index}`,
    answers: group.answers.sort((a, b) => (order.get(a.field.key)?.index ?? 0) - (order.get(b.field.key)?.index ?? 0)),
  }));
}
