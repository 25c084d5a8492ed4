"use client";

import type { useDraggable } from "@dnd-kit/core";
import { GripVertical } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { Platform, PostStatus } from "@/db/schema/enum-values";
import { identityColour } from "@/lib/calendar/identity-colour";
import type { CalendarPost } from "@/lib/calendar/queries";
import { cn } from "@/lib/utils";
import { ChannelBadge } from "./channel-badge";
import { useLoadedDragKit, type DragKit } from "./drag-kit";
import { IdentityAvatar } from "./identity-avatar";

export const STATUS_VARIANT: Record<
  PostStatus,
  "default" | "secondary" | "outline" | "success" | "warning" | "destructive"
> = {
  draft: "outline",
  in_review: "warning",
  approved: "secondary",
  scheduled: "default",
  published: "success",
  failed: "destructive",
  cancelled: "outline",
};

type Props = {
  post: CalendarPost;
  timeZone: string;
  /** Whether this member may move it (the server checks again). */
  movable: boolean;
  onOpen: (postId: string) => void;
  compact?: boolean;
};

/**
 * A post on the calendar: the voice's colour and avatar, time, status, channels and the start of the text. The
 * card opens the post; the grip moves it (mouse, touch, or keyboard: Space, arrows, Space), which is why the grip is
 * a separate button — Enter on the card always opens it.
 *
 * The card has no aria-label: its name is what it shows (time, status, text, voice, channels), so a speech-input user
 * can say any of it (WCAG 2.5.3). The initials avatar is hidden and the channel marks are named in full.
 */
export function PostChip(props: Props) {
  const kit = useLoadedDragKit();
  return kit ? <DraggablePostChip kit={kit} {...props} /> : <PostChipView {...props} />;
}

function DraggablePostChip({ kit, ...props }: Props & { kit: DragKit }) {
  const drag = kit.useDraggable({ id: props.post.id, data: { post: props.post }, disabled: !props.movable });
  return <PostChipView {...props} drag={drag} />;
}

// Enough for the three lines a chip shows at most; the whole text is in the post's detail. Also what a screen
// reader reads as the card's name, so a long post does not make every card a paragraph.
const PREVIEW_CHARS = 200;

function preview(body: string) {
  const chars = Array.from(body);
  if (!chars.length) return "—";
  return chars.length > PREVIEW_CHARS ? `${chars.slice(0, PREVIEW_CHARS).join("").trimEnd()}…` : body;
}

/** Before the drag-and-drop code has loaded (drag-kit.tsx) the grip is there but does nothing yet. */
function PostChipView({
  post,
  timeZone,
  movable,
  onOpen,
  compact,
  drag,
}: Props & { drag?: ReturnType<typeof useDraggable> }) {
  const t = useTranslations("calendar");
  const format = useFormatter();
  const { attributes, listeners, setNodeRef, transform, isDragging } = drag ?? {};
  const time = post.scheduledAt
    ? format.dateTime(new Date(post.scheduledAt), { timeStyle: "short", timeZone })
    : t("unscheduled");
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <div
      ref={setNodeRef}
      style={{ ...style, borderLeftColor: identityColour(post.identity.id) }}
      className={cn(
        "flex min-w-0 items-stretch rounded-md border border-l-4 bg-background text-sm",
        isDragging && "relative z-20 shadow-lg",
      )}
      data-testid="post-chip"
    >
      <button
        type="button"
        onClick={() => onOpen(post.id)}
        data-focus-key={`open:${post.id}`}
        className="grid min-w-0 flex-1 gap-1 rounded-md p-1.5 text-left outline-ring hover:bg-accent/50 focus-visible:outline-2"
      >
        <span className="flex flex-wrap items-center gap-1">
          <IdentityAvatar identity={post.identity} />
          <span className="text-xs whitespace-nowrap tabular-nums text-muted-foreground">{time}</span>
          <Badge variant={STATUS_VARIANT[post.status]}>{t(`statuses.${post.status}`)}</Badge>
        </span>
        <span className={cn("break-words", compact ? "line-clamp-1" : "line-clamp-3")}>{preview(post.body)}</span>
        <span className="flex flex-wrap items-center gap-1 text-xs text-muted-foreground">
          <span className="truncate">{post.identity.displayName}</span>
          {post.channels.map((c) => (
            <ChannelBadge key={c.id} platform={c.platform as Platform} handle={c.handle} />
          ))}
        </span>
      </button>
      {movable ? (
        <button
          type="button"
          className="flex min-h-6 w-6 shrink-0 cursor-grab items-center justify-center rounded-r-md text-muted-foreground outline-ring hover:bg-accent focus-visible:outline-2"
          aria-label={t("movePost", { time })}
          data-focus-key={`move:${post.id}`}
          {...listeners}
          {...attributes}
        >
          <GripVertical className="size-3.5" aria-hidden />
        </button>
      ) : null}
    </div>
  );
}
