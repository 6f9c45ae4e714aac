import { describe, expect, it } from "vitest";
import { describeAnswer, describeValue } from "@/components/answers/describe-answer";
import { ZTemplateField } from "@/db/schema/exercises/field-types";

const field = (input: unknown) => ZTemplateField.parse(input);

describe("answers as words", () => {
  it("names choices by their labels and scales by their range", () => {
    const select = field({ key: "s", type: "single_select", label: "S", visibility: "shared", options: [{ value: "a", label: "Apple" }, { value: "b", label: "Pear" }] });
    expect(describeValue(select, "b")).toBe("Pear");
    expect(describeValue(field({ key: "n", type: "scale_0_10", label: "N", visibility: "shared" }), 7)).toBe("7 out of 10");
    expect(describeValue(field({ key: "y", type: "yes_no", label: "Y", visibility: "shared" }), false)).toBe("No");
    expect(describeValue(field({ key: "l", type: "likert_5", label: "L", visibility: "shared" }), 4)).toBe("Agree");
    expect(describeValue(field({ key: "c", type: "number", label: "C", visibility: "shared", unit: "times" }), 3)).toBe("3 times");
  });

  it("says so when there is no answer, and never throws on a value the field didn't expect", () => {
    const text = field({ key: "t", type: "short_text", label: "T", visibility: "shared" });
    expect(describeValue(text, undefined)).toBe("No answer");
    expect(describeValue(text, { odd: true })).toBe('{"odd":true}');
  });

  it("reads promise lists with their own status names", () => {
    const promises = field({ key: "p", type: "promise_list", label: "P", visibility: "shared" });
    const described = describeAnswer(promises, [{ promise: "Text when late", owner: "ip", status: "partly" }]);
    expect(described).toEqual({
      kind: "list",
      items: [
        [
          { label: "Promise", text: "Text when late" },
          { label: "Whose promise", text: "Involved partner" },
          { label: "This week", text: "Partly kept" },
        ],
      ],
    });
  });
});
