import { z } from "zod";
import { versionSchema } from "@/lib/actions/common-schemas";

export const publishNowSchema = z.object({ postId: z.uuid(), version: versionSchema });
export const retryTargetSchema = z.object({ targetId: z.uuid() });
export const verifyChannelSchema = z.object({ channelId: z.uuid() });
