import { CreateWorkshopForm } from "./_components/home/CreateWorkshopForm";
import { ImportWorkshopForm } from "./_components/home/ImportWorkshopForm";
import { JoinForm } from "./_components/home/JoinForm";
import { LanguagePicker } from "./_components/shared/LanguagePicker";
import { panel } from "./_components/shared/ui";
import { serverT } from "./_i18n/server";

/** The start page: join first (most visitors are phones), run a workshop second. */
export default async function HomePage() {
  const t = await serverT("home");
  return (
    <main className="mx-auto max-w-5xl px-4 py-6 sm:px-6 lg:py-14">
      <header className="mb-6 lg:mb-8">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p className="text-3xl font-extrabold tracking-tight text-brand">Onside</p>
          <LanguagePicker className="ml-auto" />
        </div>
        <p className="mt-1 max-w-2xl text-muted sm:text-lg">{t("tagline")}</p>
      </header>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="join-heading" className={`${panel} space-y-4 p-5`}>
          <div>
            <h1 id="join-heading" className="text-2xl font-bold">
              {t("joinHeading")}
            </h1>
            <p className="text-muted">{t("joinHint")}</p>
          </div>
          <JoinForm />
        </section>
        <section aria-labelledby="run-heading" className={`${panel} space-y-4 p-5`}>
          <div>
            <h2 id="run-heading" className="text-2xl font-bold">
              {t("runHeading")}
            </h2>
            <p className="text-muted">{t("runHint")}</p>
          </div>
          <CreateWorkshopForm />
        </section>
        <section aria-labelledby="import-heading" className={`${panel} space-y-4 p-5 lg:col-start-2`}>
          <div>
            <h2 id="import-heading" className="text-xl font-bold">
              {t("importHeading")}
            </h2>
            <p className="text-muted">{t("importIntro")}</p>
          </div>
          <ImportWorkshopForm />
        </section>
      </div>
    </main>
  );
}
