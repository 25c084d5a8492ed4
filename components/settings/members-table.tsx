import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { listMembers } from "@/db/queries/members";

type Member = Awaited<ReturnType<typeof listMembers>>[number];

export async function MembersTable({ members, timeZone }: { members: Member[]; timeZone: string }) {
  const t = await getTranslations("settings");
  const tRole = await getTranslations("roles");
  const format = await getFormatter();
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>{t("members")}</h2>
        </CardTitle>
      </CardHeader>
      <CardContent>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead>{t("columns.name")}</TableHead>
              <TableHead>{t("columns.email")}</TableHead>
              <TableHead>{t("columns.role")}</TableHead>
              <TableHead>{t("columns.lastLogin")}</TableHead>
              <TableHead>{t("columns.status")}</TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {members.map((m) => (
              <TableRow key={m.userId}>
                <TableCell className="font-medium">{m.name}</TableCell>
                <TableCell>{m.email}</TableCell>
                <TableCell>{tRole(m.role)}</TableCell>
                <TableCell>
                  {m.lastLoginAt ? format.dateTime(m.lastLoginAt, { dateStyle: "medium", timeStyle: "short", timeZone }) : t("never")}
                </TableCell>
                <TableCell>
                  <Badge variant={m.active ? "success" : "outline"}>{m.active ? t("active") : t("inactive")}</Badge>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
    </Card>
  );
}
