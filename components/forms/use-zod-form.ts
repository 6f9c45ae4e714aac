"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type FieldValues, type UseFormProps } from "react-hook-form";
import type { z } from "zod";

/**
 * react-hook-form bound to a zod schema: the same schema the server procedure uses,
 * so the browser and the server agree on every rule and every message.
 */
export function useZodForm<Schema extends z.ZodType<FieldValues, FieldValues>>(
  schema: Schema,
  options: Omit<UseFormProps<z.input<Schema>, unknown, z.output<Schema>>, "resolver"> = {},
) {
  return useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    // Errors appear on submit (not while someone tabs through), then update as they type.
    mode: "onSubmit",
    reValidateMode: "onChange",
    ...options,
  });
}
