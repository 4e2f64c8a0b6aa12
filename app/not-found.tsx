import { serverT } from "./_i18n/server";
import { MessagePage } from "./_components/shared/MessagePage";

export default async function NotFound() {
  const t = await serverT("home");
  return (
    <MessagePage title={t("notFoundTitle")}>
      <p>{t("notFoundBody")}</p>
    </MessagePage>
  );
}
