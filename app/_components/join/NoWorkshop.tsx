import { MessagePage } from "../shared/MessagePage";

/** A code that leads nowhere: say so plainly and offer the way back. */
export function NoWorkshop({ code }: { code: string }) {
  return (
    <MessagePage title={`No workshop with code ${code || "…"}`}>
      <p>Check the code on the screen and try again. Codes have 6 letters and digits, like K7M 4PX.</p>
    </MessagePage>
  );
}
