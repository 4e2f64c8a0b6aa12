import { describe, expect, it } from "vitest";
import { participantToken, rememberFacilitatorToken } from "@/lib/client/identity";
import {
  filenameFromDisposition,
  forgetReportLink,
  linkSecret,
  progressBar,
  reportCredential,
  withoutLinkSecret,
} from "@/lib/client/report";
import { memoryStorage } from "@/lib/client/storage";

const CODE = "US5VEY";

describe("which token the report page sends", () => {
  it("sends nothing when this browser has no way in, and makes no participant token", () => {
    const storage = memoryStorage();
    expect(reportCredential(storage, CODE, "")).toBeNull();
    expect(storage.get(`onside:participant:${CODE}`)).toBeNull();
  });

  it("takes a share or owner's link from the fragment before anything this browser knows", () => {
    const storage = memoryStorage();
    rememberFacilitatorToken(storage, CODE, "facilitator-key");
    participantToken(storage, CODE);
    expect(reportCredential(storage, CODE, "#share=s3cret")).toEqual({ source: "share", token: "s3cret" });
    expect(reportCredential(storage, CODE, "#edit=owner-secret")).toEqual({ source: "edit", token: "owner-secret" });
  });

  it("still opens after a reload once the fragment is gone from the address", () => {
    const storage = memoryStorage();
    reportCredential(storage, CODE, "#share=s3cret");
    expect(reportCredential(storage, CODE, "")).toEqual({ source: "share", token: "s3cret" });
    // Per workshop: another code does not get this one's link.
    expect(reportCredential(storage, "ABCDEF", "")).toBeNull();
  });

  it("uses the remembered facilitator key, which may do everything a link may", () => {
    const storage = memoryStorage();
    reportCredential(storage, CODE, "#edit=owner-secret");
    rememberFacilitatorToken(storage, CODE, "facilitator-key");
    participantToken(storage, CODE);
    expect(reportCredential(storage, CODE, "")).toEqual({ source: "facilitator", token: "facilitator-key" });
  });

  it("never trusts a #key= in a report address as the facilitator's", () => {
    expect(reportCredential(memoryStorage(), CODE, "#key=guess")).toBeNull();
  });

  it("prefers an owner's link opened here before to the phone's participant token", () => {
    const storage = memoryStorage();
    const mine = participantToken(storage, CODE);
    expect(reportCredential(storage, CODE, "")).toEqual({ source: "participant", token: mine });
    reportCredential(storage, CODE, "#edit=owner-secret");
    expect(reportCredential(storage, CODE, "")).toEqual({ source: "edit", token: "owner-secret" });
    forgetReportLink(storage, CODE);
    expect(reportCredential(storage, CODE, "")).toEqual({ source: "participant", token: mine });
  });

  it("ignores a damaged remembered link", () => {
    const storage = memoryStorage();
    storage.set(`onside:report-link:${CODE}`, '{"source":"admin","token":"x"}');
    expect(reportCredential(storage, CODE, "")).toBeNull();
    storage.set(`onside:report-link:${CODE}`, "not json");
    expect(reportCredential(storage, CODE, "")).toBeNull();
  });

  it("reads the link's secret only from share= or edit=", () => {
    expect(linkSecret("")).toBeNull();
    expect(linkSecret("#share=")).toBeNull();
    expect(linkSecret("share=abc")).toEqual({ source: "share", token: "abc" });
    expect(linkSecret("#key=abc")).toBeNull();
  });
});

describe("the address after the secret is read", () => {
  it("no longer shows the secret", () => {
    expect(withoutLinkSecret(`https://onside.example/r/${CODE}#share=s3cret`)).toBe(`https://onside.example/r/${CODE}`);
    expect(withoutLinkSecret(`https://onside.example/r/${CODE}#edit=x&agreements`)).toBe(`https://onside.example/r/${CODE}#agreements`);
    expect(withoutLinkSecret(`https://onside.example/r/${CODE}`)).toBe(`https://onside.example/r/${CODE}`);
  });
});

describe("the name a download is saved as", () => {
  it("comes from a quoted filename", () => {
    expect(filenameFromDisposition('attachment; filename="onside-US5VEY-agreements.pdf"', "x")).toBe("onside-US5VEY-agreements.pdf");
  });

  it("comes from an unquoted filename", () => {
    expect(filenameFromDisposition("attachment; filename=onside-US5VEY.json", "x")).toBe("onside-US5VEY.json");
  });

  it("prefers the UTF-8 form, decoded, whichever comes first", () => {
    expect(filenameFromDisposition("attachment; filename*=UTF-8''Avtaler%20%C3%B8st.pdf; filename=\"Avtaler_st.pdf\"", "x")).toBe(
      "Avtaler øst.pdf",
    );
    expect(filenameFromDisposition("attachment; filename=\"a.csv\"; filename*=utf-8''%C3%A9t%C3%A9.csv", "x")).toBe("été.csv");
  });

  it("unescapes quotes inside a quoted name", () => {
    expect(filenameFromDisposition('attachment; filename="say \\"hi\\".md"', "x")).toBe('say "hi".md');
  });

  it("never points into another folder", () => {
    expect(filenameFromDisposition('attachment; filename="../../etc/passwd"', "x")).toBe(".._.._etc_passwd");
    expect(filenameFromDisposition("attachment; filename*=UTF-8''..%2Fsecret.txt", "x")).toBe(".._secret.txt");
  });

  it("falls back when there is no header, no name, or a name that cannot be decoded", () => {
    expect(filenameFromDisposition(null, "onside.pdf")).toBe("onside.pdf");
    expect(filenameFromDisposition("attachment", "onside.pdf")).toBe("onside.pdf");
    expect(filenameFromDisposition('attachment; filename=""', "onside.pdf")).toBe("onside.pdf");
    expect(filenameFromDisposition("attachment; filename*=UTF-8''%E0%A4%A", "onside.pdf")).toBe("onside.pdf");
  });
});

describe("a progress bar", () => {
  it("fills between 0 and 100 % and says the real share", () => {
    expect(progressBar(0.5)).toEqual({ fill: 50, percent: 50 });
    expect(progressBar(1.3)).toEqual({ fill: 100, percent: 130 });
    expect(progressBar(-0.2)).toEqual({ fill: 0, percent: -20 });
  });
});
