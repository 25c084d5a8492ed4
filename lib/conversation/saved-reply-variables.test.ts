import { describe, expect, it } from "vitest";
import { fillSavedReply, unknownVariables } from "./saved-reply-variables";

describe("fillSavedReply", () => {
  it("fills known variables, with spaces and any case inside the braces", () => {
    expect(
      fillSavedReply("Hi {{contact.name}}, {{ Identity.Name }} here.", {
        "contact.name": "Ana",
        "identity.name": "Becky",
      }),
    ).toBe("Hi Ana, Becky here.");
  });

  it("leaves unknown placeholders as written and empties known ones without a value", () => {
    expect(fillSavedReply("Hi {{contact.nmae}} {{contact.handle}}!", { "contact.name": "Ana" })).toBe(
      "Hi {{contact.nmae}} !",
    );
    expect(unknownVariables("{{contact.nmae}} {{contact.name}} {{order.id}}")).toEqual(["contact.nmae", "order.id"]);
  });
});
