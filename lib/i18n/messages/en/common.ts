/** Words every page uses. English is the source: the other languages have exactly these keys. */
export const common = {
  language: "Language",
};
