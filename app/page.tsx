import { CreateWorkshopForm } from "./_components/home/CreateWorkshopForm";
import { ImportWorkshopForm } from "./_components/home/ImportWorkshopForm";
import { JoinForm } from "./_components/home/JoinForm";
import { panel } from "./_components/shared/ui";

/** The start page: join first (most visitors are phones), run a workshop second. */
export default function HomePage() {
  return (
    <main className="mx-auto max-w-5xl px-4 py-6 sm:px-6 lg:py-14">
      <header className="mb-6 lg:mb-8">
        <p className="text-3xl font-extrabold tracking-tight text-brand">Onside</p>
        <p className="mt-1 max-w-2xl text-muted sm:text-lg">
          A live workshop where sales and the teams behind it step into each other&apos;s shoes and leave with
          agreements.
        </p>
      </header>
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <section aria-labelledby="join-heading" className={`${panel} space-y-4 p-5`}>
          <div>
            <h1 id="join-heading" className="text-2xl font-bold">
              Join a workshop
            </h1>
            <p className="text-muted">Type the code on the screen, or scan its QR code.</p>
          </div>
          <JoinForm />
        </section>
        <section aria-labelledby="run-heading" className={`${panel} space-y-4 p-5`}>
          <div>
            <h2 id="run-heading" className="text-2xl font-bold">
              Run a workshop
            </h2>
            <p className="text-muted">For the facilitator, on a laptop. You get a private link to run it from.</p>
          </div>
          <CreateWorkshopForm />
        </section>
        <section aria-labelledby="import-heading" className={`${panel} space-y-4 p-5 lg:col-start-2`}>
          <div>
            <h2 id="import-heading" className="text-xl font-bold">
              Start a follow-up workshop from an export
            </h2>
            <p className="text-muted">Review what an earlier workshop agreed, with the same teams.</p>
          </div>
          <ImportWorkshopForm />
        </section>
      </div>
    </main>
  );
}
