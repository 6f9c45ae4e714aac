"use client";

import { Plus } from "lucide-react";
import { useFieldArray } from "react-hook-form";
import { Button } from "../ui/button";
import { focusAfterRemoval, GroupError, useBuilderErrors, useFocusRequest } from "./controls";
import { blankSection, placeholderKey } from "./defaults";
import { messageAt } from "./errors";
import { SectionEditor } from "./section-editor";
import { useBuilderForm } from "./types";

const MAX_SECTIONS = 30;

/** Every section in order, with add, move and remove. */
export function SectionsEditor() {
  const { control, getValues } = useBuilderForm();
  const errors = useBuilderErrors();
  const { fields, append, remove, swap } = useFieldArray({ control, name: "sections" });
  const requestFocus = useFocusRequest();

  return (
    <div className="flex flex-col gap-4">
      <GroupError id="sections-error" message={messageAt(errors, "sections")} />
      {fields.map((section, index) => (
        <SectionEditor
          key={section.id}
          index={index}
          count={fields.length}
          onMove={(to) => {
            swap(index, to);
            const edge = to === 0 ? "down" : to === fields.length - 1 ? "up" : to < index ? "up" : "down";
            requestFocus(`sections.${to}-${edge}`);
          }}
          onRemove={() => {
            remove(index);
            requestFocus(focusAfterRemoval(index, fields.length, (i) => `sections.${i}.title`, "sections-add"));
          }}
        />
      ))}
      <div>
        <Button
          id="sections-add"
          variant="outline"
          disabled={fields.length >= MAX_SECTIONS}
          onClick={() => {
            const keys = (getValues("sections") ?? []).map((item) => item?.key ?? "");
            append(blankSection(placeholderKey("section", keys)));
            requestFocus(`sections.${fields.length}.title`);
          }}
        >
          <Plus aria-hidden /> Add section
        </Button>
      </div>
    </div>
  );
}
