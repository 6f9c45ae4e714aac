"use client";

import { fieldKeysOf } from "./defaults";
import { useBuilderForm, useSetAt } from "./types";

/**
 * Keeps conditions, score items and discrepancy/to-discuss rules (which the builder
 * has no editor for; they come with an imported or built-in definition) pointing at a
 * field whose key just changed, as long as the old key is no longer used by any field
 * and the new one is unique.
 */
export function useRenameReferences() {
  const { getValues } = useBuilderForm();
  const setAt = useSetAt();
  return (oldKey: string, newKey: string) => {
    if (!oldKey || !newKey || oldKey === newKey) return;
    const sections = getValues("sections") ?? [];
    const keys = fieldKeysOf(sections);
    if (keys.includes(oldKey) || keys.filter((key) => key === newKey).length !== 1) return;
    sections.forEach((section, si) => {
      (section?.fields ?? []).forEach((field, fi) => {
        if (field?.showWhen?.field === oldKey) setAt(`sections.${si}.fields.${fi}.showWhen`, { ...field.showWhen, field: newKey });
      });
    });
    (getValues("scoring.scores") ?? []).forEach((score, si) => {
      (score?.items ?? []).forEach((item, ii) => {
        if (item?.field === oldKey) setAt(`scoring.scores.${si}.items.${ii}.field`, newKey);
      });
    });
    const rename = (key: string | undefined) => (key === oldKey ? newKey : key);
    const rules = getValues("discrepancies") ?? [];
    const renamedRules = rules.map((rule) =>
      rule.kind === "claim_vs_experience"
        ? { ...rule, claim: { ...rule.claim, field: rename(rule.claim.field) }, experience: { ...rule.experience, field: rename(rule.experience.field) } }
        : { ...rule, hp: rename(rule.hp), ip: rename(rule.ip) },
    );
    if (JSON.stringify(renamedRules) !== JSON.stringify(rules)) setAt("discrepancies", renamedRules);
    const discuss = getValues("discuss") ?? [];
    if (discuss.some((rule) => rule.field === oldKey)) setAt("discuss", discuss.map((rule) => ({ ...rule, field: rename(rule.field) })));
    const flags = getValues("flags") ?? [];
    if (flags.some((rule) => rule.field === oldKey)) setAt("flags", flags.map((rule) => ({ ...rule, field: rename(rule.field) })));
  };
}
