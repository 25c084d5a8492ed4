import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { identityColour } from "@/lib/calendar/identity-colour";
import { cn } from "@/lib/utils";

type Props = { identity: { id: string; displayName: string; avatarUrl: string | null }; className?: string };

/** An identity's avatar, or its initials on its calendar colour. Decorative: the name is always written beside it. */
export function IdentityAvatar({ identity, className }: Props) {
  const initials = identity.displayName
    .split(/\s+/)
    .map((w) => w[0])
    .join("")
    .slice(0, 2)
    .toUpperCase();
  return (
    <Avatar className={cn("size-5", className)} aria-hidden>
      {identity.avatarUrl ? <AvatarImage src={identity.avatarUrl} alt="" /> : null}
      <AvatarFallback
        className="text-[9px] font-semibold text-white"
        style={{ background: identityColour(identity.id) }}
      >
        {initials}
      </AvatarFallback>
    </Avatar>
  );
}
