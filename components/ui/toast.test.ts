import { describe, expect, it } from "vitest";
import { toast } from "./toast-store";

describe("toast", () => {
  it("replaces an open toast with the same text instead of stacking a copy", () => {
    toast({ title: "Some input is not valid.", variant: "destructive" });
    toast({ title: "Some input is not valid.", variant: "destructive" });
    toast({ title: "Some input is not valid.", variant: "destructive" });
    expect(toast.list().filter((t) => t.title === "Some input is not valid.")).toHaveLength(1);
  });

  it("replaces by id, and keeps different messages apart", () => {
    toast({ id: "save-error", title: "First" });
    toast({ id: "save-error", title: "Second" });
    toast({ title: "Saved." });
    const titles = toast.list().map((t) => t.title);
    expect(titles).toContain("Second");
    expect(titles).not.toContain("First");
    expect(titles).toContain("Saved.");
  });
});
