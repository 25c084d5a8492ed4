import { describe, expect, it } from "vitest";
import type { PostStatus, Role } from "@/db/schema/enum-values";
import { allowedActions, canEdit, canReschedule } from "./workflow";

const me = "user-1";
const other = "user-2";
const actions = (role: Role, status: PostStatus, author: string | null = other, speaks = true) =>
  allowedActions({ userId: me, role }, { status, authorUserId: author }, speaks);

describe("post workflow per role", () => {
  it("a social media manager submits and schedules approved posts but never approves", () => {
    expect(actions("social_media_manager", "draft", me)).toEqual(["submit", "cancel"]);
    expect(actions("social_media_manager", "in_review")).toEqual(["cancel"]);
    expect(actions("social_media_manager", "approved")).toEqual(["schedule", "cancel"]);
    expect(actions("social_media_manager", "scheduled")).toEqual(["unschedule", "cancel"]);
  });

  it("a community manager drafts and submits only posts of personas they operate, and cancels only their own", () => {
    expect(actions("community_manager", "draft", me, true)).toEqual(["submit", "cancel"]);
    expect(actions("community_manager", "draft", other, true)).toEqual(["submit"]);
    expect(actions("community_manager", "draft", me, false)).toEqual([]);
    expect(actions("community_manager", "approved", me, true)).toEqual(["cancel"]);
  });

  it("a manager approves or rejects someone else's post, not their own", () => {
    expect(actions("manager", "in_review", other)).toEqual(["approve", "reject", "cancel"]);
    expect(actions("manager", "in_review", me)).toEqual(["cancel"]);
  });

  it("an admin may approve their own post and schedule without review", () => {
    expect(actions("admin", "in_review", me)).toEqual(["approve", "reject", "schedule", "cancel"]);
    expect(actions("admin", "draft", me)).toEqual(["submit", "schedule", "cancel"]);
  });

  it("an analyst does nothing; published and cancelled posts are final", () => {
    expect(actions("analyst", "draft")).toEqual([]);
    expect(actions("admin", "published")).toEqual([]);
    expect(actions("admin", "cancelled")).toEqual([]);
    expect(canEdit({ userId: me, role: "admin" }, { status: "published", authorUserId: me }, true)).toBe(false);
    expect(canReschedule({ userId: me, role: "analyst" }, { status: "draft", authorUserId: me }, false)).toBe(false);
  });
});
