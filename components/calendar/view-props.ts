import type { CalendarPost } from "@/lib/calendar/queries";

/** What every calendar view receives: the days to draw, the posts per local day, and what the viewer may do. */
export type ViewProps = {
  days: string[];
  byDay: Map<string, CalendarPost[]>;
  today: string;
  monthKey: string;
  timeZone: string;
  canMove: (post: CalendarPost) => boolean;
  canCreate: boolean;
  onOpen: (postId: string) => void;
  onNew: (day: string, time?: string) => void;
};
