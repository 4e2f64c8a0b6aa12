/**
 * One agreement's fields as the integration tests make it over the wire: Finance (t3) owns it,
 * with a buddy from Sales (t1). Spread it and override a field where a test needs another.
 */
export const AGREEMENT_FIELDS = {
  what: "Answer every sales question about invoices within a day",
  ownerTeamId: "t3",
  ownerName: "Olga Owner",
  buddyTeamId: "t1",
  buddyName: "Bram Buddy",
  dueDate: "2027-03-01",
  reviewDate: "2027-04-01",
  metric: { name: "questions answered within a day", baseline: "40%", target: "90%" },
  legalCheck: { needed: false, note: "" },
};
